import { CaseError } from './caseError.js';
import type { VerifyReport } from './auditChain.js';
import type { CaseStore, TimerRecord } from './caseStore.js';
import { describeService } from './describeService.js';
import { systemClock } from './clock.js';
import type { AnyServiceDefinition, CommandEventFrom, InputFrom } from './defineService.js';
import { memoryStore } from './memoryStore.js';
import { startChangeFeed } from './router/changeFeed.js';
import { openCase } from './router/openCase.js';
import { appliedEvent, caseHistory, caseTimers, findCases, getCase, verifyCase } from './router/readCase.js';
import { jitteredRetryPolicy } from './router/retryPolicy.js';
import { createRouterContext } from './router/routerContext.js';
import { sendEvent } from './router/sendEvent.js';
import { createServiceRegistry } from './router/serviceRegistry.js';
import { createScheduler, runDueTimers } from './router/timers.js';
import type {
  CaseEffect,
  CaseEvent,
  CaseView,
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
}

/** What subscribers receive; every payload carries the case view after the change. */
export interface RouterEvents {
  /** A case was opened (also published as `case.changed` with version 1). */
  'case.opened': { case: CaseView; event: CaseEvent; remote: boolean };
  /** A command was committed on a case, here or (`remote`) on another router sharing the store. */
  'case.changed': { case: CaseView; event: CaseEvent; remote: boolean };
  /** A command was refused; nothing changed. */
  'case.refused': { caseId?: string; ref?: string; command: { type: string; via?: Via }; error: CaseError };
  /** The machine emitted an effect with `emit()`; published only after the commit. */
  'case.effect': { case: CaseView; effect: CaseEffect; event: CaseEvent; remote: boolean };
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
  on<K extends keyof RouterEvents>(type: K, listener: (payload: RouterEvents[K]) => void): () => void;
  /** Fires every durable timer due at the clock's now; resolves with how many fired. */
  runDueTimers(): Promise<number>;
  /** Fires due timers now and then every `intervalMs` (default 1000) until `close()`. */
  startScheduler(options?: { intervalMs?: number }): void;
  /** Re-walks the case's audit chain and reports edited or removed events. */
  verify(caseIdOrRef: string): Promise<VerifyReport>;
  /** The registered services (every version). */
  readonly services: readonly AnyServiceDefinition[];
  /** A registered service: the given version, or the highest. */
  service(id: string, version?: number): AnyServiceDefinition | undefined;
  /** Stops the scheduler and the change feed and waits for commands in flight. */
  close(): Promise<void>;
}

const DEV_SECRET = 'onecase-development-secret-do-not-use-in-production';

/** Without a secret, identifier hashes and the audit chain are keyed with a public value: say so loudly. */
function secretOf(options: { secret?: string; logger?: Logger }): string {
  if (options.secret !== undefined) {
    if (typeof options.secret !== 'string' || options.secret.length === 0) {
      throw new CaseError('INVALID_DEFINITION', 'createRouter: secret must be a non-empty string');
    }
    return options.secret;
  }
  if (process.env.NODE_ENV === 'production') {
    throw new CaseError(
      'INVALID_DEFINITION',
      'createRouter: no secret given and NODE_ENV=production; pass { secret } (identifier hashes and the audit chain are keyed with it)',
    );
  }
  const warning =
    'onecase: no secret given; using the public development secret (identifier hashes are guessable, the audit chain can be forged)';
  if (options.logger) options.logger.warn({}, warning);
  else process.stderr.write(`${warning}\n`);
  return DEV_SECRET;
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
    secret: secretOf(options),
    logger: options.logger,
    registry: createServiceRegistry(options.services),
    retry: jitteredRetryPolicy(options.maxConflictRetries ?? 16),
    timerLeaseMs: options.timerLeaseMs ?? 30_000,
  });
  const scheduler = createScheduler(ctx);
  const stopFeed = startChangeFeed(ctx);

  return {
    services: ctx.registry.services,
    service: (id, version) => ctx.registry.get(id, version),
    open: ((command: OpenCommand) => openCase(ctx, command)) as Router<TServices>['open'],
    send: ((caseIdOrRef: string, event: { type: string }, sendOptions) =>
      sendEvent(ctx, caseIdOrRef, event, sendOptions)) as Router<TServices>['send'],
    get: (caseIdOrRef) => getCase(ctx, caseIdOrRef),
    history: (caseIdOrRef) => caseHistory(ctx, caseIdOrRef),
    find: (query) => findCases(ctx, query),
    appliedEvent: (caseIdOrRef, key) => appliedEvent(ctx, caseIdOrRef, key),
    timers: (caseIdOrRef) => caseTimers(ctx, caseIdOrRef),
    catalogue: async () => [...ctx.registry.latest.values()].map(describeService),
    on: ctx.emitter.on,
    runDueTimers: () => runDueTimers(ctx),
    startScheduler: (schedulerOptions) => scheduler.start(schedulerOptions),
    verify: (caseIdOrRef) => verifyCase(ctx, caseIdOrRef),
    async close() {
      stopFeed();
      await scheduler.stop();
      await ctx.mutex.idle();
    },
  };
}
