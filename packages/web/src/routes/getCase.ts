import { visibleCase } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { etagOf } from '../headers/expectedVersion.js';

/** `GET /cases/:ref`: the case with its `ETag`, for its citizen and staff. */
export const getCase: Route = {
  method: 'GET',
  path: '/cases/:ref',
  handle: async ({ principal, params }, { router }) => {
    const view = await visibleCase(router, principal, params.ref!);
    return jsonReply(200, view, { etag: etagOf(view) });
  },
};
