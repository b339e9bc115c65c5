import { type CaseChange, type CaseView, createRouter, isCaseError } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { connectPostgres, type PostgresCaseStore, pgPoolClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';
import { startTcpProxy, type TcpProxy } from './tcpProxy.js';

const via = { channel: 'counter', actor: { id: 'clerk-2' } };
// Small enough to keep the test short, large enough that a busy two-core machine does not
// trip it on the commands that must succeed.
const QUERY_TIMEOUT_MS = 2_000;
/** The bound plus room for a busy two-core machine; a hung call never meets it. */
const WITHIN = QUERY_TIMEOUT_MS * 3;

/** Runs `work` and reports how it failed and how long it took. */
async function failure(work: () => Promise<unknown>): Promise<{ code: string; message: string; ms: number }> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    const ms = performance.now() - started;
    return isCaseError(error)
      ? { code: error.code, message: error.message, ms }
      : { code: String(error), message: '', ms };
  }
  return { code: 'succeeded', message: '', ms: performance.now() - started };
}

describe('pgPoolClient bounds', () => {
  it('refuses a query timeout or health-check interval that is not a positive number', async () => {
    const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    for (const options of [{ queryTimeoutMs: 0 }, { queryTimeoutMs: Number.NaN }, { healthCheckMs: -5 }]) {
      expect(() => pgPoolClient(pool, options)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/positive number/) }),
      );
    }
    await pool.end();
  });
});

describe.runIf(DATABASE_URL)('a network path to PostgreSQL that stops forwarding', () => {
  const schema = uniqueSchema('stall');
  const lockPool = testPool({ max: 2 });
  let proxy: TcpProxy;
  const stores: PostgresCaseStore[] = [];
  const connectThroughProxy = async () => {
    const url = new URL(DATABASE_URL!);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const store = await connectPostgres(url.href, {
      schema,
      // Longer than the query timeout, which covers the wait for a connection: that one names the timeout.
      connectTimeoutMs: QUERY_TIMEOUT_MS * 2,
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      healthCheckMs: 200,
      // The server's own bound (connectPostgres sets it to queryTimeoutMs) is raised so the
      // in-flight command is not cancelled by the server before the path stalls.
      pool: { max: 4, statement_timeout: QUERY_TIMEOUT_MS * 10 },
    });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    const url = new URL(DATABASE_URL!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close().catch(() => {})));
    await proxy.close();
    await lockPool.end();
    await dropSchema(schema);
  });

  it('lets the server cancel a statement stuck on a lock at its statement_timeout, keeping the connection', async () => {
    const pool = testPool({ max: 1, statement_timeout: 300 });
    const store = postgresStore({
      client: pgPoolClient(pool, { queryTimeoutMs: 5_000 }),
      schema,
      notify: false,
    });
    stores.push(store);
    const router = createRouter({
      services: [noise],
      store,
      clock: createFakeClock(),
      secret: 'stall-secret',
    });
    const opened = await router.open({
      service: 'noise-complaint',
      input: { address: 'No. 99', description: 'Drilling' },
      via,
    });
    const holder = await lockPool.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT id FROM ${schema}.cases WHERE id = $1 FOR UPDATE`, [opened.id]);
    const outcome = await failure(() =>
      router.send(opened.id, { type: 'info.add', note: 'late' }, { via, idempotencyKey: 'late' }),
    );
    await holder.query('ROLLBACK');
    holder.release();
    expect(outcome.code).toBe('STORE_UNAVAILABLE');
    expect(outcome.message).toContain('statement_timeout');
    expect(outcome.ms).toBeLessThan(2_000);
    // A refusal by the server is not a broken connection: the one connection serves the retry.
    const retried = await router.send(
      opened.id,
      { type: 'info.add', note: 'late' },
      { via, idempotencyKey: 'late' },
    );
    expect(retried.version).toBe(2);
    expect(pool.totalCount).toBe(1);
    await router.close();
    await pool.end();
  });

  it('fails in-flight and new commands within the query timeout, then recovers pool and change feed by itself', async () => {
    const store = await connectThroughProxy();
    const router = createRouter({
      services: [noise],
      store,
      clock: createFakeClock(),
      secret: 'stall-secret',
    });
    const watcher = await connectThroughProxy();
    const changes: CaseChange[] = [];
    watcher.watch!((change) => changes.push(change));
    await watcher.ready();
    const open = (address: string) =>
      router.open({ service: 'noise-complaint', input: { address, description: 'Drilling' }, via });
    const locked = await open('No. 0');
    // Three times more cases than the pool has connections (commands on one case queue in
    // the router, so only commands on different cases compete for connections at once).
    const busy = [];
    for (let i = 1; i <= 12; i++) busy.push(await open(`No. ${i}`));
    const last = busy[busy.length - 1]!;
    await expect.poll(() => changes.some((change) => change.caseId === last.id)).toBe(true);

    // A command in flight when the path stalls: its UPDATE waits on a row lock held
    // elsewhere, so it is on the wire, not yet answered.
    const holder = await lockPool.connect();
    await holder.query('BEGIN');
    await holder.query(`SELECT id FROM ${schema}.cases WHERE id = $1 FOR UPDATE`, [locked.id]);
    const send = (caseId: string, key: string) =>
      router.send(caseId, { type: 'info.add', note: key }, { via, idempotencyKey: key });
    const inFlight = failure(() => send(locked.id, 'in-flight'));
    await expect
      .poll(async () => {
        const { rows } = await lockPool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`,
          [`%${schema}.cases%`],
        );
        return rows[0]?.n;
      })
      .toBe(1);
    proxy.stall();
    // The server now applies it, but the answer never comes back.
    await holder.query('COMMIT');
    holder.release();

    const burst = await Promise.all(busy.map((view) => failure(() => send(view.id, 'burst'))));
    for (const outcome of [await inFlight, ...burst]) {
      expect(outcome.code).toBe('STORE_UNAVAILABLE');
      expect(outcome.message).toContain(`no answer within ${QUERY_TIMEOUT_MS} ms`);
      expect(outcome.ms).toBeLessThan(WITHIN);
    }
    // Let the feed's health check find its connection silent while the path is still down.
    await new Promise((resolve) => setTimeout(resolve, 200 + QUERY_TIMEOUT_MS * 2));

    proxy.restore();
    // The hung connections were destroyed, not kept: the pool serves new commands at once.
    const after = await Promise.all(
      busy.map(async (view) => {
        const started = performance.now();
        const sent = await send(view.id, 'after');
        return { version: sent.version, ms: performance.now() - started };
      }),
    );
    for (const { version, ms } of after) {
      expect(version).toBe(2);
      expect(ms).toBeLessThan(WITHIN);
    }

    // The command that timed out in flight had been applied: retried with its key, once.
    await send(locked.id, 'in-flight');
    const history = await router.history(locked.id);
    expect(history.filter((event) => event.idempotencyKey === 'in-flight')).toHaveLength(1);
    expect(history.map((event) => event.seq)).toEqual([1, 2]);

    // The watcher's old LISTEN connection stays black-holed; it hears again only because it
    // replaced it by itself. Changes made before it listens again are missed (a hint, not the
    // record), so keep changing the case until one is heard.
    let probes = 0;
    await expect
      .poll(
        async () => {
          await send(last.id, `probe-${++probes}`);
          return changes.some((change) => change.caseId === last.id && change.version > 2);
        },
        { timeout: 10_000, interval: 200 },
      )
      .toBe(true);
    await router.close();
  }, 30_000);
  it('closes a connection attempt into the silent path when its call gives up, not at a longer pool timeout', async () => {
    const url = new URL(DATABASE_URL!);
    // A path of its own: the other tests' stores keep connections on theirs.
    const path = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(path.port);
    // The app asked for a long connect timeout; no call waits that long for a connection.
    const pool = new pg.Pool({ connectionString: url.href, max: 1, connectionTimeoutMillis: 60_000 });
    const client = pgPoolClient(pool, { queryTimeoutMs: 500 });
    path.stall();
    const outcome = await failure(() => client.query('SELECT 1'));
    expect(outcome.code).toContain('no answer within 500 ms');
    path.restore();
    // The attempt held the pool's one slot; it is gone with its call, so the slot serves the next one.
    await expect.poll(() => path.openConnections(), { timeout: 1_000 }).toBe(0);
    expect(pool.totalCount).toBe(0);
    expect(await client.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await pool.end();
    await path.close();
  });
  it('replaces the connections that sat idle through a stall, so no command after it hangs', async () => {
    const url = new URL(DATABASE_URL!);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const pool = new pg.Pool({ connectionString: url.href, max: 4 });
    const store = postgresStore({
      client: pgPoolClient(pool, { queryTimeoutMs: QUERY_TIMEOUT_MS }),
      schema,
      notify: false,
    });
    stores.push(store);
    const router = createRouter({
      services: [noise],
      store,
      clock: createFakeClock(),
      secret: 'stall-secret',
    });
    const cases: CaseView[] = [];
    for (let i = 0; i < 5; i++) {
      cases.push(
        await router.open({
          service: 'noise-complaint',
          input: { address: `Idle ${i}`, description: 'x' },
          via,
        }),
      );
    }
    const note = (caseId: string, key: string) =>
      router.send(caseId, { type: 'info.add', note: key }, { via, idempotencyKey: key });
    await Promise.all(cases.slice(1).map((view) => note(view.id, 'warm')));
    expect(pool.idleCount).toBe(4);

    proxy.stall();
    // One call times out on one of them; the other three sit idle on the dead path.
    expect((await failure(() => note(cases[0]!.id, 'lost'))).code).toBe('STORE_UNAVAILABLE');
    proxy.restore();

    const after = await Promise.all(cases.slice(1).map((view) => failure(() => note(view.id, 'after'))));
    expect(after.map((outcome) => outcome.code)).toEqual([
      'succeeded',
      'succeeded',
      'succeeded',
      'succeeded',
    ]);
    for (const { ms } of after) expect(ms).toBeLessThan(QUERY_TIMEOUT_MS);
    await router.close();
    await pool.end();
  });
});
