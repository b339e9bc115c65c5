import { createHmac } from 'node:crypto';
import { canonicalJson } from '../canonicalJson.js';
import { CaseError, isCaseError } from '../caseError.js';
import type { CaseRecord, CommitInput, TimerRecord } from '../caseStore.js';

/** Separates record signatures from every other keyed hash made with the router secret. */
const RECORD_DOMAIN = 'onecase.record.v1\n';

/**
 * `details.reason` of the `STORE_UNAVAILABLE` error a router throws for a case whose stored
 * record (or a timer of it) was changed outside the router: the case is not served or decided on.
 *
 * @example
 * ```ts
 * if (isCaseError(e, 'STORE_UNAVAILABLE') && e.details.reason === TAMPERED_REASON) alertTheOperator(e);
 * ```
 */
export const TAMPERED_REASON = 'tampered';

/**
 * Tells whether an error is the router refusing a case whose stored record failed its integrity check.
 *
 * @example
 * ```ts
 * try { await router.get(ref); } catch (e) { if (isTamperedError(e)) console.error(e.details.problem); }
 * ```
 */
export function isTamperedError(error: unknown): error is CaseError {
  return isCaseError(error, 'STORE_UNAVAILABLE') && error.details.reason === TAMPERED_REASON;
}

/** The refusal of a case whose stored record or timer does not match what the router signed. */
export function tamperedError(caseId: string, ref: string | undefined, problem: string): CaseError {
  return new CaseError(
    'STORE_UNAVAILABLE',
    `Case ${ref ?? caseId} failed its integrity check (${problem}); it is not served until an operator restores it`,
    { reason: TAMPERED_REASON, caseId, ...(ref !== undefined ? { ref } : {}), problem },
  );
}

/**
 * The keyed hash of a case record: every field the router wrote (snapshot, head, citizen keys,
 * opened-via, queryable fields and armed timers), so none can be changed in the database alone.
 */
export function signRecord(secret: string, record: CaseRecord): string {
  const { signature: _, ...signed } = record;
  return createHmac('sha256', secret).update(RECORD_DOMAIN).update(canonicalJson(signed)).digest('base64url');
}

/** The problem `verify()` and a refusal name for a record written before record signatures. */
export const UNSIGNED_PROBLEM = 'the record is not signed';

/** What is wrong with a loaded record, or `undefined` when it carries the signature the router gave it. */
export function recordProblem(
  secret: string,
  record: CaseRecord,
  options: { acceptUnsigned: boolean },
): string | undefined {
  if (record.signature === undefined) {
    return options.acceptUnsigned ? undefined : UNSIGNED_PROBLEM;
  }
  return signRecord(secret, record) === record.signature
    ? undefined
    : 'the record does not match its signature';
}

/** Soonest first, then by id: the order of `armedTimers`. */
export const byDue = (a: TimerRecord, b: TimerRecord) =>
  a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The timers a case has after a commit, from those it had before: the fired one and every
 * cancelled or re-armed send id go, the armed ones come (as the stores apply `timers`).
 */
export function armedAfter(before: readonly TimerRecord[], timers: CommitInput['timers']): TimerRecord[] {
  // Most commits touch no timer: no sets, no sort.
  if (
    timers.arm.length === 0 &&
    (before.length === 0 || (timers.cancel.length === 0 && timers.fired === undefined))
  ) {
    return [...before];
  }
  const replaced = new Set([...timers.cancel, ...timers.arm.map((timer) => timer.sendId)]);
  const armedIds = new Set(timers.arm.map((timer) => timer.id));
  const kept = before.filter(
    (timer) => timer.id !== timers.fired && !replaced.has(timer.sendId) && !armedIds.has(timer.id),
  );
  return [...kept, ...timers.arm].sort(byDue);
}

/** Whether two timers are the same arming (id, send id, event and due time). */
export function sameTimer(a: TimerRecord, b: TimerRecord): boolean {
  return (
    a.id === b.id &&
    a.caseId === b.caseId &&
    a.sendId === b.sendId &&
    a.dueAt === b.dueAt &&
    canonicalJson(a.event) === canonicalJson(b.event)
  );
}

/**
 * The record a commit writes, signed: its armed timers follow from the previous record's (read
 * from the store once for a record written before signatures) and this commit's timer changes.
 */
export async function signedRecord(
  secret: string,
  record: Omit<CaseRecord, 'signature' | 'armedTimers'>,
  before: readonly TimerRecord[] | (() => Promise<TimerRecord[]>),
  timers: CommitInput['timers'],
): Promise<CaseRecord> {
  const previous = typeof before === 'function' ? await before() : before;
  const { signature: _signature, armedTimers: _armed, ...fields } = record as CaseRecord;
  const unsigned: CaseRecord = { ...fields, armedTimers: armedAfter(previous, timers) };
  return { ...unsigned, signature: signRecord(secret, unsigned) };
}
