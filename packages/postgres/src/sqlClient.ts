/**
 * Something that runs one SQL statement: a connection, a pool or an open transaction.
 *
 * @example
 * ```ts
 * await client.transaction((tx: SqlQueryable) => tx.query('DELETE FROM onecase.timers WHERE id = $1', [id]));
 * ```
 */
export interface SqlQueryable {
  /**
   * Runs one parameterised statement and resolves with its rows. `bigint` columns come
   * back as JS numbers (the store keeps epoch milliseconds in them), `jsonb` as parsed JSON.
   */
  query<TRow = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<TRow[]>;
}

/**
 * The small port `postgresStore` talks to, so one SQL implementation runs on a PostgreSQL
 * server (`pgPoolClient`) and on embedded PGlite (`pgliteClient`).
 *
 * @example
 * ```ts
 * const client: SqlClient = pgliteClient(new PGlite());
 * const [row] = await client.query<{ n: number }>('select $1::int as n', [1]);
 * ```
 */
export interface SqlClient extends SqlQueryable {
  /** Where the client connects (`127.0.0.1:5432`, `PGlite ./data`), named in error messages. */
  readonly target: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` with the payload of every `NOTIFY` on `channel` (a lowercase identifier)
   * until `stop()`. A driver with a network connection listens again by itself after the
   * connection is lost or falls silent (notifications sent meanwhile are missed).
   */
  listen?(channel: string, onNotify: (payload: string) => void): SqlListener;
}

/**
 * A running `LISTEN`, as returned by `SqlClient.listen`.
 *
 * @example
 * ```ts
 * const listener: SqlListener = client.listen!('onecase_changes', (payload) => console.log(payload));
 * await listener.ready;
 * await listener.stop();
 * ```
 */
export interface SqlListener {
  /** Resolves once the first `LISTEN` took effect. */
  readonly ready: Promise<void>;
  /** Stops listening and releases the connection it held. */
  stop(): Promise<void>;
}
