import { clauseOf } from './assignReferences.js';
import { WANTS_ACTION } from './callWords.js';
import { aboutFiledCase, type CallState } from './callState.js';
import { DENIED } from './collectEvidence.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import { readRating } from './readRating.js';
import { dropRetracted, dropTakenBack } from './retractions.js';
import { dropWaitWords } from './waitWords.js';
import type { Evidence } from './callReading.js';

const FIRST_REPORT =
  /第一次(?:打|反映|投诉|来电|报)|(?:我|自己)(?:还|都)?没(?:有)?(?:打过|反映过|投诉过|报过)|还没(?:有)?(?:投|报|打)|没投过|\bfirst time (?:i'm |i am |i've |i have )?(?:calling|called|reporting|reported|ringing|rung)\b|\b(?:haven't|have not|never|not) (?:reported|called about|rung about|complained about) (?:it|this|that)\b|\bhaven'?t (?:filed|made|lodged) (?:it|one|the \w+(?: \w+)? (?:complaint|report)) yet\b/;
// "…but actually I'll get some video first and call back": nothing now.
const PUTS_OFF = /\b(?:call|ring|phone) (?:you )?back\b|\bcall again\b|再打过来|再打给你|回头再(?:打|说)/;
// A request of its own after the score: "另外…", "also…", "and another thing…".
const ANOTHER_CLAUSE = /另外|还有|顺便|\b(?:also|another thing|and another|by the way)\b/i;

/**
 * Weighs what the caller asked of a filed case: requests made with a reference disowned later,
 * taken back or corrected are dropped; the score of a return visit is heard; what was said before
 * "this is the first time I'm calling" asks nothing of a filed case; a correction or a plea for action
 * about a filed case adds to it or urges it. Sets `rating` and `existing`.
 */
export function weighCaseEvidence(state: CallState): void {
  const { turns, evidenceBy, evidenceOf, references, counting, callerTurns } = state;
  // "NC-…这个帮我撤回" … "哦，NC-…不是我的": what was asked with a reference the caller disowned later goes with it.
  const disownedTurns = new Set(
    references.filter((ref) => ref.disowned !== undefined && ref.disowned > ref.turn).map((ref) => ref.turn),
  );
  for (const ref of counting) disownedTurns.delete(ref.turn);
  if (disownedTurns.size > 0)
    for (const kind of CASE_INTENT_KINDS)
      evidenceOf[kind] = evidenceOf[kind].filter(
        (e) => !(e.speaker === 'caller' && disownedTurns.has(e.turn)),
      );
  // Take-backs first ("Please urge it. Actually forget it"), then corrections (what follows replaces what came before).
  dropTakenBack(evidenceOf, turns);
  dropRetracted(evidenceOf, turns, evidenceBy.get(DENIED) ?? []);
  dropWaitWords(evidenceOf, turns);
  const rating = readRating(turns);
  state.rating = rating;
  if (rating) {
    const at = turns[rating.turn]?.lower.lastIndexOf(rating.match.toLowerCase()) ?? -1;
    evidenceOf.rate.push({
      turn: rating.turn,
      speaker: 'caller',
      rule: 'rate:score',
      match: rating.match,
      weight: rating.unasked ? 0.5 : 0.8,
      ...(at >= 0 ? { at } : {}),
    });
  }
  // Complaints said with the score ("One. Nothing has changed") are the rating's comment, not an urge —
  // unless another request begins between them ("满意。另外广场舞那个帮我催一下").
  if (rating) {
    const text = turns[rating.turn]?.text ?? '';
    const scoreAt = text.toLowerCase().lastIndexOf(rating.match.toLowerCase());
    const ratingClause = clauseOf(text, Math.max(0, scoreAt));
    evidenceOf.urge = evidenceOf.urge.filter(
      (e) =>
        e.turn !== rating.turn ||
        (e.at !== undefined && clauseOf(text, e.at) > ratingClause && ANOTHER_CLAUSE.test(text)),
    );
  }
  dropTakenBack(evidenceOf, turns);
  // "No, this is the first time I'm calling", "我自己没打过": what the caller spoke of until then was
  // never filed, so it is nothing to chase, withdraw or add to — and no filed case of theirs.
  const firstReport = counting.some((ref) => ref.speaker === 'caller')
    ? undefined
    : turns.find((t) => t.speaker === 'caller' && FIRST_REPORT.test(t.lower));
  const sinceFirst = (e: Evidence) => firstReport === undefined || e.turn > firstReport.index;
  if (firstReport)
    for (const kind of ['urge', 'withdraw', 'add-info', 'status'] as const)
      evidenceOf[kind] = evidenceOf[kind].filter(sinceFirst);
  // A filed case the caller spoke of (or confirmed): the agent's "I've reported it" is about this call.
  const existing = (evidenceBy.get('existing') ?? []).filter(
    (e) => (e.speaker === 'caller' || turns[e.turn]?.answer === 'yes') && sinceFirst(e),
  );
  state.existing = existing;
  // A caller correcting what they said about a case they filed before is adding information to it.
  if (aboutFiledCase(state)) {
    // A correction inside another request ("我是说…帮我催一下") corrects the request, not the case.
    const asksOther = (index: number) =>
      (['urge', 'withdraw', 'status'] as const).some((kind) =>
        evidenceOf[kind].some((e) => e.turn === index),
      );
    // "不对我从头念 NC-…": a reference read again corrects how it was said, not the case.
    const rereadsRef = (text: string) => references.some((ref) => text.includes(ref.heard));
    for (const turn of callerTurns.filter(
      (t) => t.corrects && !asksOther(t.index) && !PUTS_OFF.test(t.lower) && !rereadsRef(t.text),
    )) {
      evidenceOf['add-info'].push({
        turn: turn.index,
        speaker: 'caller',
        rule: 'add-info:correction',
        match: turn.text.slice(0, 40),
        weight: 0.5,
      });
    }
  }
  // A plea for action about a case filed before ("I reported it… please do something") urges it.
  if (aboutFiledCase(state)) {
    for (const turn of callerTurns.filter((t) => WANTS_ACTION.test(t.lower))) {
      evidenceOf.urge.push({
        turn: turn.index,
        speaker: 'caller',
        rule: 'urge:plea',
        match: turn.text.slice(0, 40),
        weight: 0.5,
      });
    }
  }
}
