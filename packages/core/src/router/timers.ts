import { hashCommand } from '../auditChain.js';
import type { TimerRecord } from '../caseStore.js';
import { decideEvent } from '../decide.js';
import { SYSTEM_CHANNEL, type Via } from '../types.js';
import { commitDecision } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';
import { claimedTimerStatus } from './timerIntegrity.js';

const TIMER_BATCH = 256;
const SCHEDULER_VIA: Via = { channel: SYSTEM_CHANNEL, actor: { id: 'scheduler' } };

/**
 * Fires one claimed timer as an ordinary command keyed `timer:<id>`, so a timer that already
 * fired on another node is caught at the commit; a timer whose event the case can no longer
 * take is removed. Resolves with whether it fired.
 */
export function fireTimer(ctx: RouterContext, timer: TimerRecord): Promise<boolean> {
  return ctx.mutex.run(timer.caseId, async () => {
    const discard = async () => {
      await storeCall(() => ctx.store.deleteTimer(timer.id));
      return false;
    };
    for (let attempt = 0; attempt <= ctx.retry.maxRetries; attempt++) {
      // As in send: decide on what this router last saw; the commit catches a stale view.
      const seen = attempt === 0 ? ctx.cache.record(timer.caseId) : undefined;
      const record = seen ?? (await storeCall(() => ctx.store.load(timer.caseId)));
      if (!record) return discard();
      const status = await claimedTimerStatus(ctx, record, timer, seen !== undefined);
      if (status === 'stale') continue;
      if (status === 'gone') return discard();
      if (status === 'forged') return false;
      const service = ctx.registry.forRecord(record);
      const at = ctx.clock.now();
      const decision = decideEvent(service, ctx.cache.snapshotOf(service, record), {
        ...timer.event,
        at,
        via: SCHEDULER_VIA,
      });
      if (!decision) {
        if (seen) continue;
        return discard();
      }
      const { type, ...payload } = timer.event;
      const committed = await commitDecision(
        ctx,
        service,
        record,
        decision,
        {
          type,
          payload,
          via: SCHEDULER_VIA,
          at,
          idempotencyKey: `timer:${timer.id}`,
          commandHash: hashCommand(ctx.secret, { timer: timer.id }),
        },
        { firedTimer: timer.id },
      );
      if (committed.status === 'committed') {
        ctx.emitter.emit('timer.fired', { case: committed.view, timer, event: committed.event });
        return true;
      }
      if (committed.status === 'duplicate') return discard();
      if (!seen) await ctx.retry.backoff(attempt);
    }
    return false;
  });
}

/** Reads the cases of a claimed batch that this router has not cached, in one read where the store can. */
async function loadCasesOf(ctx: RouterContext, due: TimerRecord[]): Promise<void> {
  const { store } = ctx;
  if (!store.loadMany) return;
  const missing = [...new Set(due.map((timer) => timer.caseId))].filter((id) => !ctx.cache.record(id));
  if (missing.length === 0) return;
  for (const record of await storeCall(() => store.loadMany!(missing))) ctx.cache.keep(ctx.registry, record);
}

/** Claims and fires every timer due at the clock's now, in batches; resolves with how many fired. */
export async function runDueTimers(ctx: RouterContext): Promise<number> {
  let fired = 0;
  for (;;) {
    const due = await storeCall(() =>
      ctx.store.claimDueTimers(ctx.clock.now(), { limit: TIMER_BATCH, leaseMs: ctx.timerLeaseMs }),
    );
    if (due.length === 0) return fired;
    await loadCasesOf(ctx, due);
    const results = await Promise.all(due.map((timer) => fireTimer(ctx, timer)));
    fired += results.filter(Boolean).length;
  }
}

/** Runs due timers now and then every `intervalMs`, one run at a time, until stopped. */
export function createScheduler(ctx: RouterContext) {
  let interval: ReturnType<typeof setInterval> | undefined;
  let tick: Promise<void> = Promise.resolve();
  return {
    start({ intervalMs = 1000 }: { intervalMs?: number } = {}): void {
      if (interval) return;
      const run = () => {
        tick = tick.then(async () => {
          try {
            await runDueTimers(ctx);
          } catch (error) {
            ctx.logger?.error({ err: error }, 'onecase: running due timers failed');
            ctx.emitter.emit('error', { error, where: 'scheduler' });
          }
        });
      };
      run();
      interval = setInterval(run, intervalMs);
      interval.unref?.();
    },
    /** Stops the interval and waits for the run in progress. */
    async stop(): Promise<void> {
      if (interval) clearInterval(interval);
      interval = undefined;
      await tick;
    },
  };
}
