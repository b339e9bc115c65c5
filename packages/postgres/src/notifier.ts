import type { CaseChange } from '@onecase/core';
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
  /** Queues one committed change for the next batch. */
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
 * notification is a hint; the rows are the truth). The price: a process that dies
 * between a commit and its notification leaves other nodes unaware of that change until
 * they read the case.
 *
 * @example
 * ```ts
 * const notifier = createNotifier(client, 'onecase_changes');
 * notifier.publish({ caseId, version: 2, origin: nodeId });
 * await notifier.flushed();
 * ```
 */
export function createNotifier(client: SqlQueryable, channel: string): Notifier {
  const pending: string[] = [];
  let flushing: Promise<void> | undefined;
  async function flush(): Promise<void> {
    // Let the commits finishing meanwhile join the batch: one statement for many commits.
    await new Promise((resolve) => setTimeout(resolve, NOTIFY_WINDOW_MS));
    while (pending.length > 0) {
      const batch = pending.splice(0, NOTIFY_BATCH);
      try {
        await client.query(
          `SELECT set_config('synchronous_commit', 'off', true), pg_notify($1::text, payload)
           FROM jsonb_array_elements_text($2::jsonb) AS payload`,
          [channel, json(batch)],
        );
      } catch {
        // The database is unreachable: the commits stand, other nodes miss this hint.
      }
    }
    flushing = undefined;
  }
  return {
    publish(change) {
      pending.push(json(change));
      flushing ??= flush();
    },
    async flushed() {
      await flushing;
    },
  };
}
