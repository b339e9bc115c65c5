import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, pgliteClient, pgPoolClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';
import { createTestPGlite } from './pgliteTemplate.js';

describe('schema migrations', () => {
  it('creates the tables in the chosen schema once, beside the app’s own tables', async () => {
    const db = await createTestPGlite();
    try {
      await db.query('CREATE TABLE public.cases (id int PRIMARY KEY, mine boolean)');
      const store = postgresStore({ client: pgliteClient(db), schema: 'city_cases' });
      await store.migrate();
      await store.migrate();
      await postgresStore({ client: pgliteClient(db), schema: 'city_cases' }).migrate();
      const { rows } = await db.query<{ version: number }>('SELECT version FROM city_cases.migrations');
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'city_cases' ORDER BY table_name`,
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual([
        'cases',
        'citizen_links',
        'effects',
        'events',
        'migrations',
        'timers',
      ]);
      const app = await db.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'cases' ORDER BY column_name`,
      );
      expect(app.rows.map((row) => row.column_name)).toEqual(['id', 'mine']);
    } finally {
      await db.close();
    }
  });

  describe.runIf(DATABASE_URL)('on the PostgreSQL server', () => {
    const schema = uniqueSchema('migrate');
    afterAll(() => dropSchema(schema));

    it('applies each migration once when many nodes start at the same moment', async () => {
      const pools = Array.from({ length: 6 }, () => testPool({ max: 1 }));
      try {
        await Promise.all(
          pools.map((pool) => postgresStore({ client: pgPoolClient(pool), schema }).migrate()),
        );
        const { rows } = await pools[0]!.query(`SELECT version FROM ${schema}.migrations`);
        expect(rows).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
      }
    });
  });
});
