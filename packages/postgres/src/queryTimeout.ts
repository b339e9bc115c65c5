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

/** One armed deadline, as `Deadlines.arm` returns it. */
export interface Deadline {
  readonly at: number;
  readonly expire: () => void;
}

/**
 * The deadlines of the calls in flight on one client, checked by one shared sweep instead of
 * a timer per statement: arming and disarming cost a set insertion and removal on the hot
 * path, and a deadline fires at most a tenth of the bound (≤ 100 ms) late.
 *
 * @example
 * ```ts
 * const deadlines = new Deadlines(5_000);
 * const deadline = deadlines.arm(() => destroyConnection(client));
 * try { await client.query(sql) } finally { deadlines.disarm(deadline) }
 * ```
 */
export class Deadlines {
  readonly #armed = new Set<Deadline>();
  readonly #sweepMs: number;
  #sweep: ReturnType<typeof setInterval> | undefined;

  constructor(readonly timeoutMs: number) {
    this.#sweepMs = Math.max(1, Math.min(100, Math.floor(timeoutMs / 10)));
  }

  /** Arms a deadline one bound from now that calls `expire` once. */
  arm(expire: () => void): Deadline {
    const deadline = { at: performance.now() + this.timeoutMs, expire };
    this.#armed.add(deadline);
    if (this.#sweep === undefined) {
      this.#sweep = setInterval(() => this.#fire(), this.#sweepMs);
      this.#sweep.unref?.();
    }
    return deadline;
  }

  /** Disarms a deadline whose call settled in time. */
  disarm(deadline: Deadline): void {
    this.#armed.delete(deadline);
  }

  #fire(): void {
    const now = performance.now();
    for (const deadline of this.#armed) {
      if (deadline.at > now) continue;
      this.#armed.delete(deadline);
      deadline.expire();
    }
    if (this.#armed.size === 0 && this.#sweep !== undefined) {
      clearInterval(this.#sweep);
      this.#sweep = undefined;
    }
  }
}

/**
 * Runs `step` and rejects with `QueryTimeoutError` if it has not settled by its deadline,
 * calling `onTimeout` first (to destroy the connection the step is stuck on).
 *
 * @example
 * ```ts
 * const rows = await withinDeadline(deadlines, () => client.query(sql), () => destroyConnection(client));
 * ```
 */
export function withinDeadline<T>(
  deadlines: Deadlines,
  step: () => Promise<T>,
  onTimeout: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const deadline = deadlines.arm(() => {
      onTimeout();
      reject(new QueryTimeoutError(deadlines.timeoutMs));
    });
    step().then(
      (value) => {
        deadlines.disarm(deadline);
        resolve(value);
      },
      (error: unknown) => {
        deadlines.disarm(deadline);
        reject(error);
      },
    );
  });
}
