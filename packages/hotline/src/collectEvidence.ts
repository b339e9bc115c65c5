import type { Evidence } from './callReading.js';
import type { CueHit, HotlineRules, Matcher } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';

const AGENT_STATEMENT = 0.6;
const AGENT_QUESTION = 0.3;
const AGENT_CONFIRMED = 0.85;
const ZH_NEGATION = /[不没别勿]|无需|不用/;
const ZH_NOT_NEGATION = /对不起|不好意思|不客气|了不起|不少|不过|没事|不得了|受不了|不停|没完/g;
const EN_NEGATION = new Set([
  'not',
  "don't",
  'dont',
  "didn't",
  'never',
  "won't",
  "isn't",
  "wasn't",
  "doesn't",
  'no',
]);
// "怎么申请", "how do I apply": a question about a service, not an application.
const ENQUIRY_BEFORE =
  /(?:怎么|如何|怎样|哪里|在哪|能不能|可不可以|how (?:do|can|would|should|could) (?:i|we|you|one)|where (?:do|can|should) (?:i|we)|what do (?:i|we) need to|can (?:i|we)|is it possible to)\s*(?:\S+\s+)?$/;
function isNegated(turn: NormalizedTurn, index: number, latin: boolean): boolean {
  if (index === 0) return false;
  if (!latin) {
    const zh = turn.lower.slice(Math.max(0, index - 4), index);
    return ZH_NEGATION.test(zh.replace(ZH_NOT_NEGATION, '').slice(-3));
  }
  // A negation among the three words before an English cue: "don't want to withdraw", "no need to cancel".
  const words = turn.lower
    .slice(Math.max(0, index - 30), index)
    .split(/\s+/)
    .slice(-4);
  return words.some((word) => EN_NEGATION.has(word));
}

/** How much each turn's words count: the caller's fully, the agent's less, a denied question not at all. */
function speakerWeight(turn: NormalizedTurn): number {
  if (turn.speaker === 'caller') return turn.pleasantry ? 0 : 1;
  if (turn.answer === 'no') return 0;
  if (turn.answer === 'yes') return AGENT_CONFIRMED;
  return turn.asks ? AGENT_QUESTION : AGENT_STATEMENT;
}

/**
 * Collects the evidence of a call by owner (intent kind, service id, `existing`, `urgency`) in
 * one pass over each turn's cue hits, weighing who said it (the caller fully, the agent less,
 * a denied question not at all) and dropping negated cues ("我不是要撤回").
 *
 * @example
 * ```ts
 * collectEvidence(readTurns(call), rules).get('urge'); // [{ turn: 1, rule: 'urge:催一下', … }]
 * ```
 */
export function collectEvidence(
  turns: readonly NormalizedTurn[],
  rules: HotlineRules,
): Map<string, Evidence[]> {
  const byOwner = new Map<string, Evidence[]>();
  const add = (turn: NormalizedTurn, matcher: Matcher, hit: CueHit, weight: number) => {
    if (isNegated(turn, hit.index, /[a-z]/.test(hit.match[0] ?? ''))) return;
    if (
      matcher.owner === 'new-request' &&
      ENQUIRY_BEFORE.test(turn.lower.slice(Math.max(0, hit.index - 24), hit.index))
    )
      return;
    const evidence = {
      turn: turn.index,
      speaker: turn.speaker,
      rule: matcher.label,
      match: hit.match,
      weight: matcher.weight * weight,
      at: hit.index,
    };
    const list = byOwner.get(matcher.owner);
    if (list) list.push(evidence);
    else byOwner.set(matcher.owner, [evidence]);
  };
  for (const turn of turns) {
    const weight = speakerWeight(turn);
    if (weight === 0) continue;
    for (const [matcher, hit] of rules.scan(turn.lower)) add(turn, matcher, hit, weight);
    for (const matcher of rules.patterns) {
      const hit = matcher.find(turn.text, turn.lower);
      if (hit) add(turn, matcher, hit, weight);
    }
  }
  return byOwner;
}

/**
 * Combines independent pieces of evidence like independent chances: 1 − Π(1 − w).
 *
 * @example
 * ```ts
 * combine([{ weight: 0.5 }, { weight: 0.5 }] as Evidence[]); // 0.75
 * ```
 */
export function combine(evidence: readonly Evidence[]): number {
  let miss = 1;
  for (const piece of evidence) miss *= 1 - Math.min(piece.weight, 0.99);
  return Math.round((1 - miss) * 1000) / 1000;
}
