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

/**
 * Rounds in which the sides take turns call by call (the first of each turn rotating), for
 * `ms` of each side's calls a round: when a single call lasts about a second and the machine's
 * load moves, each side meets the same load, which whole-round turns cannot promise. Returns
 * each side's calls per second and p50 (ms) per round, after one unrecorded warm-up call each.
 */
export async function interleave<K extends string>(
  sides: Record<K, () => Promise<unknown>>,
  options: { rounds: number; ms: number },
): Promise<Record<K, { perSecond: number[]; p50: number[] }>> {
  const names = Object.keys(sides) as K[];
  const out = Object.fromEntries(
    names.map((name) => [name, { perSecond: [], p50: [] }]),
  ) as unknown as Record<K, { perSecond: number[]; p50: number[] }>;
  for (const name of names) await sides[name]();
  for (let r = 0; r < options.rounds; r++) {
    const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
    const spent = () => Math.min(...names.map((name) => samples[name].reduce((a, b) => a + b, 0)));
    for (let turn = 0; spent() < options.ms; turn++) {
      for (let s = 0; s < names.length; s++) {
        const name = names[(turn + r + s) % names.length]!;
        const t0 = performance.now();
        await sides[name]();
        samples[name].push(performance.now() - t0);
      }
    }
    for (const name of names) {
      const total = samples[name].reduce((a, b) => a + b, 0);
      out[name].perSecond.push((samples[name].length * 1000) / total);
      out[name].p50.push(percentile(samples[name], 50));
    }
  }
  return out;
}
