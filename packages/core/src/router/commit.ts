import type { AnyMachineSnapshot } from 'xstate';
import { GENESIS_HASH, hashEvent } from '../auditChain.js';
import { CaseError, isCaseError } from '../caseError.js';
import type { CaseRecord, CommittedChange, TimerRecord } from '../caseStore.js';
import type { Decision } from '../decide.js';
import type { AnyServiceDefinition } from '../defineService.js';
import type { RouterEvents } from '../createRouter.js';
import type { CaseEvent, CaseView } from '../types.js';
import { checkPlainJson } from './checkCommand.js';
import { type RouterContext, storeCall } from './routerContext.js';
import { signedRecord } from './recordSignature.js';
import { searchFields } from './searchFields.js';

/** The fields of an event that the command supplies; the commit adds sequence, state, effects and hashes. */
export type CommandFields = Pick<
  CaseEvent,
  'type' | 'payload' | 'via' | 'at' | 'idempotencyKey' | 'commandHash'
>;

export type CommitOutcome =
  | { status: 'committed'; view: CaseView; event: CaseEvent; record: CaseRecord }
  | { status: 'duplicate'; event: CaseEvent }
  | { status: 'conflict'; actualVersion: number }
  | { status: 'ref-taken' };

/** The event of a decision, linked to the case's previous event and signed with the router secret. */
export function buildEvent(
  ctx: RouterContext,
  previous: CaseRecord | undefined,
  caseId: string,
  fields: CommandFields,
  decision: Decision,
): CaseEvent {
  const event: CaseEvent = {
    caseId,
    seq: (previous?.version ?? 0) + 1,
    ...fields,
    effects: decision.effects,
    stateAfter: decision.snapshot.value,
    prevHash: previous?.lastHash ?? GENESIS_HASH,
    hash: '',
  };
  // Signed in place (the hash covers every field but itself): one object per event, not two.
  event.hash = hashEvent(ctx.secret, event);
  return event;
}

/** The durable timers a decision arms, due from the command's time. */
export function timersToArm(caseId: string, seq: number, decision: Decision, at: number): TimerRecord[] {
  return decision.arm.map((timer) => ({
    id: `${caseId}:${seq}:${timer.sendId}`,
    caseId,
    sendId: timer.sendId,
    event: timer.event,
    dueAt: at + timer.delay,
  }));
}

/** The case view of a record, decided on the cached snapshot when it is current. */
export function viewOf(ctx: RouterContext, record: CaseRecord): CaseView {
  const service = ctx.registry.forRecord(record);
  return ctx.toCaseView(service, record, ctx.cache.snapshotOf(service, record), ctx.clock.now());
}

/**
 * Commits one decision atomically — the event, the new snapshot and the timer changes —
 * and publishes it once committed. `previous` is the record the decision was made on
 * (`undefined` opens the case as `opening`).
 */
export async function commitDecision(
  ctx: RouterContext,
  service: AnyServiceDefinition,
  previous: CaseRecord | undefined,
  decision: Decision,
  fields: CommandFields,
  options: { opening?: CaseRecord; firedTimer?: string } = {},
): Promise<CommitOutcome> {
  const base = previous ?? options.opening;
  if (!base) throw new CaseError('STORE_UNAVAILABLE', 'commitDecision needs a case record');
  const persisted = service.machine.getPersistedSnapshot(decision.snapshot) as { context?: unknown };
  checkPlainJson(persisted.context, 'context');
  const event = buildEvent(ctx, previous, base.id, fields, decision);
  const timers = {
    cancel: decision.cancel,
    arm: timersToArm(base.id, event.seq, decision, fields.at),
    ...(options.firedTimer !== undefined ? { fired: options.firedTimer } : {}),
  };
  // Signed in the same commit; a record from before signatures has its timers read once.
  const next = await signedRecord(
    ctx.secret,
    {
      ...base,
      snapshot: persisted,
      version: event.seq,
      updatedAt: fields.at,
      lastHash: event.hash,
      search: searchFields(service, decision.snapshot),
    },
    previous === undefined
      ? []
      : (previous.armedTimers ?? (() => storeCall(() => ctx.store.timers(base.id)))),
    timers,
  );
  const result = await storeCall(() =>
    ctx.store.commit({
      record: next,
      expectedVersion: previous?.version ?? 0,
      origin: ctx.nodeId,
      event,
      timers,
    }),
  );
  if (result.status === 'committed') {
    ctx.cache.remember(next, decision.snapshot);
    ctx.logger?.debug(
      { caseId: next.id, ref: next.ref, type: fields.type, version: next.version },
      event.seq === 1 ? 'case opened' : 'case changed',
    );
    const view = publish(ctx, { record: next, event, position: result.position, origin: ctx.nodeId });
    for (const effect of event.effects)
      ctx.emitter.emit('case.effect', { case: view, effect, event, remote: false });
    return { status: 'committed', view, event, record: next };
  }
  if (result.status === 'conflict') ctx.cache.forget(base.id);
  return result;
}

/**
 * Tells subscribers about a committed event, local or read from the feed; returns the case
 * view it published. Effects are not republished here: `case.effect` is the committing
 * node's in-process notice, and effect delivery goes through the outbox (`handleEffects`).
 */
export function publish(ctx: RouterContext, change: CommittedChange): CaseView {
  const view = viewOf(ctx, change.record);
  const payload = {
    case: view,
    event: change.event,
    remote: change.origin !== ctx.nodeId,
    position: change.position,
  };
  if (change.event.seq === 1) ctx.emitter.emit('case.opened', payload);
  ctx.emitter.emit('case.changed', payload);
  for (const listener of ctx.published) listener(change, view);
  return view;
}

/** Reports a refused command to subscribers and the log, then rethrows it. */
export function refuse(
  ctx: RouterContext,
  error: unknown,
  command: RouterEvents['case.refused']['command'],
  caseId?: string,
): never {
  if (isCaseError(error)) {
    ctx.logger?.info(
      { code: error.code, caseId, type: command.type, channel: command.via?.channel },
      'command refused',
    );
    ctx.emitter.emit('case.refused', { ...(caseId !== undefined ? { caseId } : {}), command, error });
  } else {
    ctx.logger?.error({ err: error, caseId, type: command.type }, 'command failed');
  }
  throw error;
}

/** The stored outcome of a retried keyed command, or `IDEMPOTENCY_MISMATCH` when the key did something else. */
export async function replay(
  ctx: RouterContext,
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
  return viewOf(ctx, await loadRecord(ctx, caseId));
}

export async function loadRecord(ctx: RouterContext, caseId: string): Promise<CaseRecord> {
  const record = await storeCall(() => ctx.store.load(caseId));
  if (!record) throw new CaseError('UNKNOWN_CASE', `No case ${caseId}`, { caseId });
  return record;
}

export function conflictError(record: CaseRecord | undefined, expected: number, actual: number): CaseError {
  return new CaseError(
    'VERSION_CONFLICT',
    `Case ${record?.ref ?? ''} is at version ${actual}, not ${expected}: reload it and decide again`,
    { expectedVersion: expected, actualVersion: actual },
  );
}

/** The revived snapshot of a record (cached when current). */
export function snapshotOf(
  ctx: RouterContext,
  service: AnyServiceDefinition,
  record: CaseRecord,
): AnyMachineSnapshot {
  return ctx.cache.snapshotOf(service, record);
}
