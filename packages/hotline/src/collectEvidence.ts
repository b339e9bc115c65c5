import type { Evidence } from './callReading.js';
import type { CueHit, HotlineRules, Matcher } from './hotlineTypes.js';
import { asksRating } from './readRating.js';
import { inQuote, type NormalizedTurn } from './readTurns.js';
import {
  askedOutright,
  doneAlready,
  notAskedNow,
  toldHowTo,
  toldInHand,
  toldPromise,
} from './requestMood.js';
import { turnHasScript } from './textScript.js';

// The words before a street called "… Close": "at Tanyard", "12 Gannet", "on the", "Foxglove" after a number.
const STREET_BEFORE =
  /(?:\b(?:at|on|in|off|near|by|from|of|along|round|around|behind|opposite|outside)\s+(?:no\.?\s*)?(?:\d+\s+)?[a-z'-]+|\b\d+[a-z]?\s+[a-z'-]+(?:\s+[a-z'-]+)?|\bthe)\s+$/;

const CASE_KINDS: ReadonlySet<string> = new Set(['add-info', 'urge', 'withdraw', 'rate']);
/**
 * The owner under which the request kinds of read-backs the caller denied are kept (`rule` is the kind).
 *
 * @example
 * ```ts
 * collectEvidence(turns, rules).get(DENIED); // [{ turn: 2, rule: 'withdraw', match: 'withdraw', … }]
 * ```
 */
export const DENIED = 'denied';
// "Anything else to add?" — "No": the caller has nothing more, which takes back nothing said before.
/** The agent asking "Anything else?" (还有别的吗？): a yes or no answers that, nothing said before it. */
export const ANYTHING_ELSE = /anything (?:else|more)|any other|还有(?:别的|其他|什么)|其他(?:问题|需要|的)/;
const AGENT_STATEMENT = 0.6;
const AGENT_QUESTION = 0.3;
const AGENT_CONFIRMED = 0.85;
const ZH_NEGATION = /[不没别勿]|无需|不用/;
// Not negations: set phrases, and the A-not-A questions ("能不能快点", "是不是还没处理") that ask rather than deny.
const ZH_NOT_NEGATION =
  /对不起|不好意思|不客气|了不起|不少|不过|没事|不得了|受不了|不停|没完|能不能|是不是|可不可以|有没有|会不会|要不要|行不行|管不管|分别|特别|区别|类别|级别|别的|别人|别处/g;
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
  "ain't",
  'nobody',
  "wouldn't",
  "shouldn't",
]);
// "怎么申请", "how do I apply": a question about a service, not an application.
const ENQUIRY_BEFORE =
  /(?:怎么|如何|怎样|哪里|在哪|能不能|可不可以|how (?:do|can|would|should|could) (?:i|we|you|one)|where (?:do|can|should) (?:i|we)|what do (?:i|we) need to|can (?:i|we)|is it possible to)\s*(?:\S+\s+)?$/;
const ZH_CLAUSE_MARKS = new Set('，。,;；!！?？');
const EN_CLAUSE_MARKS = new Set(',.;:!?');
const SPACE = /\s/;
function isNegated(turn: NormalizedTurn, index: number, latin: boolean): boolean {
  if (index === 0) return false;
  const lower = turn.lower;
  if (!latin) {
    // A negation ends at its clause: "路灯不亮，修了没有" does not deny the question after the comma.
    let start = index;
    while (start > Math.max(0, index - 4) && !ZH_CLAUSE_MARKS.has(lower[start - 1]!)) start -= 1;
    const zh = lower.slice(start, index);
    return ZH_NEGATION.test(zh) && ZH_NEGATION.test(zh.replace(ZH_NOT_NEGATION, '').slice(-3));
  }
  // A negation among the four words before an English cue, in its clause: "don't want to withdraw",
  // "not asking you to hurry them" — but "No, hurry them up" answers, it does not negate. Read
  // backwards from the cue, without cutting the turn into pieces (this runs for every cue heard).
  const from = Math.max(0, index - 40);
  let start = from;
  for (let at = index - 2; at >= from; at--) {
    if (EN_CLAUSE_MARKS.has(lower[at]!) && SPACE.test(lower[at + 1] ?? '')) {
      start = at + 2;
      break;
    }
  }
  let end = index;
  for (let words = 0; words < 4; words++) {
    while (end > start && SPACE.test(lower[end - 1]!)) end -= 1;
    if (end <= start) break;
    let begin = end;
    while (begin > start && !SPACE.test(lower[begin - 1]!)) begin -= 1;
    const word = lower.slice(begin, end);
    // "Dave, stop chasing me": said to someone else, and no request.
    if (EN_NEGATION.has(word) || (words === 0 && (word === 'stop' || word === 'quit'))) return true;
    end = begin;
  }
  return false;
}

// A request for later, on a condition: "if it's not sorted by Friday I'll call again and you can chase
// them", "要是下周还没动静我再打过来" — it asks nothing now.
const CONDITION = /\b(?:if|unless)\b|如果|要是|假如|万一|等到|到时候/;
const LATER_CALL =
  /\b(?:i'll|i will|i'd|we'll) (?:call|ring|phone|get back)(?: you)? (?:again|back)|\bcall (?:you )?again\b|再打|再来电|再给你们打|再联系你们|到时候再/;
function deferred(turn: NormalizedTurn, index: number): boolean {
  if (turn.speaker !== 'caller' || !LATER_CALL.test(turn.lower) || !CONDITION.test(turn.lower)) return false;
  const from = Math.max(
    ...['.', '?', '!', '。', '？', '！'].map((mark) => turn.lower.lastIndexOf(mark, index - 1)),
  );
  const rest = turn.lower.slice(from + 1);
  const end = rest.search(/[.?!。？！]/);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  const before = sentence.slice(0, index - from - 1);
  return CONDITION.test(before) && LATER_CALL.test(sentence);
}

const FOR_NOW_BEFORE = /(?:先|暂时|暂且|暂)$/;
const FOR_NOW_AFTER = /^[^.?!,;]{0,20}\b(?:for now|for the moment|for the time being|just yet)\b/;
/** A withdrawal cue said as "not for now": "那个先不用管", "no need to do anything about that one for now". */
// "Today no need to do anything", "For now, no need to send anyone".
const FOR_NOW_BEFORE_EN = /\b(?:today|for now|right now|at the moment|for the moment|as of now)[,.]?\s*$/;
function forNow(lower: string, hit: CueHit): boolean {
  return (
    FOR_NOW_BEFORE.test(lower.slice(Math.max(0, hit.index - 2), hit.index)) ||
    FOR_NOW_BEFORE_EN.test(lower.slice(Math.max(0, hit.index - 16), hit.index)) ||
    FOR_NOW_AFTER.test(lower.slice(hit.index + hit.match.length))
  );
}

const NEGATION_TAIL = /(?:\b(?:don'?t|do not|never|please don'?t|no need to)|千万别|别|不要|不用)\s*$/;
const GIVE_UP = /forget|never ?mind|let it go|算了|不说了/;
const CALL_BACK_AFTER = new RegExp(
  `^[^.?!。？！]{0,30}?(?:${LATER_CALL.source}|\\b(?:ring|call) (?:you )?(?:back )?later\\b)`,
);
/** "Look, just forget it, I'll ring back later": the caller gives up on the call, not on the case. */
function givesUpCall(lower: string, hit: CueHit): boolean {
  return GIVE_UP.test(hit.match) && CALL_BACK_AFTER.test(lower.slice(hit.index + hit.match.length));
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
 * a denied question not at all) and dropping negated cues ("我不是要撤回") and the words of a
 * declined offer ("不用了"); the request kinds of a read-back the caller denied are kept under `denied`.
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
  const push = (owner: string, evidence: Evidence) => {
    const list = byOwner.get(owner);
    if (list) list.push(evidence);
    else byOwner.set(owner, [evidence]);
  };
  // The caller turns that hold a request for later ("if … I'll call again"), tested once per turn.
  const mayDefer = new Set(
    turns
      .filter((t) => t.speaker === 'caller' && LATER_CALL.test(t.lower) && CONDITION.test(t.lower))
      .map((t) => t.index),
  );
  // A caller segment that speech recognition cut off mid-sentence, for the one after it.
  const leadOf = (turn: NormalizedTurn) => {
    const previous = turns[turn.index - 1];
    return previous?.speaker === 'caller' && !/[.?!。？！]\s*$/.test(previous.lower)
      ? `${previous.lower} `
      : '';
  };
  const trailOf = (turn: NormalizedTurn) => {
    const next = turns[turn.index + 1];
    if (next?.speaker !== 'caller') return '';
    const then = turns[turn.index + 2];
    return then?.speaker === 'caller' && next.lower.length < 12 ? `${next.lower} ${then.lower}` : next.lower;
  };
  // Once the agent has asked for a rating, the agent's words of how the case went ("请您对处理结果打个分",
  // "您觉得处理得怎么样？") and the caller's echo of them ("处理结果啊……") speak of what is rated, not
  // of wanting to hear the status.
  let ratingAsked = false;
  const rated = (turn: NormalizedTurn, matcher: Matcher, hit: CueHit) =>
    ratingAsked &&
    matcher.owner === 'status' &&
    (turn.speaker === 'agent' || /结果|\b(?:result|outcome)/.test(hit.match));
  const add = (turn: NormalizedTurn, matcher: Matcher, hit: CueHit, weight: number) => {
    if (rated(turn, matcher, hit)) return;
    // "Please don't" / "withdraw it…", "你千万别" / "撤回我的投诉": a negation speech recognition put
    // at the end of the segment before.
    const cutNegation = hit.index < 4 && NEGATION_TAIL.test(leadOf(turn));
    if (cutNegation || isNegated(turn, hit.index, /[a-z]/.test(hit.match[0] ?? ''))) {
      // "我不是要催办" asks nothing of the case, but speaks of one: a filed case is what one urges or withdraws.
      if (turn.speaker === 'caller' && CASE_KINDS.has(matcher.owner) && matcher.weight >= 0.8)
        push('existing', {
          turn: turn.index,
          speaker: turn.speaker,
          rule: `existing:not ${matcher.label}`,
          match: hit.match,
          weight: 0.5,
          at: hit.index,
        });
      // "Don't withdraw the dog one, withdraw the building site one", "别催狗叫那个，催一下工地那个": the
      // same words again later in the turn may ask it outright.
      const again = matcher.find(turn.text, turn.lower, hit.index + Math.max(1, hit.match.length));
      if (again) add(turn, matcher, again, weight);
      return;
    }
    // "不用了" declining the agent's offer asks for nothing: it is no withdrawal, urge or note.
    if (turn.declines !== undefined && hit.index < turn.declines && CASE_KINDS.has(matcher.owner)) return;
    if (
      (CASE_KINDS.has(matcher.owner) || matcher.owner === 'urgency') &&
      mayDefer.has(turn.index) &&
      deferred(turn, hit.index)
    )
      return;
    // “您的工单已撤回”, "please call us to withdraw your complaint": a message or a person quoted.
    if (inQuote(turn, hit.index)) return;
    // "the wind turbine at Tanyard Close that whines at night", "12 Gannet Close": a street, not "close that".
    if (
      matcher.owner === 'withdraw' &&
      /^clos/.test(hit.match) &&
      STREET_BEFORE.test(turn.lower.slice(Math.max(0, hit.index - 40), hit.index))
    )
      return;
    // "我看到您上周已经催办过一次了，对吗？": a past fact, nothing to do now.
    if (CASE_KINDS.has(matcher.owner) && doneAlready(turn.lower, hit)) return;
    // "你们说要查一下再给我回电话", "you said you'd chase it": a promise told, not asked for now.
    if (
      turn.speaker === 'caller' &&
      (CASE_KINDS.has(matcher.owner) || matcher.owner === 'status') &&
      toldPromise(turn.lower, hit)
    )
      return;
    // "要是明天还吵就帮我撤回", "my husband said I should withdraw it", "what happens if I withdraw?":
    // spoken of, not asked for now — but the caller still speaks of a filed case.
    if (
      turn.speaker === 'caller' &&
      (CASE_KINDS.has(matcher.owner) || matcher.owner === 'urgency') &&
      notAskedNow(turn.lower, hit, matcher.owner, leadOf(turn), trailOf(turn))
    ) {
      if (CASE_KINDS.has(matcher.owner) && matcher.weight >= 0.8)
        push('existing', {
          turn: turn.index,
          speaker: turn.speaker,
          rule: `existing:not now ${matcher.label}`,
          match: hit.match,
          weight: 0.5,
          at: hit.index,
        });
      // "My husband told me to ring and chase up our dog complaint, so could you chase it please?": the
      // same words later in the turn may be the caller's own request.
      const again = matcher.find(turn.text, turn.lower, hit.index + Math.max(1, hit.match.length));
      if (again) add(turn, matcher, again, weight);
      return;
    }
    // "I wish I could withdraw it", "part of me wants to withdraw it": the verb, not asked for — a
    // doubt for a person ("maybe the cancel thing, I don't know"), never a request on its own.
    const outright =
      matcher.owner !== 'withdraw' || turn.speaker !== 'caller' || askedOutright(turn.lower, hit);
    // "那个先不用管", "leave that one for now": left alone for the time being, not withdrawn.
    if (matcher.owner === 'withdraw' && (forNow(turn.lower, hit) || givesUpCall(turn.lower, hit))) return;
    // "You can withdraw the old one online once you've moved": how to do it, not an offer.
    if (turn.speaker === 'agent' && CASE_KINDS.has(matcher.owner) && toldHowTo(turn.lower, hit)) return;
    // "The hot tub complaint … is being handled": the agent speaks of a case filed before.
    if (matcher.owner === 'new-request' && turn.speaker === 'agent' && toldInHand(turn.lower, hit)) return;
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
      weight: matcher.weight * weight * (outright ? 1 : 0.35),
      at: hit.index,
    };
    push(matcher.owner, evidence);
  };
  const denied = (turn: NormalizedTurn, matcher: Matcher, hit: CueHit) => {
    if (ANYTHING_ELSE.test(turn.lower)) return;
    if (!CASE_KINDS.has(matcher.owner) || isNegated(turn, hit.index, /[a-z]/.test(hit.match[0] ?? '')))
      return;
    const list = byOwner.get(DENIED) ?? [];
    list.push({
      turn: turn.index,
      speaker: 'agent',
      rule: matcher.owner,
      match: hit.match,
      weight: 0,
      at: hit.index,
    });
    byOwner.set(DENIED, list);
  };
  for (const turn of turns) {
    // "您好，12345热线。", "Hotline, how can I help?": nothing to weigh.
    if (turn.formula) continue;
    if (turn.speaker === 'agent' && asksRating(turn.lower)) ratingAsked = true;
    // A read-back corrected in one detail still says what the call is about, though not what to do.
    if (turn.corrected) {
      for (const [matcher, hit] of rules.scan(turn.lower)) {
        if (CASE_KINDS.has(matcher.owner)) denied(turn, matcher, hit);
        else add(turn, matcher, hit, AGENT_STATEMENT);
      }
      continue;
    }
    const weight = speakerWeight(turn);
    if (weight === 0) {
      // What the agent read back and the caller denied ("So you want to withdraw it?" — "No…"): kept apart.
      if (turn.speaker === 'agent')
        for (const [matcher, hit] of rules.scan(turn.lower)) denied(turn, matcher, hit);
      continue;
    }
    for (const [matcher, hit] of rules.scan(turn.lower)) add(turn, matcher, hit, weight);
    // A pattern of Chinese words needs Chinese in the turn, one of English words needs letters.
    for (const matcher of rules.patternsIn(turn.text, turn.lower)) {
      if (!turnHasScript(turn, matcher.script)) continue;
      const hit = matcher.exec ? matcher.exec(turn.text) : matcher.find(turn.text, turn.lower);
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
