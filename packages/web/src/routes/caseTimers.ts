import { visibleCase } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';

/** `GET /cases/:ref/timers`: the durable timers armed on the case, soonest first. */
export const caseTimers: Route = {
  method: 'GET',
  path: '/cases/:ref/timers',
  handle: async ({ principal, params }, { router }) => {
    const target = await visibleCase(router, principal, params.ref!);
    return jsonReply(200, await router.timers(target.id));
  },
};
