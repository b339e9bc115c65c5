// Over 350 lines: readRating reads each caller turn once through one ordered list of tests (scale, quotes,
// doubts, others' scores, conditions, corrections) that share the turn's blanked text; the words that make a
// score someone else's live in otherScores.ts.
import { hedgedVerdict, withoutOthersScores } from './otherScores.js';
import type { NormalizedTurn } from './readTurns.js';

/** A satisfaction rating heard in a call. */
export interface HeardRating {
  score: 1 | 2 | 3 | 4 | 5;
  turn: number;
  /** The words that gave the score. */
  match: string;
  /** The rest of the caller's turn, when there is more than the rating. */
  comment?: string;
  /** Said before any rating was asked for (no return visit question): weaker evidence of a rating. */
  unasked?: true;
}

const NUMBER: Record<string, 1 | 2 | 3 | 4 | 5> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

// Order matters: "不满意" before "满意", "not satisfied" before "satisfied".
const PHRASES: readonly [RegExp, 1 | 2 | 3 | 4 | 5][] = [
  [/非常不满意|很不满意|特别不满意|十分不满意/, 1],
  [/不太满意|不大满意|不是很满意|不怎么满意/, 2],
  [/不满意/, 1],
  [/基本满意|还算满意|一般般|一般吧|还行吧|说得过去/, 3],
  [/比较满意|挺满意|还挺满意|还比较满意/, 4],
  [/非常满意|很满意|特别满意|十分满意|满意|满分/, 5],
  [/\b(?:full marks|top marks)\b/, 5],
  [/\b(?:very|extremely|really|totally) (?:dissatisfied|unsatisfied|unhappy)\b/, 1],
  [/\bnot (?:very|really|that|too) (?:satisfied|happy)\b/, 2],
  [/\b(?:dissatisfied|unsatisfied|not satisfied|unhappy|not happy)\b/, 1],
  [/\b(?:neutral|so-so|so so|average|mixed feelings)\b/, 3],
  // 基本满意 in English: the middle of the three-level scale, not "satisfied".
  [/\b(?:basically|more or less|sort of|kind of|partly) (?:satisfied|happy)\b/, 3],
  [/\b(?:fairly|quite|mostly|reasonably) (?:satisfied|happy)\b/, 4],
  [/\b(?:very|extremely|really|completely|totally) (?:satisfied|happy)\b/, 5],
  [/\b(?:satisfied|happy with)\b/, 5],
];
// The five-level scale, when the agent offered it (非常满意、满意、一般、不满意、非常不满意).
const FIVE_LEVEL_PHRASES: readonly [RegExp, 1 | 2 | 3 | 4 | 5][] = [
  [/非常不满意|很不满意|特别不满意/, 1],
  [/非常满意|很满意|特别满意|满分/, 5],
  [/不满意|不太满意/, 2],
  [/一般|基本满意|还行/, 3],
  [/比较满意|满意/, 4],
  [/\b(?:very|extremely) (?:dissatisfied|unsatisfied|unhappy)\b/, 1],
  [/\b(?:very|extremely) (?:satisfied|happy)\b/, 5],
  [/\b(?:dissatisfied|unsatisfied|not satisfied|unhappy)\b/, 2],
  [/\b(?:neutral|so-so|average|basically (?:satisfied|happy))\b/, 3],
  [/\b(?:satisfied|happy)\b/, 4],
];
const OFFERS_FIVE =
  /非常满意.*非常不满意|非常不满意.*非常满意|very satisfied.*very dissatisfied|very dissatisfied.*very satisfied/;

// The three-level scale offered in words (满意 / 基本满意 / 不满意).
const OFFERS_WORDS = /基本满意|basically satisfied|fairly satisfied/;

const SCORE_PATTERNS: readonly RegExp[] = [
  /(?:打|给|评)?\s*([1-5一二两俩三四五])\s*(?:分(?!钟|之|半|钱|不少|不差|都不)|颗星|星)/g,
  /(?<!\bat )\b([1-5]|one|two|three|four|five)\s*(?:out of (?:5|five)|\/\s*5|stars?|points?)/g,
  /\b(?:give (?:it |you |them |that )?(?:an? )?|rate (?:it |you |them )?(?:an? |as )?|score (?:of )?(?:an? )?|make (?:it|that) (?:an? )?|change (?:it |that )?to (?:an? )?|put (?:it |me )?down (?:as|for) (?:an? )?|call it (?:an? )?|(?:let's|i'd|i would) say (?:an? )?)([1-5]|one|two|three|four|five)\b(?!\s+(?:a|an|the|more|of|last|another)\b)/g,
];
// A number alone in the answer to the agent's rating question ("a four — no, make it a five").
// Not a score: a number with its unit ("3楼", "来了2次", "3rd floor") or the start of a stutter ("五……五点钟").
const NOT_SCORE_AFTER =
  "(?!\\s*(?:楼|层|号|栋|单元|次|天|点|个|岁|年|月|日|分钟|小时|rd\\b|th\\b|st\\b|nd\\b|floor|times?\\b|days?\\b|hours?\\b|pm\\b|am\\b|weeks?\\b|months?\\b|years?\\b|minutes?\\b|o'?clock|\\.{2,}|…))";
// In English a bare number is the answer only when nothing it counts follows it ("Four.", "four, they
// did a decent job", "four I think", "a one nothing's changed"), and no house number or phrase holds it
// ("two kids", "three visits", "one of them", "at one point", "number three", "Two very happy people").
const EN_ANSWER_AFTER =
  "(?=\\s*(?:$|[,.!?;:—–…-]|(?:i think|i guess|i suppose|i'?d say|i reckon|then|please|maybe|probably|for sure|definitely|because|cos|but|though|overall|really|honestly|from me|out of|and)\\b))";
const EN_ANSWER_BEFORE =
  "(?<!\\b(?:number|no\\.?|at|flat|house|unit|apartment|room|bus|route|platform|gate|line|got|have|'ve|had|of|the|my|our|all|these|those|with)\\s)";
const ANSWER_NUMBERS: readonly RegExp[] = [
  new RegExp(`${EN_ANSWER_BEFORE}(?<![0-9])([1-5])(?![0-9])${NOT_SCORE_AFTER}${EN_ANSWER_AFTER}`, 'g'),
  new RegExp(`${EN_ANSWER_BEFORE}\\b(one|two|three|four|five)\\b${NOT_SCORE_AFTER}${EN_ANSWER_AFTER}`, 'g'),
  // "honestly a one nothing's changed" (speech recognition gives no comma): "a" makes it a score.
  new RegExp(`(?<=\\ba )(one|two|three|four|five)\\b${NOT_SCORE_AFTER}(?![-'])`, 'g'),
  new RegExp(
    `(?<![一二三四五六七八九十])([一二两俩三四五])${NOT_SCORE_AFTER}(?=\\s*(?:分(?!钱|不少|不差|都不)|星|颗|吧|$|[，。,.!！]))`,
    'g',
  ),
];
// The scale is not a score: "1 to 5", "out of five", "五分制", "满分5分".
const SCALE =
  /\b(?:[1-5]|one) (?:to|-) (?:5|five)\b|out of (?:5|five)|\/\s*5|[1-5一]\s*到\s*[5五]|[五5]分制|满分\s*[五5]\s*分/g;
// A point taken off ("还是四分吧…扣一分", "four — I'm knocking a point off for the wait") is no score.
const DEDUCTION =
  /[扣减]\s*(?:掉|去)?\s*[1-5一二两]\s*分|\b(?:knock(?:ed|ing)?|tak(?:e|ing)|took) (?:a|one|two) (?:point|star)s? off\b|\bminus (?:a|one|two) (?:point|star)s?\b|\b(?:a|one|two) (?:point|star)s? off\b/g;
// Every rating says a number or one of these words; other turns skip the patterns below.
// (A bare number counts only as the answer to the agent's rating question, which skips this test.)
const HINT =
  /[1-5一二两俩三四五]\s*(?:分|颗星|星)|\b[1-5]\b|\b(?:one|two|three|four|five)\b|满意|满分|full marks|top marks|一般|还行|说得过去|satisf|happy|neutral|so-?so|average|mixed/;
// Every rating in words has one of these; other turns skip the phrase lists.
const PHRASE_HINT = /满意|满分|一般|还行|说得过去|satisf|happy|neutral|so.?so|average|mixed|marks/;
const ASKS_RATING =
  /满意|评价|打分|几分|[1-5一二三四五]\s*到\s*[1-5一二三四五]|satisf|\brat(?:e|ing)\b|\bscore\b|\bout of\b|\b(?:one|1) (?:to|-) (?:five|5)\b|\bscale\b/;

/**
 * Whether the agent's words ask for a rating ("请您对处理结果打个分", "How satisfied are you, one to five?").
 *
 * @example
 * ```ts
 * asksRating('请您对处理结果打个分，1到5分'); // true
 * ```
 */
export function asksRating(lower: string): boolean {
  return ASKS_RATING.test(lower);
}

const PHRASES_GLOBAL = PHRASES.map(([pattern, score]) => [new RegExp(pattern.source, 'g'), score] as const);
const FIVE_GLOBAL = FIVE_LEVEL_PHRASES.map(
  ([pattern, score]) => [new RegExp(pattern.source, 'g'), score] as const,
);

interface Hit {
  score: 1 | 2 | 3 | 4 | 5;
  index: number;
  match: string;
}

/** The last hit of any of the patterns: what a caller says last is what they mean. */
function lastHit(
  text: string,
  patterns: readonly RegExp[],
  score: (hit: RegExpExecArray) => number | undefined,
): Hit | undefined {
  let last: Hit | undefined;
  for (const pattern of patterns) {
    for (const hit of text.matchAll(pattern)) {
      const value = score(hit) as Hit['score'] | undefined;
      if (value === undefined || (last && last.index > hit.index)) continue;
      last = { score: value, index: hit.index, match: hit[0] };
    }
  }
  return last;
}

function phraseHit(text: string, phrases: readonly (readonly [RegExp, number])[]): Hit | undefined {
  const spans: { start: number; end: number }[] = [];
  let last: Hit | undefined;
  // Phrases are ordered longest meaning first: "不满意" claims its words before "满意" can.
  for (const [pattern, value] of phrases) {
    for (const hit of text.matchAll(pattern)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end });
      if (!last || start > last.index) last = { score: value as Hit['score'], index: start, match: hit[0] };
    }
  }
  return last;
}

// Words that take back the number before them: "Let's say three. Hmm, no — four", "三分……算了，还是两分".
// ("三分。哦不，四分吧", "五分？不可能，两分", "上次回访我给了两分，这次好多了，四分")
const RECONSIDERS =
  /\b(?:no|actually|rather|wait)\b|不对|不是|算了|还是|改成|改为|[哦噢呃]不|不不|说错了|不可能|这次|这回/g;
const RECONSIDERS_ANY = new RegExp(RECONSIDERS.source);

/** A bare number said after the caller took back their score ("let's say three — no, four"). */
function reconsidered(
  text: string,
  hit: Hit,
  number: (hit: RegExpExecArray) => number | undefined,
): Hit | undefined {
  let from = -1;
  for (const marker of text.matchAll(RECONSIDERS)) if (marker.index > hit.index) from = marker.index;
  if (from < 0) return undefined;
  const after = lastHit(text.slice(from), ANSWER_NUMBERS, number);
  return after && { ...after, index: after.index + from };
}

const CONDITION = /\b(?:if|unless)\b|如果|要是|假如|万一/;
// Satisfaction denied or only half given, with no score of the caller's: "谈不上满意", "算不上满意吧",
// "满意个啥呀", "Can't say I'm satisfied", "I wouldn't say I'm satisfied" — a verdict for a person to
// hear, not a score (the caller's own number beside it still counts).
const VERDICT_DENIED =
  /(?:谈|说|算|称)不上不?满意|满意个(?:啥|屁|什么|鬼)|哪(?:里|儿)满意|满意什么|能满意吗|\b(?:can'?t say (?:i'?m|i am)|hardly(?: call myself)?|wouldn'?t say (?:i'?m|i am)|not what i'?d call|far from)\s*(?:\w+\s+){0,2}(?:satisfied|happy)\b/;
const VERDICTS_DENIED = new RegExp(VERDICT_DENIED.source, 'g');
// ("四到五分吧", "三分半", "四点五分", "four and a half", "五分减一分", "Minus one.")
const UNDECIDED =
  /[1-5一二两三四五]\s*(?:到|至|~|或|或者)\s*[1-5一二两三四五]\s*分|[1-5一二两三四五]\s*分半|[1-5一二两三四五]点五|\band a half\b|\b[1-5]\.5\b|\bminus\b|拿不准|说不好|不好说|还没想好|还没看出来|看不出来|还不知道|回头再说|再想想|\bnot sure\b|\bdon'?t know yet\b|\bi'?ll call you back\b|\bask me next week\b|\bhaven'?t (?:made my mind up|decided)\b|\bmade my mind up\b|\bthink about what it really is\b|\bcan'?t decide\b|\bundecided\b|\bbetween an? (?:one|two|three|four|five|[1-5]) and an? (?:one|two|three|four|five|[1-5])\b/;
const PROPOSES_SCORE =
  /(?:记|打|给您记|给您打)(?:个)?\s*([1-5一二两三四五])\s*分|\bput (?:you|it) down (?:as|for) an? (one|two|three|four|five)\b/;
const BYSTANDER = /^[（(](?:旁边|背景|旁人|另一个人|in the background|someone else|another voice)/;
const ARITHMETIC =
  /[1-5一二两三四五]\s*分?\s*[减扣]\s*[1-5一二两]\s*分|\b(?:one|two|three|four|five)\s+minus\b/;
const QUESTION_SENTENCE = /[^.。!！?？]*[?？]/g;
const blank = (text: string) => ' '.repeat(text.length);
const ASKS_ABOUT_AGENT =
  /服务态度|对我们坐席|对我的服务|坐席的服务|热线的服务|\brate me\b|\bthe hotline agent\b|\bmy service\b|\bhow (?:i did|did i do)\b/;
/** The sentence a position stands in: where it starts, and the mark that ends it (`end` -1 at the text's end). */
function sentenceAt(text: string, at: number): { start: number; end: number } {
  const start = Math.max(...['.', '?', '!', '。', '？', '！'].map((mark) => text.lastIndexOf(mark, at - 1)));
  const end = text.slice(at).search(/[.?!。？！]/);
  return { start, end: end < 0 ? -1 : at + end };
}

/** A condition in the sentence of the score. */
function conditional(text: string, at: number): boolean {
  const { start, end } = sentenceAt(text, at);
  // "Two at most, if I'm being generous", "I'd have given it a five if they'd come sooner".
  return (
    CONDITION.test(text.slice(start + 1, at)) || CONDITION.test(text.slice(at, end < 0 ? undefined : end))
  );
}

// "我打五分的话会怎么样？", "给五分是不是就结案了？", "What happens if I give it a five?": asked about, not given.
const CONSEQUENCE =
  /的话|会怎么样|会怎样|是不是|会不会|就结案|就完了|\bwhat (?:happens|would happen|will happen)\b|\bif i\b|\bwould (?:it|that)\b|\bdoes (?:it|that)\b|\bwill (?:it|that)\b/;
function askedAboutScore(text: string, at: number): boolean {
  const { start, end } = sentenceAt(text, at);
  if (end < 0 || !/[?？]/.test(text[end]!)) return false;
  return CONSEQUENCE.test(text.slice(start + 1, end));
}

/** Two different scores in one turn with no change of mind between them. */
function twoScores(text: string, number: (hit: RegExpExecArray) => number | undefined): boolean {
  const hits: { score: number; index: number }[] = [];
  for (const pattern of SCORE_PATTERNS)
    for (const hit of text.matchAll(pattern)) {
      const score = number(hit);
      if (score !== undefined) hits.push({ score, index: hit.index });
    }
  if (new Set(hits.map((hit) => hit.score)).size < 2) return false;
  hits.sort((a, b) => a.index - b.index);
  const between = text.slice(hits[0]!.index, hits[hits.length - 1]!.index);
  return !RECONSIDERS_ANY.test(between);
}

const HELD_BACK_HINT = /观察|看看|等等|过段|would be|when it/;
const HELD_BACK =
  /[1-5一二两俩三四五]\s*(?:分|颗星)[^，。,.!！?？]{0,3}?(?:得|要|还得|需要|就得)再?(?:观察|看看|等等|等一等|过段时间)|\b(?:a )?(?:five|four|5|4)\b (?:would be|is) (?:for )?(?:when|once|if) it'?s\b/g;

/**
 * Finds the caller's satisfaction rating — a number 1–5 ("五分", "4 out of 5"), one of
 * 满意 / 基本满意 / 不满意 or satisfied / neutral / dissatisfied, or a number answering the
 * agent's rating question — taking the last one said, since callers correct themselves
 * ("a four — no, make it a five" is a five).
 *
 * @example
 * ```ts
 * readRating([{ index: 3, speaker: 'caller', text: '基本满意吧', lower: '基本满意吧' }]); // { score: 3, turn: 3, match: '基本满意' }
 * ```
 */
export function readRating(turns: readonly NormalizedTurn[]): HeardRating | undefined {
  let found: HeardRating | undefined;
  // Whether the agent asked for a rating that no score has answered yet.
  let pending = false;
  // Whether the agent asked for one at all, before this turn.
  let asked = false;
  // Which scale the agent offered so far: words on five levels, words on three.
  let five = false;
  let words = false;
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.speaker === 'agent') {
      pending ||= ASKS_RATING.test(turn.lower);
      asked ||= pending;
      five ||= OFFERS_FIVE.test(turn.lower);
      words ||= five || OFFERS_WORDS.test(turn.lower);
    }
    // "那我给您记五分可以吗？" — "可以可以", "Shall I put you down as a five then?" — "Yes, go on.": the
    // agent's score, taken by the caller.
    if (turn.speaker === 'agent' && turn.asks) {
      const proposed = PROPOSES_SCORE.exec(turn.lower);
      const reply = turns[i + 1];
      const score = proposed ? NUMBER[proposed[1] ?? proposed[2]!] : undefined;
      if (score !== undefined && reply?.speaker === 'caller' && reply.answer === 'yes') {
        found = { score, turn: reply.index, match: proposed![0] };
        pending = false;
        continue;
      }
    }
    // "（旁边）别给五分，还在叫呢！": someone beside the caller disputes the score — a person decides.
    if (turn.speaker === 'caller' && found && BYSTANDER.test(turn.lower)) return undefined;
    if (turn.speaker !== 'caller') continue;
    // "I'd give it a" / "four, they did a decent job.": a segment speech recognition cut answers what the one before it did.
    let previous = turns[i - 1];
    if (previous?.speaker === 'caller' && !/[.?!。？！]\s*$/.test(previous.lower)) previous = turns[i - 2];
    // "Which complaint? I've got two." — "The dog barking at 3 Mill Lane." — "Oh, that one. Yeah, four.",
    // "Let me think." / "Four.": the rating question is still open until a score is heard.
    const answersRating = (previous?.speaker === 'agent' && ASKS_RATING.test(previous.lower)) || pending;
    if (!answersRating && !HINT.test(turn.lower)) continue;
    // The scale ("1 to 5") and what the caller quotes ("如对处理结果满意请回复5分") are no score.
    // "五分减一分": a sum for a person to read, not a score.
    if (ARITHMETIC.test(turn.lower)) continue;
    let lower = turn.lower
      .replace(SCALE, (scale) => ' '.repeat(scale.length))
      .replace(DEDUCTION, (taken) => ' '.repeat(taken.length));
    for (const [start, end] of turn.quoted ?? [])
      lower = lower.slice(0, start) + ' '.repeat(end - start) + lower.slice(end);
    // "Between a two and a four, I really can't decide", "拿不准": no score given.
    if (UNDECIDED.test(lower)) continue;
    // "给你五分", "you get a 5", "my neighbour would give it a 5": a score for someone or something else.
    // "谈不上满意" with no number: no score; with one ("谈不上满意，给三分吧") the number is the score.
    if (VERDICT_DENIED.test(lower)) lower = lower.replace(VERDICTS_DENIED, (said) => ' '.repeat(said.length));
    // "给四分吧，五分得再观察观察", "a five would be when it's properly fixed": a score held back, not given.
    if (HELD_BACK_HINT.test(lower)) lower = lower.replace(HELD_BACK, (said) => ' '.repeat(said.length));
    const own = withoutOthersScores(lower);
    // "你们热线服务我打五分，问题处理得不好，两分": a score for someone else beside one for the case —
    // two scores for two things; which one the case gets is for a person.
    const forOthers = own !== lower;
    lower = own;
    // "请问对我们坐席的服务态度呢？" — "五分": the agent's own rating, not the case's.
    if (previous?.speaker === 'agent' && ASKS_ABOUT_AGENT.test(previous.lower)) continue;
    const number = (hit: RegExpExecArray) => NUMBER[hit[1]!];
    let hit = lastHit(lower, SCORE_PATTERNS, number);
    // On a scale of words the caller's words are the answer; a number beside them is a time or a count.
    if (!hit && !words && answersRating) hit = lastHit(lower, ANSWER_NUMBERS, number);
    // "你说我能满意吗？": a verdict asked, not given.
    const numbered = hit !== undefined;
    if (!hit && PHRASE_HINT.test(lower)) {
      hit = phraseHit(lower.replace(QUESTION_SENTENCE, blank), five ? FIVE_GLOBAL : PHRASES_GLOBAL);
      // "满意是不可能满意的", "很难满意", "没有不满意的", "I'm anything but satisfied", "Not unsatisfied, I
      // suppose", "满不满意的，就那样吧": a verdict word with a denial or a hedge around it is for a person to hear.
      if (hit && hedgedVerdict(lower, hit)) continue;
    }
    if (!hit && words && answersRating) hit = lastHit(lower, ANSWER_NUMBERS, number);
    if (!hit) continue;
    hit = reconsidered(lower, hit, number) ?? hit;
    // On the three-level scale (满意 / 基本满意 / 不满意), "挺满意" is 满意.
    if (words && !five && hit.score === 4 && /满意|satisf/.test(hit.match)) hit = { ...hit, score: 5 };
    // "要是明天晚上还吵，我就给一分", "If they really fixed it I'd give them a five": a score for later;
    // "给施工队打一分，给你们热线打五分": two scores for two things — neither is the case's rating.
    if (
      forOthers ||
      conditional(lower, hit.index) ||
      askedAboutScore(lower, hit.index) ||
      twoScores(lower, number)
    )
      continue;
    const rest = turn.lower.replace(hit.match, ' ').trim();
    // "处理的人三分" / "结果的话一分" in two segments of one answer: two scores for two things.
    if (found && found.turn === turn.index - 1 && found.score !== hit.score && !RECONSIDERS_ANY.test(lower))
      return undefined;
    found = { score: hit.score, turn: turn.index, match: hit.match.trim() };
    // "I am not happy at all, I called you people last month…": a verdict in words nobody asked for
    // ("I got a text asking for feedback… I'd give that a four" is a score all the same).
    if (!numbered && !answersRating && !asked) found.unasked = true;
    pending = false;
    if (/[\u4e00-\u9fff]{4,}|[a-z]{3,}(?:\s+[a-z]+){2,}/i.test(rest)) found.comment = turn.text.slice(0, 500);
  }
  return found;
}
