import { CaseError } from '@onecase/core';
import type { PoolConfig } from 'pg';
import { type PgPoolClientOptions, pgPoolClient } from './pgPoolClient.js';
import { postgresAddress } from './postgresAddress.js';
import { DEFAULT_QUERY_TIMEOUT_MS } from './queryTimeout.js';
import { type PostgresCaseStore, type PostgresStoreOptions, postgresStore } from './postgresStore.js';

/**
 * Store and pool settings for `connectPostgres`.
 *
 * @example
 * ```ts
 * await connectPostgres(url, { schema: 'onecase', connectTimeoutMs: 3_000, queryTimeoutMs: 5_000, pool: { max: 20 } });
 * ```
 */
export interface ConnectPostgresOptions extends Omit<PostgresStoreOptions, 'client'>, PgPoolClientOptions {
  /** More `pg.Pool` settings (`max`, `ssl`, …); the connection string wins over their connection fields. */
  pool?: Omit<PoolConfig, 'connectionString'>;
  /**
   * How long to wait for the server to answer before failing (default 5000 ms). Later calls
   * wait for a new connection at most this long and never longer than `queryTimeoutMs`.
   */
  connectTimeoutMs?: number;
}

/**
 * Connects to a PostgreSQL server, migrates the schema and returns a store that owns its
 * `pg.Pool` (ended by `close()`). Fails within `connectTimeoutMs` with `STORE_UNAVAILABLE`
 * naming the host and port when the server does not answer. Every later store call is bounded
 * by `queryTimeoutMs` (default 5000 ms) on the client and by a server `statement_timeout` of
 * the same size, so a statement whose caller gave up does not keep running and holding locks.
 *
 * @example
 * ```ts
 * const store = await connectPostgres(process.env.DATABASE_URL!);
 * const router = createRouter({ services: [noise], store, secret });
 * // … on shutdown
 * await router.close();
 * await store.close();
 * ```
 */
export async function connectPostgres(
  connectionString: string,
  options: ConnectPostgresOptions = {},
): Promise<PostgresCaseStore> {
  if (typeof connectionString !== 'string' || connectionString.trim().length === 0) {
    throw new CaseError(
      'INVALID_INPUT',
      'connectPostgres needs a connection string such as postgres://user@host:5432/db',
    );
  }
  let Pool: typeof import('pg').Pool;
  try {
    const pg = await import('pg');
    Pool = pg.default?.Pool ?? pg.Pool;
  } catch (error) {
    throw new CaseError(
      'STORE_UNAVAILABLE',
      "connectPostgres needs the 'pg' package: npm install pg",
      {},
      { cause: error },
    );
  }
  const {
    pool: poolOptions,
    connectTimeoutMs = 5_000,
    queryTimeoutMs = DEFAULT_QUERY_TIMEOUT_MS,
    healthCheckMs,
    ...storeOptions
  } = options;
  const pool = new Pool({
    connectionTimeoutMillis: connectTimeoutMs,
    statement_timeout: queryTimeoutMs,
    ...poolOptions,
    connectionString,
  });
  const client = pgPoolClient(pool, {
    queryTimeoutMs,
    ...(healthCheckMs !== undefined ? { healthCheckMs } : {}),
  });
  const store = postgresStore({ ...storeOptions, client });
  try {
    await store.migrate();
  } catch (error) {
    await pool.end().catch(() => {});
    const { host, port } = postgresAddress(pool.options);
    const reason =
      error instanceof CaseError && error.cause instanceof Error ? error.cause.message : String(error);
    throw new CaseError(
      'STORE_UNAVAILABLE',
      `Cannot use PostgreSQL at ${host}:${port}: ${reason || 'no answer'} (connect timeout ${connectTimeoutMs} ms)`,
      { host, port, timeoutMs: connectTimeoutMs },
      { cause: error },
    );
  }
  return {
    ...store,
    async close() {
      await store.close();
      await pool.end();
    },
  };
}
