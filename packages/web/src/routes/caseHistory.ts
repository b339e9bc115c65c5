import { visibleCase } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { etagOf } from '../headers/expectedVersion.js';
import { scopedKey } from '../headers/idempotencyKey.js';

/**
 * `GET /cases/:ref/history`: the case's events (its audit chain). With `?idempotencyKey=k`,
 * only the event that key produced, as a list of zero or one; a citizen's key is looked up in
 * her own scope, exactly as her writes store it.
 */
export const caseHistory: Route = {
  method: 'GET',
  path: '/cases/:ref/history',
  handle: async ({ principal, params, url }, { router }) => {
    const target = await visibleCase(router, principal, params.ref!);
    const key = url.searchParams.get('idempotencyKey');
    if (key !== null) {
      const event = await router.appliedEvent(target.id, scopedKey(principal, key));
      return jsonReply(200, event === undefined ? [] : [event], { etag: etagOf(target) });
    }
    return jsonReply(200, await router.history(target.id), { etag: etagOf(target) });
  },
};
