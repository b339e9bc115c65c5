import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizePhone } from '@onecase/core';
import { type CallSummary, handleCall, parseTranscript, type Transcript } from '@onecase/hotline';
import { createFakeClock } from '@onecase/testing';
import { createCity } from '../../createCity.js';
import { cityHotlineRules } from '../../hotlineRules.js';
import { type CorpusExpectation, expectedRef, loadCalls, readCorpus, seedCorpus } from './corpus.js';

const SECRET = 'corpus-secret';

/** How one corpus call fared. */
export interface CorpusCallResult {
  file: string;
  transcript: Transcript;
  expected: CorpusExpectation;
  intents: string[];
  intentsOk: boolean;
  refs: string[];
  actionsOk: boolean;
  /** False when a call with a misheard reference changed a case. */
  untouched: boolean;
  /** Actions on existing cases: how many, and how many on the case the expectation names for that intent. */
  onExisting: number;
  onRightCase: number;
  /** Unsafe actions of this call: a case changed that the expectation does not change, or a case read back to someone it does not belong to. */
  unsafe: string[];
  /** Cases opened beyond the expected `opened` actions. */
  unwantedOpens: number;
  summary: CallSummary;
}

/** Accuracy of the hotline rules over the corpus. */
export interface CorpusReport {
  /** The city the corpus was replayed on, for further checks. */
  city: ReturnType<typeof createCity>;
  /** Reference of each corpus case by key. */
  refs: ReadonlyMap<string, string>;
  calls: CorpusCallResult[];
  /** Calls whose confident intents are exactly the expected ones. */
  intentAccuracy: number;
  /** Of the references extracted, how many were said (1.0: nothing invented). */
  refPrecision: number;
  /** Of the references said, how many were extracted. */
  refRecall: number;
  /** Calls whose actions (intent, outcome, case, review reason, score) are exactly the expected ones. */
  outcomeAccuracy: number;
  /** Calls with a misheard reference that left every case as it was. */
  wrongRefCallsUntouched: number;
  wrongRefCalls: number;
  /** Of the actions on existing cases (read, applied, not-allowed …), the share on the case the expectation names (1.0 when there are none). */
  rightCaseRate: number;
  rightCase: { right: number; of: number };
  /** Cases changed or read back that should not have been, over the whole corpus. */
  unsafeActions: number;
  /** Cases opened that no expected action asked for, over all calls (not counted as unsafe). */
  unwantedOpens: number;
}

/** Outcomes that touch an existing case (`read` shows its state; the rest tried to change it). */
const ON_CASE = new Set(['read', 'applied', 'already-applied', 'not-allowed', 'refused']);
/** Reasons a call's review item carries about the call as a whole rather than one intent. */
const CALL_REASONS = new Set(['no-request', 'abuse']);

/**
 * Review reasons that mean the same to a supervisor. The held-out corpus writes `no-case` for
 * "no case can safely be identified"; `handleCall` says why: the caller could not be verified.
 */
function sameReason(want: string, got: string | undefined): boolean {
  return got === want || (want === 'no-case' && got === 'not-verified');
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Replays the example city's call corpus against a fresh city (cases from `cases.json`, references
 * filled in) and scores the rules against `expected.json`.
 *
 * @example
 * ```ts
 * const report = await evaluateCorpus();
 * console.log(report.intentAccuracy, report.refPrecision, report.refRecall);
 * ```
 */
export async function evaluateCorpus(dir?: string): Promise<CorpusReport> {
  const city = createCity({
    clock: createFakeClock('2026-03-05T09:00:00+08:00'),
    secret: SECRET,
  });
  const corpus = readCorpus(dir);
  const refs = await seedCorpus(city, corpus.cases);
  const phoneOf = new Map(corpus.cases.map((item) => [item.key, normalizePhone(item.phone)]));
  const calls = loadCalls(corpus.files, refs, corpus.expected);
  const versions = async () => {
    const out = new Map<string, number>();
    for (const ref of refs.values()) out.set(ref, (await city.get(ref)).version);
    return out;
  };

  const results: CorpusCallResult[] = [];
  let truePositive = 0;
  let extracted = 0;
  let said = 0;
  for (const call of calls) {
    if (!call.expected) throw new Error(`expected.json has no entry for ${call.file}`);
    const expected = call.expected;
    const before = await versions();
    const transcript = parseTranscript(call.text, { callId: basename(call.file).replace(/\.\w+$/, '') });
    const summary = await handleCall(city, transcript, cityHotlineRules, { secret: SECRET });
    const after = await versions();

    // Kinds, once each: a call that opens two new requests carries the intent `new-request`.
    const intents = [
      ...new Set(
        summary.interpretation.intents
          .filter((intent) => intent.confidence >= cityHotlineRules.threshold)
          .map((intent) => intent.kind),
      ),
    ];
    // Only references the call may act on are "extracted"; one the caller denied or never confirmed is not.
    const heard = summary.interpretation.references
      .filter((ref) => (ref as { counts?: boolean }).counts !== false)
      .map((ref) => ref.ref);
    const wanted = expected.refs.map((token) => expectedRef(token, refs));
    truePositive += heard.filter((ref) => wanted.includes(ref)).length;
    extracted += heard.length;
    said += wanted.length;

    // A review of the call as a whole (nothing asked, abuse) is the corpus's `{ intent: 'none', outcome: 'review' }`.
    const callReview = (summary.review?.reasons ?? []).filter((reason) => CALL_REASONS.has(reason));
    const got: {
      intent: string;
      outcome: string;
      reason?: string;
      service?: string;
      score?: number;
      ref?: string;
    }[] = [
      ...summary.actions,
      ...(callReview.length > 0 && summary.actions.length === 0
        ? [{ intent: 'none', outcome: 'review', reason: callReview[0]! }]
        : []),
    ];
    // Actions are compared as a set: a caller's cases opened at the same moment come back in any order.
    const unmatched = [...got];
    const actionsOk =
      got.length === expected.actions.length &&
      expected.actions.every((want) => {
        const index = unmatched.findIndex(
          (got) =>
            // "No intent" is met by a review of the whole call, or by a doubtful reading sent to review as such.
            (got.intent === want.intent ||
              (want.intent === 'none' && got.outcome === 'review' && got.reason === 'low-confidence')) &&
            got.outcome === want.outcome &&
            // The corpus's reason for a call with no intent is a convention; any call-level review matches it.
            (want.reason === undefined ||
              (want.intent === 'none' && got.intent === 'none') ||
              sameReason(want.reason, got.reason)) &&
            (want.service === undefined || got.service === want.service) &&
            (want.score === undefined || got.score === want.score) &&
            (want.case === 'new'
              ? got.ref !== undefined && ![...refs.values()].includes(got.ref)
              : want.case === undefined || got.ref === refs.get(want.case)),
        );
        if (index >= 0) unmatched.splice(index, 1);
        return index >= 0;
      });
    const untouched = [...before].every(([ref, version]) => after.get(ref) === version);

    const keyOf = new Map([...refs].map(([key, ref]) => [ref, key]));
    const expectedOn = (intent: string, key: string) =>
      expected.actions.some((want) => want.intent === intent && want.case === key);
    const onCase = summary.actions.filter(
      (action) => action.ref !== undefined && keyOf.has(action.ref) && ON_CASE.has(action.outcome),
    );
    const onRightCase = onCase.filter((action) => expectedOn(action.intent, keyOf.get(action.ref!)!)).length;
    const unsafe: string[] = [];
    const changes = new Set(
      expected.actions.filter((want) => want.outcome === 'applied').map((want) => want.case),
    );
    for (const [ref, version] of before) {
      if (after.get(ref) !== version && !changes.has(keyOf.get(ref)))
        unsafe.push(`changed ${keyOf.get(ref)}`);
    }
    // A case opened that no expected action asked for (a status question filed again as a new
    // complaint): not a change to someone's case, but a work order sent to a department for nothing.
    const opened = summary.actions.filter((action) => action.outcome === 'opened').length;
    const unwantedOpens = Math.max(0, opened - expected.actions.filter((w) => w.outcome === 'opened').length);
    const caller = transcript.caller;
    for (const action of onCase.filter((a) => a.outcome === 'read')) {
      const key = keyOf.get(action.ref!)!;
      const owner = phoneOf.get(key);
      if (!expectedOn('status', key) && (caller === undefined || owner !== caller))
        unsafe.push(`read ${key}`);
    }
    results.push({
      file: call.file,
      transcript,
      expected,
      intents,
      intentsOk: sameSet(intents, expected.intents),
      refs: heard,
      actionsOk,
      untouched,
      onExisting: onCase.length,
      onRightCase,
      unsafe,
      unwantedOpens,
      summary,
    });
  }
  const wrongRef = results.filter((result) => result.expected.refs.some((token) => token.startsWith('!')));
  const share = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 1000) / 1000);
  const right = results.reduce((sum, r) => sum + r.onRightCase, 0);
  const of = results.reduce((sum, r) => sum + r.onExisting, 0);
  return {
    city,
    refs,
    calls: results,
    intentAccuracy: share(results.filter((r) => r.intentsOk).length, results.length),
    refPrecision: share(truePositive, extracted),
    refRecall: share(truePositive, said),
    outcomeAccuracy: share(results.filter((r) => r.actionsOk).length, results.length),
    wrongRefCallsUntouched: wrongRef.filter((r) => r.untouched).length,
    wrongRefCalls: wrongRef.length,
    rightCaseRate: share(right, of),
    rightCase: { right, of },
    unsafeActions: results.reduce((sum, r) => sum + r.unsafe.length, 0),
    unwantedOpens: results.reduce((sum, r) => sum + r.unwantedOpens, 0),
  };
}

/**
 * The figures of a report as plain JSON (no transcripts), for `bench/results` and the closing note.
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(corpusFigures(await evaluateCorpus(dir))));
 * ```
 */
export function corpusFigures(report: CorpusReport) {
  return {
    calls: report.calls.length,
    intentAccuracy: report.intentAccuracy,
    outcomeAccuracy: report.outcomeAccuracy,
    rightCaseRate: report.rightCaseRate,
    rightCase: report.rightCase,
    unsafeActions: report.unsafeActions,
    unwantedOpens: report.unwantedOpens,
    refPrecision: report.refPrecision,
    refRecall: report.refRecall,
    wrongRefCallsUntouched: `${report.wrongRefCallsUntouched}/${report.wrongRefCalls}`,
  };
}

// `tsx --conditions=onecase-source src/sim/hotline/evaluateCorpus.ts <dir> [--calls]` prints the
// figures of one corpus folder (and, with --calls, each call that missed), without opening it otherwise.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const report = await evaluateCorpus(
    dir === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), dir),
  );
  const out: Record<string, unknown> = corpusFigures(report);
  if (process.argv.includes('--calls')) {
    out.misses = report.calls
      .filter((call) => !call.intentsOk || !call.actionsOk || call.unsafe.length > 0)
      .map((call) => ({
        file: call.file,
        intents: call.intents,
        expected: call.expected.intents,
        actions: call.summary.actions.map(
          (a) => `${a.intent}→${a.outcome}${a.reason ? `(${a.reason})` : ''}${a.ref ? ` ${a.ref}` : ''}`,
        ),
        review: call.summary.review?.reasons,
        unsafe: call.unsafe,
      }));
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  await report.city.close();
}
