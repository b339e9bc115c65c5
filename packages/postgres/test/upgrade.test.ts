import { createRouter } from '@onecase/core';
import { noise } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, pgliteClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';
import { createTestPGlite } from './pgliteTemplate.js';

const via = { channel: 'counter', actor: { id: 'clerk-1' } };

describe('upgrading a database made by the first schema', () => {
  it('keeps every case, which stays readable, writable, verifiable and becomes queryable', async () => {
    const db = await createTestPGlite();
    try {
      // A database as the first release left it: schema version 1 with a case in it.
      const s = 'old_city';
      await db.query(`CREATE SCHEMA ${s}`);
      await db.query(
        `CREATE TABLE ${s}.migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      for (const statement of MIGRATIONS[0]!.statements(s)) await db.query(statement);
      await db.query(`INSERT INTO ${s}.migrations (version, name) VALUES (1, 'cases, events and timers')`);
      const before = createRouter({ services: [noise], secret: 'upgrade' });
      const view = await before.open({
        service: 'noise-complaint',
        input: { address: 'Old Rd 1', description: 'loud' },
        via,
      });
      const [event] = await before.history(view.id);
      const snapshot = noise.machine.getPersistedSnapshot(
        noise.machine.resolveState({ value: 'received', context: view.context as never }),
      );
      await db.query(
        `INSERT INTO ${s}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash)
         VALUES ($1, $2, 'noise-complaint', 1, $3, 1, $4, $4, $5, '{}', $6)`,
        [view.id, view.ref, JSON.stringify(snapshot), view.openedAt, JSON.stringify(via), event!.hash],
      );
      await db.query(
        `INSERT INTO ${s}.events (case_id, seq, type, payload, via, at, idempotency_key, command_hash, state_after, effects, prev_hash, hash)
         VALUES ($1, 1, 'case.open', $2, $3, $4, NULL, '', '"received"', '[]', $5, $6)`,
        [
          view.id,
          JSON.stringify(event!.payload),
          JSON.stringify(via),
          event!.at,
          event!.prevHash,
          event!.hash,
        ],
      );

      const store = postgresStore({ client: pgliteClient(db), schema: s, notify: false });
      await store.migrate();
      const router = createRouter({ services: [noise], store, secret: 'upgrade' });
      expect((await router.get(view.ref)).state.value).toBe('received');
      expect((await router.verify(view.ref)).ok).toBe(true);
      expect((await router.list({ state: 'received' })).cases.map((c) => c.id)).toEqual([view.id]);
      expect(await store.headPosition()).toBeDefined();
      await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via });
      expect((await router.list({ where: { department: 'env' } })).cases.map((c) => c.id)).toEqual([view.id]);
      expect((await router.effects(view.ref)).map((effect) => effect.type)).toEqual(['department.notify']);
      expect((await router.verify(view.ref)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(DATABASE_URL)('a work-queue query on a large table', () => {
  const schema = uniqueSchema('explain');
  it('uses an index, not a scan of every case', async () => {
    const store = postgresStore({
      client: (await import('../src/index.js')).pgPoolClient(testPool({ max: 2 })),
      schema,
    });
    await store.migrate();
    const pool = testPool({ max: 1 });
    try {
      await pool.query(
        `INSERT INTO ${schema}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash, state_paths, done, index_values)
         SELECT 'c' || n, 'R-' || n, CASE WHEN n % 10 = 0 THEN 'noise-complaint' ELSE 'other-' || (n % 7) END, 1, '{}', 1, n, n, '{}', '{}', '',
           CASE WHEN n % 3 = 0 THEN ARRAY['handling', 'handling.site'] ELSE ARRAY['received'] END, false,
           jsonb_build_object('department', 'd' || (n % 40), 'dueAt', 1000000 - n)
         FROM generate_series(1, 100000) AS n`,
      );
      await pool.query(`ANALYZE ${schema}.cases`);
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM ${schema}.cases
         WHERE service_id = ANY('{noise-complaint}'::text[]) AND state_paths && '{handling}'::text[]
           AND index_values @> '{"department":"d10"}'::jsonb
         ORDER BY (index_values->'dueAt') ASC NULLS LAST, id COLLATE "C" LIMIT 50`,
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index/);
      expect(plan).not.toMatch(/Seq Scan on cases/);
    } finally {
      await pool.end();
      await store.close();
      await dropSchema(schema);
    }
  });
});
