import type { Evidence } from './callReading.js';
import type { IntentKind } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';

const RETRACTABLE: readonly IntentKind[] = ['status', 'add-info', 'urge', 'withdraw', 'new-request'];

/**
 * Later statements correct earlier ones: a request the caller takes back in the same turn ("撤回吧…
 * 算了，还是帮我催一下" — another request after the correction) and one the agent read back and
 * the caller denied ("So you want to withdraw it?" — "No, …") no longer count.
 *
 * @example
 * ```ts
 * dropRetracted(evidenceOf, turns, evidenceBy.get(DENIED) ?? []);
 * ```
 */
export function dropRetracted(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
  denied: readonly Evidence[],
): void {
  for (const turn of turns) {
    const from = turn.correctsAt;
    if (turn.speaker !== 'caller' || from === undefined) continue;
    const said = (e: Evidence) => e.turn === turn.index && e.speaker === 'caller' && e.at !== undefined;
    const after = new Set(
      RETRACTABLE.filter((kind) => evidenceOf[kind].some((e) => said(e) && e.at! >= from)),
    );
    if (after.size === 0) continue;
    for (const kind of RETRACTABLE) {
      if (after.has(kind)) continue;
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !(said(e) && e.at! < from));
    }
  }
  for (const read of denied) {
    const kind = read.rule as IntentKind;
    // Only what the caller said before the read-back: the denial settles it, later words may ask again.
    evidenceOf[kind] = evidenceOf[kind].filter((e) => e.speaker !== 'caller' || e.turn > read.turn);
  }
}

const OTHER_CASE_NAMED = /那个|那件|这个|\bthe \w+(?: \w+)? (?:one|complaint|case)\b|\bthe other\b/;
// A later turn taking a request back ("等等，别撤，还是留着吧", "Actually, keep it open", "不用催了",
// "I don't want to rate it now"): the caller's change of mind wins over what they asked before.
const TAKEN_BACK: Partial<Record<IntentKind, RegExp>> = {
  withdraw:
    /别撤|不要撤|先别撤|不撤了|不用撤|还是留着|留着吧|保留着?吧|\b(?:don'?t|do not) (?:withdraw|cancel|close) (?:it|that|my)|\bkeep it open\b|\bleave it open\b|\bdon'?t close it\b/i,
  urge: /别催|不用催了?|不催了|先别催|\b(?:don'?t|do not|no need to) (?:chase|hurry|urge|push)\b/i,
  rate: /不想评|不评了|先不评|以后再评|不打分了|\b(?:don'?t|do not) (?:want to )?(?:rate|score) (?:it|this|them)\b|\bnot (?:rate|score) it\b/i,
  'add-info': /别记了|不用记了|不用补充了|\b(?:don'?t|do not) add (?:that|it)\b/i,
};

/**
 * Drops every piece of evidence of a request the caller takes back in a later turn of theirs
 * ("帮我把投诉撤了吧" … "等等，别撤，还是留着吧"), and of one taken back later in the same turn
 * ("A two. Hmm, actually no, I don't want to rate it now").
 *
 * @example
 * ```ts
 * dropTakenBack(evidenceOf, turns);
 * ```
 */
export function dropTakenBack(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
): void {
  for (const [kind, pattern] of Object.entries(TAKEN_BACK) as [IntentKind, RegExp][]) {
    if (evidenceOf[kind].length === 0) continue;
    for (const turn of turns) {
      if (turn.speaker !== 'caller') continue;
      const back = pattern.exec(turn.lower);
      if (!back) continue;
      // "KTV那个不要撤": another case is to stay as it is, which takes back nothing asked of this one.
      const clause =
        turn.lower
          .slice(0, back.index)
          .split(/[，,。.!！?？；;]/)
          .pop() ?? '';
      if (OTHER_CASE_NAMED.test(clause)) continue;
      const before = (e: Evidence) =>
        e.turn < turn.index || (e.turn === turn.index && (e.at ?? 0) < back.index);
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !before(e));
    }
  }
}
