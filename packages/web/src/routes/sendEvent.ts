import { CaseError } from '@onecase/core';
import { visibleCase } from '../access/visibleCase.js';
import { objectBody } from '../handler/objectBody.js';
import type { Route } from '../handler/routeTable.js';
import { jsonReply } from '../handler/webCall.js';
import { HttpProblemError } from '../httpProblemError.js';
import { etagOf, expectedVersionOf } from '../headers/expectedVersion.js';
import { idempotencyKeyOf } from '../headers/idempotencyKey.js';
import { viaOf } from '../headers/viaOf.js';

/** `POST /cases/:ref/events` `{ type, ...payload }`: sends an event, conditional with `If-Match`. */
export const sendEvent: Route = {
  method: 'POST',
  path: '/cases/:ref/events',
  handle: async ({ principal, params, call }, web) => {
    const via = viaOf(principal, call, web.channel);
    const idempotencyKey = idempotencyKeyOf(principal, call);
    const expectedVersion = expectedVersionOf(call);
    const event = await objectBody(call, web.bodyBytes, '{ type, ...payload }');
    if (typeof event.type !== 'string' || event.type.length === 0) {
      throw new CaseError('INVALID_INPUT', 'An event needs a string type: { type, ...payload }');
    }
    // Staff may act on any case, so only a citizen's write (or an integrator's check) costs a read first.
    const current =
      principal.kind === 'staff' && web.authorize === undefined
        ? undefined
        : await visibleCase(web.router, principal, params.ref!);
    if (current && web.authorize) {
      const allowed = await web.authorize({
        principal,
        case: current,
        event: event as { type: string } & Record<string, unknown>,
        channel: via.channel,
      });
      if (allowed !== true) {
        throw new HttpProblemError('FORBIDDEN', `You may not send ${event.type} to this case`, {
          type: event.type,
        });
      }
    }
    const target = current ? current.id : params.ref!;
    const view = await web.router.send(target, event as { type: string }, {
      via,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    });
    return jsonReply(200, view, { etag: etagOf(view) });
  },
};
