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
import { type BenchSuite, round } from '../benchSuite.js';

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
const MEASURE_MS = Number(process.env.BENCH_PG_MS ?? 800);
const ROUNDS = 3;
const CONCURRENCY = 16;
const ROUND_ROBIN_CASES = 1_000;
const DUE_TIMERS = 10_000;
/** PGlite fires timers one at a time through one connection: fewer keep the suite short. */
const PGLITE_DUE_TIMERS = 2_000;

type BenchRouter = Router<readonly [typeof service]>;

/** What the raw loop does per command: one transaction that locks and compares the version, inserts the event and updates the case. */
async function rawWrite(
  client: SqlClient,
  schema: string,
  caseId: string,
  snapshot: string,
  at: number,
): Promise<void> {
  await client.transaction(async (tx) => {
    const [row] = await tx.query<{ version: number; last_hash: string }>(
      `SELECT version, last_hash FROM ${schema}.cases WHERE id = $1 FOR UPDATE`,
      [caseId],
    );
    if (!row) throw new Error(`raw case ${caseId} is missing`);
    const seq = row.version + 1;
    await tx.query(
      `INSERT INTO ${schema}.events (case_id, seq, type, payload, via, at, idempotency_key, command_hash, state_after, effects, prev_hash, hash)
       VALUES ($1, $2, 'info.add', $3::jsonb, $4::jsonb, $5, NULL, 'raw', '"waiting"'::jsonb, '[]'::jsonb, $6, $7)`,
      [
        caseId,
        seq,
        JSON.stringify({ note: `n${seq}` }),
        JSON.stringify(via),
        at,
        row.last_hash,
        `raw-${seq}`,
      ],
    );
    await tx.query(
      `UPDATE ${schema}.cases SET version = $2, snapshot = $3::jsonb, updated_at = $4, last_hash = $5 WHERE id = $1 AND version = $6`,
      [caseId, seq, snapshot, at, `raw-${seq}`, row.version],
    );
  });
}

/** Alternates the two sides in short rounds so background load hits both alike; returns commands per second each. */
async function compare(raw: () => Promise<number>, router: () => Promise<number>) {
  let rawOps = 0;
  let routerOps = 0;
  for (let round = 0; round < ROUNDS; round++) {
    rawOps += await raw();
    routerOps += await router();
  }
  return { raw: rawOps / ROUNDS, router: routerOps / ROUNDS };
}

/** Runs `workers` loops of `step` for MEASURE_MS and returns operations per second. */
async function throughput(
  workers: number,
  step: (worker: number, i: number) => Promise<unknown>,
): Promise<number> {
  let ops = 0;
  const until = performance.now() + MEASURE_MS;
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

async function openCases(router: BenchRouter, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        router.open({ service: 'bench-note', input: { address: `No. ${i + j}` }, via }),
      ),
    );
    ids.push(...batch.map((view) => view.id));
  }
  return ids;
}

/** Copies the router's cases into the raw schema, so both sides write rows of the same size. */
async function copyCases(client: SqlClient, from: string, to: string, ids: string[]): Promise<void> {
  await client.query(
    `INSERT INTO ${to}.cases SELECT * FROM ${from}.cases WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))`,
    [JSON.stringify(ids)],
  );
}

async function commandFigures(client: SqlClient, schema: string, rawSchema: string) {
  let now = Date.UTC(2026, 0, 5);
  const clock = { now: () => now++ };
  let statements = 0;
  const counted: SqlClient = {
    ...client,
    query: (text, params) => {
      statements += 1;
      return client.query(text, params);
    },
  };
  const store = postgresStore({ client: counted, schema, notify: false });
  const notifyingStore = postgresStore({ client, schema });
  const router: BenchRouter = createRouter({
    services: [service],
    store: notifyingStore,
    clock,
    secret: SECRET,
  });
  await migrateSchema(client, rawSchema);
  const [one] = await openCases(router, 1);
  const concurrent = await openCases(router, CONCURRENCY);
  const many = await openCases(router, ROUND_ROBIN_CASES);
  await copyCases(client, schema, rawSchema, [one!, ...concurrent, ...many]);
  const [snapshotRow] = await client.query<{ snapshot: unknown }>(
    `SELECT snapshot FROM ${schema}.cases WHERE id = $1`,
    [one],
  );
  const snapshot = JSON.stringify(snapshotRow!.snapshot);

  const send = (caseId: string, i: number) =>
    router.send(caseId, { type: 'info.add', note: `n${i}` }, { via });
  const raw = (caseId: string) => rawWrite(client, rawSchema, caseId, snapshot, now++);
  // Round trips of one command: a router on the counting store, without and with an idempotency key.
  const counter: BenchRouter = createRouter({ services: [service], store, clock, secret: SECRET });
  await store.migrate();
  statements = 0;
  await counter.send(one!, { type: 'info.add', note: 'first' }, { via });
  const first = statements;
  // Steady state: the router decided this case's previous command itself.
  statements = 0;
  await counter.send(one!, { type: 'info.add', note: 'counted' }, { via });
  const plain = statements;
  statements = 0;
  await counter.send(one!, { type: 'info.add', note: 'counted' }, { via, idempotencyKey: 'counted' });
  const keyed = statements;
  await counter.close();

  let cursor = 0;
  const sequential = await compare(
    () => throughput(1, () => raw(one!)),
    () => throughput(1, (_, i) => send(one!, i)),
  );
  const roundRobin = await compare(
    () => throughput(1, () => raw(many[cursor++ % many.length]!)),
    () => throughput(1, (_, i) => send(many[cursor++ % many.length]!, i)),
  );
  const parallel = await compare(
    () => throughput(CONCURRENCY, (worker) => raw(concurrent[worker]!)),
    () => throughput(CONCURRENCY, (worker, i) => send(concurrent[worker]!, i)),
  );
  await router.close();
  const figure = (pair: { raw: number; router: number }) => ({
    routerPerSecond: round(pair.router, 0),
    rawPerSecond: round(pair.raw, 0),
    ratio: round(pair.router / pair.raw),
  });
  return {
    roundTripsPerCommand: {
      routerFirstOnCase: first,
      router: plain,
      routerWithIdempotencyKey: keyed,
      raw: 5,
    },
    sequentialOneCase: figure(sequential),
    roundRobin1000Cases: figure(roundRobin),
    concurrent16Cases: figure(parallel),
  };
}

/** What the raw loop does per due timer: claim in batches as the store does, then one transaction per timer. */
async function rawFireDueTimers(
  client: SqlClient,
  schema: string,
  now: number,
  snapshot: string,
): Promise<number> {
  let fired = 0;
  for (;;) {
    const due = await client.query<{ id: string; case_id: string }>(
      `UPDATE ${schema}.timers SET leased_until = $1::bigint + 30000
       WHERE id IN (SELECT id FROM ${schema}.timers WHERE due_at <= $1::bigint AND leased_until <= $1::bigint
                    ORDER BY due_at, id LIMIT 256 FOR UPDATE SKIP LOCKED)
       RETURNING id, case_id`,
      [now],
    );
    if (due.length === 0) return fired;
    await Promise.all(
      due.map((timer) =>
        client.transaction(async (tx) => {
          const [row] = await tx.query<{ version: number; last_hash: string }>(
            `SELECT version, last_hash FROM ${schema}.cases WHERE id = $1 FOR UPDATE`,
            [timer.case_id],
          );
          const seq = row!.version + 1;
          await tx.query(
            `INSERT INTO ${schema}.events (case_id, seq, type, payload, via, at, idempotency_key, command_hash, state_after, effects, prev_hash, hash)
             VALUES ($1, $2, 'xstate.after.60000.bench.waiting', '{}'::jsonb, $3::jsonb, $4, $5, 'raw', '"reminded"'::jsonb, '[]'::jsonb, $6, $7)`,
            [timer.case_id, seq, JSON.stringify(via), now, `timer:${timer.id}`, row!.last_hash, `raw-${seq}`],
          );
          await tx.query(
            `UPDATE ${schema}.cases SET version = $2, snapshot = $3::jsonb, updated_at = $4, last_hash = $5 WHERE id = $1`,
            [timer.case_id, seq, snapshot, now, `raw-${seq}`],
          );
          await tx.query(`DELETE FROM ${schema}.timers WHERE id = $1`, [timer.id]);
        }),
      ),
    );
    fired += due.length;
  }
}

/**
 * Arms `count` due timers (cloned from one real case) and measures how fast `runDueTimers`
 * fires them; with `rawSchema`, also a raw loop firing a copy of the same timers.
 */
async function timerFigures(client: SqlClient, schema: string, count: number, rawSchema?: string) {
  let now = Date.UTC(2026, 0, 5);
  const clock = { now: () => now };
  const store = postgresStore({ client, schema, notify: false });
  const router: BenchRouter = createRouter({ services: [service], store, clock, secret: SECRET });
  const template = await router.open({ service: 'bench-note', input: { address: 'Timer template' }, via });
  await client.query(
    `INSERT INTO ${schema}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash)
     SELECT 'timer-' || g, 'T-' || g, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash
     FROM ${schema}.cases, generate_series(1, ${count}) AS g WHERE id = $1`,
    [template.id],
  );
  await client.query(
    `INSERT INTO ${schema}.timers (id, case_id, send_id, event, due_at)
     SELECT 'timer-' || g || ':1:' || send_id, 'timer-' || g, send_id, event, due_at
     FROM ${schema}.timers, generate_series(1, ${count}) AS g WHERE case_id = $1`,
    [template.id],
  );
  if (rawSchema !== undefined) {
    await migrateSchema(client, rawSchema);
    await client.query(`INSERT INTO ${rawSchema}.cases SELECT * FROM ${schema}.cases`);
    await client.query(`INSERT INTO ${rawSchema}.timers SELECT * FROM ${schema}.timers`);
  }
  now += 61_000;
  const start = performance.now();
  const fired = await router.runDueTimers();
  const seconds = (performance.now() - start) / 1000;
  await router.close();
  if (fired !== count + 1) throw new Error(`expected ${count + 1} timers to fire, ${fired} did`);
  const figures: Record<string, number> = {
    timers: fired,
    seconds: round(seconds, 2),
    firedPerSecond: round(fired / seconds, 0),
  };
  if (rawSchema !== undefined) {
    const [snapshotRow] = await client.query<{ snapshot: unknown }>(
      `SELECT snapshot FROM ${schema}.cases WHERE id = $1`,
      [template.id],
    );
    const rawStart = performance.now();
    const rawFired = await rawFireDueTimers(client, rawSchema, now, JSON.stringify(snapshotRow!.snapshot));
    const rawPerSecond = rawFired / ((performance.now() - rawStart) / 1000);
    figures.rawFiredPerSecond = round(rawPerSecond, 0);
    figures.ratio = round(figures.firedPerSecond! / rawPerSecond);
  }
  return figures;
}

const suite: BenchSuite = {
  name: 'postgres',
  async run() {
    const figures: Record<string, unknown> = {
      note: 'commands per second through the router vs a raw loop doing the same writes in one transaction (SELECT … FOR UPDATE, INSERT event, UPDATE case), alternated in rounds; ratio = router / raw',
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
      const schemas = [
        `bench_router_${suffix}`,
        `bench_raw_${suffix}`,
        `bench_timers_${suffix}`,
        `bench_raw_timers_${suffix}`,
      ];
      try {
        figures.postgresql = await commandFigures(client, schemas[0]!, schemas[1]!);
        figures.postgresqlTimers = await timerFigures(client, schemas[2]!, DUE_TIMERS, schemas[3]!);
      } finally {
        for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await pool.end();
      }
    } else {
      figures.postgresql = 'skipped: DATABASE_URL is not set';
    }
    const db = await PGlite.create();
    try {
      const client = pgliteClient(db);
      figures.pglite = await commandFigures(client, 'bench_router', 'bench_raw');
      figures.pgliteTimers = await timerFigures(client, 'bench_timers', PGLITE_DUE_TIMERS);
    } finally {
      await db.close();
    }
    return figures;
  },
};

export default suite;
