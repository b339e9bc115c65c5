import { PGlite } from '@electric-sql/pglite';
import {
  type CaseMachineEvents,
  type CaseMachineInput,
  createRouter,
  defineService,
  type Router,
} from '@onecase/core';
import { migrateSchema, pgliteClient, pgPoolClient, postgresStore, type SqlClient } from '@onecase/postgres';
import pg from 'pg';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { alternate, type BenchSuite, medianOf, ROUND_MS, ROUNDS, ratioSpread, round } from '../benchSuite.js';
import { type CapturedCommit, captureCommits, replayable } from '../postgres/capturedCommit.js';
import { cloneColdCases } from '../postgres/coldCases.js';
import { PGBENCH_MODE, pgbench, pgbenchScript } from '../postgres/pgbench.js';

// A case whose context stays the same size however many notes arrive, so every figure
// measures the cost of a command, not of a growing snapshot.
const events = { 'info.add': z.object({ note: z.string().min(1) }) };
const input = z.object({ address: z.string().min(1) });
const machine = setup({
  types: {
    context: {} as { address: string; notes: number; lastNote: string | null },
    events: {} as CaseMachineEvents<typeof events>,
    input: {} as CaseMachineInput<typeof input>,
  },
}).createMachine({
  id: 'bench',
  initial: 'waiting',
  context: ({ input }) => ({ address: input.address, notes: 0, lastNote: null }),
  states: {
    waiting: {
      on: {
        'info.add': {
          actions: assign({ notes: ({ context }) => context.notes + 1, lastNote: ({ event }) => event.note }),
        },
      },
      after: { 60000: 'reminded' },
    },
    reminded: { type: 'final' },
  },
});
const service = defineService({
  id: 'bench-note',
  version: 1,
  title: 'Bench note',
  refPrefix: 'BN',
  machine,
  input,
  events,
  channels: { counter: '*' },
});

const via = { channel: 'counter', actor: { id: 'bench-clerk' } };
const SECRET = 'bench-secret';
const CONCURRENCY = 16;
const ROUND_ROBIN_CASES = 1_000;
const env = (name: string, fallback: number): number => Math.round(Number(process.env[name] ?? fallback));
/** Rows of the cold-case table (a smoke run sets e.g. 20000). */
const COLD_ROWS = env('BENCH_PG_COLD_ROWS', 1_000_000);
/** Cold rows that get a real reference: each is sent to at most once. */
const COLD_SAMPLE = Math.min(COLD_ROWS, env('BENCH_PG_COLD_SAMPLE', 60_000));
const HOT_CASES = 100;
const DUE_TIMERS = env('BENCH_PG_TIMERS', 10_000);
/** PGlite fires timers one at a time through one connection: fewer keep the suite short. */
const PGLITE_DUE_TIMERS = env('BENCH_PGLITE_TIMERS', 2_000);

type BenchRouter = Router<readonly [typeof service]>;
type Opened = { id: string; ref: string };

/** Runs `workers` loops of `step` for ROUND_MS and returns operations per second. */
async function throughput(
  workers: number,
  step: (worker: number, i: number) => Promise<unknown>,
): Promise<number> {
  let ops = 0;
  const until = performance.now() + ROUND_MS;
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

async function openCases(router: BenchRouter, count: number): Promise<Opened[]> {
  const opened: Opened[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        router.open({ service: 'bench-note', input: { address: `No. ${i + j}` }, via }),
      ),
    );
    opened.push(...batch.map((view) => ({ id: view.id, ref: view.ref })));
  }
  return opened;
}

/**
 * Captures the statement the store issues for a steady-state command (the router decided the
 * case's previous command itself), from a router of its own on `schema`.
 */
async function captureSteadyCommit(client: SqlClient, schema: string, clock: { now(): number }) {
  const capture = captureCommits(client, (spy) => postgresStore({ client: spy, schema, notify: false }));
  const router: BenchRouter = createRouter({
    services: [service],
    store: capture.store,
    clock,
    secret: SECRET,
  });
  const view = await router.open({ service: 'bench-note', input: { address: 'Captured' }, via });
  for (let i = 0; i < 3; i++) await router.send(view.ref, { type: 'info.add', note: `n${i}` }, { via });
  await router.close();
  return { captured: capture.last(), commit: replayable(schema, capture.last()) };
}

/** A raw loop's view of its cases: version and last hash, read once and then kept, as the router's cache does. */
async function rawCases(client: SqlClient, schema: string) {
  const rows = await client.query<{ id: string; version: number; last_hash: string }>(
    `SELECT id, version, last_hash FROM ${schema}.cases`,
  );
  return new Map(rows.map((row) => [row.id, { version: row.version, hash: row.last_hash }]));
}

/** Issues the store's own commit statement for one command on a case whose version the loop knows. */
function rawCommitter(client: SqlClient, schema: string, commit: CapturedCommit, clock: { now(): number }) {
  const text = commit.textFor(schema);
  return async (state: { id: string; version: number; hash: string }) => {
    const rows = await client.query(
      text,
      commit.values({
        caseId: state.id,
        expectedVersion: state.version,
        at: clock.now(),
        prevHash: state.hash,
        hash: commit.hash,
      }),
    );
    if (rows.length !== 1)
      throw new Error(`raw commit on ${state.id} at version ${state.version} was refused`);
    state.version += 1;
    state.hash = commit.hash;
  };
}

/** Statements per command: first on a case, steady state by id and by reference, with an idempotency key. */
async function roundTrips(client: SqlClient, schema: string, clock: { now(): number }, one: Opened) {
  let statements = 0;
  const counted: SqlClient = {
    ...client,
    query: (text, params) => {
      statements += 1;
      return client.query(text, params);
    },
  };
  const store = postgresStore({ client: counted, schema, notify: false });
  const router: BenchRouter = createRouter({ services: [service], store, clock, secret: SECRET });
  await store.migrate();
  const count = async (send: () => Promise<unknown>) => {
    statements = 0;
    await send();
    return statements;
  };
  const note = { type: 'info.add', note: 'counted' } as const;
  const figures = {
    routerFirstOnCase: await count(() => router.send(one.id, note, { via })),
    routerById: await count(() => router.send(one.id, note, { via })),
    routerByRef: await count(() => router.send(one.ref, note, { via })),
    routerWithIdempotencyKey: await count(() =>
      router.send(one.id, note, { via, idempotencyKey: 'counted' }),
    ),
    rawStatement: 1,
    pgbench: 1,
  };
  await router.close();
  return figures;
}

/** Per-side medians of ops per second and the ratios between sides (each taken within its round); a ratio with a side not measured is left out. */
function report<K extends string>(rates: Record<K, number[]>, ratios: Record<string, readonly [K, K]>) {
  const measured = Object.entries(ratios).filter(([, [a, b]]) => rates[a].length > 0 && rates[b].length > 0);
  return {
    perSecond: Object.fromEntries(
      Object.entries<number[]>(rates)
        .filter(([, values]) => values.length > 0)
        .map(([name, values]) => [name, medianOf(values)]),
    ),
    ...Object.fromEntries(measured.map(([name, [a, b]]) => [name, ratioSpread(rates[a], rates[b])])),
  };
}

/**
 * Commands through the router (default store: NOTIFY on) against (a) a raw loop issuing the
 * store's own single commit statement and (b) pgbench doing the same writes in one statement;
 * alternated in rounds.
 */
async function commandFigures(client: SqlClient, schemas: Schemas, url?: string) {
  let now = Date.UTC(2026, 0, 5);
  const clock = { now: () => now++ };
  const router: BenchRouter = createRouter({
    services: [service],
    store: postgresStore({ client, schema: schemas.router }),
    clock,
    secret: SECRET,
  });
  const { captured, commit } = await captureSteadyCommit(client, schemas.router, clock);
  await migrateSchema(client, schemas.raw);
  const [one] = await openCases(router, 1);
  const concurrent = await openCases(router, CONCURRENCY);
  const many = await openCases(router, ROUND_ROBIN_CASES);
  await client.query(
    `INSERT INTO ${schemas.raw}.cases SELECT * FROM ${schemas.router}.cases WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify([one!, ...concurrent, ...many].map((c) => c.id))],
  );
  const known = await rawCases(client, schemas.raw);
  const raw = rawCommitter(client, schemas.raw, commit, clock);
  const states = new Map([...known].map(([id, state]) => [id, { id, ...state }]));
  const rawSend = (id: string) => raw(states.get(id)!);
  const note = (i: number) => ({ type: 'info.add', note: `n${i}` }) as const;
  const send = (target: string, i: number) => router.send(target, note(i), { via });

  let pgbenchSides: { one: () => Promise<number>; sixteen: () => Promise<number> } | undefined;
  if (url !== undefined && schemas.pgbench !== undefined) {
    await migrateSchema(client, schemas.pgbench);
    await client.query(
      `INSERT INTO ${schemas.pgbench}.cases SELECT 'pgb-' || g, 'PGB-' || g, service_id, service_version, snapshot, version,
         opened_at, updated_at, opened_via, citizen_keys, last_hash
       FROM ${schemas.router}.cases, generate_series(0, ${CONCURRENCY - 1}) AS g WHERE id = $1`,
      [one!.id],
    );
    const script = pgbenchScript({
      schema: schemas.pgbench,
      idPrefix: 'pgb-',
      snapshot: commit.snapshot,
      eventType: captured.input.event.type,
      payload: JSON.stringify(captured.input.event.payload),
      via: JSON.stringify(captured.input.event.via),
      commandHash: captured.input.event.commandHash,
      stateAfter: JSON.stringify(captured.input.event.stateAfter),
      effects: JSON.stringify(captured.input.event.effects),
      hash: commit.hash,
    });
    pgbenchSides = {
      one: () => pgbench(url, script, 1, ROUND_MS),
      sixteen: () => pgbench(url, script, CONCURRENCY, ROUND_MS),
    };
  }

  const trips = await roundTrips(client, schemas.router, clock, one!);
  const sequential = await alternate({
    rawStatement: () => throughput(1, () => rawSend(one!.id)),
    routerById: () => throughput(1, (_, i) => send(one!.id, i)),
    routerByRef: () => throughput(1, (_, i) => send(one!.ref, i)),
    pgbench: pgbenchSides?.one,
  });
  let cursor = 0;
  const roundRobin = await alternate({
    rawStatement: () => throughput(1, () => rawSend(many[cursor++ % many.length]!.id)),
    routerByRef: () => throughput(1, (_, i) => send(many[cursor++ % many.length]!.ref, i)),
  });
  const parallel = await alternate({
    rawStatement: () => throughput(CONCURRENCY, (worker) => rawSend(concurrent[worker]!.id)),
    routerById: () => throughput(CONCURRENCY, (worker, i) => send(concurrent[worker]!.id, i)),
    routerByRef: () => throughput(CONCURRENCY, (worker, i) => send(concurrent[worker]!.ref, i)),
    pgbench: pgbenchSides?.sixteen,
  });
  await router.close();
  return {
    roundTripsPerCommand: trips,
    rawStatementRoles: commit.roles,
    sequentialOneCase: report(sequential, {
      byRefVsRawStatement: ['routerByRef', 'rawStatement'],
      byIdVsRawStatement: ['routerById', 'rawStatement'],
      byRefVsPgbench: ['routerByRef', 'pgbench'],
      byIdVsPgbench: ['routerById', 'pgbench'],
      // Latency by reference over latency by id: one worker, so latency is 1 / throughput.
      refVsIdLatency: ['routerById', 'routerByRef'],
    }),
    roundRobin1000Cases: report(roundRobin, { byRefVsRawStatement: ['routerByRef', 'rawStatement'] }),
    concurrent16Cases: report(parallel, {
      byRefVsRawStatement: ['routerByRef', 'rawStatement'],
      byIdVsRawStatement: ['routerById', 'rawStatement'],
      byRefVsPgbench: ['routerByRef', 'pgbench'],
      byIdVsPgbench: ['routerById', 'pgbench'],
    }),
  };
}

/**
 * A cold case out of COLD_ROWS rows (more active cases than the router caches, each sent to
 * once) against a cached one on the same table, and against a raw loop doing the same lookups
 * (the case row by reference) and the store's commit statement.
 */
async function coldFigures(client: SqlClient, schema: string) {
  let now = Date.UTC(2026, 0, 5);
  const clock = { now: () => now++ };
  const { commit } = await captureSteadyCommit(client, schema, clock);
  let statements = 0;
  const counted: SqlClient = {
    ...client,
    query: (text, params) => {
      statements += 1;
      return client.query(text, params);
    },
  };
  const router: BenchRouter = createRouter({
    services: [service],
    store: postgresStore({ client: counted, schema }),
    clock,
    secret: SECRET,
  });
  const [template] = await openCases(router, 1);
  const start = performance.now();
  const refs = await cloneColdCases(client, schema, template!.id, COLD_ROWS, COLD_SAMPLE, 'BN');
  const buildSeconds = round((performance.now() - start) / 1000, 1);
  const hot = refs.splice(0, HOT_CASES);
  for (const ref of hot) await router.send(ref, { type: 'info.add', note: 'warm' }, { via });
  // Statements of one cold send by reference (the NOTIFY batch goes out after it, on a timer).
  statements = 0;
  await router.send(refs.pop()!, { type: 'info.add', note: 'counted' }, { via });
  const coldStatements = statements;
  const half = refs.length >> 1;
  const routerCold = refs.slice(0, half);
  const rawCold = refs.slice(half);
  let exhausted = false;
  const take = (list: string[]) => {
    const ref = list.pop();
    if (ref !== undefined) return ref;
    exhausted = true;
    throw new Error('cold sample exhausted: raise BENCH_PG_COLD_SAMPLE');
  };
  const raw = rawCommitter(client, schema, commit, clock);
  const rawColdSend = async () => {
    const [row] = await client.query<{ id: string; version: number; last_hash: string; snapshot: unknown }>(
      `SELECT id, version, last_hash, snapshot FROM ${schema}.cases WHERE ref = $1::text`,
      [take(rawCold)],
    );
    await raw({ id: row!.id, version: row!.version, hash: row!.last_hash });
  };
  let i = 0;
  const note = { type: 'info.add', note: 'cold' } as const;
  const rates = await alternate({
    routerCold: () => throughput(1, () => router.send(take(routerCold), note, { via })),
    routerHot: () => throughput(1, () => router.send(hot[i++ % hot.length]!, note, { via })),
    rawCold: () => throughput(1, rawColdSend),
  });
  await router.close();
  return {
    rows: COLD_ROWS,
    buildSeconds,
    statementsPerColdSendByRef: coldStatements,
    sampleLeft: { router: routerCold.length, raw: rawCold.length, exhausted },
    ...report(rates, { coldVsRaw: ['routerCold', 'rawCold'] }),
    // Latency of a cold send over a cached one: one worker, so latency is 1 / throughput.
    coldVsHotLatency: ratioSpread(rates.routerHot, rates.routerCold),
  };
}

/**
 * What the raw loop does per due timer: claim in batches with the store's claim statement, then
 * per timer load the case (as the router does for a case it has not cached) and issue the
 * store's own timer commit statement.
 */
async function rawFireDueTimers(client: SqlClient, schema: string, now: number, commit: CapturedCommit) {
  const text = commit.textFor(schema);
  let fired = 0;
  for (;;) {
    const due = await client.query<{ id: string; case_id: string }>(
      `UPDATE ${schema}.timers SET leased_until = $1::bigint + 30000
       WHERE id IN (SELECT id FROM ${schema}.timers WHERE due_at <= $1::bigint AND leased_until <= $1::bigint
                    ORDER BY due_at, id LIMIT 256 FOR UPDATE SKIP LOCKED)
       RETURNING id, case_id, send_id, event, due_at`,
      [now],
    );
    if (due.length === 0) return fired;
    await Promise.all(
      due.map(async (timer) => {
        const [row] = await client.query<{ version: number; last_hash: string; snapshot: unknown }>(
          `SELECT id, version, last_hash, snapshot FROM ${schema}.cases WHERE id = $1::text`,
          [timer.case_id],
        );
        const rows = await client.query(
          text,
          commit.values({
            caseId: timer.case_id,
            expectedVersion: row!.version,
            at: now,
            prevHash: row!.last_hash,
            hash: commit.hash,
            timerId: timer.id,
          }),
        );
        if (rows.length !== 1) throw new Error(`raw timer commit on ${timer.case_id} was refused`);
      }),
    );
    fired += due.length;
  }
}

/** Clones the case `templateId` of `from` with its timer `count` times into `to`. */
async function cloneTimers(client: SqlClient, from: string, to: string, templateId: string, count: number) {
  await client.query(
    `INSERT INTO ${to}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash)
     SELECT 'timer-' || g, 'T-' || g, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash
     FROM ${from}.cases, generate_series(1, ${count}) AS g WHERE id = $1`,
    [templateId],
  );
  await client.query(
    `INSERT INTO ${to}.timers (id, case_id, send_id, event, due_at)
     SELECT 'timer-' || g || ':1:' || send_id, 'timer-' || g, send_id, event, due_at
     FROM ${from}.timers, generate_series(1, ${count}) AS g WHERE case_id = $1`,
    [templateId],
  );
}

/**
 * Arms `count` due timers (cloned from one real case) and measures how fast `runDueTimers`
 * fires them, every round on fresh schemas; with `raw`, also a raw loop firing a copy of the
 * same timers with the store's own timer commit statement.
 */
async function timerFigures(client: SqlClient, base: string, count: number, raw: boolean) {
  const routerRates: number[] = [];
  const rawRates: number[] = [];
  const drop = async (schema: string) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  for (let r = 0; r < ROUNDS; r++) {
    const schema = `${base}_${r}`;
    const rawSchema = `${base}_raw_${r}`;
    let now = Date.UTC(2026, 0, 5);
    const clock = { now: () => now };
    const capture = captureCommits(client, (spy) => postgresStore({ client: spy, schema, notify: false }));
    const router: BenchRouter = createRouter({
      services: [service],
      store: capture.store,
      clock,
      secret: SECRET,
    });
    const template = await router.open({ service: 'bench-note', input: { address: 'Timer template' }, via });
    await cloneTimers(client, schema, schema, template.id, count);
    if (raw) {
      await migrateSchema(client, rawSchema);
      await client.query(`INSERT INTO ${rawSchema}.cases SELECT * FROM ${schema}.cases`);
      await client.query(`INSERT INTO ${rawSchema}.timers SELECT * FROM ${schema}.timers`);
    }
    now += 61_000;
    const start = performance.now();
    const fired = await router.runDueTimers();
    routerRates.push(fired / ((performance.now() - start) / 1000));
    await router.close();
    if (fired !== count + 1) throw new Error(`expected ${count + 1} timers to fire, ${fired} did`);
    if (raw) {
      const commit = replayable(schema, capture.last());
      const rawStart = performance.now();
      const rawFired = await rawFireDueTimers(client, rawSchema, now, commit);
      rawRates.push(rawFired / ((performance.now() - rawStart) / 1000));
      await drop(rawSchema);
    }
    await drop(schema);
  }
  return {
    timers: count + 1,
    firedPerSecond: medianOf(routerRates),
    ...(raw ? { rawFiredPerSecond: medianOf(rawRates), ratio: ratioSpread(routerRates, rawRates) } : {}),
  };
}

interface Schemas {
  router: string;
  raw: string;
  pgbench?: string;
}

const suite: BenchSuite = {
  name: 'postgres',
  async run() {
    const figures: Record<string, unknown> = {
      note: 'router (send by reference, as channels do, and by id) vs a raw loop issuing the store’s own commit statement and vs pgbench doing the same writes in one statement; ratio = router / baseline per round',
      pgbenchMode: PGBENCH_MODE,
    };
    const url = process.env.DATABASE_URL;
    if (url) {
      const pool = new pg.Pool({
        connectionString: url,
        max: CONCURRENCY + 4,
        connectionTimeoutMillis: 5_000,
      });
      const client = pgPoolClient(pool);
      const suffix = `${process.pid}`;
      const schemas = {
        router: `bench_router_${suffix}`,
        raw: `bench_raw_${suffix}`,
        pgbench: `bench_pgbench_${suffix}`,
        cold: `bench_cold_${suffix}`,
      };
      try {
        figures.postgresql = await commandFigures(client, schemas, url);
        figures.postgresqlColdCase = await coldFigures(client, schemas.cold);
        figures.postgresqlTimers = await timerFigures(client, `bench_timers_${suffix}`, DUE_TIMERS, true);
      } finally {
        for (const schema of Object.values(schemas))
          await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await pool.end();
      }
    } else {
      figures.postgresql = 'skipped: DATABASE_URL is not set';
    }
    const db = await PGlite.create();
    try {
      const client = pgliteClient(db);
      figures.pglite = await commandFigures(client, { router: 'bench_router', raw: 'bench_raw' });
      figures.pgliteTimers = await timerFigures(client, 'bench_timers', PGLITE_DUE_TIMERS, false);
    } finally {
      await db.close();
    }
    return figures;
  },
};

export default suite;
