import type { Evidence } from './callReading.js';
import type { IntentKind } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';
import { setAsideIn } from './caseTopic.js';

// A question about the case ("我想问一下…", "I just wondered…").
const ASKS_ABOUT =
  /想问(?:一下|问)|问一下|问问|想了解|\bi (?:just )?(?:wanted to ask|wondered|was wondering)\b|\bwondering\b/;
// The agent telling how a case stands, the caller taking it, and what would ask for more.
const STATE_TOLD =
  /waiting|being handled|dispatched|assigned|signed for|accepted|in progress|under review|派(?:单|到|给)|签收|处理中|受理|等待|审核/;
const TAKES_IT =
  /\b(?:ok(?:ay)?|right|thanks|thank you|fine|i see|cheers)\b|知道了|行吧|好的|谢谢|那行|明白了/;
const ASKS_ACTION =
  /\b(?:please|can you|could you|would you|chase|hurry|push|urge|speed)\b|催|帮我|赶紧|快点|抓紧|尽快/;
// Words that complain of the wait rather than ask how the case stands.
const HEARD_NOTHING =
  /^(?:heard nothing|haven'?t heard|have not heard|not heard|没消息|没动静|没人管|没人理|没回音|没下文|有没有人(?:管|处理)|有人管吗)/;

// The agent promising to check and call back ("请同事核实后给您回电话", "I'll look into it and call you back").
const CALLBACK_PROMISED =
  /(?:核实|核查|查实|确认|查清楚|查一下).{0,24}(?:回电|回复您|给您回|联系您|打给您|回个电话)|\b(?:check|verify|look into|find out|track (?:it|this|that) down)\b.{0,60}\b(?:call you back|get back to you|ring you|phone you|be in touch)\b/;

/** Whether a turn asks for something to be done, besides the words of the evidence itself. */
function asksActionBeside(lower: string, e: Evidence): boolean {
  return ASKS_ACTION.test(lower.replace(e.match.toLowerCase(), ' '));
}

/**
 * Whether a status cue only complains of the wait ("I've heard nothing at all", "有没有人管"): said
 * beside an urge, it is the urge's reason rather than a question of its own.
 *
 * @example
 * ```ts
 * complainsOfWait('heard nothing'); // true
 * complainsOfWait('动静', '到现在一点动静没有', 5); // true
 * ```
 */
export function complainsOfWait(match: string, lower?: string, at?: number): boolean {
  if (HEARD_NOTHING.test(match.toLowerCase())) return true;
  if (lower === undefined || at === undefined) return false;
  // "到现在一点动静没有", "咋一点儿动静都没有呢", "没一点消息": the word said with its denial around it.
  return (
    NOTHING_BEFORE.test(lower.slice(Math.max(0, at - 6), at)) ||
    NOTHING_AFTER.test(lower.slice(at + match.length, at + match.length + 6))
  );
}
const NOTHING_BEFORE = /(?:没|没有)(?:一点|一点儿|任何|啥|什么)?$/;
const NOTHING_AFTER = /^(?:都|也|还)?(?:没|没有)/;

/**
 * Whether urgency words hurry the agent's promise to check and call back rather than the case: "这个编号
 * 确实查不到…请同事核实后给您回电，好吗？" — "行吧，那你们快点儿啊".
 *
 * @example
 * ```ts
 * hurriesCallback(evidence, turns);
 * ```
 */
export function hurriesCallback(e: Evidence, turns: readonly NormalizedTurn[]): boolean {
  const turn = turns[e.turn];
  const promised = turns[e.turn - 1];
  return (
    e.speaker === 'caller' &&
    turn !== undefined &&
    promised?.speaker === 'agent' &&
    CALLBACK_PROMISED.test(promised.lower) &&
    !asksActionBeside(turn.lower, e)
  );
}

/**
 * Drops the urge words that speak of the wait without chasing anyone:
 * - "Is it NC-…, the drumming circle?" — "No, not that one, that's still going on": why the case read
 *   out is not the one meant;
 * - "我想问一下营业执照的事儿…一直没动静": a question about the case that says how long it has taken —
 *   how it stands is asked (the words become status evidence);
 * - "…is waiting for them to sign for it." — "Still waiting. Hm. Okay, thank you.": the state heard and taken;
 * - "Yep, leave the building one, that's still going on": why the case set aside stays open.
 *
 * @example
 * ```ts
 * dropWaitWords(evidenceOf, turns);
 * ```
 */
export function dropWaitWords(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
): void {
  evidenceOf.urge = evidenceOf.urge.filter(
    (e) => !(e.speaker === 'caller' && e.weight < 0.8 && turns[e.turn]?.answer === 'no'),
  );
  // "Yep, leave the building one, that's still going on": why a case stays as it is, not a chase.
  evidenceOf.urge = evidenceOf.urge.filter(
    (e) => !(e.speaker === 'caller' && e.weight < 0.8 && setAsideIn(turns[e.turn]?.lower ?? '').length > 0),
  );
  const asksAfterCase = (e: Evidence) => {
    const lower = turns[e.turn]?.lower ?? '';
    return e.speaker === 'caller' && ASKS_ABOUT.test(lower) && !asksActionBeside(lower, e);
  };
  const slow = evidenceOf.urge.filter(asksAfterCase);
  if (slow.length > 0 && slow.length === evidenceOf.urge.filter((e) => e.speaker === 'caller').length) {
    evidenceOf.urge = evidenceOf.urge.filter((e) => !slow.includes(e));
    for (const e of slow) evidenceOf.status.push({ ...e, rule: `status:asks ${e.rule}` });
  }
  evidenceOf.urge = evidenceOf.urge.filter((e) => {
    const turn = turns[e.turn];
    const told = turns[e.turn - 1];
    // "行吧。那个你们给我催一下": a chase asked outright after taking the state is a chase all the same.
    if (e.speaker !== 'caller' || turn === undefined || told?.speaker !== 'agent' || told.asks) return true;
    if (ASKS_ACTION.test(e.match.toLowerCase())) return true;
    return !(STATE_TOLD.test(told.lower) && TAKES_IT.test(turn.lower) && !asksActionBeside(turn.lower, e));
  });
}
