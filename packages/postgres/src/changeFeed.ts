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
  /** Calls `watcher` with every change any node publishes; returns the function that stops it. */
  watch(watcher: (change: CaseChange) => void): () => void;
  /** Resolves once the `LISTEN` is in effect (at once when nobody watches). */
  ready(): Promise<void>;
  /** Drops every watcher and releases the listening connection. */
  close(): Promise<void>;
}

/**
 * Fans the notifications on `channel` out to watchers, holding one `LISTEN` only while
 * somebody watches (a node nobody watches costs the database no connection).
 *
 * @example
 * ```ts
 * const feed = createChangeFeed(client.listen.bind(client), 'onecase_changes');
 * const stop = feed.watch((change) => console.log(change.caseId, change.version));
 * ```
 */
export function createChangeFeed(listen: NonNullable<SqlClient['listen']>, channel: string): ChangeFeed {
  const watchers = new Set<(change: CaseChange) => void>();
  let listener: SqlListener | undefined;
  let closed = false;
  const deliver = (payload: string) => {
    let change: CaseChange;
    try {
      change = JSON.parse(payload) as CaseChange;
    } catch {
      return;
    }
    if (typeof change?.caseId !== 'string' || typeof change.version !== 'number') return;
    for (const watcher of watchers) watcher(change);
  };
  const stopListening = async () => {
    const running = listener;
    listener = undefined;
    await running?.stop();
  };
  return {
    watch(watcher) {
      watchers.add(watcher);
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
