import type { CitizenQuery } from '@onecase/core';
import { citizenOf } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { HttpProblemError } from '../httpProblemError.js';
import { caseQueryFromParams, isCaseListQuery } from '../query/caseQueryParams.js';

const IDENTIFIER_PARAMS = ['phone', 'idNumber', 'accountId'] as const;
const hasIdentifier = (params: URLSearchParams) => IDENTIFIER_PARAMS.some((name) => params.has(name));

/**
 * `GET /cases`: with `phone`/`idNumber`/`accountId`, staff look cases up by citizen (a list);
 * with a case query (see `caseQueryFromParams`), staff get a page `{ cases, next? }`; a citizen
 * gets her own cases whatever she asks (a page when she sent a case query, else a list).
 */
export const findCases: Route = {
  method: 'GET',
  path: '/cases',
  handle: async ({ principal, url }, { router }) => {
    const listing = isCaseListQuery(url.searchParams);
    if (principal.kind === 'staff' && listing && !hasIdentifier(url.searchParams)) {
      return jsonReply(200, await router.list(caseQueryFromParams(url.searchParams)));
    }
    if (principal.kind === 'citizen' && listing)
      return jsonReply(200, { cases: await router.find(citizenOf(principal)) });
    const query: CitizenQuery = {};
    for (const name of IDENTIFIER_PARAMS) {
      const value = url.searchParams.get(name);
      if (value !== null) query[name] = value;
    }
    if (principal.kind === 'staff') return jsonReply(200, await router.find(query));
    if (Object.keys(query).length > 0) {
      throw new HttpProblemError('FORBIDDEN', 'Citizens list their own cases: GET /cases without a query');
    }
    return jsonReply(200, await router.find(citizenOf(principal)));
  },
};
