import type { PoolClient } from 'pg';

/** How long a store call may wait for PostgreSQL by default, in milliseconds. */
export const DEFAULT_QUERY_TIMEOUT_MS = 5_000;

/**
 * A statement (or the wait for a connection to run it on) that got no answer within the
 * client's query timeout; `storeError` turns it into `STORE_UNAVAILABLE` naming the bound.
 *
 * @example
 * ```ts
 * if (error instanceof QueryTimeoutError) console.warn(`no answer within ${error.timeoutMs} ms`);
 * ```
 */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms (query timeout)`);
  }
}

/**
 * Closes a connection's socket at once. `client.end()` would first send a goodbye the
 * stalled peer never acknowledges; destroying the socket fails the statements waiting on it
 * right away, and the pool then replaces the connection.
 *
 * @example
 * ```ts
 * destroyConnection(client);
 * client.release(true);
 * ```
 */
export function destroyConnection(client: PoolClient): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

/**
 * Runs `step` and rejects with `QueryTimeoutError` if it has not settled after `waitMs`,
 * calling `onTimeout` first (to destroy the connection the step is stuck on). The error names
 * `timeoutMs`, the configured bound (`waitMs` may be what is left of it).
 *
 * @example
 * ```ts
 * const rows = await withinTimeout(500, () => client.query(sql), () => destroyConnection(client));
 * ```
 */
export function withinTimeout<T>(
  waitMs: number,
  step: () => Promise<T>,
  onTimeout: () => void,
  timeoutMs = waitMs,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new QueryTimeoutError(timeoutMs));
    }, waitMs);
    step().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
