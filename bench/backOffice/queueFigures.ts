import { type CaseQuery, createRouter, type Router } from '@onecase/core';
import { pgPoolClient, postgresStore, type SqlClient } from '@onecase/postgres';
import type pg from 'pg';
import { alternate, medianOf, ratioSpread, round } from '../benchSuite.js';
import { queueService } from './benchServices.js';
import { cloneQueueCases, QUEUE_DEPARTMENTS } from './cloneRows.js';
import { latencySide } from './measure.js';

export const SECRET = 'bench-secret';
export const via = { channel: 'counter', actor: { id: 'bench-clerk' } };
const PAGE = 50;

type QueueRouter = Router<readonly [typeof queueService]>;

/** The work-queue page: one department's waiting cases, soonest due first. */
const queuePage = (i: number): CaseQuery => ({
  service: 'bench-queue',
  state: 'waiting',
  where: { department: `d${i % QUEUE_DEPARTMENTS}` },
  sort: { by: 'dueAt' },
  limit: PAGE,
});

// What one writes by hand for the same page: the same filter and order, the columns the store
// reads, one more row than the page to know whether a next page exists (as the router asks).
const rawText = (schema: string) =>
  `SELECT id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via,
     citizen_keys, last_hash, state_paths, tags, done, index_values
   FROM ${schema}.cases
   WHERE service_id = $1 AND state_paths && $2::text[] AND index_values @> $3::jsonb
   ORDER BY index_values->'dueAt' ASC NULLS LAST, id COLLATE "C" ASC
   LIMIT ${PAGE + 1}`;

/** A client that keeps the last list statement it ran, to EXPLAIN exactly what the store issued. */
export function listSpy(client: SqlClient) {
  let last: { text: string; params: unknown[] } | undefined;
  const spy: SqlClient = {
    ...client,
    query: (text, params) => {
      if (/ORDER BY/.test(text) && /FROM \S+\.cases/.test(text)) last = { text, params: [...(params ?? [])] };
      return client.query(text, params);
    },
  };
  return { spy, last: () => last };
}

async function queueTable(pool: pg.Pool, schema: string, rows: number) {
  const { spy, last } = listSpy(pgPoolClient(pool));
  const router: QueueRouter = createRouter({
    services: [queueService],
    store: postgresStore({ client: spy, schema, notify: false }),
    secret: SECRET,
  });
  const template = await router.open({
    service: 'bench-queue',
    input: { department: 'd0', dueAt: Date.UTC(2026, 0, 5) },
    via,
  });
  const start = performance.now();
  await cloneQueueCases(pool, schema, template.id, rows);
  const buildSeconds = round((performance.now() - start) / 1000, 1);
  const statement = rawText(schema);
  const raw = (i: number) =>
    pool.query({
      name: `bench-queue-${schema}`,
      text: statement,
      values: ['bench-queue', ['waiting'], JSON.stringify({ department: `d${i % QUEUE_DEPARTMENTS}` })],
    });
  // Before measuring: the raw query returns the very rows of the router's page, in order.
  for (let i = 0; i < 3; i++) {
    const page = await router.list(queuePage(i));
    const rawIds = (await raw(i)).rows.slice(0, PAGE).map((row: { id: string }) => row.id);
    const ids = page.cases.map((view) => view.id);
    if (ids.length !== PAGE || JSON.stringify(ids) !== JSON.stringify(rawIds))
      throw new Error(`queue page ${i} on ${schema}: router and raw SQL disagree (${ids.length} rows)`);
  }
  return { router, raw, last, buildSeconds, rows: rows + 1 };
}

/** EXPLAIN ANALYZE of the statement the store issued for a queue page. */
export async function explain(pool: pg.Pool, statement: { text: string; params: unknown[] } | undefined) {
  if (!statement) return ['(no list statement captured)'];
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
    statement.params,
  );
  return rows.map((row) => row['QUERY PLAN']);
}

/**
 * A work-queue page through `router.list` on a table of `bigRows` cases against the same page
 * on 1,000 cases (p50 and p99 ratios), and against a raw SQL query returning the same rows
 * (throughput, one caller), in the same rounds.
 */
export async function queueFigures(pool: pg.Pool, schemas: { small: string; big: string }, bigRows: number) {
  const small = await queueTable(pool, schemas.small, 1_000);
  const big = await queueTable(pool, schemas.big, bigRows);
  try {
    const sides = {
      smallList: latencySide((i) => small.router.list(queuePage(i))),
      bigList: latencySide((i) => big.router.list(queuePage(i))),
      smallRaw: latencySide((i) => small.raw(i)),
      bigRaw: latencySide((i) => big.raw(i)),
    };
    const rates = await alternate({
      smallList: sides.smallList.run,
      bigList: sides.bigList.run,
      smallRaw: sides.smallRaw.run,
      bigRaw: sides.bigRaw.run,
    });
    const ms = (values: number[]) => medianOf(values, 3);
    return {
      query: queuePage(0),
      rows: { small: small.rows, big: big.rows },
      buildSeconds: big.buildSeconds,
      pagesPerSecond: Object.fromEntries(
        Object.entries(rates).map(([name, values]) => [name, medianOf(values)]),
      ),
      p50Ms: Object.fromEntries(Object.entries(sides).map(([name, side]) => [name, ms(side.p50)])),
      p99Ms: Object.fromEntries(Object.entries(sides).map(([name, side]) => [name, ms(side.p99)])),
      // Target ≤ 2 (issue 12): the page at `rows.big` over the page at 1,000 cases.
      bigVsSmallP50: ratioSpread(sides.bigList.p50, sides.smallList.p50),
      bigVsSmallP99: ratioSpread(sides.bigList.p99, sides.smallList.p99),
      // Target ≥ 0.8: pages per second through the router over the raw query's.
      listVsRawBig: ratioSpread(rates.bigList, rates.bigRaw),
      listVsRawSmall: ratioSpread(rates.smallList, rates.smallRaw),
      explainBig: await explain(pool, big.last()),
    };
  } finally {
    await small.router.close();
    await big.router.close();
  }
}
