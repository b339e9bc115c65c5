import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_DIR } from '../../examples/city/src/sim/hotline/corpus.js';
import { type CorpusReport, evaluateCorpus } from '../../examples/city/src/sim/hotline/evaluateCorpus.js';

/** The held-out figures: scored on calls the rules were not written against. */
export interface HeldoutScores {
  calls: number;
  /** Calls whose confident intents are exactly the expected ones. */
  intentAccuracy: number;
  /** Of the expected actions on an existing case, how many acted on that very case. */
  rightCaseRate: number;
  /**
   * An existing case changed that no expected action asked to change, or a status read to a
   * caller who neither owns the case nor asked with its reference (the evaluator's count; for
   * an older evaluator, changing actions no expected action asked for are counted here).
   */
  unsafeActions: number;
  /** Cases opened beyond the expected `opened` actions (reported beside, not counted as unsafe). */
  unwantedOpens?: number;
}

/** Where the held-out test calls live (written by the corpus work; absent until then). */
export const HELDOUT_DIR = process.env.BENCH_HOTLINE_HELDOUT_DIR ?? join(CORPUS_DIR, 'heldout', 'test');

const here = dirname(fileURLToPath(import.meta.url));
/** The figures before the rules were tuned on the held-out training calls, first file found wins. */
const BASELINE_FILES = [
  process.env.BENCH_HOTLINE_HELDOUT_BASELINE,
  join(CORPUS_DIR, 'heldout', 'baseline.json'),
  join(here, '..', 'baselines', 'hotline-heldout.json'),
].filter((file): file is string => file !== undefined);

const share = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 1000) / 1000);
const CHANGING = new Set(['opened', 'applied']);

/** Scores a corpus report; fields the evaluator computes itself take precedence over the ones derived here. */
export function scoreReport(report: CorpusReport): HeldoutScores {
  let caseActions = 0;
  let rightCase = 0;
  let unsafe = 0;
  for (const call of report.calls) {
    for (const want of call.expected.actions) {
      if (want.case === undefined || want.case === 'new') continue;
      caseActions += 1;
      const ref = report.refs.get(want.case);
      if (call.summary.actions.some((got) => got.intent === want.intent && got.ref === ref)) rightCase += 1;
    }
    const asked = [...call.expected.actions];
    for (const got of call.summary.actions) {
      if (!CHANGING.has(got.outcome)) continue;
      const index = asked.findIndex(
        (want) =>
          want.intent === got.intent &&
          want.outcome === got.outcome &&
          (want.case === undefined ||
            (want.case === 'new'
              ? ![...report.refs.values()].includes(got.ref ?? '')
              : report.refs.get(want.case) === got.ref)),
      );
      if (index >= 0) asked.splice(index, 1);
      else unsafe += 1;
    }
    if (call.expected.refs.some((token) => token.startsWith('!')) && !call.untouched) unsafe += 1;
  }
  const own = report as CorpusReport & Partial<Record<'rightCaseRate' | 'unsafeActions', number>>;
  return {
    calls: report.calls.length,
    intentAccuracy: report.intentAccuracy,
    rightCaseRate: own.rightCaseRate ?? share(rightCase, caseActions),
    unsafeActions: own.unsafeActions ?? unsafe,
    ...(report.unwantedOpens !== undefined ? { unwantedOpens: report.unwantedOpens } : {}),
  };
}

/** The development sets beside the test set, scored the same way (they were tuned on; test never was). */
const DEV_SETS = [
  'dev',
  'dev2',
  'dev3',
  'dev4',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'dev9',
  'dev10',
  'dev11',
  'dev12',
  'dev13',
  'dev14',
  'dev15',
  'dev16',
  'dev17',
  'dev18',
  'dev19',
  'dev20',
  'dev21',
  'dev22',
  'dev23',
  'dev24',
  'dev25',
  'dev26',
  'dev27',
] as const;
/** Later test sets, never tuned on (their `before` in the baseline file: the rules before they were written). */
const SECOND_TEST_SETS = ['test2', 'test3'] as const;

function readBaseline():
  | { file: string; scores: Partial<HeldoutScores>; sets: Record<string, Partial<HeldoutScores>> }
  | undefined {
  const file = BASELINE_FILES.find((candidate) => existsSync(candidate));
  if (file === undefined) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Either the scores themselves or `{ before: scores }` / `{ test: scores }`.
  const scores = (json.before ?? json.test ?? json) as Partial<HeldoutScores>;
  return { file, scores, sets: json as Record<string, Partial<HeldoutScores>> };
}

/**
 * Intent accuracy, right-case rate and unsafe actions on the held-out test calls, after (now)
 * and before (from the baseline file, when there is one); `undefined` when there is no held-out set.
 */
export async function heldoutFigures(): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(HELDOUT_DIR)) return undefined;
  let after: HeldoutScores;
  try {
    after = scoreReport(await evaluateCorpus(HELDOUT_DIR));
  } catch (error) {
    return { dir: HELDOUT_DIR, error: error instanceof Error ? error.message : String(error) };
  }
  const baseline = readBaseline();
  const before = baseline?.scores;
  const pair = (key: keyof HeldoutScores) => `${before?.[key] ?? 'n/a'} → ${after[key]}`;
  const summary: Record<string, string> = {
    heldoutIntentAccuracy: pair('intentAccuracy'),
    heldoutRightCaseRate: pair('rightCaseRate'),
    heldoutUnsafeActions: pair('unsafeActions'),
    heldoutUnwantedOpens: String(after.unwantedOpens ?? 'n/a'),
  };
  // Totals only, like the test set's: the development sets' figures beside it.
  const development: Record<string, { before: Partial<HeldoutScores> | null; after: HeldoutScores }> = {};
  for (const set of DEV_SETS) {
    const dir = join(dirname(HELDOUT_DIR), set);
    if (!existsSync(dir)) continue;
    const scored = scoreReport(await evaluateCorpus(dir));
    const was = baseline?.sets[set] ?? null;
    development[set] = { before: was, after: scored };
    const name = `D${set.slice(1)}`;
    summary[`heldout${name}IntentAccuracy`] = `${was?.intentAccuracy ?? 'n/a'} → ${scored.intentAccuracy}`;
    summary[`heldout${name}UnsafeActions`] = `${was?.unsafeActions ?? 'n/a'} → ${scored.unsafeActions}`;
    summary[`heldout${name}UnwantedOpens`] = String(scored.unwantedOpens ?? 'n/a');
  }
  // A second test set, written later and never tuned on either: scored beside the first.
  const secondTest: Record<string, { before: Partial<HeldoutScores> | null; after: HeldoutScores }> = {};
  for (const set of SECOND_TEST_SETS) {
    const dir = join(dirname(HELDOUT_DIR), set);
    if (!existsSync(dir)) continue;
    const scored = scoreReport(await evaluateCorpus(dir));
    const was = baseline?.sets[set] ?? null;
    secondTest[set] = { before: was, after: scored };
    const name = `T${set.slice(1)}`;
    summary[`heldout${name}IntentAccuracy`] = `${was?.intentAccuracy ?? 'n/a'} → ${scored.intentAccuracy}`;
    summary[`heldout${name}RightCaseRate`] = `${was?.rightCaseRate ?? 'n/a'} → ${scored.rightCaseRate}`;
    summary[`heldout${name}UnsafeActions`] = `${was?.unsafeActions ?? 'n/a'} → ${scored.unsafeActions}`;
    summary[`heldout${name}UnwantedOpens`] = String(scored.unwantedOpens ?? 'n/a');
  }
  return {
    dir: HELDOUT_DIR,
    baselineFile: baseline?.file ?? 'none found',
    before: before ?? null,
    after,
    development,
    secondTest,
    summary,
  };
}
