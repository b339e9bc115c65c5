/** One benchmark suite: `bench/suites/<name>.ts` default-exports it; `pnpm bench` runs them all. */
export interface BenchSuite {
  name: string;
  /** Returns the figures, each ratio measured against its baseline in the same run. */
  run(): Promise<Record<string, unknown>>;
}

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

/**
 * How many rounds each figure is measured in and how long one side of a round runs. The
 * defaults are what the conventions ask of a reported figure (≥ 5 rounds of ≥ 2 s); a smoke
 * run sets e.g. `BENCH_ROUNDS=2 BENCH_ROUND_MS=300`.
 */
export const ROUNDS = Math.round(positive('BENCH_ROUNDS', 5));
export const ROUND_MS = positive('BENCH_ROUND_MS', 2000);

/** Min / median / max of the per-round values of one figure; the summary prints the median. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  rounds: number;
}

/** Percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** The spread of per-round values (the median of an even count is the mean of the middle two). */
export function spread(values: number[], digits = 3): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    min: round(sorted[0] ?? Number.NaN, digits),
    median: round(median, digits),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, digits),
    rounds: sorted.length,
  };
}

/** The spread of `a[i] / b[i]`: each round's ratio is taken within the round, so drift between rounds cancels. */
export function ratioSpread(a: number[], b: number[], digits = 3): Spread {
  if (a.length !== b.length) throw new Error('ratioSpread needs the same number of rounds on both sides');
  return spread(
    a.map((value, i) => value / b[i]!),
    digits,
  );
}

/** Median of a list, rounded: the per-side figure printed next to a ratio. */
export const medianOf = (values: number[], digits = 0): number => spread(values, digits).median;

/**
 * Runs every side once per round for `ROUNDS` rounds (after one unrecorded warm-up round when
 * `warmUp`), rotating which side goes first so neither always follows the other; returns each
 * side's per-round results in round order.
 */
export async function alternate<K extends string>(
  sides: { [name in K]: (() => Promise<number>) | undefined },
  options: { rounds?: number; warmUp?: boolean } = {},
): Promise<Record<K, number[]>> {
  // A side left undefined (a baseline this run cannot measure) is skipped.
  const names = (Object.keys(sides) as K[]).filter((name) => sides[name] !== undefined);
  const results = Object.fromEntries(Object.keys(sides).map((name) => [name, [] as number[]])) as Record<
    K,
    number[]
  >;
  const rounds = options.rounds ?? ROUNDS;
  if (options.warmUp !== false) for (const name of names) await sides[name]!();
  for (let r = 0; r < rounds; r++) {
    for (let s = 0; s < names.length; s++) {
      const name = names[(r + s) % names.length]!;
      results[name].push(await sides[name]!());
    }
  }
  return results;
}

/** Runs `fn` repeatedly for about `ms` milliseconds and returns operations per second. */
export async function opsPerSecond(
  fn: () => unknown | Promise<unknown>,
  ms = ROUND_MS,
  batch = 100,
): Promise<number> {
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < batch; i++) await fn();
    ops += batch;
  }
  return (ops * 1000) / (performance.now() - start);
}

/** True when `value` is a `Spread` (how the summary finds the ratios among the figures). */
export function isSpread(value: unknown): value is Spread {
  return (
    typeof value === 'object' &&
    value !== null &&
    'median' in value &&
    'min' in value &&
    'max' in value &&
    'rounds' in value
  );
}
