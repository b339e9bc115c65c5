import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';

/** `GET /services`: the newest version of every service, for anyone. */
export const listServices: Route = {
  method: 'GET',
  path: '/services',
  public: true,
  handle: async (_input, { router }) => jsonReply(200, await router.catalogue()),
};
