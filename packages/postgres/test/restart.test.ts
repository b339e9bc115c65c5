import { type CaseChange, createRouter, isCaseError } from '@onecase/core';
import { createFakeClock } from '@onecase/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noise } from '@onecase/testing/fixtures';
import { pgPoolClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, uniqueSchema } from './helpers.js';
import { startTcpProxy, type TcpProxy } from './tcpProxy.js';

const via = { channel: 'counter', actor: { id: 'clerk-5' } };

describe.runIf(DATABASE_URL)('PostgreSQL going away under load', () => {
  const schema = uniqueSchema('restart');
  let proxy: TcpProxy;
  const pools: pg.Pool[] = [];
  const poolThroughProxy = () => {
    const url = new URL(DATABASE_URL!);
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const pool = new pg.Pool({ connectionString: url.href, connectionTimeoutMillis: 1_000, max: 6 });
    pools.push(pool);
    return pool;
  };

  beforeAll(async () => {
    const url = new URL(DATABASE_URL!);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  });
  afterAll(async () => {
    await proxy.close();
    await Promise.all(pools.map((pool) => pool.end()));
    await dropSchema(schema);
  });

  it('fails commands in flight with STORE_UNAVAILABLE, never half-applies one, and recovers by itself', async () => {
    const store = postgresStore({ client: pgPoolClient(poolThroughProxy()), schema });
    const router = createRouter({
      services: [noise],
      store,
      clock: createFakeClock(),
      secret: 'restart-secret',
    });
    const watcher = postgresStore({ client: pgPoolClient(poolThroughProxy()), schema });
    const changes: CaseChange[] = [];
    const stopWatching = watcher.watch!((change) => changes.push(change));
    await watcher.ready();

    const caseIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      caseIds.push(
        (
          await router.open({
            service: 'noise-complaint',
            input: { address: `No. ${i}`, description: 'x' },
            via,
          })
        ).id,
      );
    }
    const outcomes: { caseId: string; note: string; outcome: string }[] = [];
    const count = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length;
    let running = true;
    const workers = caseIds.map(async (caseId) => {
      for (let n = 0; running; n++) {
        const note = `note ${n}`;
        try {
          await router.send(caseId, { type: 'info.add', note }, { via, idempotencyKey: `k${n}` });
          outcomes.push({ caseId, note, outcome: 'ok' });
        } catch (error) {
          outcomes.push({ caseId, note, outcome: isCaseError(error) ? error.code : String(error) });
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    });

    await expect.poll(() => count('ok'), { timeout: 15_000 }).toBeGreaterThanOrEqual(40);
    proxy.cut();
    const okAtCut = count('ok');
    await expect.poll(() => count('STORE_UNAVAILABLE'), { timeout: 15_000 }).toBeGreaterThanOrEqual(16);
    proxy.restore();
    await expect.poll(() => count('ok'), { timeout: 15_000 }).toBeGreaterThanOrEqual(okAtCut + 40);
    running = false;
    await Promise.all(workers);

    expect(outcomes.filter((o) => o.outcome !== 'ok' && o.outcome !== 'STORE_UNAVAILABLE')).toEqual([]);
    for (const caseId of caseIds) {
      const history = await router.history(caseId);
      expect(history.map((event) => event.seq)).toEqual(history.map((_, i) => i + 1));
      expect(await router.verify(caseId)).toMatchObject({ ok: true });
      const notes = ((await router.get(caseId)).context as { notes: string[] }).notes;
      expect(notes).toEqual(history.slice(1).map((event) => event.payload.note));
      expect(new Set(notes).size).toBe(notes.length);
      const confirmed = outcomes.filter((o) => o.caseId === caseId && o.outcome === 'ok').map((o) => o.note);
      expect(notes).toEqual(expect.arrayContaining(confirmed));
    }

    // The same router and pool serve new work, and the change feed listens again by itself.
    const fresh = await router.open({
      service: 'noise-complaint',
      input: { address: 'After', description: 'y' },
      via,
    });
    await expect
      .poll(() => changes.some((change) => change.caseId === fresh.id), { timeout: 10_000 })
      .toBe(true);
    stopWatching();
    await router.close();
    await watcher.close();
  }, 60_000);
});
