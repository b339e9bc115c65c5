import type { EffectRecord } from '../caseStore.js';
import type { CaseEffect, CaseEvent, CaseView } from '../types.js';
import { loadRecord, viewOf } from './commit.js';
import { type RouterContext, storeCall } from './routerContext.js';

/** What an effect handler is given: the effect, its stable id, the case, the event that emitted it, the attempt. */
export interface EffectDelivery<TEffect extends CaseEffect = CaseEffect> {
  /** `<caseId>:<seq>:<n>`: the same on every attempt and every node; deduplicate on it. */
  id: string;
  effect: TEffect;
  case: CaseView;
  event: CaseEvent;
  /** 1 on the first delivery. */
  attempt: number;
}

/** Handlers by effect type; a handler that throws has its effect retried later. */
export type EffectHandlers = Record<string, (delivery: EffectDelivery) => Promise<void> | void>;

export interface HandleEffectsOptions {
  /** Attempts before an effect is dead-lettered (default 10). */
  maxAttempts?: number;
  /** How long a claimed effect is reserved for this node (default 30 s); set it above a handler's longest run. */
  leaseMs?: number;
  /** How often to look for pending effects besides right after this router's commits (default 1 s). */
  pollMs?: number;
  /** Wait before retry n (1-based): exponential from `baseDelayMs` (default 1 s) to `maxDelayMs` (default 5 min) with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Effects claimed per round (default 32). */
  batch?: number;
}

/** Exponential backoff with full jitter: a random wait up to base · 2^(attempt-1), capped. */
export function effectRetryDelay(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Delivers stored effects to handlers at least once: claims pending effects of the handled
 * types with a lease, runs each handler, marks it done, or on a throw schedules a retry with
 * backoff and dead-letters it after `maxAttempts`. Returns `{ stop, idle }`; `stop` waits for
 * the deliveries in flight.
 */
export function startEffectDelivery(
  ctx: RouterContext,
  handlers: EffectHandlers,
  options: HandleEffectsOptions = {},
) {
  const types = Object.keys(handlers).filter((type) => Object.hasOwn(handlers, type));
  const maxAttempts = options.maxAttempts ?? 10;
  const leaseMs = options.leaseMs ?? 30_000;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  const batch = options.batch ?? 32;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;

  async function deliver(effect: EffectRecord): Promise<void> {
    const handler = handlers[effect.type]!;
    try {
      const record = await loadRecord(ctx, effect.caseId);
      const [event] = await storeCall(() => ctx.store.events(effect.caseId, { fromSeq: effect.seq }));
      if (!event) throw new Error(`event ${effect.seq} of case ${effect.caseId} is missing`);
      await handler({
        id: effect.id,
        effect: effect.effect,
        case: viewOf(ctx, record),
        event,
        attempt: effect.attempts,
      });
      await storeCall(() => ctx.store.completeEffect(effect.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const dead = effect.attempts >= maxAttempts;
      const retryAt = dead
        ? null
        : ctx.clock.now() + effectRetryDelay(effect.attempts, baseDelayMs, maxDelayMs);
      ctx.logger?.warn(
        { effectId: effect.id, type: effect.type, attempt: effect.attempts, dead, err: error },
        dead ? 'effect dead-lettered' : 'effect delivery failed; will retry',
      );
      try {
        await storeCall(() => ctx.store.failEffect(effect.id, { error: message, retryAt }));
      } catch (storeError) {
        // The lease runs out and another attempt follows: at least once still holds.
        ctx.emitter.emit('error', { error: storeError, where: 'effect delivery' });
      }
    }
  }

  async function drain(): Promise<void> {
    do {
      again = false;
      for (;;) {
        if (stopped) return;
        const claimed = await storeCall(() =>
          ctx.store.claimEffects(ctx.clock.now(), { types, limit: batch, leaseMs }),
        );
        await Promise.all(claimed.map(deliver));
        if (claimed.length < batch) break;
      }
    } while (again && !stopped);
  }

  function run(): Promise<void> {
    if (stopped || types.length === 0) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = drain()
      .catch((error) => {
        ctx.logger?.error({ err: error }, 'onecase: delivering effects failed');
        ctx.emitter.emit('error', { error, where: 'effect delivery' });
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const onPublished = (change: { event: CaseEvent }) => {
    if (change.event.effects.some((effect) => types.includes(effect.type))) void run();
  };
  ctx.published.add(onPublished);
  const interval = setInterval(() => void run(), options.pollMs ?? 1_000);
  interval.unref?.();
  void run();
  return {
    /** Runs a delivery round now and resolves when it (and any round asked for meanwhile) is done. */
    idle: run,
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(interval);
      ctx.published.delete(onPublished);
      await running;
    },
  };
}
