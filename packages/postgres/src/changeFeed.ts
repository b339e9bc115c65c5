import type { CaseChange } from '@onecase/core';
import type { SqlClient, SqlListener } from './sqlClient.js';

/**
 * The receiving side of the change feed, what `createChangeFeed` returns.
 *
 * @example
 * ```ts
 * const feed: ChangeFeed = createChangeFeed(client.listen.bind(client), 'onecase_changes');
 * ```
 */
export interface ChangeFeed {
  /**
   * Calls `watcher` with every change any node publishes, except those committed with
   * `excludeOrigin`; returns the function that stops it.
   */
  watch(watcher: (change: CaseChange) => void, options?: { excludeOrigin?: string }): () => void;
  /** Resolves once the `LISTEN` is in effect (at once when nobody watches). */
  ready(): Promise<void>;
  /** Drops every watcher and releases the listening connection. */
  close(): Promise<void>;
}

/** How a notification starts when its origin is written first and needs no escaping (see `notificationOf`). */
const ORIGIN_PREFIX = '{"origin":"';

/**
 * A change as a notification payload, its origin first, so a receiver can tell its own
 * notifications by a prefix without parsing them.
 *
 * @example
 * ```ts
 * notificationOf({ caseId: 'c1', version: 2, origin: 'node-a' }); // '{"origin":"node-a","caseId":"c1","version":2}'
 * ```
 */
export function notificationOf(change: CaseChange): string {
  return JSON.stringify({ origin: change.origin, caseId: change.caseId, version: change.version });
}

/** The origin a payload written by `notificationOf` names, read without parsing; `undefined` if unsure. */
function originOf(payload: string): string | undefined {
  if (!payload.startsWith(ORIGIN_PREFIX)) return undefined;
  const end = payload.indexOf('"', ORIGIN_PREFIX.length);
  const origin = end < 0 ? '' : payload.slice(ORIGIN_PREFIX.length, end);
  // An escaped character would make the raw text differ from the origin: let the parser decide.
  return end < 0 || origin.includes('\\') ? undefined : origin;
}

/**
 * Fans the notifications on `channel` out to watchers, holding one `LISTEN` only while
 * somebody watches (a node nobody watches costs the database no connection). A
 * notification every watcher excludes by its origin (a router's own commits) is dropped
 * on its prefix, unparsed.
 *
 * @example
 * ```ts
 * const feed = createChangeFeed(client.listen.bind(client), 'onecase_changes');
 * const stop = feed.watch((change) => console.log(change.caseId, change.version));
 * ```
 */
export function createChangeFeed(listen: NonNullable<SqlClient['listen']>, channel: string): ChangeFeed {
  /** Each watcher with the origin it does not want (`undefined`: it wants every change). */
  const watchers = new Map<(change: CaseChange) => void, string | undefined>();
  let listener: SqlListener | undefined;
  let closed = false;
  const wanted = (origin: string | undefined) => {
    if (origin === undefined) return true;
    for (const excluded of watchers.values()) if (excluded !== origin) return true;
    return false;
  };
  const deliver = (payload: string) => {
    if (!wanted(originOf(payload))) return;
    let change: CaseChange;
    try {
      change = JSON.parse(payload) as CaseChange;
    } catch {
      return;
    }
    if (typeof change?.caseId !== 'string' || typeof change.version !== 'number') return;
    for (const [watcher, excluded] of watchers) if (excluded !== change.origin) watcher(change);
  };
  const stopListening = async () => {
    const running = listener;
    listener = undefined;
    await running?.stop();
  };
  return {
    watch(watcher, options) {
      watchers.set(watcher, options?.excludeOrigin);
      if (!listener && !closed) listener = listen(channel, deliver);
      return () => {
        watchers.delete(watcher);
        if (watchers.size === 0) void stopListening();
      };
    },
    async ready() {
      await listener?.ready;
    },
    async close() {
      closed = true;
      watchers.clear();
      await stopListening();
    },
  };
}
