import { CaseError, type Citizen } from '@onecase/core';
import { objectBody } from '../handler/objectBody.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { viaOf } from '../headers/viaOf.js';
import { HttpProblemError } from '../httpProblemError.js';

/**
 * `POST /citizen-links` `{ identifiers: { phone?, idNumber?, accountId? }, reason }` (staff):
 * records that the identifiers are one person's, with the staff member and channel as the
 * audit (`{ added }`). A citizen may not join her identifiers herself: that needs a clerk's proof.
 */
export const linkCitizen: Route = {
  method: 'POST',
  path: '/citizen-links',
  handle: async ({ principal, call }, web) => {
    if (principal.kind !== 'staff') {
      throw new HttpProblemError('FORBIDDEN', 'Only staff link citizen identifiers, after checking proof');
    }
    const via = viaOf(principal, call, web.channel);
    const body = await objectBody(call, web.bodyBytes, '{ identifiers, reason }');
    const { identifiers, reason } = body;
    if (typeof identifiers !== 'object' || identifiers === null || Array.isArray(identifiers)) {
      throw new CaseError('INVALID_INPUT', 'identifiers must be an object { phone?, idNumber?, accountId? }');
    }
    const result = await web.router.linkCitizen(identifiers as Citizen, { via, reason: reason as string });
    return jsonReply(200, result);
  },
};
