import { createHash } from 'node:crypto';
import { CaseError } from '@onecase/core';
import type { CustomTypesConfig, Pool, PoolClient } from 'pg';
import { listenOnPool } from './listenOnPool.js';
import { postgresAddress } from './postgresAddress.js';
import {
  DEFAULT_QUERY_TIMEOUT_MS,
  Deadlines,
  destroyConnection,
  QueryTimeoutError,
  withinDeadline,
} from './queryTimeout.js';
import type { SqlClient, SqlQueryable } from './sqlClient.js';

const INT8_OID = 20;
/** How often the `LISTEN` connection is pinged by default, in milliseconds. */
const DEFAULT_HEALTH_CHECK_MS = 5_000;

/**
 * Bounds for `pgPoolClient`: how long PostgreSQL may take to answer, and how often the
 * change feed's connection is checked.
 *
 * @example
 * ```ts
 * const client = pgPoolClient(pool, { queryTimeoutMs: 2_000, healthCheckMs: 10_000 });
 * ```
 */
export interface PgPoolClientOptions {
  /**
   * How long one store call may wait for an answer — for a pool connection and its
   * statement together (in a transaction: for each statement) — before it fails with
   * `STORE_UNAVAILABLE` naming this bound; the connection it waited on is destroyed, never
   * handed out again. Default 5000 ms; checked by one sweep per client, so a call fails
   * up to a tenth of the bound (at most 100 ms) after it. Give the server a `statement_timeout` of the same
   * size (`connectPostgres` does) so a statement whose client gave up does not hold its
   * locks for longer.
   */
  queryTimeoutMs?: number;
  /**
   * How often the `LISTEN` connection of the change feed is pinged (each ping bounded by
   * `queryTimeoutMs`); a connection that does not answer is replaced. Default 5000 ms.
   */
  healthCheckMs?: number;
}

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

async function runStatement<TRow>(
  client: PoolClient,
  text: string,
  params: readonly unknown[],
): Promise<TRow[]> {
  const result = await client.query({
    text,
    values: params as unknown[],
    name: statementName(text),
    types: typesFor(client),
  });
  return result.rows as TRow[];
}

/** Runs one step on the held connection within its bound; see `withClient`. */
type Bounded = <T>(step: () => Promise<T>) => Promise<T>;

/**
 * What one client knows about its pool's connections: when each last got an answer, and
 * since when an idle one is suspect. A path that stalls silences every connection on it, also
 * those idle in the pool; they would each hang one later call for the whole bound.
 */
interface PoolHealth {
  readonly lastAnswer: WeakMap<PoolClient, number>;
  /** Connections that last answered before this moment are replaced at checkout. */
  suspectBefore: number;
}

/**
 * Checks a connection out for `work`, which runs each statement through `bounded`. `perStep`
 * false: the wait for the connection and the statement share one deadline (a single
 * query); true: the wait and each statement get the whole bound (a transaction). When the
 * deadline passes, the connection is destroyed, never returned to the pool, and every
 * connection idle since the call began is replaced before it is used again.
 */
function withClient<T>(
  pool: Pool,
  deadlines: Deadlines,
  health: PoolHealth,
  perStep: boolean,
  work: (client: PoolClient, bounded: Bounded) => Promise<T>,
): Promise<T> {
  let client: PoolClient | undefined;
  let broken: unknown;
  let timedOut = false;
  const expire = () => {
    timedOut = true;
    if (client) {
      broken ??= new QueryTimeoutError(deadlines.timeoutMs);
      health.suspectBefore = Math.max(health.suspectBefore, performance.now() - deadlines.timeoutMs);
      destroyConnection(client);
    }
  };
  const stepBound: Bounded = (step) =>
    timedOut
      ? Promise.reject(new QueryTimeoutError(deadlines.timeoutMs))
      : withinDeadline(deadlines, step, expire);
  const bounded: Bounded = perStep ? stepBound : (step) => step();

  async function checkout(): Promise<PoolClient> {
    let connecting: Promise<PoolClient> | undefined;
    let held: PoolClient;
    try {
      held = await bounded(() => {
        connecting = pool.connect();
        return connecting;
      });
    } catch (error) {
      // A connection that arrives after the caller gave up is healthy: give it back.
      if (timedOut) connecting?.then((late) => late.release(), noop);
      // The pool's own connection timeout, set to this bound, fired first (its timer may run a
      // little ahead of ours): the caller waited the whole bound.
      if (isPoolConnectTimeout(error) && (pool.options.connectionTimeoutMillis ?? 0) >= deadlines.timeoutMs)
        throw new QueryTimeoutError(deadlines.timeoutMs);
      throw error;
    }
    if (timedOut) {
      held.release();
      throw new QueryTimeoutError(deadlines.timeoutMs);
    }
    return held;
  }

  async function run(): Promise<T> {
    let held = await checkout();
    // A connection never seen connecting (the app's own, made before this client): trust it.
    while ((health.lastAnswer.get(held) ?? Number.POSITIVE_INFINITY) < health.suspectBefore) {
      destroyConnection(held);
      held.release(true);
      held = await checkout();
    }
    client = held;
    // A checked-out client reports a lost connection as an 'error' event too; unheard, it would crash the process.
    const onError = (error: unknown) => {
      broken ??= error;
    };
    held.on('error', onError);
    try {
      return await work(held, bounded);
    } catch (error) {
      if (isConnectionError(error)) broken ??= error;
      throw error;
    } finally {
      held.removeListener('error', onError);
      if (broken === undefined) health.lastAnswer.set(held, performance.now());
      held.release(broken === undefined ? undefined : true);
    }
  }
  return perStep ? run() : withinDeadline(deadlines, run, expire);
}

const noop = () => {};

/**
 * Whether `pool.connect()` failed on the pool's `connectionTimeoutMillis`: waiting in its
 * queue, or connecting a new client. pg-pool gives these errors no code, only these messages.
 */
function isPoolConnectTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.message === 'timeout exceeded when trying to connect' ||
    error.message.startsWith('Connection terminated due to connection timeout')
  );
}

/**
 * Adapts a `pg.Pool` to the `SqlClient` port, for `postgresStore` on a PostgreSQL server
 * shared by any number of router processes. Every call is bounded by `queryTimeoutMs`
 * (default 5 s), so a stalled network path fails commands with `STORE_UNAVAILABLE` instead
 * of hanging them and filling the pool. The pool's `connectionTimeoutMillis` is set to the
 * query timeout when it is missing or longer: no call waits longer for a connection, and an
 * attempt into a stalled path that outlived its call would hold a pool slot after the path
 * works again. If the pool has no `error` listener the driver adds one that
 * ignores idle connections dropped by a database restart (the pool replaces them), so a
 * restart does not crash the process.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 5_000 });
 * const store = postgresStore({ client: pgPoolClient(pool, { queryTimeoutMs: 5_000 }) });
 * ```
 */
export function pgPoolClient(pool: Pool, options: PgPoolClientOptions = {}): SqlClient {
  const timeoutMs = positive(options.queryTimeoutMs, DEFAULT_QUERY_TIMEOUT_MS, 'queryTimeoutMs');
  const healthCheckMs = positive(options.healthCheckMs, DEFAULT_HEALTH_CHECK_MS, 'healthCheckMs');
  if (pool.listenerCount('error') === 0) pool.on('error', () => {});
  // No call waits longer than the bound for a connection, so a longer attempt (or a longer wait
  // in the pool's queue) outlives its caller: through a silent path it would hold a pool slot
  // after the path works again, and the queue would open connections for callers long gone.
  const connectTimeoutMs = pool.options.connectionTimeoutMillis;
  if (!connectTimeoutMs || connectTimeoutMs > timeoutMs) pool.options.connectionTimeoutMillis = timeoutMs;
  const { host, port } = postgresAddress(pool.options);
  const deadlines = new Deadlines(timeoutMs);
  const health: PoolHealth = { lastAnswer: new WeakMap(), suspectBefore: Number.NEGATIVE_INFINITY };
  // A connection's handshake is its first answer: one that connected just before a stall and
  // went back to the pool unused (a checkout that gave up) is as suspect as any idle one.
  pool.on('connect', (connection) => health.lastAnswer.set(connection, performance.now()));

  return {
    target: `${host}:${port}`,
    query<TRow>(text: string, params: readonly unknown[] = []) {
      return withClient(pool, deadlines, health, false, (client, bounded) =>
        bounded(() => runStatement<TRow>(client, text, params)),
      );
    },
    transaction(work) {
      return withClient(pool, deadlines, health, true, async (client, bounded) => {
        const tx: SqlQueryable = {
          query: (text, params = []) => bounded(() => runStatement(client, text, params)),
        };
        await bounded(() => client.query('BEGIN'));
        try {
          const result = await work(tx);
          await bounded(() => client.query('COMMIT'));
          return result;
        } catch (error) {
          if (!isConnectionError(error)) await bounded(() => client.query('ROLLBACK'));
          throw error;
        }
      });
    },
    listen(channel, onNotify) {
      return listenOnPool(pool, channel, onNotify, { deadlines, healthCheckMs });
    },
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new CaseError('INVALID_INPUT', `pgPoolClient: ${name} must be a positive number of milliseconds`, {
      [name]: value,
    });
  }
  return value;
}
