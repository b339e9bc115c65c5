import { type RouterClient, routerUnreachable } from '@onecase/core';

/** A client that can be cut off from the router on purpose, and the switch. */
export interface OfflineSwitch<TClient extends RouterClient> {
  /** Use this as the session's client. */
  readonly client: TClient;
  readonly online: boolean;
  goOffline(): void;
  goOnline(): void;
}

const GATED = new Set([
  'open',
  'send',
  'get',
  'history',
  'find',
  'linkCitizen',
  'timers',
  'appliedEvent',
  'catalogue',
  'list',
  'count',
]);

/**
 * Wraps a `RouterClient` so a counter can rehearse (or a test can simulate) losing its
 * connection: while offline every call fails exactly as an unreachable HTTP router does —
 * `CaseError('STORE_UNAVAILABLE', …, { reason: 'unreachable' })` — and nothing reaches the router.
 *
 * @example
 * ```ts
 * const network = createOfflineSwitch(router);
 * const session = createCounterSession({ client: network.client, counter: '3', clerk: 'c-17' });
 * network.goOffline(); // session.act(...) now queues in the outbox
 * ```
 */
export function createOfflineSwitch<TClient extends RouterClient>(target: TClient): OfflineSwitch<TClient> {
  let online = true;
  const client = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || !GATED.has(property)) return value;
      return (...args: unknown[]) => {
        if (!online) {
          return Promise.reject(routerUnreachable('The router cannot be reached (offline)'));
        }
        return value.apply(object, args);
      };
    },
  });
  return {
    client,
    get online() {
      return online;
    },
    goOffline() {
      online = false;
    },
    goOnline() {
      online = true;
    },
  };
}
