import type { CueHit } from './hotlineTypes.js';
import { memoRecent } from './recentMemo.js';

// What a caller says of an action without asking for it now (attack round 10): on a condition ("要是
// 明天还吵，就帮我撤回", "if they haven't come by Friday, withdraw it"), as someone else's words ("我老公
// 说让我撤回", "the officer told me to cancel"), as a question about it ("撤回了还能再投诉吗", "what
// happens if I withdraw"), while deciding ("在考虑要不要撤回", "I'm tempted to withdraw… but I won't"),
// or to refuse it ("撤回？不可能！", "I would never… even think about withdrawing", "不是为了撤回").

// A condition in the sentence before the cue; "如果可以的话", "if you can" only ask politely.
const CONDITION_BEFORE = /\b(?:if|unless)\b|如果|要是|假如|万一|到时候/;
const POLITE_CONDITION =
  /如果(?:可以|方便|行)的话|如果可以|要是(?:可以|方便)的话|\bif (?:possible|you can|you could|you don'?t mind|that's (?:ok|okay|alright|possible))\b|\b(?:it'd|it would|would it) be (?:nice|good|great|helpful) if\b/g;
// Someone else's advice right before the cue, in its clause: "说让我", "劝我", "told me to", "says chasing"
// (for withdrawing and chasing only: "我爸让我补充一下", "the text asked me to rate it" pass a request on).
const REPORTED_BEFORE =
  /(?:说(?:让|叫)|劝|(?:想|要)让)我(?:把|去|先|赶紧)?[^，。,.;；!！?？]{0,10}$|\b(?:said|says|told me|tells me|keep telling me|kept telling me|suggested|advised(?: me)?|reckons|thinks)(?: that)?(?: (?:i|we) (?:should|must|ought to|could|need to))?(?: to)?(?: just)?\s*(?:[a-z']+\s+){0,3}$/;
// Tested once per turn text, however many cues the turn has.
const ironic = memoRecent(8, (lower) => IRONY.test(lower));
const ADVISED: ReadonlySet<string> = new Set(['withdraw', 'urge', 'urgency']);
// A question about the action rather than a request for it.
const ABOUT_ACTION =
  /什么时候说|谁让|谁说|谁叫|\bwho (?:said|told you|asked you)\b|\bwhen did i (?:say|ask)\b|(?:能不能|可不可以|可以|能)[^，。]{0,6}(?:自己|网上|在网上|app)|\b(?:myself|online)\b|\b(?:will|would|does|do|can) (?:a |the )?(?:reminder|chasing|it|that|this)(?: \w+)? (?:actually )?(?:do anything|help|work|make (?:a|any) difference)\b|要多久|多久|多长时间|了没有|了没|\bwhat (?:happens|would happen|will happen)\b|\bis it possible to\b|\bis there a way to\b|\bdo i have to\b|\bwould (?:it|that|i)\b|\bdoes (?:it|that) (?:help|work|matter)\b|\bwill (?:it|that) (?:help|work|matter)\b|会不会|还能|有用吗|有没有用|管用吗|影响|有什么后果|的话[^，。]{0,12}(?:吗|么|呢)/;
const QUESTION_MARK = /[?？吗么呢]/;
// Deciding, not yet asking.
const DELIBERATING_BEFORE =
  /考虑要不要|在想要不要|想着要不要|要不要|犹豫|纠结|\b(?:thinking (?:about|of)|considering|tempted to|not sure (?:if|whether)(?: (?:i|to) (?:should )?)?|wondering (?:if|whether|about)|haven't decided|undecided about)\b/;
// Refused right after the cue ("撤回？不可能！", "Withdraw it? No way.", "…我偏不", "but I won't").
const REFUSED_AFTER =
  /^[^。.!！]{0,8}?[？?]\s*(?:不可能|没门|休想|门儿?都没有|没门儿|甭想|别想|想得美|no way|never|not a chance|of course not|not happening)|^[^。.!！?？]{0,24}?(?:我偏不|我才不|\bbut i won'?t\b|\bi won'?t\b|\bi refuse\b)|^[\s.。…,，—–-]*(?:no|不)(?=[\s.。!！,，]|$)|^[\s\S]{0,30}?(?:门儿?都没有|没门儿?|休想|甭想|想得美|我不撤|我偏不|我才不|\bno way\b|\bnot a chance\b|\bi won'?t\b|\bi refuse\b)|^[^.?!。？！]{0,12}?(?:\bno,? no\b|不不|不是不是|不对不对|(?:也|都)没(?:有)?用|\b(?:won'?t|doesn'?t|does not|will not) (?:help|work|do anything)\b)/;
// Said with irony: "Oh sure, just withdraw it then, why don't you", "撤了算了，反正也没人管，是吧？".
const IRONY =
  /\bwhy don'?t you\b|\bthat'?s what you (?:lot |people |guys )?(?:always )?want\b|\boh sure\b|\byeah,? right\b|反正(?:你们)?(?:也)?(?:没人管|不管)|是吧[？?]\s*$|好让你们/;
// A refusal earlier in the same sentence, across its commas: "I would never, after all this, even think of withdrawing".
const NEVER_BEFORE = /\b(?:never|no way)\b|绝不|决不|绝对不/;
// Chinese: not the purpose of the call ("不是为了撤回", "并不想催", "没打算撤").
// "把里面说的时间撤回改一下": a detail taken back to be corrected, not the case withdrawn.
const CORRECTED_AFTER = /^(?:来|一下)?(?:再)?(?:改|更正|修改|重新写)/;
const NOT_MEANT_BEFORE = /不是(?:为了|要|想)|并不(?:想|打算|是要)|没(?:打算|想过)|不打算$/;

// Done already, not asked now: "您上周已经催办过一次了", "我催过了", "you already sent a reminder".
const DONE_BEFORE = /已经[^，。,.;；!！?？]{0,6}$|\balready (?:\w+ ){0,3}$/;
const DONE_AFTER = /^(?:办)?过/;
/**
 * Whether a cue for an action speaks of it as done already, by whoever says it: the agent stating a
 * past fact ("我看到您上周已经催办过一次了，对吗？" — "对") offers nothing to agree to.
 *
 * @example
 * ```ts
 * doneAlready('您上周已经催办过一次了', { index: 5, match: '催办' }); // true
 * ```
 */
export function doneAlready(lower: string, hit: CueHit): boolean {
  return (
    DONE_BEFORE.test(lower.slice(Math.max(0, hit.index - 24), hit.index)) ||
    DONE_AFTER.test(lower.slice(hit.index + hit.match.length))
  );
}

function sentenceAround(lower: string, hit: CueHit): { before: string; after: string; sentence: string } {
  let from = -1;
  for (const mark of ['.', '?', '!', '。', '？', '！'])
    from = Math.max(from, lower.lastIndexOf(mark, hit.index - 1));
  const rest = lower.slice(hit.index + hit.match.length);
  const end = rest.search(/[.?!。？！]/);
  const before = lower.slice(from + 1, hit.index);
  return { before, after: rest, sentence: before + hit.match + (end < 0 ? rest : rest.slice(0, end + 1)) };
}

/**
 * Whether a cue for an action on a case (withdraw, urge, add, rate) is said by the caller without
 * asking for that action now: on a condition, as someone else's words, in a question about the action,
 * while still deciding, or with a refusal.
 *
 * @example
 * ```ts
 * notAskedNow('要是明天还吵，你们就帮我撤回吧', { index: 11, match: '撤回' }, 'withdraw'); // true
 * notAskedNow('帮我撤回吧', { index: 2, match: '撤回' }, 'withdraw'); // false
 * ```
 */
export function notAskedNow(lower: string, hit: CueHit, owner: string): boolean {
  if (ironic(lower)) return true;
  const { before, after, sentence } = sentenceAround(lower, hit);
  const clause = before.split(/[，,;；]/).pop() ?? '';
  return (
    CONDITION_BEFORE.test(before.replace(POLITE_CONDITION, ' ')) ||
    (ADVISED.has(owner) && REPORTED_BEFORE.test(clause)) ||
    (ABOUT_ACTION.test(sentence) && QUESTION_MARK.test(sentence)) ||
    DELIBERATING_BEFORE.test(before) ||
    REFUSED_AFTER.test(after) ||
    NEVER_BEFORE.test(before) ||
    NOT_MEANT_BEFORE.test(before.slice(-6)) ||
    (owner === 'withdraw' && CORRECTED_AFTER.test(after))
  );
}
