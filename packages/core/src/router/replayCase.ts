import type { AnyMachineSnapshot } from 'xstate';
import type { VerifyReport } from '../auditChain.js';
import { canonicalJson } from '../canonicalJson.js';
import type { CaseRecord, TimerRecord } from '../caseStore.js';
import { decideEvent, decideOpen, type Decision } from '../decide.js';
import type { AnyServiceDefinition } from '../defineService.js';
import { type CaseEvent, SYSTEM_CHANNEL } from '../types.js';
import { timersToArm } from './commit.js';
import { armedAfter, sameTimer } from './recordSignature.js';
import { searchFields } from './searchFields.js';

type Problems = VerifyReport['problems'];

const TIMER_KEY = 'timer:';
const REPLAY_VIA = { channel: SYSTEM_CHANNEL, actor: { id: 'scheduler' } };
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Decides one stored event again, as the router decided it when it was committed. */
function decideStored(
  service: AnyServiceDefinition,
  snapshot: AnyMachineSnapshot | undefined,
  event: CaseEvent,
): Decision | undefined {
  const { payload, type, at, via } = event;
  if (snapshot === undefined) return decideOpen(service, { ...payload, at, via });
  return decideEvent(service, snapshot, { ...payload, type, at, via });
}

/**
 * Replays a case's (chain-checked) events through its pinned machine version — deciders are
 * deterministic given each event's `at` — and reports where the stored record or timers differ
 * from what those events produce: a replaced snapshot, edited queryable fields, a deleted,
 * added or moved timer.
 */
export function replayProblems(
  service: AnyServiceDefinition,
  record: CaseRecord,
  events: readonly CaseEvent[],
  storedTimers: readonly TimerRecord[],
): Problems {
  const problems: Problems = [];
  const opening = events[0];
  // Derivable from the opening event, so checked even on a record without a signature.
  if (opening && (!same(opening.via, record.openedVia) || opening.at !== record.openedAt)) {
    problems.push({ seq: 1, problem: 'the record’s opened-via or open time is not the opening event’s' });
  }
  let snapshot: AnyMachineSnapshot | undefined;
  let timers: TimerRecord[] = [];
  for (const event of events) {
    let decision: Decision | undefined;
    try {
      decision = decideStored(service, snapshot, event);
    } catch (error) {
      problems.push({ seq: event.seq, problem: `replaying it threw: ${(error as Error)?.message ?? error}` });
      return problems;
    }
    if (!decision) {
      problems.push({ seq: event.seq, problem: 'the machine refuses this event on replay' });
      return problems;
    }
    if (!same(decision.snapshot.value, event.stateAfter) || !same(decision.effects, event.effects)) {
      problems.push({ seq: event.seq, problem: 'replaying it gives another state or other effects' });
    }
    const fired = event.idempotencyKey?.startsWith(TIMER_KEY)
      ? event.idempotencyKey.slice(TIMER_KEY.length)
      : undefined;
    timers = armedAfter(timers, {
      cancel: decision.cancel,
      arm: timersToArm(record.id, event.seq, decision, event.at),
      ...(fired !== undefined ? { fired } : {}),
    });
    snapshot = decision.snapshot;
  }
  if (!snapshot) return problems;
  const head = record.version;
  if (!same(service.machine.getPersistedSnapshot(snapshot), record.snapshot)) {
    problems.push({ seq: head, problem: 'the stored snapshot is not what the events produce' });
  }
  // Rows from before signatures may predate their queryable fields (filled in by the next commit).
  const signed = record.signature !== undefined;
  if (signed && record.search !== undefined && !same(searchFields(service, snapshot), record.search)) {
    problems.push({ seq: head, problem: 'the stored queryable fields are not what the events produce' });
  }
  if (record.armedTimers !== undefined && !same(record.armedTimers, timers)) {
    problems.push({ seq: head, problem: 'the record lists other timers than the events armed' });
  }
  const current = snapshot;
  for (const expected of timers) {
    const stored = storedTimers.find((timer) => timer.id === expected.id);
    if (stored && sameTimer(stored, expected)) continue;
    // The router drops a due timer whose event the case cannot take (a guard said no): no loss.
    if (
      !stored &&
      decideEvent(service, current, { ...expected.event, at: expected.dueAt, via: REPLAY_VIA }) === undefined
    ) {
      continue;
    }
    problems.push({
      seq: head,
      problem: stored
        ? `timer ${expected.id} is due at ${stored.dueAt}, not ${expected.dueAt} as armed`
        : `timer ${expected.id} (due ${expected.dueAt}) was armed but is not stored: it would never fire`,
    });
  }
  for (const stored of storedTimers) {
    if (!timers.some((timer) => timer.id === stored.id)) {
      problems.push({ seq: head, problem: `timer ${stored.id} is stored but no event armed it` });
    }
  }
  return problems;
}
