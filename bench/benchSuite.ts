/** One benchmark suite: `bench/suites/<name>.ts` default-exports it; `pnpm bench` runs them all. */
export interface BenchSuite {
  name: string;
  /** Returns the figures, each ratio measured against its raw baseline in the same run. */
  run(): Promise<Record<string, unknown>>;
}

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up) and returns operations per second. */
export async function opsPerSecond(
  fn: () => unknown | Promise<unknown>,
  ms = 1500,
  batch = 100,
): Promise<number> {
  const warmUntil = performance.now() + ms / 5;
  while (performance.now() < warmUntil) for (let i = 0; i < batch; i++) await fn();
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < batch; i++) await fn();
    ops += batch;
  }
  return (ops * 1000) / (performance.now() - start);
}

/** Percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
