import type { PGliteInterface, QueryOptions } from '@electric-sql/pglite';
import type { SqlClient, SqlListener, SqlQueryable } from './sqlClient.js';

const INT8_OID = 20;
/** Per query, not on the instance, so the app's own queries on the same PGlite keep its parsers. */
const QUERY_OPTIONS: QueryOptions = { parsers: { [INT8_OID]: Number } };

type PGliteQueryable = Pick<PGliteInterface, 'query'>;

function queryable(db: PGliteQueryable): SqlQueryable {
  return {
    async query<TRow>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<TRow>(text, params as unknown[], QUERY_OPTIONS);
      return result.rows;
    },
  };
}

/**
 * Adapts an embedded PGlite database (in memory or on a data directory) to the `SqlClient`
 * port, for `postgresStore` in a single process.
 *
 * @example
 * ```ts
 * import { PGlite } from '@electric-sql/pglite';
 * const store = postgresStore({ client: pgliteClient(new PGlite('./data/cases')) });
 * ```
 */
export function pgliteClient(db: PGliteInterface): SqlClient {
  const direct = queryable(db);
  return {
    target: `PGlite ${(db as { dataDir?: string }).dataDir ?? '(in memory)'}`,
    query: direct.query,
    transaction(work) {
      return db.transaction((tx) => work(queryable(tx)));
    },
    listen(channel, onNotify): SqlListener {
      const unlisten = db.listen(channel, onNotify);
      return {
        ready: unlisten.then(() => undefined),
        async stop() {
          const stop = await unlisten.catch(() => undefined);
          if (stop && !db.closed) await stop();
        },
      };
    },
  };
}
