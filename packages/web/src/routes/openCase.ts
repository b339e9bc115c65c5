import { CaseError, type Citizen } from '@onecase/core';
import { citizenOf } from '../access/visibleCase.js';
import { objectBody } from '../handler/objectBody.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { etagOf } from '../headers/expectedVersion.js';
import { idempotencyKeyOf } from '../headers/idempotencyKey.js';
import { viaOf } from '../headers/viaOf.js';

/**
 * `POST /cases` `{ service, input, citizen?, version? }`: opens a case (on the newest version of
 * the service unless a registered `version` is named); a citizen's is always filed under their
 * own identifiers, staff name the citizen in the body.
 */
export const openCase: Route = {
  method: 'POST',
  path: '/cases',
  handle: async ({ principal, call }, web) => {
    const via = viaOf(principal, call, web.channel);
    const idempotencyKey = idempotencyKeyOf(principal, call);
    const body = await objectBody(call, web.bodyBytes, '{ service, input, citizen? }');
    if (typeof body.service !== 'string') {
      throw new CaseError('INVALID_INPUT', 'service must be the id of a service', {
        service: body.service ?? null,
      });
    }
    const citizen =
      principal.kind === 'citizen' ? citizenOf(principal) : (body.citizen as Citizen | undefined);
    const view = await web.router.open({
      service: body.service,
      ...(body.version !== undefined ? { version: body.version as number } : {}),
      input: body.input,
      via,
      ...(citizen !== undefined ? { citizen } : {}),
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
    });
    return jsonReply(201, view, {
      etag: etagOf(view),
      location: `${web.basePath}/cases/${encodeURIComponent(view.ref)}`,
    });
  },
};
