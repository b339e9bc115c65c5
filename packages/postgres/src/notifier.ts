import type { CaseChange } from '@onecase/core';
import { notificationOf } from './changeFeed.js';
import { json } from './rows.js';
import type { SqlQueryable } from './sqlClient.js';

const NOTIFY_BATCH = 200;
/** How long committed changes wait to be published together; the feed's added latency. */
const NOTIFY_WINDOW_MS = 10;

/**
 * Publishes committed changes with `NOTIFY`, what `createNotifier` returns.
 *
 * @example
 * ```ts
 * const notifier: Notifier = createNotifier(client, 'onecase_changes');
 * ```
 */
export interface Notifier {
  /** Queues one committed change for the next batch (which carries its origin's latest change). */
  publish(change: CaseChange): void;
  /** Resolves once every queued change was sent (or given up on). */
  flushed(): Promise<void>;
}

/**
 * Publishes committed changes with `NOTIFY`, batched and outside the commits themselves.
 * PostgreSQL serialises every committing transaction that notifies behind one lock held
 * through its WAL flush; notifying inside each commit would make concurrent commands queue
 * one fsync at a time. Here commits stay independent, the changes committed within
 * `NOTIFY_WINDOW_MS` go out in one statement (one extra statement per command measurably
 * slowed sequential commands), and that statement skips the synchronous WAL flush (a
 * notification is a hint; the rows are the truth). A notification only tells other routers
 * to read the feed, which they do by position from where they are, so a window sends one
 * per origin — its latest change — however many commands it saw. The price: a process that
 * dies between a commit and its notification leaves other nodes unaware of that change until
 * they next poll the feed.
 *
 * @example
 * ```ts
 * const notifier = createNotifier(client, 'onecase_changes');
 * notifier.publish({ caseId, version: 2, origin: nodeId });
 * await notifier.flushed();
 * ```
 */
export function createNotifier(client: SqlQueryable, channel: string): Notifier {
  /** The latest change of each origin since the last batch went out. */
  const pending = new Map<string, CaseChange>();
  let flushing: Promise<void> | undefined;
  async function flush(): Promise<void> {
    // Let the commits finishing meanwhile join the batch: one statement for many commits.
    await new Promise((resolve) => setTimeout(resolve, NOTIFY_WINDOW_MS));
    while (pending.size > 0) {
      const batch = [...pending.values()].slice(0, NOTIFY_BATCH);
      for (const change of batch) pending.delete(change.origin);
      try {
        await client.query(
          `SELECT set_config('synchronous_commit', 'off', true), pg_notify($1::text, payload)
           FROM jsonb_array_elements_text($2::jsonb) AS payload`,
          [channel, json(batch.map(notificationOf))],
        );
      } catch {
        // The database is unreachable: the commits stand, other nodes read them when they next poll.
      }
    }
    flushing = undefined;
  }
  return {
    publish(change) {
      // Re-inserted, so an origin that keeps committing does not keep its first place.
      pending.delete(change.origin);
      pending.set(change.origin, change);
      flushing ??= flush();
    },
    async flushed() {
      await flushing;
    },
  };
}
