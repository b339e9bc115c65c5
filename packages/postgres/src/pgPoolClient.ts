import { createHash } from 'node:crypto';
import type { CustomTypesConfig, Notification, Pool, PoolClient } from 'pg';
import { postgresAddress } from './postgresAddress.js';
import type { SqlClient, SqlListener, SqlQueryable } from './sqlClient.js';

const INT8_OID = 20;
const MAX_RELISTEN_DELAY_MS = 5_000;

/**
 * Whether an error means the connection is gone (not a statement the server refused),
 * so the pool must not hand that connection out again.
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  const sqlState = (error as { code?: unknown }).code;
  const fromServer = 'severity' in error && typeof sqlState === 'string';
  // 08: connection exception; 57P01–57P03: the server is shutting down or starting.
  return !fromServer || sqlState.startsWith('08') || sqlState.startsWith('57P');
}

const statementNames = new Map<string, string>();
/** Named statements are parsed and planned once per connection instead of once per call. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `onecase_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

const typesByClient = new WeakMap<PoolClient, CustomTypesConfig>();
/** Parses int8 as a JS number for our statements only; everything else as the app configured it. */
function typesFor(client: PoolClient): CustomTypesConfig {
  let types = typesByClient.get(client);
  if (!types) {
    types = {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : client.getTypeParser(oid, format)) as CustomTypesConfig['getTypeParser'],
    };
    typesByClient.set(client, types);
  }
  return types;
}

function queryable(client: PoolClient): SqlQueryable {
  return {
    async query<TRow>(text: string, params: readonly unknown[] = []) {
      const result = await client.query({
        text,
        values: params as unknown[],
        name: statementName(text),
        types: typesFor(client),
      });
      return result.rows as TRow[];
    },
  };
}

async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: unknown;
  // A checked-out client reports a lost connection as an 'error' event too; unheard, it would crash the process.
  const onError = (error: unknown) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    if (isConnectionError(error)) broken = error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken === undefined ? undefined : true);
  }
}

/**
 * Adapts a `pg.Pool` to the `SqlClient` port, for `postgresStore` on a PostgreSQL server
 * shared by any number of router processes. Give the pool a `connectionTimeoutMillis` so an
 * unreachable server fails fast. If the pool has no `error` listener the driver adds one
 * that ignores idle connections dropped by a database restart (the pool replaces them),
 * so a restart does not crash the process.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5_000 });
 * const store = postgresStore({ client: pgPoolClient(pool) });
 * ```
 */
export function pgPoolClient(pool: Pool): SqlClient {
  if (pool.listenerCount('error') === 0) pool.on('error', () => {});
  const { host, port } = postgresAddress(pool.options);

  return {
    target: `${host}:${port}`,
    query(text, params) {
      return withClient(pool, (client) => queryable(client).query(text, params));
    },
    transaction(work) {
      return withClient(pool, async (client) => {
        await client.query('BEGIN');
        try {
          const result = await work(queryable(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          if (!isConnectionError(error)) await client.query('ROLLBACK');
          throw error;
        }
      });
    },
    listen(channel, onNotify) {
      return listenOnPool(pool, channel, onNotify);
    },
  };
}

/** Holds one pool connection for `LISTEN`, and takes a new one whenever it is lost. */
function listenOnPool(pool: Pool, channel: string, onNotify: (payload: string) => void): SqlListener {
  let stopped = false;
  let current: PoolClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = 100;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const onNotification = (message: Notification) => {
    if (message.channel === channel) onNotify(message.payload ?? '');
  };

  const retry = () => {
    if (stopped) return;
    timer = setTimeout(connect, delay);
    timer.unref?.();
    delay = Math.min(delay * 2, MAX_RELISTEN_DELAY_MS);
  };

  const drop = (client: PoolClient) => {
    client.removeListener('notification', onNotification);
    if (current === client) current = undefined;
    client.release(true);
  };

  async function connect(): Promise<void> {
    timer = undefined;
    let client: PoolClient | undefined;
    try {
      client = await pool.connect();
      if (stopped) {
        client.release();
        return;
      }
      const held = client;
      const lost = () => {
        if (current !== held) return;
        drop(held);
        retry();
      };
      held.on('error', lost);
      held.on('end', lost);
      held.on('notification', onNotification);
      await held.query(`LISTEN ${channel}`);
      if (stopped) {
        drop(held);
        return;
      }
      current = held;
      delay = 100;
      markReady();
    } catch {
      if (client) drop(client);
      retry();
    }
  }

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const client = current;
      current = undefined;
      if (!client) return;
      client.removeListener('notification', onNotification);
      try {
        await client.query(`UNLISTEN ${channel}`);
        client.release();
      } catch {
        client.release(true);
      }
    },
  };
}
