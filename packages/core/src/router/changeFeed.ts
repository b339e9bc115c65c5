import type { CommittedChange, FeedPosition } from '../caseStore.js';
import type { RouterEvents } from '../createRouter.js';
import { publish, viewOf } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** The router events that publish a committed change. */
const CHANGE_EVENTS = ['case.changed', 'case.opened'] as const;
const READ_BATCH = 500;

/** Where a resumable subscription starts: after a position it kept, or at the first event of the store. */
export type FeedStart = FeedPosition | 'start';

export interface ChangeFeed {
  /** Delivers every change after `from` in position order — own and remote, past and live — to `listener`. */
  subscribe(from: FeedStart, listener: (payload: RouterEvents['case.changed']) => void): () => void;
  /** Reads what is new now (a hint arrived, or a test wants it). */
  poke(): void;
  /** Stops polling and listening and waits for the reads in flight. */
  close(): Promise<void>;
}

/**
 * A cursor over the store's positions, read in batches one read at a time; a read that is
 * asked for while one runs is done right after it, so nothing asked for is dropped.
 */
function createReader(
  ctx: RouterContext,
  options: {
    after: FeedPosition | undefined;
    excludeOrigin?: string;
    deliver: (change: CommittedChange) => void;
  },
) {
  let cursor = options.after;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const { changes, last } = await storeCall(() =>
          ctx.store.readChanges({
            ...(cursor !== undefined ? { after: cursor } : {}),
            limit: READ_BATCH,
            ...(options.excludeOrigin !== undefined ? { excludeOrigin: options.excludeOrigin } : {}),
          }),
        );
        for (const change of changes) {
          if (stopped) return;
          cursor = change.position;
          options.deliver(change);
        }
        if (last === undefined) break;
        cursor = last;
      }
    } while (again && !stopped);
  }
  return {
    read(): Promise<void> {
      if (stopped) return Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = drain()
        .catch((error) => {
          ctx.logger?.error({ err: error }, 'onecase: reading the change feed failed');
          ctx.emitter.emit('error', { error, where: 'change feed' });
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
    /** Moves the cursor without delivering (nobody listens): later readers start from here. */
    skipTo(position: FeedPosition | undefined) {
      if (!running) cursor = position;
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}

/**
 * Publishes changes committed by other routers sharing the store, losslessly: it keeps the
 * last position it delivered and, on every store hint and every `pollMs`, reads each event
 * after it in position order. A lost hint only delays a change; nothing is skipped. The
 * router's own commits are published when they commit and never read back.
 */
export function startChangeFeed(ctx: RouterContext, { pollMs }: { pollMs: number }): ChangeFeed {
  const resumable = new Set<ReturnType<typeof createReader>>();
  function wakeResumable(change: CommittedChange): void {
    // Own commits reach resumable subscribers through the store, in position order.
    if (change.origin === ctx.nodeId) for (const reader of resumable) void reader.read();
  }
  // Someone listens: a subscriber of the change events, or a live queue (any published-listener but ours).
  const listening = () =>
    CHANGE_EVENTS.some((type) => ctx.emitter.has(type)) ||
    [...ctx.published].some((listener) => listener !== wakeResumable);
  const remote = createReader(ctx, {
    after: undefined,
    excludeOrigin: ctx.nodeId,
    deliver: (change) => publish(ctx, change),
  });
  // A live subscription is told of what happens from now on: start at the store's head
  // (until it could be read, nothing is read, so a store that was down never replays history).
  let positioned = false;
  async function position(): Promise<boolean> {
    if (!positioned) {
      remote.skipTo(await ctx.store.headPosition());
      positioned = true;
    }
    return positioned;
  }
  const ready = position().catch(() => false);

  async function tick(): Promise<void> {
    await ready;
    if (await position().catch(() => false)) {
      if (listening()) await remote.read();
      else remote.skipTo(await ctx.store.headPosition());
    }
    await Promise.all([...resumable].map((reader) => reader.read()));
  }
  const poke = () => {
    void tick().catch(() => {});
  };
  const unwatch = ctx.store.watch?.(
    (change) => {
      if (change.origin !== ctx.nodeId) poke();
    },
    { excludeOrigin: ctx.nodeId },
  );
  const interval = setInterval(poke, pollMs);
  interval.unref?.();
  ctx.published.add(wakeResumable);

  return {
    subscribe(from, listener) {
      const reader = createReader(ctx, {
        after: from === 'start' ? undefined : from,
        deliver: (change) => {
          const payload = {
            case: viewOf(ctx, change.record),
            event: change.event,
            remote: change.origin !== ctx.nodeId,
            position: change.position,
          };
          try {
            listener(payload);
          } catch (error) {
            ctx.logger?.error({ err: error }, 'onecase: a subscriber threw');
            ctx.emitter.emit('error', { error, where: 'listener of case.changed' });
          }
        },
      });
      resumable.add(reader);
      void reader.read();
      return () => {
        resumable.delete(reader);
        void reader.stop();
      };
    },
    poke,
    async close() {
      clearInterval(interval);
      unwatch?.();
      ctx.published.delete(wakeResumable);
      await Promise.all([remote.stop(), ...[...resumable].map((reader) => reader.stop())]);
    },
  };
}
