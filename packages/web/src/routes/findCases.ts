import type { CitizenQuery } from '@onecase/core';
import { citizenOf } from '../access/visibleCase.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { HttpProblemError } from '../httpProblemError.js';

const IDENTIFIER_PARAMS = ['phone', 'idNumber', 'accountId'] as const;

/** `GET /cases?phone=…&idNumber=…&accountId=…` for staff; a citizen's own cases without a query. */
export const findCases: Route = {
  method: 'GET',
  path: '/cases',
  handle: async ({ principal, url }, { router }) => {
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
