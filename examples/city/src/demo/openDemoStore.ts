import type { CaseStore } from '@onecase/core';

/** A store for the demo and what to say about it. */
export interface DemoStore {
  store?: CaseStore;
  description: string;
  close(): Promise<void>;
}

/**
 * Opens where the demo keeps its cases: PostgreSQL when `DATABASE_URL` is set, an embedded
 * PGlite directory with `--pglite <dir>` (a second run continues the same cases), memory otherwise.
 * The drivers are imported only when asked for, so the default run needs neither.
 *
 * @example
 * ```ts
 * const { store, close } = await openDemoStore({ pglite: './.data/city' });
 * ```
 */
export async function openDemoStore(options: { pglite?: string; databaseUrl?: string }): Promise<DemoStore> {
  if (options.databaseUrl) {
    const { connectPostgres } = await import('@onecase/postgres');
    const store = await connectPostgres(options.databaseUrl, { notify: false, schema: 'city_demo' });
    return { store, description: 'PostgreSQL (DATABASE_URL)', close: () => store.close() };
  }
  if (options.pglite) {
    const [{ PGlite }, { pgliteClient, postgresStore }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@onecase/postgres'),
    ]);
    const db = new PGlite(options.pglite);
    const store = postgresStore({ client: pgliteClient(db), notify: false });
    await store.migrate();
    return {
      store,
      description: `PGlite in ${options.pglite}`,
      close: async () => {
        await store.close();
        await db.close();
      },
    };
  }
  return { description: 'memory (pass --pglite <dir> to keep the cases)', close: async () => {} };
}
