import type { Clock } from './types.js';

/** The real clock (`Date.now()`); the only place onecase reads the wall time. */
export const systemClock: Clock = { now: () => Date.now() };

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/**
 * Reads a duration such as `'3d'`, `'2h'`, `'90m'`, `'1d12h'` or a number of milliseconds.
 *
 * @example
 * ```ts
 * parseDuration('1d12h'); // 129600000
 * ```
 */
export function parseDuration(duration: number | string): number {
  if (typeof duration === 'number') {
    if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`Invalid duration: ${duration}`);
    return duration;
  }
  const parts = [...duration.trim().matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || consumed !== duration.trim().replace(/\s+/g, '')) {
    throw new RangeError(
      `Invalid duration '${duration}': use e.g. '3d', '2h', '90m', '1d12h' or milliseconds`,
    );
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit!]!, 0);
}
