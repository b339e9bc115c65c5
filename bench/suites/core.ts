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
import { type BenchSuite, percentile, round } from '../benchSuite.js';

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

/** Keeps the raw loop's result observable so the engine cannot drop the work. */
let rawSink: unknown;

/** The raw baseline: XState's pure transition plus the persisted snapshot, as a store would keep it. */
function createRawCase() {
  let snapshot: AnyMachineSnapshot = initialTransition(permitMachine, { ...input, at: Date.now(), via })[0];
  return () => {
    const [next] = transition(permitMachine, snapshot, { ...command, at: Date.now(), via });
    rawSink = permitMachine.getPersistedSnapshot(next);
    snapshot = next;
  };
}

/**
 * A cheaper raw loop for reference: `machine.transition` with one actor scope reused, which is what
 * `transition()` builds afresh (a whole actor, initial state included) on every call.
 */
function createReusedScopeRawCase() {
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
  let snapshot: AnyMachineSnapshot = initialTransition(permitMachine, { ...input, at: Date.now(), via })[0];
  return () => {
    actions = [];
    const next = permitMachine.transition(
      snapshot as never,
      { ...command, at: Date.now(), via },
      scope as never,
    );
    rawSink = [permitMachine.getPersistedSnapshot(next), actions];
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

const median = (values: number[]): number => percentile(values, 50);
const cpuSeconds = (used: NodeJS.CpuUsage): number => (used.user + used.system) / 1e6;

type Loop = () => unknown;

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
): Promise<Record<string, { perCpuSecond: number; perSecond: number }>> {
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

/** Commands per second through the router against the raw loops, interleaved. */
async function throughput() {
  const rates = await interleaved(
    {
      raw: async () => ({ loop: createRawCase() }),
      reusedScope: async () => ({ loop: createReusedScopeRawCase() }),
      router: async () => {
        const { router, ref } = await openRouterCase();
        return { loop: () => router.send(ref, command, { via }), done: () => router.close() };
      },
    },
    9000,
  );
  const { raw, reusedScope, router } = rates as Record<
    'raw' | 'reusedScope' | 'router',
    (typeof rates)[string]
  >;
  return {
    routerOpsPerCpuSec: Math.round(router.perCpuSecond),
    rawOpsPerCpuSec: Math.round(raw.perCpuSecond),
    ratio: round(router.perCpuSecond / raw.perCpuSecond),
    routerOpsPerSec: Math.round(router.perSecond),
    rawOpsPerSec: Math.round(raw.perSecond),
    wallClockRatio: round(router.perSecond / raw.perSecond),
    rawReusedScopeOpsPerCpuSec: Math.round(reusedScope.perCpuSecond),
    ratioVsReusedScope: round(router.perCpuSecond / reusedScope.perCpuSecond),
  };
}

/** Per-send latency on one case, and the raw loop's per-step latency for comparison. */
async function latency() {
  const { router, ref } = await openRouterCase();
  await timeSends(router, ref, 2000);
  const routerSamples = await timeSends(router, ref, 20_000);
  await router.close();
  const raw = createRawCase();
  const rawSamples: number[] = [];
  for (let i = 0; i < 22_000; i++) {
    const start = performance.now();
    raw();
    if (i >= 2000) rawSamples.push((performance.now() - start) * 1000);
  }
  const p50 = percentile(routerSamples, 50);
  const p99 = percentile(routerSamples, 99);
  const rawP50 = percentile(rawSamples, 50);
  const rawP99 = percentile(rawSamples, 99);
  return {
    p50Us: round(p50, 1),
    p99Us: round(p99, 1),
    rawP50Us: round(rawP50, 1),
    rawP99Us: round(rawP99, 1),
    p50Ratio: round(p50 / rawP50, 2),
    p99Ratio: round(p99 / rawP99, 2),
  };
}

/**
 * `send` on cases with 10,000 prior events against cases with 10, interleaved one send each so
 * that drift and garbage collection hit both alike. Many small cases keep each near 10 events.
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
  const short: string[] = [];
  for (let i = 0; i < 600; i++) short.push(await open(10));
  const longSamples: number[] = [];
  const shortSamples: number[] = [];
  const sends = 3600;
  for (let i = 0; i < sends; i++) {
    shortSamples.push(...(await timeSends(router, short[i % short.length]!, 1)));
    longSamples.push(...(await timeSends(router, long[i % long.length]!, 1)));
  }
  await router.close();
  const warm = 600;
  const longP50 = median(longSamples.slice(warm));
  const shortP50 = median(shortSamples.slice(warm));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    p50With10EventsUs: round(shortP50, 1),
    p50With10kEventsUs: round(longP50, 1),
    meanWith10EventsUs: round(mean(shortSamples.slice(warm)), 1),
    meanWith10kEventsUs: round(mean(longSamples.slice(warm)), 1),
    ratio: round(longP50 / shortP50),
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
    const heap = await timed('heap', () => heapPerCase(100_000));
    const commands = await timed('commands', throughput);
    const send = await timed('latency', latency);
    const history = await timed('history', longHistory);
    if (rawSink === undefined) {
      throw new Error('raw loop produced no snapshot');
    }
    return {
      service: 'building-permit (guards on context and payload, assigns, emit; bounded context)',
      commands: {
        ...commands,
        baseline: 'xstate transition() + getPersistedSnapshot, same machine and events',
        goal: '>= 0.5',
      },
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
