import type { CueHit } from './hotlineTypes.js';
import { memoRecent } from './recentMemo.js';

// What a caller says of an action without asking for it now (attack rounds 10–12): on a condition or
// for later ("要是明天还吵，就帮我撤回", "下周一帮我撤回", "should they still be at it come next month"),
// as someone else's advice ("我老公说让我撤回", "物业经理叫我打电话过来把…撤销掉", "and I quote"), as a
// question ("撤回了还能再投诉吗", "是不是该撤了呢？", "maybe I should withdraw it?"), while deciding
// ("在考虑要不要撤回", "whether I withdraw it or not"), with a refusal ("撤回？不可能！", "撤回是不可能撤回的",
// "over my dead body", "not happening") or with irony ("Yeah, go on, withdraw it, that'll fix everything").

// "如果可以的话", "if you can", "it'd be nice if…" only ask politely.
const POLITE_CONDITION =
  /如果(?:可以|方便|行)的话|如果可以|要是(?:可以|方便)的话|如果(?:有用|需要)的话|\bif (?:possible|you can|you could|you would|you don'?t mind|that's (?:ok|okay|alright|possible|useful)|(?:that|it) helps|needed|you need (?:it|them|one))\b|\b(?:it'd|it would|would it) be (?:nice|good|great|helpful) if\b/g;
// A condition before the cue in its sentence, or after it ("please withdraw it, if they don't come next week").
const CONDITION =
  /\b(?:if|unless|whether|assuming|provided|providing|as long as|so long as|once (?:they|it|he|she|the|my|we|i|you))\b|^\s*(?:should|were|had) (?:they|it|he|she|you|i|we|the \w+|nothing|anything|no one|nobody|someone)\b|如果|要是|假如|万一|到时候|等到|的话|等(?:他们|它|他|她|那边|工地|这期|下)[^，。,.!！?？]{0,14}?(?:了|完|好|以后|之后)/;
// For later, in the cue's own clause or before it in the sentence: "下周一帮我撤回", "chase it up next week".
const LATER =
  /下个?(?:周|月|星期|礼拜)|下次|明天|后天|过(?:几|两)天|以后再|回头|月底|\bnext (?:week|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\btomorrow\b|\blater on\b|\bcome (?:next|the end)\b|\bin a (?:week|month|few days)\b|\bnot today\b/;
// Someone else's advice right before the cue, in its clause (for withdrawing and chasing only: "我爸让我
// 补充一下", "the text asked me to rate it" pass a request on).
const REPORTED_BEFORE =
  /(?:说(?:让|叫)|劝|(?:想|要)让(?!你们|您|你)|(?:叫|让)我打电话(?:过来|来)?)我?(?:把|去|先|赶紧)?[^，。,.;；!！?？]{0,12}$|\b(?:said|says|told me|tells me|keeps? telling me|kept telling me|suggested|advised(?: me)?|reckons|thinks)(?: that)?(?: (?:i|we) (?:should|must|ought to|could|need to))?(?: to)?(?: just)?\s*(?:[a-z']+\s+){0,3}$|\b(?:and )?i quote,?\s*$|\bsaid,\s*$|(?:跟|和|对)(?:我)?[\u4e00-\u9fff]{1,4}说(?:过)?(?:我)?(?:要|想)?$|(?:他|她|他们|她们|邻居|人家|我妈|我爸)(?:说|讲)(?:一直|还是|都|也|到现在)?$|\bi told (?:my |the )?[a-z]+(?: that)? i(?:'d| would| was going to| want(?:ed)? to)?\s*$/;
// "withdraw" / "is what my neighbour keeps telling me to do": the words of someone else, named after them.
const REPORTED_AFTER = /^\s*(?:\S+\s+){0,2}is what (?:my |the |everyone|people|they)/;
const ADVISED: ReadonlySet<string> = new Set(['withdraw', 'urge', 'urgency']);
// A question about the action rather than a request for it.
const ABOUT_ACTION =
  /什么时候说|谁让|谁说|谁叫|\bwho (?:said|told you|asked you)\b|\bwhen did i (?:ever )?(?:say|ask)\b|(?:能不能|可不可以|可以|能)[^，。]{0,6}(?:自己|网上|在网上|app)|\b(?:myself|online)\b|\b(?:will|would|does|do|can) (?:a |the )?(?:reminder|chasing|it|that|this)(?: \w+)? (?:actually |even )?(?:do anything|help|work|make (?:a|any) difference)\b|\bany point\b|要多久|多久|多长时间|了没有|了没|有啥用|有什么用|顶用|\bwhat (?:happens|would happen|will happen)\b|\bis it possible to\b|\bis there a way to\b|\bdo i have to\b|\bwould (?:it|that|i)\b|\bdoes (?:it|that) (?:help|work|matter)\b|\bwill (?:it|that) (?:help|work|matter)\b|会不会|还能|有用吗|有没有用|管用吗|影响|有什么后果|的话[^，。]{0,12}(?:吗|么|呢)/;
const QUESTION_MARK = /[?？吗呢]|(?<![怎什那这多要])么/;
// A question that asks for it all the same: "能帮我撤回吗？", "Can you withdraw it?".
const REQUEST_QUESTION =
  /帮我|给我|替我|帮忙|麻烦|请你|请您|能不能|可不可以|可以帮|\b(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody)\b|\bcan i\b|\bcould i\b|\bmay i\b|\bplease\b/;
// Deciding, not yet asking: "要不要撤", "thinking about withdrawing", "I was going to withdraw it but…".
const DELIBERATING_BEFORE =
  /考虑要不要|在想要不要|想着要不要|要不要|该不该|是不是该|犹豫|纠结|本来(?:想|打算|要)|原本(?:想|打算)|\b(?:thinking (?:about|of)|considering|tempted to|not sure (?:if|whether)|wondering (?:if|whether|about)|haven't decided|undecided about|back and forth|maybe i should|perhaps i should|should i|(?:was|were) going to|have a think|think (?:about|over)|i might|might|maybe|perhaps|ought to|in an ideal world|i wish|part of me|half feel like|feel like|the last thing i want|keeps? on at me|i may)\b|合计|寻思|琢磨|商量(?!好|过了|完)|再等等/;
// Right before the cue: "I'd chase it, but…", "I am planning to withdraw… after Diwali" (tested on the
// last words only: an end-anchored pattern is tried at every position of what it is given).
const DELIBERATING_JUST_BEFORE =
  /\bi(?:'d| would)\s*$|\b(?:am |i'?m )?(?:planning|plan|planned|thinking|intend(?:ing)?|hoping) to\s*$/;
// Refused right after the cue ("撤回？不可能！", "Withdraw it? No way.", "…我偏不", "but I won't").
const REFUSED_AFTER =
  /^[\s，,]*(?:就|倒|也|还是)?(?:不必|免了|没必要|不需要|用不着)|^\s*(?:it|that|them)?\s*(?:won'?t|will not|isn'?t|is not) (?:be )?(?:necessary|needed)\b|^[^。.!！]{0,8}?[？?]\s*(?:不可能|没门|休想|门儿?都没有|没门儿|甭想|别想|想得美|no way|never|not a chance|of course not|not happening|over my dead body|nope)|^[^。.!！?？]{0,6}?不可能|^\s*(?:it|that|this|them)?[\s.。…,，—–-]*(?:no|不)(?=[\s.。!！,，]|$)|^[\s\S]{0,50}?(?:门儿?都没有|没门儿?|休想|甭想|想得美|我不撤|我偏不|我才不|\bno way\b|\bnot a chance\b|\bi won'?t\b|\bi refuse\b|\bnot happening\b|\bnot now\b|\bnot ever\b|\bnot yet\b|\bhold on\b|\bwouldn'?t dream\b|\bover my dead body\b|\b(?:the day|when) pigs fly\b|\bwhen hell freezes over\b|\bnot me\b|\bjust passing (?:it|that|this) on\b|\bthe last thing i want\b|\bactually,? no\b|\bgive them (?:another|a few more|more|a bit more)\b|合计|商量商量|寻思|考虑考虑|琢磨|\bnope\b|先不要|先别|再看看|再想想|\bbut (?:there'?s no|what'?s the) point\b|可是又怕|但是又怕|可又怕|又怕)|^[^.?!。？！]{0,12}?(?:\bno,? no\b|不不|不是不是|不对不对|(?:也|都)没(?:有)?用|\b(?:won'?t|doesn'?t|does not|will not) (?:help|work|do anything)\b)|^[^.。!！?？]{0,60}?\bbut (?:actually )?(?:i'll|i will|i'm going to|let me)\b/;
// Said with irony: "Oh sure, just withdraw it then, why don't you", "撤了算了，反正也没人管，是吧？".
const IRONY =
  /\bwhy don'?t you\b|\bthat'?s what you (?:lot |people |guys )?(?:always )?want\b|\boh sure\b|\byeah,? right\b|\bthat'?ll fix everything\b|\byeah,? go on\b|\b(?:because|cos|'cause) that worked so well\b|\btotal waste of time\b|反正(?:你们)?(?:也)?(?:没人管|不管)|是吧[？?]\s*$|好让你们/;
// Said to someone in the room: "Jamie, stop it, withdraw your hand from the biscuit tin!", "宝宝把手撤回来！".
const TO_SOMEONE_ELSE =
  /\b(?:stop it|put (?:that|it|them|the \w+) down|come here|don'?t touch|get down|from your mouth|your hand|that toy)\b|别碰|放下|宝宝|宝贝|撤回来|把手/;
// Someone else's words passed on without being the caller's: "My neighbour asked me to say that, not me".
const DISCLAIMED =
  /\b(?:asked me to say (?:that|this)|not me,? i'?m just passing|just passing (?:it|that|this) on|not my words)\b/;
// Tested once per turn text, however many cues the turn has.
const ironic = memoRecent(8, (lower) => IRONY.test(lower));
// A refusal earlier in the same sentence, across its commas: "I would never, after all this, even think of withdrawing".
const NEVER_BEFORE = /\b(?:never|no way|ain'?t nobody|nobody(?:'s| is)|no one(?:'s| is))\b|绝不|决不|绝对不/;
// Chinese: not the purpose of the call ("不是为了撤回", "并不想催", "没打算撤", "你们不会给我撤了吧").
const NOT_MEANT_BEFORE = /不是(?:为了|要|想)|并不(?:想|打算|是要)|没(?:打算|想过)|不打算|不会(?:给我|帮我)?$/;
// "把里面说的时间撤回改一下": a detail taken back to be corrected, not the case withdrawn.
const CORRECTED_AFTER = /^(?:来|一下)?(?:再)?(?:改|更正|修改|重新写)/;

// Done already, not asked now: "您上周已经催办过一次了", "我催过了", "you already sent a reminder",
// "拖了一个月才修好".
const DONE_BEFORE =
  /已经[^，。,.;；!！?？]{0,6}$|\balready (?:\w+ ){0,3}$|\b(?:you |i )?(?:asked|requested|tried) to (?:\w+ )?$|\b(?:some people|most people|a lot of people|people (?:often|usually|sometimes|normally)|others)\b[^.?!]{0,30}$|有些人|很多人|一般人|有的人/;
// "前前后后拖了快一个月才弄好": a wait that has ended, complained of in a return visit, not an urge.
const DONE_AFTER =
  /^(?:办)?过|^[^，。,.;；!！?？]{0,12}才(?:弄好|修好|修复|解决|处理好|处理完|搞定|办好|弄完|来人|有人来|给(?:我)?(?:弄|修|处理|解决)好)/;
/**
 * Whether a cue for an action speaks of it as done already or of people in general, by whoever says it:
 * the agent stating a past fact ("我看到您上周已经催办过一次了，对吗？" — "对") or a general remark ("Some
 * people withdraw their complaints once the neighbour apologises") offers nothing to agree to.
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

// A withdrawal is a request only when asked for: the verb said as an order or in a request frame
// ("Withdraw it.", "please cancel", "can you withdraw", "I'd like to withdraw", "I'm withdrawing it",
// "帮我撤了", "我要撤回", "撤了吧") — not a wish, a hedge or a plan ("I wish I could withdraw it", "part of
// me wants to withdraw it", "I really ought to withdraw it", "撤回这事儿我得合计合计").
const WITHDRAW_VERB =
  /^(?:withdraw\w*|cancel\w*|drop(?:ping)?|clos(?:e|ing)|scrap(?:ping)?|pull|撤回|撤销|撤了|撤掉|撤|取消|取消掉|销掉)(?:\b|$)/;
const FRAME_BEFORE =
  /(?:^|[，,。.!！?？;；—–-])\s*(?:(?:yes|yeah|ok|okay|right|so|then|and|oh|well|just|now|anyway|anyhow|actually)[,\s]+)*(?:please\s+)?$|\bthe (?:[a-z'-]+ ){1,3}one,?\s+$|那个\s*$|\b(?:please|kindly|do the needful and|pls|just|go ahead and|you can|you may|can you|could you|would you|will you|i want(?: you)? to|i wanna|i'?d like(?: you)? to|i would like(?: you)? to|i need(?: you)? to|i wish to|i'?m (?:calling|ringing|phoning) to|i am (?:calling|ringing) to|calling to|ringing to|let'?s|i'?ve decided to|(?:she|he|they|we)'?d like to|(?:she|he|they|we) would like to|(?:she|he|my [a-z]+) (?:wants|needs|has decided) to|(?:she|he|my [a-z]+)'?s decided to|they (?:want|need|have decided) to|we (?:want|need|wanna|have decided) to|we'?ve decided to|i'?ll|i will|i'?m going to|i am going to|i'?m|i am)\s+(?:\w+\s+){0,2}$|帮我|给我|替我|麻烦|请|我要|我想|我希望|(?:他|她|他们)(?:要|想)[^，。]{0,4}$|就给我|你们就|可以|把[^，。]{0,12}$|要求|申请|我决定|就/;
const FRAME_AFTER = /^(?:\s*(?:\S+\s+){0,4}?(?:please|for me)\b|吧|了吧|掉吧|了|掉|一下|回来吧|回吧|销吧)/;

/**
 * Whether a withdrawal verb is asked for outright (see WITHDRAW_VERB): anything other than that verb
 * ("不用处理了", "no longer needed") stands on its own.
 *
 * @example
 * ```ts
 * askedOutright("please withdraw it", { index: 7, match: 'withdraw' }); // true
 * askedOutright("i wish i could withdraw it", { index: 15, match: 'withdraw' }); // false
 * ```
 */
export function askedOutright(lower: string, hit: CueHit): boolean {
  if (!WITHDRAW_VERB.test(hit.match)) return true;
  const before = lower.slice(Math.max(0, hit.index - 40), hit.index);
  return FRAME_BEFORE.test(before) || FRAME_AFTER.test(lower.slice(hit.index + hit.match.length));
}

const SENTENCE_END = /[.?!。？！]/;
const CANT_DECIDE =
  /\bcan'?t decide\b|\bhaven'?t decided\b|\bnot sure which\b|拿不定主意|还没想好|不知道该(?:撤|催)/;
const REQUEST_FRAME = /\b(?:can|could|would|will) you\b|\bplease\b/;
function sentenceAround(lower: string, hit: CueHit): { before: string; after: string; sentence: string } {
  let from = -1;
  for (const mark of ['.', '?', '!', '。', '？', '！'])
    from = Math.max(from, lower.lastIndexOf(mark, hit.index - 1));
  const rest = lower.slice(hit.index + hit.match.length);
  const end = rest.search(SENTENCE_END);
  const before = lower.slice(from + 1, hit.index);
  return { before, after: rest, sentence: before + hit.match + (end < 0 ? rest : rest.slice(0, end + 1)) };
}

// The hotline's or someone's earlier promise, told: "你们说要查一下再给我回电话", "you said you'd chase it".
const PROMISED_BEFORE =
  /(?:你们|他们|她|他|对方|工作人员|客服|接线员)(?:当时|上次|之前)?(?:说|讲|答应|承诺)(?:了)?(?:过)?(?:要|会|先|帮我|给我)?$|\b(?:you|they|she|he|someone|the (?:agent|operator|lady|man|guy)) (?:said|told me|promised)(?: that)?(?: (?:you'?d|they'?d|she'?d|he'?d|you would|they would|she would|he would|it would|you were going to|they were going to))?(?: to)?\s*$|\b(?:you|they) were (?:going|supposed) to\s*$/;

/**
 * Whether the words for an action are someone's earlier promise the caller tells of ("你们说要查一下再给我回电话",
 * "you said you'd chase it"): how the case went, not a request now.
 *
 * @example
 * ```ts
 * toldPromise('你们说要查一下再给我回电话', { index: 5, match: '查一下' }); // true
 * ```
 */
export function toldPromise(lower: string, hit: CueHit): boolean {
  return PROMISED_BEFORE.test(lower.slice(Math.max(0, hit.index - 32), hit.index));
}

// The agent telling the caller how to do it themselves: "You can withdraw the old one online once you've
// moved", "您可以在网上自己撤回".
const HOW_TO_BEFORE =
  /\byou(?:'ll| will)? (?:can|could|'d|would|need to|have to|may)(?: \w+)? $|\byou (?:can|could) (?:always |just |also )?$|(?:您|你)(?:也)?可以(?:自己|直接)?(?:在|到|去)?[^，。]{0,8}$/;
const HOW_TO_WHERE =
  /\b(?:online|yourself|on the app|in the app|at (?:a|the) counter|on the website)\b|网上|自己|窗口|app|小程序|官网/;

/**
 * Whether the agent's words for an action tell the caller how to do it themselves ("You can withdraw the
 * old one online"): advice, not an offer the caller can take.
 *
 * @example
 * ```ts
 * toldHowTo('you can withdraw the old one online.', { index: 8, match: 'withdraw' }); // true
 * ```
 */
export function toldHowTo(lower: string, hit: CueHit): boolean {
  const { before, sentence } = sentenceAround(lower, hit);
  return HOW_TO_BEFORE.test(before.slice(-24)) && HOW_TO_WHERE.test(sentence);
}

// A case told as being worked on: "The hot tub complaint … is being handled", "那条投诉正在处理".
const IN_HAND =
  /\b(?:is|are|it'?s) (?:still )?(?:being (?:handled|processed|looked (?:at|into)|dealt with|worked on)|in progress|under review)\b|正在(?:处理|办理|跟进)|(?:处理|办理)中/;

/**
 * Whether the agent's words for a request speak of a case being worked on ("The hot tub complaint has
 * been accepted … and is being handled"): a case filed before, nothing to open now.
 *
 * @example
 * ```ts
 * toldInHand('the hot tub complaint is being handled.', { index: 12, match: 'complaint' }); // true
 * ```
 */
export function toldInHand(lower: string, hit: CueHit): boolean {
  return IN_HAND.test(sentenceAround(lower, hit).sentence);
}

/**
 * Whether a cue for an action on a case (withdraw, urge, add, rate) is said by the caller without
 * asking for that action now: on a condition or for later, as someone else's advice, in a question,
 * while still deciding, with a refusal or with irony. `lead` is the caller's segment just before, when
 * speech recognition cut one sentence in two ("要是这周末他们还在干" / "你们就帮我撤了吧").
 *
 * @example
 * ```ts
 * notAskedNow('要是明天还吵，你们就帮我撤回吧', { index: 11, match: '撤回' }, 'withdraw'); // true
 * notAskedNow('帮我撤回吧', { index: 2, match: '撤回' }, 'withdraw'); // false
 * ```
 */
export function notAskedNow(lower: string, hit: CueHit, owner: string, lead = '', trail = ''): boolean {
  if (ironic(lower) || (ADVISED.has(owner) && DISCLAIMED.test(lower))) return true;
  const around = sentenceAround(lower, hit);
  const before = around.before.length === hit.index ? lead + around.before : around.before;
  const { sentence } = around;
  if (TO_SOMEONE_ELSE.test(sentence)) return true;
  // A segment cut off mid-sentence goes on in the next one ("withdraw" / "is what my neighbour keeps telling me").
  const after =
    trail.length > 0 && !SENTENCE_END.test(around.after) ? `${around.after} ${trail}` : around.after;
  const clauses = before.split(/[，,;；]/);
  const clause = clauses.pop() ?? '';
  const clauseAfter = after.split(/[，,;；.?!。？！]/)[0] ?? '';
  // "add something to it because … he's agreed to move the speakers from next week": a reason said
  // after the request (speech recognition gives it no comma) tells nothing of when to act.
  const whenAfter = clauseAfter.split(/\b(?:because|cos|since)\b|因为|由于/)[0]!.slice(0, 48);
  const sentenceAfter = after.split(SENTENCE_END)[0] ?? '';
  return (
    CONDITION.test(before.replace(POLITE_CONDITION, ' ')) ||
    CONDITION.test(sentenceAfter.replace(POLITE_CONDITION, ' ')) ||
    // "I'm selling my car next week so … can you cancel it for me": a time before "can you" is the story's
    // (in Chinese the time comes before the request: "下个月帮我撤了" is for later).
    LATER.test(before.split(REQUEST_FRAME).pop()!) ||
    LATER.test(whenAfter) ||
    (ADVISED.has(owner) &&
      (REPORTED_BEFORE.test(clause) ||
        REPORTED_BEFORE.test(before.slice(-40)) ||
        REPORTED_AFTER.test(after))) ||
    (QUESTION_MARK.test(sentence) && (ABOUT_ACTION.test(sentence) || !REQUEST_QUESTION.test(sentence))) ||
    DELIBERATING_BEFORE.test(before) ||
    // "withdraw it or chase it, I can't decide": neither asked yet.
    CANT_DECIDE.test(sentence) ||
    DELIBERATING_JUST_BEFORE.test(before.slice(-32)) ||
    REFUSED_AFTER.test(after) ||
    NEVER_BEFORE.test(before) ||
    NOT_MEANT_BEFORE.test(before.slice(-6)) ||
    (owner === 'withdraw' && CORRECTED_AFTER.test(after))
  );
}
