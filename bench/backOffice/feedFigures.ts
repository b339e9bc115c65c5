import { createRouter, type Router } from '@onecase/core';
import { pgPoolClient, postgresStore } from '@onecase/postgres';
import type pg from 'pg';
import { alternate, medianOf, ratioSpread } from '../benchSuite.js';
import { queueService } from './benchServices.js';
import { latencySide, throughput } from './measure.js';
import { SECRET, via } from './queueFigures.js';

type QueueRouter = Router<readonly [typeof queueService]>;
const WRITERS = 4;
const SEEN_TIMEOUT_MS = 15_000;

/**
 * The change feed between two routers on one schema: how long a remote change takes to reach
 * the reader (`case.changed` with `remote`), by NOTIFY hint (writer's store notifies) and by
 * poll only (writer's store has `notify: false`; the reader polls every `pollMs`), from the
 * writer's `send` call to the reader's event; and the writer's commit throughput while the
 * reader watches a queue (feed on) against no one watching (feed off).
 */
export async function feedFigures(pool: pg.Pool, schema: string, pollMs: number) {
  const client = pgPoolClient(pool);
  const routerOn = (notify: boolean, feedPollMs?: number) => {
    const store = postgresStore({ client, schema, notify });
    const router: QueueRouter = createRouter({
      services: [queueService],
      store,
      secret: SECRET,
      ...(feedPollMs !== undefined ? { feedPollMs } : {}),
    });
    return { store, router };
  };
  const writer = routerOn(true);
  const pollWriter = routerOn(false);
  const reader = routerOn(true, pollMs);
  try {
    await writer.store.migrate();
    const open = (i: number) =>
      writer.router.open({ service: 'bench-queue', input: { department: 'feed', dueAt: i }, via });
    const hinted = await open(0);
    const polled = await open(1);
    const seen = new Map<string, number>();
    const waiters = new Map<string, { version: number; resolve: () => void }>();
    const off = reader.router.on('case.changed', ({ case: view, remote }) => {
      if (!remote) return;
      seen.set(view.id, Math.max(seen.get(view.id) ?? 0, view.version));
      const waiter = waiters.get(view.id);
      if (waiter && view.version >= waiter.version) {
        waiters.delete(view.id);
        waiter.resolve();
      }
    });
    await reader.store.ready();
    const remoteChange = (w: QueueRouter, caseId: string) => async (i: number) => {
      const view = await w.send(caseId, { type: 'note.add', note: `n${i}` }, { via });
      if ((seen.get(caseId) ?? 0) >= view.version) return;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the reader did not see ${caseId} v${view.version}`)),
          SEEN_TIMEOUT_MS,
        );
        waiters.set(caseId, {
          version: view.version,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    };
    const hint = latencySide(remoteChange(writer.router, hinted.id));
    const poll = latencySide(remoteChange(pollWriter.router, polled.id));
    await alternate({ notify: hint.run, pollOnly: poll.run });
    off();

    const cases = await Promise.all(Array.from({ length: WRITERS }, (_, i) => open(10 + i)));
    const commits = (worker: number, i: number) =>
      writer.router.send(cases[worker]!.id, { type: 'note.add', note: `c${i}` }, { via });
    let changesSeen = 0;
    const watchedSeconds: number[] = [];
    const rates = await alternate({
      feedOn: async () => {
        const stop = await reader.router.watch({ service: 'bench-queue' }, () => {
          changesSeen += 1;
        });
        const start = performance.now();
        const rate = await throughput(WRITERS, commits);
        watchedSeconds.push((performance.now() - start) / 1000);
        stop();
        return rate;
      },
      feedOff: () => throughput(WRITERS, commits),
    });
    const ms = (values: number[]) => medianOf(values, 2);
    return {
      readerPollMs: pollMs,
      latencyMs: {
        note: "from the writer's send call to the reader's remote case.changed",
        notify: { p50: ms(hint.p50), p99: ms(hint.p99) },
        pollOnly: { p50: ms(poll.p50), p99: ms(poll.p99) },
        notifyVsPollP50: ratioSpread(hint.p50, poll.p50),
        notifyVsPollP99: ratioSpread(hint.p99, poll.p99),
      },
      commits: {
        writers: WRITERS,
        perSecond: { feedOn: medianOf(rates.feedOn), feedOff: medianOf(rates.feedOff) },
        // What the watching reader received while on (it runs in this process, so its CPU counts against the writer).
        watcherChangesPerSecond: Math.round(changesSeen / watchedSeconds.reduce((a, b) => a + b, 0)),
        // Target ≥ 0.95.
        feedOnVsOff: ratioSpread(rates.feedOn, rates.feedOff),
      },
    };
  } finally {
    await reader.router.close();
    await writer.router.close();
    await pollWriter.router.close();
    for (const side of [reader, writer, pollWriter]) await side.store.close();
  }
}
