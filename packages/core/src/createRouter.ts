// The router's public types (options, events, the Router interface with its back-office methods) and its wiring; every behaviour lives in ./router/. Longer than the ~150 lines the split aimed at because the back office doubled the interface it documents.
import type { CaseError } from './caseError.js';
import type { VerifyReport } from './auditChain.js';
import type { CaseStore, EffectRecord, FeedPosition, TimerRecord } from './caseStore.js';
import type { CitizenLinkRecord } from './citizenLink.js';
import { describeService } from './describeService.js';
import { systemClock } from './clock.js';
import type { AnyServiceDefinition, CommandEventFrom, InputFrom } from './defineService.js';
import { memoryStore } from './memoryStore.js';
import type { CaseQuery } from './caseQuery.js';
import {
  type AuditCheckpoint,
  auditCheckpoint,
  type CheckpointReport,
  verifyCheckpoint,
} from './router/auditCheckpoint.js';
import { type FeedStart, startChangeFeed } from './router/changeFeed.js';
import { resolveCaseId } from './router/checkCommand.js';
import {
  type EffectHandlers,
  type HandleEffectsOptions,
  startEffectDelivery,
} from './router/effectDelivery.js';
import {
  aggregateCases,
  countCases,
  listCases,
  prepareQueryIndexes,
  type QueueChange,
  watchQueue,
} from './router/queries.js';
import { citizenLinks, linkCitizen } from './router/linkCitizen.js';
import { guardRecords } from './router/recordGuard.js';
import { routerSecret } from './router/routerSecret.js';
import { openCase } from './router/openCase.js';
import { appliedEvent, caseHistory, caseTimers, findCases, getCase, verifyCase } from './router/readCase.js';
import { jitteredRetryPolicy } from './router/retryPolicy.js';
import { createRouterContext, storeCall } from './router/routerContext.js';
import { sendEvent } from './router/sendEvent.js';
import { type SignRecordsReport, signRecords } from './router/signRecords.js';
import { createServiceRegistry } from './router/serviceRegistry.js';
import { createScheduler, runDueTimers } from './router/timers.js';
import type {
  CaseEffect,
  CaseEvent,
  CaseView,
  CitizenQuery,
  Clock,
  Logger,
  OpenCommand,
  RouterClient,
  Via,
} from './types.js';

export interface RouterOptions<TServices extends readonly AnyServiceDefinition[]> {
  services: TServices;
  /** Defaults to a fresh `memoryStore()`. */
  store?: CaseStore;
  clock?: Clock;
  /** A pino logger (or anything with its four methods); identifiers are never logged raw. */
  logger?: Logger;
  /** Keys the citizen-identifier hashes and the audit chain; keep it stable and secret. */
  secret?: string;
  /** How often a command is decided again after losing a version race (default 16). */
  maxConflictRetries?: number;
  /** How long a claimed timer is reserved for this router before others may fire it (default 30 s). */
  timerLeaseMs?: number;
  /** How often the change feed reads other routers' changes when no hint arrives (default 1000 ms). */
  feedPollMs?: number;
  /**
   * Refuse case records that carry no signature as tampered (default false: a record written
   * before record signatures is served and signed by its next commit). Turn it on once
   * `signRecords()` has signed them all — or from the start on a new store — so that removing
   * a signature is caught too (docs/privacy-and-audit.md).
   */
  requireSignedRecords?: boolean;
}

/** What every published change carries: the case now, the event, where it was committed, its feed position. */
export interface CaseChangePayload {
  case: CaseView;
  event: CaseEvent;
  /** Committed by another router sharing the store. */
  remote: boolean;
  /** The event's position in the store's change feed; pass it as `{ from }` to resume after it. */
  position: FeedPosition;
}

/** What subscribers receive; every payload carries the case view after the change. */
export interface RouterEvents {
  /** A case was opened (also published as `case.changed` with version 1). */
  'case.opened': CaseChangePayload;
  /** A command was committed on a case, here or (`remote`) on another router sharing the store. */
  'case.changed': CaseChangePayload;
  /** A command was refused; nothing changed. */
  'case.refused': { caseId?: string; ref?: string; command: { type: string; via?: Via }; error: CaseError };
  /**
   * The machine emitted an effect with `emit()`: an in-process notice, published once, after
   * the commit, on the committing router only (`remote` is always false). To act on effects
   * reliably (SMS, notifications), use `handleEffects`: at least once, from the outbox.
   */
  'case.effect': { case: CaseView; effect: CaseEffect; event: CaseEvent; remote: false };
  /** A durable timer fired and its transition was committed. */
  'timer.fired': { case: CaseView; timer: TimerRecord; event: CaseEvent };
  /** Something failed outside a command (a listener, the scheduler, the change feed). */
  error: { error: unknown; where: string };
}

/** The event a router accepts for a list of services: the union of their channel events. */
export type RouterEventFrom<TServices extends readonly AnyServiceDefinition[]> = CommandEventFrom<
  TServices[number]
>;

type OpenCommandFrom<S> = S extends AnyServiceDefinition ? OpenCommand<S['id'], InputFrom<S>> : never;

export interface Router<TServices extends readonly AnyServiceDefinition[] = readonly AnyServiceDefinition[]>
  extends RouterClient<RouterEventFrom<TServices>> {
  open(command: OpenCommandFrom<TServices[number]>): Promise<CaseView>;
  /**
   * Subscribes to router events. With `{ from }` (a position a listener kept, or `'start'`),
   * `case.changed` is a resumable subscription: every change after it, own and remote, in feed order.
   */
  on<K extends keyof RouterEvents>(
    type: K,
    listener: (payload: RouterEvents[K]) => void,
    options?: K extends 'case.changed' ? { from: FeedStart } : never,
  ): () => void;
  /** Follows a query live (`entered` / `changed` / `left`); resolves with the function that stops it. */
  watch(query: CaseQuery, listener: (change: QueueChange) => void): Promise<() => void>;
  /** Delivers stored effects to these handlers at least once (see `HandleEffectsOptions`); returns a stop function. */
  handleEffects(handlers: EffectHandlers, options?: HandleEffectsOptions): () => Promise<void>;
  /** The effects a case emitted, with their delivery state. */
  effects(caseIdOrRef: string): Promise<EffectRecord[]>;
  /** Dead-lettered effects, oldest first (default at most 100). */
  failedEffects(query?: { types?: string[]; limit?: number }): Promise<EffectRecord[]>;
  /** Makes a dead-lettered effect pending again with its attempts reset; false if there is no such effect. */
  retryEffect(effectId: string): Promise<boolean>;
  /** Fires every durable timer due at the clock's now; resolves with how many fired. */
  runDueTimers(): Promise<number>;
  /** Fires due timers now and then every `intervalMs` (default 1000) until `close()`. */
  startScheduler(options?: { intervalMs?: number }): void;
  /** Who linked these identifiers to others, when, through which channel and why (hashes only), oldest first. */
  citizenLinks(query: CitizenQuery): Promise<CitizenLinkRecord[]>;
  /**
   * Audits one case: re-walks its event chain (edited, removed, reordered events), checks the
   * record's signature, replays the events through the pinned machine against the stored
   * snapshot and compares the timers they armed with the stored timers.
   */
  verify(caseIdOrRef: string): Promise<VerifyReport>;
  /**
   * A signed digest of every case's (id, version, last hash): store or publish it outside the
   * database, then `verifyCheckpoint` tells what was removed or rolled back since.
   */
  auditCheckpoint(): Promise<AuditCheckpoint>;
  /** Compares the store with a checkpoint signed by this router's secret (`INVALID_INPUT` if it was not). */
  verifyCheckpoint(checkpoint: AuditCheckpoint): Promise<CheckpointReport>;
  /**
   * Signs, once, every record written before record signatures whose audit finds nothing else
   * wrong (run it once after upgrading, then turn `requireSignedRecords` on).
   */
  signRecords(): Promise<SignRecordsReport>;
  /** The registered services (every version). */
  readonly services: readonly AnyServiceDefinition[];
  /** A registered service: the given version, or the highest. */
  service(id: string, version?: number): AnyServiceDefinition | undefined;
  /**
   * Shuts the router down and flushes what it owes: stops the scheduler, the change feed and
   * effect delivery (waiting for the deliveries and feed reads in flight), waits for the
   * commands in flight, then flushes the store's pending notifications. Close the pool after it.
   */
  close(): Promise<void>;
}

/**
 * Creates the router every channel drives: it validates commands, decides them with the
 * case's XState machine, commits them atomically to the store and then publishes changes,
 * effects and timers. Implements `RouterClient`.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: [noise] });
 * const view = await router.open({ service: 'noise-complaint', input, via: { channel: 'web', actor: { id: 'u1' } } });
 * await router.send(view.ref, { type: 'info.add', note: 'Again at 2am' }, { via });
 * ```
 */
export function createRouter<const TServices extends readonly AnyServiceDefinition[]>(
  options: RouterOptions<TServices>,
): Router<TServices> {
  const ctx = createRouterContext({
    store: options.store ?? memoryStore(),
    clock: options.clock ?? systemClock,
    secret: routerSecret(options),
    logger: options.logger,
    registry: createServiceRegistry(options.services),
    retry: jitteredRetryPolicy(options.maxConflictRetries ?? 16),
    timerLeaseMs: options.timerLeaseMs ?? 30_000,
  });
  prepareQueryIndexes(ctx);
  ctx.store = guardRecords(ctx, { acceptUnsigned: options.requireSignedRecords !== true });
  const scheduler = createScheduler(ctx);
  const feed = startChangeFeed(ctx, { pollMs: options.feedPollMs ?? 1000 });
  const deliveries = new Set<ReturnType<typeof startEffectDelivery>>();

  return {
    services: ctx.registry.services,
    service: (id, version) => ctx.registry.get(id, version),
    open: ((command: OpenCommand) => openCase(ctx, command)) as Router<TServices>['open'],
    send: ((caseIdOrRef: string, event: { type: string }, sendOptions) =>
      sendEvent(ctx, caseIdOrRef, event, sendOptions)) as Router<TServices>['send'],
    get: (caseIdOrRef) => getCase(ctx, caseIdOrRef),
    history: (caseIdOrRef) => caseHistory(ctx, caseIdOrRef),
    find: (query) => findCases(ctx, query),
    linkCitizen: (identifiers, linkOptions) => linkCitizen(ctx, identifiers, linkOptions),
    citizenLinks: (query) => citizenLinks(ctx, query),
    appliedEvent: (caseIdOrRef, key) => appliedEvent(ctx, caseIdOrRef, key),
    timers: (caseIdOrRef) => caseTimers(ctx, caseIdOrRef),
    catalogue: async () => [...ctx.registry.latest.values()].map((service) => describeService(service)),
    on: ((type: keyof RouterEvents, listener: (payload: any) => void, onOptions?: { from: FeedStart }) =>
      onOptions?.from !== undefined && type === 'case.changed'
        ? feed.subscribe(onOptions.from, listener)
        : ctx.emitter.on(type, listener)) as Router<TServices>['on'],
    list: (query) => listCases(ctx, query),
    count: (query) => countCases(ctx, query),
    aggregate: (query) => aggregateCases(ctx, query),
    watch: (query, listener) => watchQueue(ctx, query, listener),
    handleEffects(handlers, effectOptions) {
      const delivery = startEffectDelivery(ctx, handlers, effectOptions);
      deliveries.add(delivery);
      return async () => {
        deliveries.delete(delivery);
        await delivery.stop();
      };
    },
    effects: async (caseIdOrRef) => {
      const caseId = await resolveCaseId(ctx, caseIdOrRef);
      return storeCall(() => ctx.store.effects(caseId));
    },
    failedEffects: (query) =>
      storeCall(() =>
        ctx.store.deadEffects({
          ...(query?.types ? { types: query.types } : {}),
          limit: query?.limit ?? 100,
        }),
      ),
    retryEffect: async (effectId) => {
      const retried = await storeCall(() => ctx.store.retryEffect(effectId, ctx.clock.now()));
      if (retried) for (const delivery of deliveries) void delivery.idle();
      return retried;
    },
    runDueTimers: () => runDueTimers(ctx),
    startScheduler: (schedulerOptions) => scheduler.start(schedulerOptions),
    verify: (caseIdOrRef) => verifyCase(ctx, caseIdOrRef),
    auditCheckpoint: () => auditCheckpoint(ctx),
    verifyCheckpoint: (checkpoint) => verifyCheckpoint(ctx, checkpoint),
    signRecords: () => signRecords(ctx),
    async close() {
      await Promise.all([
        scheduler.stop(),
        feed.close(),
        ...[...deliveries].map((delivery) => delivery.stop()),
      ]);
      deliveries.clear();
      await ctx.mutex.idle();
      await ctx.store.flush?.();
    },
  };
}
