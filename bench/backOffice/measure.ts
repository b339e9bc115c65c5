import { percentile, ROUND_MS } from '../benchSuite.js';

/** Latency samples (ms) of one side of a round, and its rate. */
export interface LatencyRound {
  samples: number[];
  perSecond: number;
}

/** Calls `fn` one at a time for `ms` and returns each call's latency in ms. */
export async function timeCalls(fn: (i: number) => Promise<unknown>, ms = ROUND_MS): Promise<LatencyRound> {
  const samples: number[] = [];
  const start = performance.now();
  const until = start + ms;
  for (let i = 0; performance.now() < until; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return { samples, perSecond: (samples.length * 1000) / (performance.now() - start) };
}

/**
 * One side of `alternate` that keeps each round's p50 and p99 (ms) and returns its rate, so
 * latency percentiles and throughput ratios come out of the same rounds.
 */
export function latencySide(fn: (i: number) => Promise<unknown>, ms = ROUND_MS) {
  const p50: number[] = [];
  const p99: number[] = [];
  let warm = false;
  return {
    p50,
    p99,
    async run(): Promise<number> {
      const round = await timeCalls(fn, ms);
      // alternate's first call is its unrecorded warm-up.
      if (warm) {
        p50.push(percentile(round.samples, 50));
        p99.push(percentile(round.samples, 99));
      }
      warm = true;
      return round.perSecond;
    },
  };
}

/** Runs `workers` loops of `step` for `ms` and returns operations per second. */
export async function throughput(
  workers: number,
  step: (worker: number, i: number) => Promise<unknown>,
  ms = ROUND_MS,
): Promise<number> {
  let ops = 0;
  const until = performance.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        await step(worker, i);
        ops += 1;
      }
    }),
  );
  return (ops * 1000) / (performance.now() - start);
}

/** Env integer with a default (row counts and sizes). */
export const envInt = (name: string, fallback: number): number => {
  const value = Math.round(Number(process.env[name] ?? fallback));
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
