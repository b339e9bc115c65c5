import type { CaseChange } from '../caseStore.js';
import { publish } from './commit.js';
import type { RouterContext } from './routerContext.js';

/** The router events that publish a committed change. */
const CHANGE_EVENTS = ['case.changed', 'case.opened', 'case.effect'] as const;

/**
 * Publishes changes committed by other routers sharing the store, as `remote` events.
 * Returns the function that stops it.
 */
export function startChangeFeed(ctx: RouterContext): () => void {
  const { store, emitter, logger } = ctx;
  const unwatch = store.watch?.((change: CaseChange) => {
    if (change.origin === ctx.nodeId) return;
    // Reading a remote change costs two store reads: only worth it when someone listens.
    if (!CHANGE_EVENTS.some((type) => emitter.has(type))) return;
    void (async () => {
      const record = await store.load(change.caseId);
      const [event] = await store.events(change.caseId, { fromSeq: change.version });
      if (!record || !event || event.seq !== change.version) return;
      // The view shows the latest state, which may already be past this event.
      publish(ctx, record, event, true);
    })().catch((error) => {
      logger?.error({ err: error, caseId: change.caseId }, 'onecase: reading a remote change failed');
      emitter.emit('error', { error, where: 'change feed' });
    });
  });
  return () => unwatch?.();
}
