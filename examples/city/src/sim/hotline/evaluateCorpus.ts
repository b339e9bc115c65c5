import { basename } from 'node:path';
import { type CallSummary, handleCall, parseTranscript, type Transcript } from '@onecase/hotline';
import { createFakeClock } from '@onecase/testing';
import { createCity } from '../../createCity.js';
import { cityHotlineRules } from '../../hotlineRules.js';
import { type CorpusExpectation, expectedRef, loadCalls, readCorpus, seedCorpus } from './corpus.js';

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
    secret: 'corpus-secret',
  });
  const corpus = readCorpus(dir);
  const refs = await seedCorpus(city, corpus.cases);
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
    const summary = await handleCall(city, transcript, cityHotlineRules);
    const after = await versions();

    const intents = summary.interpretation.intents
      .filter((intent) => intent.confidence >= cityHotlineRules.threshold)
      .map((intent) => intent.kind);
    const heard = summary.interpretation.references.map((ref) => ref.ref);
    const wanted = expected.refs.map((token) => expectedRef(token, refs));
    truePositive += heard.filter((ref) => wanted.includes(ref)).length;
    extracted += heard.length;
    said += wanted.length;

    // Actions are compared as a set: a caller's cases opened at the same moment come back in any order.
    const unmatched = [...summary.actions];
    const actionsOk =
      summary.actions.length === expected.actions.length &&
      expected.actions.every((want) => {
        const index = unmatched.findIndex(
          (got) =>
            got.intent === want.intent &&
            got.outcome === want.outcome &&
            (want.reason === undefined || got.reason === want.reason) &&
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
    results.push({
      file: call.file,
      transcript,
      expected,
      intents,
      intentsOk: sameSet(intents, expected.intents),
      refs: heard,
      actionsOk,
      untouched,
      summary,
    });
  }
  const wrongRef = results.filter((result) => result.expected.refs.some((token) => token.startsWith('!')));
  const share = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 1000) / 1000);
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
  };
}
