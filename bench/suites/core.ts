import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type CaseMachineEvents,
  type CaseMachineInput,
  createRouter,
  defineService,
  type Router,
  type Via,
} from '@onecase/core';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  assign,
  createActor,
  emit,
  initialTransition,
  setup,
  transition,
} from 'xstate';
import { z } from 'zod';
import {
  type BenchSuite,
  medianOf,
  percentile,
  ROUND_MS,
  ROUNDS,
  ratioSpread,
  round,
  spread,
} from '../benchSuite.js';

// A permit application as a city would write it: guards on context and payload, assigns and an
// emitted effect. Its context stays bounded however many notes arrive, so the 10-vs-10,000-events
// figure measures what the router does with history, not the cost of a growing context.
const MAX_NOTES = 1_000_000;

const permitEvents = {
  'info.add': z.object({ note: z.string().min(1).max(2000) }),
  'documents.check': z.object({ ok: z.boolean() }),
  'fee.pay': z.object({ amount: z.number().positive() }),
  'case.submit': z.object({}),
  'case.decide': z.object({ approved: z.boolean() }),
  'case.withdraw': z.object({}),
};
const permitInput = z.object({ applicant: z.string().min(1), address: z.string().min(1) });

const permitMachine = setup({
  types: {
    context: {} as {
      applicant: string;
      address: string;
      fee: number;
      paid: number;
      documentsOk: boolean;
      noteCount: number;
      lastNote: string | null;
      lastNoteAt: number | null;
      lastActor: string | null;
      openedAt: number;
    },
    events: {} as CaseMachineEvents<typeof permitEvents>,
    input: {} as CaseMachineInput<typeof permitInput>,
  },
  guards: {
    acceptsNotes: ({ context }) => context.noteCount < MAX_NOTES,
    documentsOk: ({ context }) => context.documentsOk,
    feeCovered: ({ context, event }) =>
      event.type === 'fee.pay' && context.paid + event.amount >= context.fee,
    approved: ({ event }) => event.type === 'case.decide' && event.approved,
  },
}).createMachine({
  id: 'permit',
  initial: 'draft',
  context: ({ input }) => ({
    applicant: input.applicant,
    address: input.address,
    fee: 120,
    paid: 0,
    documentsOk: false,
    noteCount: 0,
    lastNote: null,
    lastNoteAt: null,
    lastActor: null,
    openedAt: input.at,
  }),
  on: {
    'info.add': {
      guard: 'acceptsNotes',
      actions: assign({
        noteCount: ({ context }) => context.noteCount + 1,
        lastNote: ({ event }) => event.note,
        lastNoteAt: ({ event }) => event.at,
        lastActor: ({ event }) => event.via.actor.id,
      }),
    },
  },
  states: {
    draft: {
      tags: ['open'],
      on: {
        'documents.check': { actions: assign({ documentsOk: ({ event }) => event.ok }) },
        'fee.pay': [
          {
            guard: 'feeCovered',
            actions: [
              assign({ paid: ({ context, event }) => context.paid + event.amount }),
              emit({ type: 'fee.settled' }),
            ],
          },
          { actions: assign({ paid: ({ context, event }) => context.paid + event.amount }) },
        ],
        'case.submit': { guard: 'documentsOk', target: 'submitted' },
        'case.withdraw': 'withdrawn',
      },
    },
    submitted: {
      tags: ['open'],
      on: {
        'case.decide': [
          { guard: 'approved', target: 'approved', actions: emit({ type: 'permit.issue' }) },
          { target: 'rejected' },
        ],
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

const permit = defineService({
  id: 'building-permit',
  version: 1,
  title: 'Building permit',
  refPrefix: 'BP',
  machine: permitMachine,
  input: permitInput,
  events: permitEvents,
  channels: {
    web: ['info.add', 'documents.check', 'fee.pay', 'case.submit', 'case.withdraw'],
    counter: '*',
    hotline: ['info.add', 'case.withdraw'],
  },
});

const via: Via = { channel: 'web', actor: { id: 'citizen-1' } };
const input = { applicant: 'Li Wei', address: '12 Riverside Road' };
const command = { type: 'info.add', note: 'The neighbour started building at 6am again.' } as const;

/** Keeps the baseline loops' results observable so the engine cannot drop the work. */
let rawSink: unknown;

/**
 * The old headline baseline: XState's public `transition()` plus the persisted snapshot. It builds
 * a throwaway actor (initial state included) on every call, which the router does not do, so it
 * flatters the router; it is still reported for comparison with earlier runs.
 */
function createTransitionCase() {
  let snapshot: AnyMachineSnapshot = initialTransition(permitMachine, { ...input, at: Date.now(), via })[0];
  return () => {
    const [next] = transition(permitMachine, snapshot, { ...command, at: Date.now(), via });
    rawSink = permitMachine.getPersistedSnapshot(next);
    snapshot = next;
  };
}

/**
 * The headline baseline: the same cheap call the router makes (`machine.transition` in one inert
 * actor scope reused for every decision, as `packages/core/src/decide.ts` does), then what the
 * memory store keeps: the persisted snapshot as the case's new version, and the event appended to
 * the case's history. No validation, policy, hashing, idempotency or view: that is the router's share.
 */
function createInertScopeCase() {
  // Without input the eager initial state fails inside the actor; the scope needs only its identity.
  const self = createActor(permitMachine as AnyStateMachine);
  let actions: unknown[] = [];
  const scope = {
    self,
    id: '',
    sessionId: '',
    system: self.system,
    defer: () => {},
    logger: () => {},
    stopChild: () => {},
    emit: () => {},
    actionExecutor: (action: unknown) => actions.push(action),
  };
  const caseId = randomUUID();
  const cases = new Map<string, { version: number; snapshot: unknown }>();
  const history: unknown[] = [];
  let snapshot: AnyMachineSnapshot = initialTransition(permitMachine, { ...input, at: Date.now(), via })[0];
  let version = 1;
  return () => {
    actions = [];
    const event = { ...command, at: Date.now(), via };
    const next = permitMachine.transition(snapshot as never, event, scope as never);
    version += 1;
    cases.set(caseId, { version, snapshot: permitMachine.getPersistedSnapshot(next) });
    history.push({
      seq: version,
      type: event.type,
      payload: { note: event.note },
      at: event.at,
      effects: actions,
    });
    rawSink = cases;
    snapshot = next;
  };
}

async function openRouterCase(): Promise<{ router: Router; ref: string }> {
  const router = createRouter({ services: [permit] }) as unknown as Router;
  const view = await router.open({ service: 'building-permit', input, via });
  return { router, ref: view.ref };
}

async function timeSends(router: Router, ref: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await router.send(ref, command, { via });
    samples.push((performance.now() - start) * 1000);
  }
  return samples;
}

/** Microseconds of each call of `step` for about `ms`. */
async function timeFor(ms: number, step: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await step();
      samples.push((performance.now() - start) * 1000);
    }
  }
  return samples;
}

const median = (values: number[]): number => percentile(values, 50);
const cpuSeconds = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1e6;

type Loop = () => unknown;
type Rates = Record<string, { perCpuSecond: number; perSecond: number }>;

/**
 * Runs the loops in alternating chunks of `chunk` operations for about `ms` and returns each
 * one's operations per CPU-second (user + system of this process) and per wall-clock second. The
 * machine is shared, so interleaving short chunks lets drift and neighbours hit every loop alike,
 * and CPU time does not count the time another process held the core. `make` is called again
 * every `renewEvery` chunks so no case's event log grows without bound.
 */
async function interleaved(
  makers: Record<string, () => Promise<{ loop: Loop; done?: () => Promise<void> }>>,
  ms: number,
  chunk = 200,
  renewEvery = 40,
): Promise<Rates> {
  const totals: Record<string, { ops: number; cpuMicros: number; wallMs: number }> = {};
  const current: Record<string, { loop: Loop; done?: () => Promise<void> }> = {};
  const warmChunks = 5;
  const until = performance.now() + ms;
  for (let round = 0; performance.now() < until || round <= warmChunks; round++) {
    for (const [name, make] of Object.entries(makers)) {
      if (round % renewEvery === 0) {
        await current[name]?.done?.();
        current[name] = await make();
      }
      const { loop } = current[name]!;
      const cpu = process.cpuUsage();
      const start = performance.now();
      for (let i = 0; i < chunk; i++) await loop();
      const wallMs = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (round < warmChunks) continue;
      const total = totals[name] ?? { ops: 0, cpuMicros: 0, wallMs: 0 };
      totals[name] = total;
      total.ops += chunk;
      total.cpuMicros += cpuSeconds(used) * 1e6;
      total.wallMs += wallMs;
    }
  }
  for (const entry of Object.values(current)) await entry.done?.();
  return Object.fromEntries(
    Object.entries(totals).map(([name, total]) => [
      name,
      { perCpuSecond: (total.ops * 1e6) / total.cpuMicros, perSecond: (total.ops * 1e3) / total.wallMs },
    ]),
  );
}

/**
 * Commands per second through the router (memory store, send by reference) against the
 * inert-scope decide + persist and against XState `transition()`, interleaved in chunks within
 * each round; each side gets about `ROUND_MS` of every round.
 */
async function throughput() {
  const makers = {
    transition: async () => ({ loop: createTransitionCase() }),
    inertScope: async () => ({ loop: createInertScopeCase() }),
    router: async () => {
      const { router, ref } = await openRouterCase();
      return { loop: () => router.send(ref, command, { via }), done: () => router.close() };
    },
  };
  const perCpu: Record<keyof typeof makers, number[]> = { transition: [], inertScope: [], router: [] };
  const perWall: Record<keyof typeof makers, number[]> = { transition: [], inertScope: [], router: [] };
  await interleaved(makers, Math.min(ROUND_MS, 1000));
  for (let r = 0; r < ROUNDS; r++) {
    const rates = await interleaved(makers, ROUND_MS * 3);
    for (const name of Object.keys(makers) as (keyof typeof makers)[]) {
      perCpu[name].push(rates[name]!.perCpuSecond);
      perWall[name].push(rates[name]!.perSecond);
    }
  }
  return {
    routerOpsPerCpuSec: medianOf(perCpu.router),
    inertScopeOpsPerCpuSec: medianOf(perCpu.inertScope),
    transitionOpsPerCpuSec: medianOf(perCpu.transition),
    ratio: ratioSpread(perCpu.router, perCpu.inertScope),
    wallClockRatio: ratioSpread(perWall.router, perWall.inertScope),
    ratioVsTransition: ratioSpread(perCpu.router, perCpu.transition),
    baseline:
      'inert-scope machine.transition (the call decide.ts makes) + getPersistedSnapshot into a Map + event appended; ratioVsTransition: xstate transition() (a throwaway actor per call) + getPersistedSnapshot',
    goal: 'ratio >= 0.5',
  };
}

/** Per-send latency on one case against the per-step latency of both baselines, one case renewed per round. */
async function latency() {
  const p50 = { router: [] as number[], inertScope: [] as number[], transition: [] as number[] };
  const p99 = { router: [] as number[], inertScope: [] as number[], transition: [] as number[] };
  const measure = async (r: number) => {
    const { router, ref } = await openRouterCase();
    const sides = {
      router: () => router.send(ref, command, { via }),
      inertScope: createInertScopeCase(),
      transition: createTransitionCase(),
    };
    for (const name of Object.keys(sides) as (keyof typeof sides)[]) {
      const samples = await timeFor(ROUND_MS, sides[name]);
      if (r < 0) continue;
      p50[name].push(percentile(samples, 50));
      p99[name].push(percentile(samples, 99));
    }
    await router.close();
  };
  for (let r = -1; r < ROUNDS; r++) await measure(r);
  return {
    p50Us: spread(p50.router, 1),
    p99Us: spread(p99.router, 1),
    inertScopeP50Us: spread(p50.inertScope, 1),
    inertScopeP99Us: spread(p99.inertScope, 1),
    transitionP50Us: spread(p50.transition, 1),
    p50Ratio: ratioSpread(p50.router, p50.inertScope, 2),
    p99Ratio: ratioSpread(p99.router, p99.inertScope, 2),
    p50RatioVsTransition: ratioSpread(p50.router, p50.transition, 2),
  };
}

/**
 * `send` on cases with at least 10,000 prior events against cases with 10, interleaved one send
 * each so that drift and garbage collection hit both alike. The short cases are opened afresh
 * every round so each stays near 10 events.
 */
async function longHistory() {
  const router = createRouter({ services: [permit] }) as unknown as Router;
  const open = async (events: number) => {
    const { ref } = await router.open({ service: 'building-permit', input, via });
    for (let i = 0; i < events; i++) await router.send(ref, command, { via });
    return ref;
  };
  const long: string[] = [];
  for (let i = 0; i < 2; i++) long.push(await open(10_000));
  const longP50: number[] = [];
  const shortP50: number[] = [];
  for (let r = -1; r < ROUNDS; r++) {
    const short: string[] = [];
    for (let i = 0; i < 300; i++) short.push(await open(10));
    const longSamples: number[] = [];
    const shortSamples: number[] = [];
    const until = performance.now() + ROUND_MS * 2;
    for (let i = 0; performance.now() < until; i++) {
      shortSamples.push(...(await timeSends(router, short[i % short.length]!, 1)));
      longSamples.push(...(await timeSends(router, long[i % long.length]!, 1)));
    }
    if (r < 0) continue;
    longP50.push(median(longSamples));
    shortP50.push(median(shortSamples));
  }
  await router.close();
  return {
    p50With10EventsUs: spread(shortP50, 1),
    p50With10kEventsUs: spread(longP50, 1),
    ratio: ratioSpread(longP50, shortP50),
  };
}

type Gc = () => void;
/** `global.gc` when node runs with --expose-gc; otherwise the flag is set at run time. */
function gcFunction(): Gc {
  const exposed = (globalThis as { gc?: Gc }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

function settledHeap(gc: Gc): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// Each measurement lives in its own function so nothing it built stays reachable from the
// caller's frame once it returns.
async function routerHeapPerCase(gc: Gc, cases: number): Promise<number> {
  const before = settledHeap(gc);
  const router = createRouter({ services: [permit] }) as unknown as Router;
  for (let i = 0; i < cases; i++) await router.open({ service: 'building-permit', input, via });
  const after = settledHeap(gc);
  await router.close();
  return (after - before) / cases;
}

function rawHeapPerCase(gc: Gc, cases: number): number {
  const before = settledHeap(gc);
  const snapshots = new Map<string, unknown>();
  for (let i = 0; i < cases; i++) {
    const [snapshot] = initialTransition(permitMachine, { ...input, at: Date.now(), via });
    snapshots.set(randomUUID(), permitMachine.getPersistedSnapshot(snapshot));
  }
  const after = settledHeap(gc);
  if (snapshots.size !== cases) throw new Error('raw baseline lost snapshots');
  return (after - before) / cases;
}

/** Heap held per case by a router with the default memory store, against persisted snapshots in a Map. */
async function heapPerCase(cases: number) {
  const gc = gcFunction();
  const rawBytes = rawHeapPerCase(gc, cases);
  const routerBytes = await routerHeapPerCase(gc, cases);
  return {
    cases,
    gc: (globalThis as { gc?: Gc }).gc ? 'global.gc' : 'v8 --expose-gc set at run time',
    routerBytesPerCase: Math.round(routerBytes),
    rawBytesPerCase: Math.round(rawBytes),
    ratio: round(routerBytes / rawBytes),
  };
}

/** Cases opened for the heap figure (a smoke run sets BENCH_CORE_HEAP_CASES=10000). */
const HEAP_CASES = Number(process.env.BENCH_CORE_HEAP_CASES ?? 100_000);

const suite: BenchSuite = {
  name: 'core',
  async run() {
    const load = [round(loadavg()[0]!, 1)];
    const cpuAtStart = process.cpuUsage();
    const seconds: Record<string, number> = {};
    const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const start = performance.now();
      const result = await work();
      seconds[name] = round((performance.now() - start) / 1000, 1);
      return result;
    };
    // Heap first, while nothing else is cached in the process.
    const heap = await timed('heap', () => heapPerCase(HEAP_CASES));
    const commands = await timed('commands', throughput);
    const send = await timed('latency', latency);
    const history = await timed('history', longHistory);
    if (rawSink === undefined) {
      throw new Error('raw loop produced no snapshot');
    }
    return {
      service: 'building-permit (guards on context and payload, assigns, emit; bounded context)',
      commands,
      sendLatency: send,
      history: { ...history, goal: '<= 1.5' },
      heap,
      seconds,
      cpuSeconds: round(cpuSeconds(process.cpuUsage(cpuAtStart)), 1),
      loadAverage: { start: load[0], end: round(loadavg()[0]!, 1), cores: availableParallelism() },
    };
  },
};

export default suite;
