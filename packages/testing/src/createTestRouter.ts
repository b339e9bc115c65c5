import {
  type AnyServiceDefinition,
  type CaseStore,
  createRouter,
  memoryStore,
  type Router,
  type RouterOptions,
} from '@onecase/core';
import { createFakeClock, type FakeClock } from './createFakeClock.js';

export interface TestRouter<TServices extends readonly AnyServiceDefinition[]> extends Router<TServices> {
  clock: FakeClock;
  store: CaseStore;
  /** Advances the fake clock and fires every timer that became due; resolves with how many fired. */
  advance(by: number | string): Promise<number>;
}

/**
 * Creates a router for tests: a fake clock, a memory store (unless given) and a fixed secret.
 *
 * @example
 * ```ts
 * const router = createTestRouter({ services: [noise] });
 * const view = await router.open({ service: 'noise-complaint', input, via });
 * await router.advance('2d'); // timers fire
 * ```
 */
export function createTestRouter<const TServices extends readonly AnyServiceDefinition[]>(
  options: Omit<RouterOptions<TServices>, 'clock'> & { clock?: FakeClock; start?: number | string | Date },
): TestRouter<TServices> {
  const clock = options.clock ?? createFakeClock(options.start);
  const store = options.store ?? memoryStore();
  const router = createRouter({ secret: 'onecase-test-secret', ...options, clock, store });
  return Object.assign(router, {
    clock,
    store,
    async advance(by: number | string) {
      clock.advance(by);
      return router.runDueTimers();
    },
  });
}
