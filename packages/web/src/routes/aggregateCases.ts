import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { HttpProblemError } from '../httpProblemError.js';
import { aggregateQueryFromParams } from '../query/aggregateQueryParams.js';

/** `GET /cases/aggregate?<aggregate>` (staff): `{ rows }`, the groups and figures of an aggregate. */
export const aggregateCases: Route = {
  method: 'GET',
  path: '/cases/aggregate',
  handle: async ({ principal, url }, { router }) => {
    if (principal.kind !== 'staff') throw new HttpProblemError('FORBIDDEN', 'Only staff aggregate cases');
    return jsonReply(200, { rows: await router.aggregate(aggregateQueryFromParams(url.searchParams)) });
  },
};
