import { createHmac, randomUUID } from 'node:crypto';
import type { AnyMachineSnapshot } from 'xstate';
import { GENESIS_HASH, hashCommand, hashEvent, type VerifyReport, verifyEvents } from './auditChain.js';
import { CaseError, isCaseError, misreadRefError } from './caseError.js';
import { createCaseRef, looksLikeCaseRef, parseCaseRef } from './caseRef.js';
import type { CaseChange, CaseRecord, CaseStore, CommitResult, TimerRecord } from './caseStore.js';
import { createViewBuilder } from './caseView.js';
import { describeService } from './describeService.js';
import { citizenKeys } from './citizenKeys.js';
import { systemClock } from './clock.js';
import { type Decision, decideEvent, decideOpen, restoreSnapshot } from './decide.js';
import type { AnyServiceDefinition, CommandEventFrom, InputFrom } from './defineService.js';
import { createEmitter } from './emitter.js';
import { createKeyedMutex } from './keyedMutex.js';
import { memoryStore } from './memoryStore.js';
import {
  type CaseEffect,
  type CaseEvent,
  type CaseView,
  type Citizen,
  type CitizenQuery,
  type Clock,
  type Logger,
  type OpenCommand,
  type RouterClient,
  SYSTEM_CHANNEL,
  type SendOptions,
  type Via,
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
const MAX_CACHED_CASES = 10_000;
const TIMER_BATCH = 256;
/** The router events that publish a committed change. */
const CHANGE_EVENTS = ['case.changed', 'case.opened', 'case.effect'] as const;

function invalidInput(message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_INPUT', message, details);
}

function checkVia(via: unknown): asserts via is Via {
  const candidate = via as Via | undefined;
  if (
    !candidate ||
    typeof candidate.channel !== 'string' ||
    candidate.channel.length === 0 ||
    !candidate.actor ||
    typeof candidate.actor.id !== 'string' ||
    candidate.actor.id.length === 0
  ) {
    throw invalidInput('via must be { channel, actor: { id } }');
  }
}

function checkCitizen(citizen: unknown): asserts citizen is Citizen | undefined {
  if (citizen === undefined) return;
  if (typeof citizen !== 'object' || citizen === null) throw invalidInput('citizen must be an object');
  for (const [key, value] of Object.entries(citizen)) {
    if (!['phone', 'idNumber', 'accountId'].includes(key)) {
      throw invalidInput(`citizen.${key} is not a known identifier (phone, idNumber, accountId)`);
    }
    if (value !== undefined && (typeof value !== 'string' || value.trim().length === 0)) {
      throw invalidInput(`citizen.${key} must be a non-empty string`);
    }
  }
}

/** Waits a random 0 to 2^attempt ms (at most 64 ms) before deciding again after a conflict. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(64, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function deterministicUuid(secret: string, seed: string): string {
  const hex = createHmac('sha256', secret).update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
  const store = options.store ?? memoryStore();
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  const secret = options.secret ?? DEV_SECRET;
  const maxRetries = options.maxConflictRetries ?? 16;
  const leaseMs = options.timerLeaseMs ?? 30_000;
  const nodeId = randomUUID();
  if (options.secret === undefined) {
    logger?.warn(
      {},
      'onecase: no secret given; using the development secret (identifier hashes are guessable)',
    );
  }

  const registry = new Map<string, Map<number, AnyServiceDefinition>>();
  const latest = new Map<string, AnyServiceDefinition>();
  for (const service of options.services ?? []) {
    if (typeof service?.key !== 'string' || typeof service.channelEvents !== 'function') {
      throw new CaseError('INVALID_DEFINITION', 'createRouter: services must be made with defineService()');
    }
    const versions = registry.get(service.id) ?? new Map<number, AnyServiceDefinition>();
    if (versions.has(service.version)) {
      throw new CaseError('INVALID_DEFINITION', `Service '${service.key}' is registered twice`, {
        service: service.id,
      });
    }
    versions.set(service.version, service);
    registry.set(service.id, versions);
    if ((latest.get(service.id)?.version ?? 0) < service.version) latest.set(service.id, service);
  }
  const services = [...registry.values()].flatMap((versions) => [...versions.values()]);

  const emitter = createEmitter<RouterEvents>((error, type) => {
    logger?.error({ err: error, event: type }, 'onecase: a subscriber threw');
    if (type !== 'error') emitter.emit('error', { error, where: `listener of ${String(type)}` });
  });
  const mutex = createKeyedMutex();
  const toCaseView = createViewBuilder();
  /**
   * The last record this router read or wrote per case, with its revived snapshot. A send
   * decides on it without reading the store first and lets the store's compare-and-set catch
   * a stale one (then reloads), which saves a round trip per command on a database.
   */
  const latestSeen = new Map<string, { record: CaseRecord; snapshot: AnyMachineSnapshot }>();

  function serviceFor(record: CaseRecord): AnyServiceDefinition {
    const service = registry.get(record.serviceId)?.get(record.serviceVersion);
    if (!service) {
      throw new CaseError(
        'UNKNOWN_SERVICE',
        `Case ${record.ref} runs service '${record.serviceId}' version ${record.serviceVersion}, which this router does not register`,
        { service: record.serviceId, version: record.serviceVersion },
      );
    }
    return service;
  }

  function snapshotOf(service: AnyServiceDefinition, record: CaseRecord): AnyMachineSnapshot {
    const cached = latestSeen.get(record.id);
    if (cached && cached.record.version === record.version) return cached.snapshot;
    const snapshot = restoreSnapshot(service, record.snapshot);
    remember(record, snapshot);
    return snapshot;
  }

  function remember(record: CaseRecord, snapshot: AnyMachineSnapshot): void {
    latestSeen.delete(record.id);
    if (latestSeen.size >= MAX_CACHED_CASES) latestSeen.delete(latestSeen.keys().next().value!);
    latestSeen.set(record.id, { record, snapshot });
  }

  async function storeCall<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isCaseError(error)) throw error;
      throw new CaseError(
        'STORE_UNAVAILABLE',
        `The case store failed: ${(error as Error)?.message ?? error}`,
        {},
        {
          cause: error,
        },
      );
    }
  }

  async function resolveCaseId(caseIdOrRef: string): Promise<string> {
    if (typeof caseIdOrRef !== 'string' || caseIdOrRef.length === 0 || caseIdOrRef.length > 200) {
      throw invalidInput('A case id or reference is required');
    }
    if (!looksLikeCaseRef(caseIdOrRef)) return caseIdOrRef;
    const parsed = parseCaseRef(caseIdOrRef);
    if (!parsed.valid) throw misreadRefError(parsed.ref);
    const id = await storeCall(() => store.resolveRef(parsed.ref));
    if (!id) throw new CaseError('UNKNOWN_CASE', `No case ${parsed.ref}`, { ref: parsed.ref });
    return id;
  }

  async function loadRecord(caseId: string): Promise<CaseRecord> {
    const record = await storeCall(() => store.load(caseId));
    if (!record) throw new CaseError('UNKNOWN_CASE', `No case ${caseId}`, { caseId });
    return record;
  }

  function view(record: CaseRecord): CaseView {
    const service = serviceFor(record);
    return toCaseView(service, record, snapshotOf(service, record), clock.now());
  }

  function buildEvent(
    record: CaseRecord | undefined,
    caseId: string,
    fields: Pick<CaseEvent, 'type' | 'payload' | 'via' | 'at' | 'idempotencyKey' | 'commandHash' | 'effects'>,
    snapshot: AnyMachineSnapshot,
  ): CaseEvent {
    const unsigned = {
      caseId,
      seq: (record?.version ?? 0) + 1,
      ...fields,
      stateAfter: snapshot.value,
      prevHash: record?.lastHash ?? GENESIS_HASH,
    };
    return { ...unsigned, hash: hashEvent(secret, unsigned) };
  }

  function timersToArm(caseId: string, seq: number, decision: Decision, at: number): TimerRecord[] {
    return decision.arm.map((timer) => ({
      id: `${caseId}:${seq}:${timer.sendId}`,
      caseId,
      sendId: timer.sendId,
      event: timer.event,
      dueAt: at + timer.delay,
    }));
  }

  function publish(record: CaseRecord, event: CaseEvent, remote: boolean): CaseView {
    const caseView = view(record);
    if (event.seq === 1) emitter.emit('case.opened', { case: caseView, event, remote });
    emitter.emit('case.changed', { case: caseView, event, remote });
    for (const effect of event.effects)
      emitter.emit('case.effect', { case: caseView, effect, event, remote });
    return caseView;
  }

  function refuse(error: unknown, command: RouterEvents['case.refused']['command'], caseId?: string): never {
    if (isCaseError(error)) {
      logger?.info(
        { code: error.code, caseId, type: command.type, channel: command.via?.channel },
        'command refused',
      );
      emitter.emit('case.refused', {
        ...(caseId !== undefined ? { caseId } : {}),
        command,
        error,
      });
    } else {
      logger?.error({ err: error, caseId, type: command.type }, 'command failed');
    }
    throw error;
  }

  async function replay(
    caseId: string,
    stored: CaseEvent,
    commandHash: string,
    key: string,
  ): Promise<CaseView> {
    if (stored.commandHash !== commandHash) {
      throw new CaseError(
        'IDEMPOTENCY_MISMATCH',
        `Idempotency key '${key}' was already used for a different command on this case`,
        { idempotencyKey: key, storedType: stored.type, storedSeq: stored.seq },
      );
    }
    return view(await loadRecord(caseId));
  }

  function conflictError(record: CaseRecord | undefined, expected: number, actual: number): CaseError {
    return new CaseError(
      'VERSION_CONFLICT',
      `Case ${record?.ref ?? ''} is at version ${actual}, not ${expected}: reload it and decide again`,
      { expectedVersion: expected, actualVersion: actual },
    );
  }

  async function open(command: OpenCommand): Promise<CaseView> {
    const commandInfo = { type: 'case.open', via: command?.via };
    try {
      if (!command || typeof command !== 'object') throw invalidInput('open() needs { service, input, via }');
      checkVia(command.via);
      const service = latest.get(command.service);
      if (!service) {
        throw new CaseError('UNKNOWN_SERVICE', `No service '${String(command.service)}'`, {
          service: command.service,
          known: [...latest.keys()],
        });
      }
      const via = command.via;
      if (!service.canOpen(via.channel)) {
        throw new CaseError(
          'CHANNEL_FORBIDDEN',
          `Service '${service.id}' cannot be opened from channel '${via.channel}'`,
          {
            channel: via.channel,
            service: service.id,
            channels: service.open ?? Object.keys(service.channels),
          },
        );
      }
      const parsed = service.input.safeParse(command.input);
      if (!parsed.success) {
        throw invalidInput(`Invalid input for service '${service.id}'`, { issues: parsed.error.issues });
      }
      checkCitizen(command.citizen);
      const keys = citizenKeys(secret, command.citizen);
      const key = command.idempotencyKey;
      if (key !== undefined && (typeof key !== 'string' || key.length === 0 || key.length > 200)) {
        throw invalidInput('idempotencyKey must be a string of 1 to 200 characters');
      }
      // Only a retry can be compared with its first attempt, and only a keyed command can be retried.
      const commandHash =
        key === undefined
          ? ''
          : hashCommand(secret, {
              service: service.id,
              input: parsed.data,
              citizenKeys: keys,
              channel: via.channel,
            });
      const caseId = key === undefined ? randomUUID() : deterministicUuid(secret, `open:${key}`);

      return await mutex.run(caseId, async () => {
        for (let attempt = 0; attempt <= maxRetries; attempt++) {
          if (key !== undefined) {
            const existing = await storeCall(() => store.eventByIdempotencyKey(caseId, key));
            if (existing) return replay(caseId, existing, commandHash, key);
          }
          const at = clock.now();
          const payload = parsed.data as Record<string, unknown>;
          const decision = decideOpen(service, { ...payload, at, via });
          const refSeed =
            key === undefined
              ? undefined
              : createHmac('sha256', secret).update(`ref:${key}:${attempt}`).digest();
          const record: CaseRecord = {
            id: caseId,
            ref: createCaseRef(service.refPrefix, refSeed),
            serviceId: service.id,
            serviceVersion: service.version,
            snapshot: service.machine.getPersistedSnapshot(decision.snapshot),
            version: 1,
            openedAt: at,
            updatedAt: at,
            openedVia: via,
            citizenKeys: keys,
            lastHash: '',
          };
          const event = buildEvent(
            undefined,
            caseId,
            {
              type: 'case.open',
              payload,
              via,
              at,
              idempotencyKey: key ?? null,
              commandHash,
              effects: decision.effects,
            },
            decision.snapshot,
          );
          record.lastHash = event.hash;
          const result: CommitResult = await storeCall(() =>
            store.commit({
              record,
              expectedVersion: 0,
              origin: nodeId,
              event,
              timers: { cancel: [], arm: timersToArm(caseId, 1, decision, at) },
            }),
          );
          if (result.status === 'committed') {
            remember(record, decision.snapshot);
            logger?.debug(
              { caseId, ref: record.ref, service: service.key, channel: via.channel },
              'case opened',
            );
            return publish(record, event, false);
          }
          if (result.status === 'duplicate') return replay(caseId, result.event, commandHash, key ?? '');
          if (result.status === 'conflict' && key === undefined) {
            throw new CaseError('STORE_UNAVAILABLE', `Case id ${caseId} already exists in the store`);
          }
          // ref-taken: another case holds this reference; try the next one.
        }
        throw new CaseError('STORE_UNAVAILABLE', 'Could not allocate a free case reference');
      });
    } catch (error) {
      return refuse(error, commandInfo);
    }
  }

  async function sendLocked(
    caseId: string,
    type: string,
    rawPayload: Record<string, unknown>,
    options: SendOptions,
  ): Promise<CaseView> {
    const { via, idempotencyKey: key, expectedVersion } = options;
    for (let attempt = 0; attempt <= maxRetries; attempt++) {
      // First try on what this router last saw; anything refused on it is confirmed on a fresh read.
      const seen = attempt === 0 ? latestSeen.get(caseId)?.record : undefined;
      const record = seen ?? (await loadRecord(caseId));
      const service = serviceFor(record);
      if (!(type in service.events)) {
        throw invalidInput(`Service '${service.id}' has no event '${type}'`, {
          event: type,
          events: Object.keys(service.events),
        });
      }
      if (!service.channelEvents(via.channel).has(type)) {
        throw new CaseError(
          'CHANNEL_FORBIDDEN',
          `Channel '${via.channel}' may not send '${type}' to ${record.ref}`,
          {
            channel: via.channel,
            event: type,
            channels: Object.keys(service.channels).filter((channel) =>
              service.channelEvents(channel).has(type),
            ),
          },
        );
      }
      const parsed = service.events[type]!.safeParse(rawPayload);
      if (!parsed.success) {
        throw invalidInput(`Invalid payload for '${type}'`, { event: type, issues: parsed.error.issues });
      }
      const payload = parsed.data;
      const commandHash =
        key === undefined ? '' : hashCommand(secret, { type, payload, channel: via.channel });
      // A retried command is usually caught by the commit (its key is taken); a refusal is
      // checked against the stored outcome first, since the retry may find the case moved on.
      const storedOutcome = async () => {
        const stored =
          key === undefined ? undefined : await storeCall(() => store.eventByIdempotencyKey(caseId, key));
        return stored && replay(caseId, stored, commandHash, key!);
      };
      if (expectedVersion !== undefined && expectedVersion !== record.version) {
        if (seen) continue;
        const outcome = await storedOutcome();
        if (outcome) return outcome;
        throw conflictError(record, expectedVersion, record.version);
      }
      const snapshot = snapshotOf(service, record);
      const at = clock.now();
      const decision = decideEvent(service, snapshot, { ...payload, type, at, via });
      if (!decision) {
        if (seen) continue;
        const outcome = await storedOutcome();
        if (outcome) return outcome;
        const current = toCaseView(service, record, snapshot, at);
        throw new CaseError(
          'EVENT_NOT_ALLOWED',
          `${record.ref} is in state ${JSON.stringify(current.state.value)} and cannot take '${type}' now`,
          { event: type, state: current.state.value, allowed: current.allowed[via.channel] ?? [] },
        );
      }
      const committed = await commitDecision(record, service, decision, {
        type,
        payload,
        via,
        at,
        idempotencyKey: key ?? null,
        commandHash,
      });
      if (committed.status === 'committed') return committed.view;
      if (committed.status === 'duplicate') return replay(caseId, committed.event, commandHash, key ?? '');
      if (expectedVersion !== undefined)
        throw conflictError(record, expectedVersion, committed.actualVersion);
      // Lost a race with another router: a repeated instant retry could lose every time.
      if (!seen) await backoff(attempt);
    }
    throw new CaseError(
      'VERSION_CONFLICT',
      `Gave up after ${maxRetries + 1} version conflicts on case ${caseId}`,
      {
        retries: maxRetries,
      },
    );
  }

  async function commitDecision(
    record: CaseRecord,
    service: AnyServiceDefinition,
    decision: Decision,
    fields: Pick<CaseEvent, 'type' | 'payload' | 'via' | 'at' | 'idempotencyKey' | 'commandHash'>,
    firedTimer?: string,
  ): Promise<
    | { status: 'committed'; view: CaseView; event: CaseEvent }
    | { status: 'duplicate'; event: CaseEvent }
    | { status: 'conflict'; actualVersion: number }
  > {
    const event = buildEvent(record, record.id, { ...fields, effects: decision.effects }, decision.snapshot);
    const next: CaseRecord = {
      ...record,
      snapshot: service.machine.getPersistedSnapshot(decision.snapshot),
      version: event.seq,
      updatedAt: fields.at,
      lastHash: event.hash,
    };
    const result = await storeCall(() =>
      store.commit({
        record: next,
        expectedVersion: record.version,
        origin: nodeId,
        event,
        timers: {
          cancel: decision.cancel,
          arm: timersToArm(record.id, event.seq, decision, fields.at),
          ...(firedTimer !== undefined ? { fired: firedTimer } : {}),
        },
      }),
    );
    if (result.status === 'committed') {
      remember(next, decision.snapshot);
      logger?.debug(
        { caseId: record.id, ref: record.ref, type: fields.type, version: next.version },
        'case changed',
      );
      return { status: 'committed', view: publish(next, event, false), event };
    }
    if (result.status === 'duplicate') return result;
    if (result.status === 'conflict') {
      latestSeen.delete(record.id);
      return result;
    }
    throw new CaseError(
      'STORE_UNAVAILABLE',
      `Unexpected commit result '${result.status}' for an existing case`,
    );
  }

  async function send(caseIdOrRef: string, event: { type: string }, options: SendOptions): Promise<CaseView> {
    const type = typeof event?.type === 'string' ? event.type : '';
    let caseId: string | undefined;
    try {
      if (!event || typeof event !== 'object' || type.length === 0) {
        throw invalidInput('An event needs a string type: { type, ...payload }');
      }
      checkVia(options?.via);
      const { expectedVersion, idempotencyKey } = options;
      if (expectedVersion !== undefined && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
        throw invalidInput('expectedVersion must be a non-negative integer');
      }
      if (
        idempotencyKey !== undefined &&
        (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0)
      ) {
        throw invalidInput('idempotencyKey must be a non-empty string');
      }
      if (options.via.channel === SYSTEM_CHANNEL) {
        throw new CaseError(
          'CHANNEL_FORBIDDEN',
          `Channel '${SYSTEM_CHANNEL}' is reserved for the router's timers`,
          {
            channel: SYSTEM_CHANNEL,
          },
        );
      }
      const { type: _type, ...payload } = event as Record<string, unknown>;
      const id = await resolveCaseId(caseIdOrRef);
      caseId = id;
      return await mutex.run(id, () => sendLocked(id, type, payload, options));
    } catch (error) {
      return refuse(error, { type, via: options?.via }, caseId);
    }
  }

  async function fireTimer(timer: TimerRecord): Promise<boolean> {
    return mutex.run(timer.caseId, async () => {
      const key = `timer:${timer.id}`;
      const discard = async () => {
        await storeCall(() => store.deleteTimer(timer.id));
        return false;
      };
      for (let attempt = 0; attempt <= maxRetries; attempt++) {
        // As in send: decide on what this router last saw; a timer that already fired
        // elsewhere is caught by its idempotency key at the commit.
        const seen = attempt === 0 ? latestSeen.get(timer.caseId)?.record : undefined;
        const record = seen ?? (await storeCall(() => store.load(timer.caseId)));
        if (!record) return discard();
        const service = serviceFor(record);
        const at = clock.now();
        const via: Via = { channel: SYSTEM_CHANNEL, actor: { id: 'scheduler' } };
        const decision = decideEvent(service, snapshotOf(service, record), { ...timer.event, at, via });
        if (!decision) {
          if (seen) continue;
          return discard();
        }
        const { type, ...payload } = timer.event;
        const committed = await commitDecision(
          record,
          service,
          decision,
          {
            type,
            payload,
            via,
            at,
            idempotencyKey: key,
            commandHash: hashCommand(secret, { timer: timer.id }),
          },
          timer.id,
        );
        if (committed.status === 'committed') {
          emitter.emit('timer.fired', { case: committed.view, timer, event: committed.event });
          return true;
        }
        if (committed.status === 'duplicate') return discard();
        if (!seen) await backoff(attempt);
      }
      return false;
    });
  }

  async function runDueTimers(): Promise<number> {
    let fired = 0;
    for (;;) {
      const due = await storeCall(() => store.claimDueTimers(clock.now(), { limit: TIMER_BATCH, leaseMs }));
      if (due.length === 0) return fired;
      const results = await Promise.all(due.map(fireTimer));
      fired += results.filter(Boolean).length;
    }
  }

  let scheduler: ReturnType<typeof setInterval> | undefined;
  let tick: Promise<void> = Promise.resolve();
  function startScheduler({ intervalMs = 1000 }: { intervalMs?: number } = {}): void {
    if (scheduler) return;
    const run = () => {
      tick = tick.then(async () => {
        try {
          await runDueTimers();
        } catch (error) {
          logger?.error({ err: error }, 'onecase: running due timers failed');
          emitter.emit('error', { error, where: 'scheduler' });
        }
      });
    };
    run();
    scheduler = setInterval(run, intervalMs);
    scheduler.unref?.();
  }

  const unwatch = store.watch?.((change: CaseChange) => {
    if (change.origin === nodeId) return;
    // Reading a remote change costs two store reads: only worth it when someone listens.
    if (!CHANGE_EVENTS.some((type) => emitter.has(type))) return;
    void (async () => {
      const record = await store.load(change.caseId);
      const [event] = await store.events(change.caseId, { fromSeq: change.version });
      if (!record || !event || event.seq !== change.version) return;
      // The view shows the latest state, which may already be past this event.
      publish(record, event, true);
    })().catch((error) => {
      logger?.error({ err: error, caseId: change.caseId }, 'onecase: reading a remote change failed');
      emitter.emit('error', { error, where: 'change feed' });
    });
  });

  const router: Router<TServices> = {
    services,
    service(id, version) {
      return version === undefined ? latest.get(id) : registry.get(id)?.get(version);
    },
    open: open as Router<TServices>['open'],
    send: send as Router<TServices>['send'],
    async get(caseIdOrRef) {
      return view(await loadRecord(await resolveCaseId(caseIdOrRef)));
    },
    async history(caseIdOrRef) {
      const caseId = await resolveCaseId(caseIdOrRef);
      await loadRecord(caseId);
      return storeCall(() => store.events(caseId));
    },
    async find(query: CitizenQuery) {
      checkCitizen(query);
      const keys = citizenKeys(secret, query);
      if (keys.length === 0) throw invalidInput('find() needs a phone, idNumber or accountId');
      const records = await storeCall(() => store.findByCitizenKeys(keys));
      return records.map(view);
    },
    on: emitter.on,
    runDueTimers,
    startScheduler,
    async verify(caseIdOrRef) {
      const caseId = await resolveCaseId(caseIdOrRef);
      const record = await loadRecord(caseId);
      const events = await storeCall(() => store.events(caseId));
      return verifyEvents(secret, caseId, events, record);
    },
    async timers(caseIdOrRef) {
      const caseId = await resolveCaseId(caseIdOrRef);
      return storeCall(() => store.timers(caseId));
    },
    async appliedEvent(caseIdOrRef, idempotencyKey) {
      if (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0) {
        throw invalidInput('idempotencyKey must be a non-empty string');
      }
      const caseId = await resolveCaseId(caseIdOrRef);
      await loadRecord(caseId);
      return storeCall(() => store.eventByIdempotencyKey(caseId, idempotencyKey));
    },
    async catalogue() {
      return [...latest.values()].map(describeService);
    },
    async close() {
      if (scheduler) clearInterval(scheduler);
      scheduler = undefined;
      unwatch?.();
      await tick;
      await mutex.idle();
    },
  };
  return router;
}
