import type { EffectDelivery, RouterClient, Via } from '@onecase/core';
import type { Open311Client, Open311NewRequest } from './createOpen311Client.js';

/** How `forwardToOpen311` turns an effect into a request and records the answer on the case. */
export interface ForwardToOpen311Options {
  client: Open311Client;
  /** The router the case lives on (to send the event carrying the back-end's id). */
  router: Pick<RouterClient, 'send'>;
  /** The request to create for a delivered effect. */
  toRequest: (delivery: EffectDelivery) => Omit<Open311NewRequest, 'idempotencyKey'>;
  /** The event stored on the case with the id, e.g. `external.linked`; its payload is `{ serviceRequestId }`. */
  event: string;
  /** Who sends that event (default `{ channel: 'integration', actor: { id: 'open311-forwarder' } }`; the service's policy must let it). */
  via?: Via;
}

/**
 * An effect handler for `router.handleEffects` that forwards a case to an external Open311
 * back-end and stores the `service_request_id` on the case. Safe to retry: the back-end gets the
 * effect id as `Idempotency-Key` and the case event is keyed too, so a redelivery never creates
 * a second request or a second event; a back-end that is down throws and is retried.
 *
 * @example
 * ```ts
 * router.handleEffects({
 *   'open311.forward': forwardToOpen311({ client, router, event: 'external.linked',
 *     toRequest: ({ case: view }) => ({ service_code: 'noise', address_string: String((view.context as { address: string }).address) }) }),
 * });
 * ```
 */
export function forwardToOpen311(
  options: ForwardToOpen311Options,
): (delivery: EffectDelivery) => Promise<void> {
  const via = options.via ?? { channel: 'integration', actor: { id: 'open311-forwarder' } };
  return async (delivery) => {
    const created = await options.client.createRequest({
      ...options.toRequest(delivery),
      idempotencyKey: delivery.id,
    });
    const serviceRequestId = created.service_request_id ?? created.token;
    if (!serviceRequestId)
      throw new Error('The Open311 back-end returned neither a service_request_id nor a token');
    await options.router.send(
      delivery.case.id,
      { type: options.event, serviceRequestId },
      { via, idempotencyKey: `open311-forward:${delivery.id}` },
    );
  };
}
