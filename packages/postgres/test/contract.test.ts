import { describeCaseStore } from '@onecase/testing';
import { describe } from 'vitest';
import { pgliteClient, pgPoolClient, postgresStore } from '../src/index.js';
import { DATABASE_URL, dropSchema, testPool, uniqueSchema } from './helpers.js';
import { createTestPGlite } from './pgliteTemplate.js';

let db: Awaited<ReturnType<typeof createTestPGlite>> | undefined;
describeCaseStore(
  'postgresStore on PGlite',
  async () => {
    db = await createTestPGlite();
    const store = postgresStore({ client: pgliteClient(db) });
    await store.migrate();
    return store;
  },
  { teardown: () => db?.close() },
);

describe.runIf(DATABASE_URL)('on the PostgreSQL server', () => {
  const schema = uniqueSchema('contract');
  let pool: ReturnType<typeof testPool> | undefined;
  let store: ReturnType<typeof postgresStore> | undefined;
  describeCaseStore(
    'postgresStore on a pg.Pool',
    () => {
      pool = testPool();
      store = postgresStore({ client: pgPoolClient(pool), schema });
      return store;
    },
    {
      teardown: async () => {
        await store?.close();
        await pool?.end();
        await dropSchema(schema);
      },
    },
  );
});
