import { createRouter, type Router } from '@onecase/core';
import { pgPoolClient, postgresStore, type SqlClient } from '@onecase/postgres';
import type pg from 'pg';
import { alternate, medianOf, ratioSpread, round } from '../benchSuite.js';
import { queueService } from './benchServices.js';
import { cloneEffects } from './cloneRows.js';
import { throughput } from './measure.js';
import { SECRET, via } from './queueFigures.js';

type QueueRouter = Router<readonly [typeof queueService]>;
const TEMPLATE_CASES = 64;
const BATCH = 32;
const LEASE_MS = 30_000;
const TYPES = ['bench.notify'];
const EFFECT_COLUMNS =
  'id, case_id, seq, n, type, effect, state, attempts, available_at, leased_until, last_error, created_at';

/**
 * What the raw loop does for the effects the router delivers, statement for statement: claim a
 * batch with `FOR UPDATE SKIP LOCKED` (counting an attempt and taking a lease), then per effect
 * read its case and its event (what a handler is given) and mark it done; named prepared
 * statements, the batch's effects in parallel, until a claim comes back short.
 */
function rawDelivery(pool: pg.Pool, schema: string, now: () => number) {
  const claim = {
    name: `bench-claim-${schema}`,
    text: `UPDATE ${schema}.effects SET leased_until = $1::bigint + $3::bigint, attempts = attempts + 1
     WHERE id IN (SELECT id FROM ${schema}.effects
       WHERE state = 'pending' AND type = ANY($4::text[]) AND available_at <= $1::bigint AND leased_until <= $1::bigint
       ORDER BY created_at, id LIMIT $2::int FOR UPDATE SKIP LOCKED)
     RETURNING ${EFFECT_COLUMNS}`,
  };
  const loadCase = {
    name: `bench-case-${schema}`,
    text: `SELECT id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via,
       citizen_keys, last_hash, state_paths, tags, done, index_values FROM ${schema}.cases WHERE id = $1::text`,
  };
  const readEvent = {
    name: `bench-event-${schema}`,
    text: `SELECT case_id, seq, type, payload, via, at, idempotency_key, command_hash, state_after, effects, prev_hash, hash
       FROM ${schema}.events WHERE case_id = $1::text AND seq >= $2::int ORDER BY seq`,
  };
  const markDone = {
    name: `bench-done-${schema}`,
    text: `UPDATE ${schema}.effects SET state = 'done', leased_until = 0 WHERE id = $1::text AND state = 'pending'`,
  };
  return async (): Promise<number> => {
    let delivered = 0;
    for (;;) {
      const { rows } = await pool.query<{ id: string; case_id: string; seq: number }>({
        ...claim,
        values: [now(), BATCH, LEASE_MS, TYPES],
      });
      await Promise.all(
        rows.map(async (effect) => {
          await pool.query({ ...loadCase, values: [effect.case_id] });
          await pool.query({ ...readEvent, values: [effect.case_id, effect.seq] });
          await pool.query({ ...markDone, values: [effect.id] });
          delivered += 1;
        }),
      );
      if (rows.length < BATCH) return delivered;
    }
  };
}

/**
 * Effects delivered per second through `router.handleEffects` against the raw claim-and-mark
 * loop on the same `effects` table (each round seeds `count` fresh pending effects per side),
 * and `send` latency with one emitted effect against none.
 */
export async function effectFigures(pool: pg.Pool, schema: string, count: number) {
  let now = Date.UTC(2026, 0, 5);
  const clock = { now: () => now++ };
  let statements = 0;
  const client = pgPoolClient(pool);
  const counted: SqlClient = {
    ...client,
    query: (text, params) => {
      statements += 1;
      return client.query(text, params);
    },
  };
  const router: QueueRouter = createRouter({
    services: [queueService],
    store: postgresStore({ client: counted, schema, notify: false }),
    clock,
    secret: SECRET,
  });
  try {
    const opened = [];
    for (let i = 0; i < TEMPLATE_CASES; i++) {
      const view = await router.open({ service: 'bench-queue', input: { department: 'd0', dueAt: i }, via });
      await router.send(view.id, { type: 'note.notify', note: 'template' }, { via });
      opened.push(view);
    }
    const { rows } = await pool.query<{ id: string }>(
      `UPDATE ${schema}.effects SET state = 'done' WHERE state = 'pending' RETURNING id`,
    );
    const templates = rows.map((row) => row.id);
    if (templates.length !== TEMPLATE_CASES) throw new Error(`expected ${TEMPLATE_CASES} template effects`);
    const perTemplate = Math.ceil(count / templates.length);
    const seeded = perTemplate * templates.length;
    let offset = 0;
    const seed = async () => {
      offset += perTemplate;
      await cloneEffects(pool, schema, templates, perTemplate, offset);
    };
    let perEffect: number[] = [];
    const routerSide = async () => {
      await seed();
      let delivered = 0;
      let all!: () => void;
      const done = new Promise<void>((resolve) => {
        all = resolve;
      });
      statements = 0;
      const start = performance.now();
      const stop = router.handleEffects(
        {
          'bench.notify': () => {
            delivered += 1;
            if (delivered === seeded) all();
          },
        },
        { batch: BATCH, leaseMs: LEASE_MS },
      );
      await done;
      await stop();
      const seconds = (performance.now() - start) / 1000;
      perEffect.push(statements / seeded);
      return seeded / seconds;
    };
    const raw = rawDelivery(pool, schema, clock.now);
    const rawSide = async () => {
      await seed();
      const start = performance.now();
      const delivered = await raw();
      if (delivered !== seeded) throw new Error(`raw loop delivered ${delivered} of ${seeded}`);
      return seeded / ((performance.now() - start) / 1000);
    };
    const delivery = await alternate({ router: routerSide, raw: rawSide });
    const statementsPerEffect = round(perEffect.reduce((a, b) => a + b, 0) / perEffect.length, 2);
    perEffect = [];

    // `send` on one case: the same command with and without one emitted effect (no handler running).
    const [one] = opened;
    const sends = await alternate({
      none: () => throughput(1, (_, i) => router.send(one!.id, { type: 'note.add', note: `n${i}` }, { via })),
      oneEffect: () =>
        throughput(1, (_, i) => router.send(one!.id, { type: 'note.notify', note: `n${i}` }, { via })),
    });
    return {
      effectsPerRound: seeded,
      delivered: {
        perSecond: { router: medianOf(delivery.router), raw: medianOf(delivery.raw) },
        // Router statements per delivered effect (claim share + case + event + done); the raw loop issues the same.
        routerStatementsPerEffect: statementsPerEffect,
        rawStatementsPerEffect: round(3 + 1 / BATCH, 2),
        // Target ≥ 0.8.
        routerVsRaw: ratioSpread(delivery.router, delivery.raw),
      },
      send: {
        perSecond: { none: medianOf(sends.none), oneEffect: medianOf(sends.oneEffect) },
        // Target ≤ 1.15: latency with one effect over latency without (one caller: latency = 1 / rate).
        oneEffectVsNoneLatency: ratioSpread(sends.none, sends.oneEffect),
      },
    };
  } finally {
    await router.close();
  }
}
