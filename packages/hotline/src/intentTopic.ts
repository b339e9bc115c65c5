import { CLAUSE_BREAK } from './assignReferences.js';
import type { Evidence } from './callReading.js';
import { resolvedNamed, singlesOut } from './caseTopic.js';
import type { NormalizedTurn } from './readTurns.js';
import { WHICH_CASE } from './splitRequests.js';

// Finer cuts for a turn whose two requests share a clause ("帮我催一下施工那个，狗叫那个撤了吧").
const COMMA_BREAK = new RegExp(`${CLAUSE_BREAK.source}|[，,]`, 'gi');

/** A text cut at `breaks`, each break kept at the head of the piece it opens ("另外…"), as [start, end) spans. */
function piecesOf(text: string, breaks: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const mark of text.matchAll(breaks)) {
    if (mark.index > from) spans.push([from, mark.index]);
    from = mark.index;
  }
  spans.push([from, text.length]);
  return spans;
}

/**
 * The words of a turn that carries two requests, for one of them: the pieces holding the other
 * request's words go, the rest stay — cut at clauses first, at commas when both share a clause.
 */
function ownPieces(text: string, mine: readonly number[], theirs: readonly number[]): string {
  for (const breaks of [CLAUSE_BREAK, COMMA_BREAK]) {
    const spans = piecesOf(text, breaks);
    const pieceOf = (at: number) => spans.findIndex(([start, end]) => at >= start && at < end);
    const own = new Set(mine.map(pieceOf));
    const other = new Set(theirs.map(pieceOf).filter((piece) => !own.has(piece)));
    if (other.size > 0)
      return spans
        .filter((_, piece) => !other.has(piece))
        .map(([start, end]) => text.slice(start, end))
        .join(' ');
  }
  return text;
}

// The caller asking which of their cases the call is about: "which one, i have got two", "我反映过两个", "哪个啊？".
const ASKS_WHICH =
  /\bwhich (?:one|complaint|case)\b|\bi(?:'ve| have)? (?:got )?(?:two|three|a few|several)\b|哪个|哪一个|哪件|哪一件|(?:反映|投诉|报)过(?:两|三|好几)个/i;

const ASKS_BACK = /[?？]|说一下|请问|哪(?:个|件|一)|都是|\b(?:which|what|both|tell me)\b/i;

// The agent correcting the case the caller guessed: "不是工地那件，是酒吧那件", "No, not the dog one — it's about the bar".
const CORRECTS_GUESS =
  /^(?:(?:哦|噢|嗯|呃)[，,\s]*)?不是[^，。,.？?]{1,12}(?:那件|那个|的)[，,\s]*(?:是|而是)|^(?:no|not quite|actually)[,.]?\s*(?:it'?s )?not the [a-z' -]{1,30}(?:one|complaint)[,.;—–-]?\s*(?:it'?s|this is|i'?m calling)\b/i;

// The agent listing the caller's cases before asking about one: "一件是NC-…棋牌室的；另一件是…跳绳的。您问的是棋牌室这件吗？".
const LISTS_CASES =
  /一(?:件|个|条)是[^？?]*另(?:一)?(?:件|个|条)|一(?:件|个)是[^？?]*一(?:件|个)是|\bone is\b[^?]*\bthe other\b|\bthe first (?:is|one)\b[^?]*\bthe second\b/i;

// The agent going through the caller's cases ("i can see three under your number the bar on … the dog at …
// and the night roadworks on …", "您名下有三个工单"): every case, so none.
const LISTS_SEVERAL =
  /\b(?:two|three|four|several) (?:under|on|for|against) (?:this|your|the) (?:number|phone|name)\b|\bfirst (?:the|one|is)\b[^?]*\b(?:second|then) (?:the|one|is)\b|(?:号码|名下)(?:下面|下)?(?:有|一共有)?(?:两|三|四|几)(?:个|件|条)|\b(?:i can see|i see|there are|there's|you have|you've got|we have|i've got) (?:two|three|four|five|several|a few)\b|(?:有|看到|查到)(?:两|三|四|五|几)(?:个|件|条)/i;

/**
 * The agent turns that name the call's case for the caller, whichever request is being read: an answer
 * to the caller asking which case ("oh hi which one, i have got two" — "the one on marchbank street about
 * the printing works" — "oh right the printers"), and a correction of the caller's guess ("是问工地那个吗？"
 * — "不是工地那件，是太平家园底商酒吧那件"), with the caller turns whose guess was corrected. Read once per call.
 */
const namingsOf = new WeakMap<
  readonly NormalizedTurn[],
  { answers: number[]; corrected: [number, number][] }
>();
function agentNamings(turns: readonly NormalizedTurn[]) {
  let found = namingsOf.get(turns);
  if (found) return found;
  found = { answers: [], corrected: [] };
  for (const turn of turns) {
    const next = turns[turn.index + 1];
    if (turn.speaker !== 'caller' || next?.speaker !== 'agent') continue;
    const after = turns[turn.index + 2];
    // (An agent asking back — "两件都是噪声投诉…您说一下是什么声音？" — names none.)
    if (
      ASKS_WHICH.test(turn.lower) &&
      !next.asks &&
      !ASKS_BACK.test(next.lower) &&
      !LISTS_SEVERAL.test(next.lower) &&
      !(after?.speaker === 'caller' && after.answer === 'no')
    )
      found.answers.push(next.index);
    if (/[?？]/.test(turn.text) && CORRECTS_GUESS.test(next.lower))
      found.corrected.push([turn.index, next.index]);
  }
  namingsOf.set(turns, found);
  return found;
}

/** Where in turn `index` the evidence of `list` was heard (by `speaker`, when given). */
function heardAt(list: readonly Evidence[], index: number, speaker?: Evidence['speaker']): number[] {
  return list
    .filter((e) => e.turn === index && e.at !== undefined && (speaker === undefined || e.speaker === speaker))
    .map((e) => e.at!);
}

/** A read-back that lists several cases, cut to the question that picks one; any other as it is. */
function askedOf(text: string): string {
  if (!LISTS_CASES.test(text)) return text;
  const q = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
  if (q < 0) return text;
  const before = text.slice(0, q);
  const start = Math.max(...['。', '.', '；', ';', '!', '！'].map((mark) => before.lastIndexOf(mark)));
  return text.slice(start + 1, q + 1);
}

/**
 * The words that say which case an intent is about: the caller turns that carry it, the agent's
 * read-backs the caller confirmed, and the caller's mentions of a filed case that carry no
 * other request ("This is about the generator one").
 *
 * @example
 * ```ts
 * topicOf(intent.evidence, existing, caseTurns, turns, (text) => text); // 'This is about the generator one, not the dog.'
 * ```
 */
export function topicOf(
  evidence: readonly Evidence[],
  existing: readonly Evidence[],
  caseTurns: readonly Evidence[],
  turns: readonly NormalizedTurn[],
  strip: (text: string) => string,
  readBacks: readonly Evidence[] = [],
): string {
  // (The agent asking which case, "一件是帽儿胡同的装修，一件是…，您要补充哪一件", names every case, so none.)
  const own = new Set(
    evidence
      .filter(
        (e) =>
          e.speaker === 'caller' ||
          (turns[e.turn]?.answer === 'yes' && !WHICH_CASE.test(turns[e.turn]!.lower)),
      )
      .map((e) => e.turn),
  );
  if (existing.length === 0 && own.size === 0) return '';
  const theirs = caseTurns.filter((e) => !evidence.includes(e));
  const others = new Set(theirs.map((e) => e.turn));
  // The agent's read-back of another request ("So you'd like to withdraw the dog one?" — "Yes"): not this one's.
  const theirReadBacks = new Set(
    readBacks.filter((e) => !evidence.some((mine) => mine.turn === e.turn)).map((e) => e.turn),
  );
  for (const e of existing) if (e.speaker === 'caller' && !others.has(e.turn)) own.add(e.turn);
  // The agent's answer to which case, and its correction of the caller's guess, name the case.
  const namings = agentNamings(turns);
  for (const index of namings.answers) own.add(index);
  for (const [guess, correction] of namings.corrected) {
    own.delete(guess);
    own.add(correction);
  }
  // A turn that carries another request too ("withdraw NC-…, and chase up my other complaint"):
  // only the clauses of this one.
  // An agent read-back of two requests at once ("So: an urge on the building site, and withdraw the dog
  // complaint. Is that right?"): only the clauses of this one.
  const readBackOf = (index: number, text: string) => {
    const theirsAt = heardAt(
      readBacks.filter((e) => !evidence.includes(e)),
      index,
      'agent',
    );
    const mineAt = heardAt(evidence, index, 'agent');
    return theirsAt.length > 0 && mineAt.length > 0 ? ownPieces(text, mineAt, theirsAt) : text;
  };
  const words = (index: number) => {
    const text = turns[index]?.text ?? '';
    if (turns[index]?.speaker === 'agent') return readBackOf(index, text);
    if (!others.has(index)) return text;
    // A weak word of this request's kind ("另外" for add-info) claims no clause of another request.
    const strong = heardAt(
      evidence.filter((e) => e.weight >= 0.5),
      index,
    );
    const mine = strong.length > 0 ? strong : heardAt(evidence, index);
    return mine.length === 0 ? text : ownPieces(text, mine, heardAt(theirs, index));
  };
  const topic = (indexes: Iterable<number>) =>
    [...indexes]
      .sort((a, b) => a - b)
      .map((index) => strip(words(index)))
      .join(' ')
      .slice(0, 1000);
  // The agent's "是对面工地那件吧？" and the caller's yes ("对，工地那个。") name the case: the read-back
  // and the answer's first sentence, never what the caller goes on to say ("对。KTV那个不要撤啊…").
  const confirmed = turns.findLast(
    (turn) =>
      turn.speaker === 'caller' &&
      turn.answer === 'yes' &&
      !others.has(turn.index) &&
      !theirReadBacks.has(turn.index - 1) &&
      turns[turn.index - 1]?.asks === true &&
      turn.index > Math.min(...own),
  );
  // A later turn that names a case again corrects or doubts the pick ("Withdraw the dog one." … "Wait,
  // no — the construction one. The dog one stays."; "Hmm, or was it the dog one… I'm not sure now").
  const last = Math.max(...own);
  for (const turn of turns)
    if (
      turn.index > last &&
      turn.speaker === 'caller' &&
      !turn.pleasantry &&
      !others.has(turn.index) &&
      singlesOut(strip(turn.text))
    )
      own.add(turn.index);
  const said = topic(own);
  // Beside what the caller said, so a read-back of another case than the one they named ("我要催一下
  // 狗叫的那个" — "是人民路12号施工噪音那个对吧？" — "对对对") leaves two cases named: a person decides.
  if (confirmed) {
    const first = confirmed.text.split(/[。.!！?？]/, 1)[0] ?? '';
    const named = strip(
      `${askedOf(readBackOf(confirmed.index - 1, turns[confirmed.index - 1]!.text))} ${first}`,
    );
    if (singlesOut(named)) return `${said} ${named}`;
  }
  if (singlesOut(said)) return said;
  // Nothing singled out where the request was said: the caller's turns that carry no other request
  // may ("我想催一下我的投诉" … "不是这个…是楼下KTV那个").
  // The agent's read-backs the caller confirmed count too ("So the generator at 2 Granary Court?" — "That's it.").
  for (const turn of turns)
    if (
      !others.has(turn.index) &&
      !theirReadBacks.has(turn.index) &&
      (turn.speaker === 'caller' ? !turn.pleasantry : turn.asks === true && turn.answer === 'yes')
    )
      own.add(turn.index);
  return topic(own);
}

// Where a rating's sentence ends: a full stop, or a contrast ("施工那个还行吧。不过狗叫那个…我给一分").
const SCORE_BOUNDS = /[。.!！?？]|不过|但是|可是|\bbut\b|\bhowever\b/g;

/**
 * The words of the sentence that gives a score, when they single out a case: "施工那个还行吧。不过狗叫那个
 * 根本没人管，我给一分" scores the dog case, whatever the call is about; `undefined` when the sentence
 * names no case.
 *
 * @example
 * ```ts
 * scoreTopic('施工那个还行吧。不过狗叫那个根本没人管，我给一分。', '一分'); // '不过狗叫那个根本没人管，我给一分'
 * ```
 */
export function scoreTopic(lower: string, match: string): string | undefined {
  const at = lower.lastIndexOf(match.toLowerCase());
  if (at < 0) return undefined;
  let from = 0;
  let to = lower.length;
  for (const bound of lower.matchAll(SCORE_BOUNDS)) {
    if (bound.index < at) from = bound[0].length === 1 ? bound.index + 1 : bound.index;
    else if (bound.index >= at + match.length && bound[0].length === 1) {
      to = bound.index;
      break;
    }
  }
  // "The construction one is sorted now, that's a 5": the case said to be done is the one scored.
  const sentence = resolvedNamed(lower.slice(from, to).trim());
  return singlesOut(sentence) ? sentence : undefined;
}
