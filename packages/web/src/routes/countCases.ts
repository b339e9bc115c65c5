import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { HttpProblemError } from '../httpProblemError.js';
import { caseQueryFromParams } from '../query/caseQueryParams.js';

/** `GET /cases/count?<query>` (staff): `{ count }` of the cases matching a case query. */
export const countCases: Route = {
  method: 'GET',
  path: '/cases/count',
  handle: async ({ principal, url }, { router }) => {
    if (principal.kind !== 'staff') throw new HttpProblemError('FORBIDDEN', 'Only staff count cases');
    return jsonReply(200, { count: await router.count(caseQueryFromParams(url.searchParams)) });
  },
};
