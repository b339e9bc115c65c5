import { type RouterClient, routerUnreachable } from '@onecase/core';

/** Every method of `RouterClient`, so the fake keeps up when the interface grows. */
const METHODS = [
  'open',
  'send',
  'get',
  'history',
  'find',
  'appliedEvent',
  'timers',
  'catalogue',
  'list',
  'count',
  'aggregate',
  'linkCitizen',
] as const satisfies readonly (keyof RouterClient)[];

/**
 * A `RouterClient` whose every call fails as an unreachable router does
 * (`isRouterUnreachable(error)`): for testing what a channel does offline.
 *
 * @example
 * ```ts
 * const session = createCounterSession({ client: unreachableClient(), counter: '3', clerk: 'c-1', outbox });
 * ```
 */
export function unreachableClient(message = 'The router cannot be reached'): RouterClient {
  const fail = () => Promise.reject(routerUnreachable(message));
  return Object.fromEntries(METHODS.map((method) => [method, fail])) as unknown as RouterClient;
}
