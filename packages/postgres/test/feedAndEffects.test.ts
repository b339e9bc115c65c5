import { createRouter, type Router } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgPoolClient, postgresStore } from '../src/index.js';
import { commitStatement } from '../src/sql/commit.js';
import { spawnChild } from './children/spawnChild.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };
const input = { address: '1 Main St', description: 'loud' };

function node(schema: string, options: { pollMs?: number } = {}) {
  const pool = testPool({ max: 4 });
  const store = postgresStore({ client: pgPoolClient(pool), schema });
  const router = createRouter({
    services: [noise],
    store,
    secret: 'feed-secret',
    feedPollMs: options.pollMs ?? 200,
  });
  return {
    pool,
    store,
    router,
    /** Closes the way the docs say: the router, then the pool. */
    async close() {
      await router.close();
      await pool.end();
    },
  };
}

/** Runs a child that commits one command and is SIGKILLed as the commit returns; resolves with the case id it printed. */
function commitAndDie(schema: string, ...args: string[]): Promise<string> {
  const child = spawnChild('commitAndDie.ts', [schema, ...args]);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (_code, signal) => {
      const id = out.trim().split('\n')[0];
      if (signal === 'SIGKILL' && id) resolve(id);
      else reject(new Error(`child ended with ${signal ?? _code}: ${err}`));
    });
  });
}

describe.runIf(DATABASE_URL)('the change feed and the effect outbox on PostgreSQL', () => {
  const schema = uniqueSchema('feed');
  let watcher: ReturnType<typeof node>;
  beforeAll(async () => {
    watcher = node(schema, { pollMs: 200 });
    await watcher.store.migrate();
  });
  afterAll(async () => {
    await watcher.close();
    await dropSchema(schema);
  });

  it('never skips an event whose transaction started first but committed last', async () => {
    const store = watcher.store;
    const head = await store.headPosition();
    const early = new pg.Client({ connectionString: DATABASE_URL });
    await early.connect();
    try {
      const slowCase = { ...(await recordFor('slow')), id: `slow-${Date.now()}` };
      // T1 takes its transaction id and writes its event first, then waits.
      await early.query('BEGIN');
      const statement = commitStatement(schema, commitFor(slowCase));
      await early.query(statement.text, statement.values);
      // T2 starts later, writes later and commits first.
      const fast = await watcher.router.open({ service: 'noise-complaint', input, via });
      const whileOpen = await store.readChanges({ ...(head ? { after: head } : {}), limit: 100 });
      // Nothing after the slow transaction is handed out while it may still commit.
      expect(whileOpen.changes.map((change) => change.event.caseId)).not.toContain(fast.id);
      await early.query('COMMIT');
      // Both come, in transaction order (a transaction elsewhere on the server may hold the
      // high-water mark back a moment longer: the feed waits for it too).
      await expect
        .poll(async () => {
          const after = await store.readChanges({ ...(head ? { after: head } : {}), limit: 100 });
          return after.changes.map((change) => change.event.caseId);
        })
        .toEqual([slowCase.id, fast.id]);
    } finally {
      await early.end();
    }
  });

  it('a node SIGKILLed right after its commit (before its NOTIFY): the others still publish the change', async () => {
    const seen: string[] = [];
    const stop = watcher.router.on('case.changed', ({ case: view, remote }) => {
      if (remote) seen.push(view.id);
    });
    const caseId = await commitAndDie(schema, 'open');
    await expect.poll(() => seen, { timeout: 5_000 }).toContain(caseId);
    stop();
  });

  it('a node SIGKILLed between a commit and the delivery of its effect: another node delivers it, same id', async () => {
    const opened = await watcher.router.open({ service: 'noise-complaint', input, via });
    await commitAndDie(schema, 'dispatch', opened.id);
    const delivered: string[] = [];
    const stop = watcher.router.handleEffects(
      { 'department.notify': ({ id }) => void delivered.push(id) },
      { pollMs: 50, baseDelayMs: 0 },
    );
    await expect.poll(() => delivered, { timeout: 5_000 }).toEqual([`${opened.id}:2:0`]);
    await stop();
  });

  it('3 nodes × 200 commands, each closed the documented way: a fourth sees 600 of 600, twenty runs in a row', async () => {
    for (let run = 0; run < 20; run++) {
      const seen = new Set<string>();
      // Only this run's commands: a change of an earlier test may still arrive late.
      const ofThisRun = (payload: Record<string, unknown>) =>
        payload.description === `run ${run}` || String(payload.note ?? '').startsWith(`${run}-`);
      const stop = watcher.router.on('case.changed', ({ event, remote }) => {
        if (remote && ofThisRun(event.payload)) seen.add(`${event.caseId}:${event.seq}`);
      });
      const writers = [0, 1, 2].map(() => node(schema));
      await Promise.all(
        writers.map(async (writer) => {
          const view = await writer.router.open({
            service: 'noise-complaint',
            input: { ...input, description: `run ${run}` },
            via,
          });
          for (let i = 1; i < 200; i++)
            await writer.router.send(view.id, { type: 'info.add', note: `${run}-${i}` }, { via });
          await writer.close();
        }),
      );
      await expect.poll(() => seen.size, { timeout: 10_000 }).toBe(600);
      stop();
    }
  }, 240_000);

  it('3 nodes × 1,000 effects: each delivered, none to two nodes at once', async () => {
    const nodes = [0, 1, 2].map(() => node(schema));
    const inFlight = new Set<string>();
    const done = new Map<string, number>();
    let overlap = 0;
    const stops = nodes.map(({ router }) =>
      router.handleEffects(
        {
          'department.notify': async ({ id }) => {
            if (inFlight.has(id)) overlap++;
            inFlight.add(id);
            await new Promise((resolve) => setTimeout(resolve, 1));
            inFlight.delete(id);
            done.set(id, (done.get(id) ?? 0) + 1);
          },
        },
        { pollMs: 50, batch: 32 },
      ),
    );
    await Promise.all(
      Array.from({ length: 10 }, async (_, worker) => {
        const router = nodes[worker % 3]!.router;
        for (let i = 0; i < 100; i++) {
          const view = await router.open({ service: 'noise-complaint', input, via });
          await router.send(view.id, { type: 'case.dispatch', department: `d${i}` }, { via });
        }
      }),
    );
    await expect.poll(() => done.size, { timeout: 60_000, interval: 200 }).toBe(1000);
    expect(overlap).toBe(0);
    expect([...done.values()].every((count) => count === 1)).toBe(true);
    await Promise.all(stops.map((stop) => stop()));
    await Promise.all(nodes.map((n) => n.close()));
  }, 120_000);

  async function recordFor(label: string) {
    const clock = createFakeClock();
    const scratch: Router = createRouter({ services: [noise], secret: 'feed-secret', clock });
    const view = await scratch.open({
      service: 'noise-complaint',
      input: { ...input, description: label },
      via,
    });
    const [event] = await scratch.history(view.id);
    return { view, event: event! };
  }

  function commitFor({ view, event, id }: Awaited<ReturnType<typeof recordFor>> & { id: string }) {
    return {
      record: {
        id,
        ref: `SL-${id.slice(-5).toUpperCase()}`,
        serviceId: view.service.id,
        serviceVersion: view.service.version,
        snapshot: { status: 'active', value: 'received', context: view.context, children: {} },
        version: 1,
        openedAt: view.openedAt,
        updatedAt: view.updatedAt,
        openedVia: view.openedVia,
        citizenKeys: [],
        lastHash: event.hash,
      },
      expectedVersion: 0,
      origin: 'slow-transaction',
      event: { ...event, caseId: id },
      timers: { cancel: [], arm: [] },
    };
  }
});
