import { type Clock, parseDuration } from '@onecase/core';

/** A clock tests move by hand. */
export interface FakeClock extends Clock {
  /** Moves time forward by milliseconds or a duration such as `'3d'`, `'2h'`, `'1d12h'`. */
  advance(by: number | string): number;
  /** Jumps to an absolute time (epoch ms); never backwards. */
  set(to: number | Date): number;
}

/**
 * Creates a clock that only moves when told to, for routers under test.
 *
 * @example
 * ```ts
 * const clock = createFakeClock('2026-03-01T09:00:00+08:00');
 * clock.advance('3d');
 * await router.runDueTimers();
 * ```
 */
export function createFakeClock(start: number | string | Date = Date.UTC(2026, 0, 5, 1, 0, 0)): FakeClock {
  let now = typeof start === 'number' ? start : new Date(start).getTime();
  if (!Number.isFinite(now)) throw new RangeError(`createFakeClock: invalid start ${String(start)}`);
  return {
    now: () => now,
    advance(by) {
      now += parseDuration(by);
      return now;
    },
    set(to) {
      const next = typeof to === 'number' ? to : to.getTime();
      if (next < now) throw new RangeError('createFakeClock: time does not go backwards');
      now = next;
      return now;
    },
  };
}
