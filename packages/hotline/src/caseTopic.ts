// Over 350 lines: the words that pick a case (designations, addresses, set-aside phrases and what is left once they are out) and the comparisons that use them (pickByTopic, namesNoneOf, pickRemaining, leftAfterAside) share one vocabulary (terms, near pairs, stop words); splitting them would put one concept in two files.
import type { CaseView, RouterClient } from '@onecase/core';
import { conceptsOf, speakOfSameThing } from './topicConcepts.js';
import { memoRecent } from './recentMemo.js';

/**
 * Picking one of a caller's cases by what it is about ("the generator one, not the dog",
 * "我今天就问装修那个"): the caller's words are compared with each case's own text (its
 * description, address and other details), counting only the words that one case has and the
 * others lack. A case is picked only when it alone has such words: two cases that each match
 * something stay a question for a person.
 */

// Words that say nothing about which case: fillers, pronouns and the hotline's own vocabulary.
const STOP = new Set(
  'about after again also already another anything because been before being came come complaint complaints could does doing done from going have having here just know like made make more much need night nothing now number once only other please really said same since some something still street than thank thanks that their them then there these they thing things this those today told very want wanted week were what when where which while with would yeah your yours case cases report reported noise loud road lane one newest latest oldest older newer recent recently first last earlier odd occasional single little big right wrong whole the and for but you are its was has had not can all any her his our who how why yes forget leave remaining rest'.split(
    ' ',
  ),
);
// Words of when a noise goes on, which many cases share: weaker than what the noise is.
const WHEN = new Set(
  '半夜 夜里 深夜 夜间 凌晨 早上 清晨 整夜 每天 天天 周末 夜夜 midnight morning evening weekend daytime early late'.split(
    ' ',
  ),
);
// Character pairs that say nothing about which case: the hotline's own words and function words.
const STOP_ZH = new Set(
  '另外 另一 反映 投诉 举报 之前 上次 以前 问问 一下 那个 这个 那件 我们 你们 他们 我的 事情 问题 工单 申请 处理 帮我 麻烦 就是 还是 已经 现在 怎么 什么 噪音 噪声 太吵 声音 晚上 白天 剩下 别的 所以 然后 但是 因为 而且 不过 可是 反正 其实'.split(
    ' ',
  ),
);
// A word the caller says "not" or "不要撤" about names the case they do not mean.
// Cases the caller sets aside: "not the dog one", "leave the hot tub one", "the gym one can wait", "the dog one is sorted now", "装修那个先不用管", "KTV那个留着", "狗叫那件保留", "另外那个冰柜的我不问", "KTV那个还得接着管", "狗那个还好说", "工地那个就先等着吧".
const NEGATED_EN =
  /\b(?:not|isn't|no)\s+(?:the\s+|that\s+|about\s+the\s+|my\s+)?[a-z]+(?:\s+one)?|\bthe (?:[a-z'-]+ ){1,3}(?:one|complaint|case|report),? (?:i )?(?:don'?t care|doesn'?t matter|never mind|leave it|can wait|can stay|stays)|\bthe (?:[a-z'-]+ ){1,3}(?:one|complaint),? (?:isn'?t|is not|'s not) (?:urgent|pressing|a priority)|\bthe (?:[a-z'-]+ ){1,3}(?:one|complaint),? can (?:sit|hang on|hold|keep)(?: for (?:now|a bit|a while))?|\bhold (?:fire|off) on (?:the |that |my )?(?:[a-z'-]+ ){0,3}one\b|\bthe (?:[a-z'-]+ ){1,3}one,? (?:they'?re|they are|someone'?s|somebody'?s) (?:already )?(?:dealing with|handling|on|sorting|looking at|working on)(?: it| that)?(?:,? (?:that'?s|which is) (?:fine|ok|okay|good))?|\b(?:leave|keep) (?:the |that |my )?(?:[a-z'-]+ ){0,3}one\b|\b(?:don'?t|do not|no longer) (?:need|want|care about) (?:the |that |my )?(?:[a-z'-]+ ){0,3}one\b|\bignore (?:the |that |this |my )?(?:[a-z'-]+ ){0,3}one\b|\bthe (?:[a-z'-]+ ){1,3}one,?(?: is|'s| it'?s| it has) (?:now |been )?(?:sorted|fine|ok|okay|resolved|fixed|done|over|gone|quiet|solved|finished|stopped|all good)\b|\b(?:never mind|don'?t worry about|no need to worry about) (?:the |that |my )?(?:[a-z'-]+ ){0,3}one\b|\bput (?:the |that |my )?(?:[a-z'-]+ ){0,3}one on (?:the )?(?:back burner|hold|ice)\b|\bthe (?:[a-z'-]+ ){1,3}one,? (?:they'?ve|they have) (?:finished|stopped|sorted it) now\b|\bforget (?:about )?(?:the |that )?(?:[a-z'-]+ ){0,3}one\b|\bforget (?:about )?the [a-z'-]+(?: [a-z'-]+)?(?: and the [a-z'-]+(?: [a-z'-]+)?)?(?=[.,;!?]|$)|\b(?:except|apart from|other than|but not|besides) (?:for )?(?:the |my |that )?(?:[a-z'-]+ ){0,3}one\b|\bthe (?:[a-z'-]+ ){1,3}one,?\s*[—–-]?\s*(?:please )?(?:don'?t|do not) (?:touch|withdraw|cancel|close|chase|drop)\b|\bthe (?:[a-z'-]+ ){1,3}one,?\s*[—–-]?\s*(?:please )?(?:keep|leave) (?:that|it|this)(?: one)? (?:going|open|on|running)\b|\bthe (?:[a-z'-]+ ){1,2}(?:is|are|'s) still (?:at it|going|on|open)[,.;]?\s*(?:so )?(?:keep|leave) (?:that|it|this)(?: one)?(?: going| open| on| running)?\b|\b(?:don'?t|do not) (?:touch|withdraw|cancel|close|drop|chase|urge|hurry|push) (?:up )?the (?:[a-z'-]+ ){1,3}one\b/g;
const NEGATED_ZH =
  /不是[^，。,.!！?？]{0,8}|除了[^，。,.!！?？]{1,8}?(?:那个|那件|以外|之外)|(?:不要|不用|先别|别)(?:撤回|撤销|撤|催办|催|动|管|查|问)(?:一下)?(?:(?!那个|那件)[^，。,.!！?？\s]){1,8}(?:那个|那件)|(?:(?!那个|那件)[^，。,.!！?？\s]){1,8}(?:那个|那件)(?:就|先|暂时|还){0,2}(?:再)?(?:等着|等等|缓一缓|缓缓)|(?:另外|另一)?(?:那个|那件)?(?:(?:(?!那个|那件|啊|吧|呢|了)[^，。,.!！?？s]){1,6}(?:那个|那件|的)?(?:和|跟|与|还有(?!一?个|一?件)|、))*(?:(?!那个|那件|啊|吧|呢|了)[^，。,.!！?？s]){1,6}(?:那个|那件|的)?(?:都|也|还)?(?:先|暂时|就){0,2}(?:(?:不要|不用|别)(?:撤|管|催|动|查|问)|留着|放着|晾着|晾一晾|搁着|不动|保留|不撤|不问|不查|(?:还得|还要|得|要)?(?:接着|继续)(?:管|办|处理|跟进)|(?:还得|还要)管|还好说|不(?:着)?急|无所谓|可以等|放一放|先放放|算了|不管(?:它|了)?|甭管(?:了|它)?|就那样吧|放一边|放(?:在)?一边|随它去|随它吧|没事了|(?:回头|以后|改天)再说|没事儿?(?=[，,。\s]*(?:就|只)(?:补|催|撤|查|问|办)?(?:这个|这件)))/g;
// Only a turn with one of these has anything NEGATED_ZH takes out (it is tried at every character otherwise).
const NEGATED_ZH_HINT =
  /不是|除了|不要|不用|别|等着|再等等|缓一缓|缓缓|留着|放着|晾|搁着|不动|保留|不撤|不问|不查|接着|继续|还得管|还要管|还好说|不(?:着)?急|无所谓|可以等|放一放|先放放|算了|不管|没事|再说|甭管|那样吧|一边|随它/;
// "The dog one is sorted now": a case said to be done with, set aside from a chase — but for a
// withdrawal the very case to withdraw ("…is sorted now, so you can cancel it").
const RESOLVED_ONE =
  /\b(the (?:[a-z'-]+ ){1,3}one),?(?: is|'s| it'?s| it has) (?:now |been )?(sorted|fine|ok|okay|resolved|fixed|done|over|gone|quiet|solved|finished|stopped|all good)\b/gi;

/**
 * A withdrawal's words with "the X one is sorted" kept as naming that case, not setting it aside.
 *
 * @example
 * ```ts
 * resolvedNamed('The dog one is sorted now, so you can cancel it.'); // 'The dog one — sorted now, so you can cancel it.'
 * ```
 */
export function resolvedNamed(topic: string, denied = false): string {
  return denied ? topic.replace(RESOLVED_DENIED, '$1 — $2') : topic.replace(RESOLVED_ONE, '$1 — $2');
}
// "They told me the dog one is sorted now, but it's not!": said to be done, and denied — still meant.
const RESOLVED_DENIED = new RegExp(
  `${RESOLVED_ONE.source}(?=[^.?!]{0,12}\\b(?:but|and) (?:it'?s not|it is not|it isn'?t|it hasn'?t|it wasn'?t|no it'?s not)\\b)`,
  'gi',
);

/**
 * The phrases of the caller's words that leave a case be ("the dog one can wait", "人民路那个先不用管") —
 * not a bare "not …" / "不是…", which may deny or only ask ("那个农家院不是夜里唱卡拉OK嘛").
 */
export function setAsideIn(said: string): string[] {
  const lower = asideNamed(said);
  const hits = [...lower.matchAll(NEGATED_EN)];
  if (NEGATED_ZH_HINT.test(lower)) hits.push(...lower.matchAll(NEGATED_ZH));
  return hits
    .filter((hit) => !/^(?:(?:not|isn't|no)\b|不是)/.test(hit[0]) || deniedForAnother(lower, hit))
    .map((hit) => hit[0]);
}
// "不是狗叫那个，是另外那个", "我不是要撤工地那个，我是要撤狗叫那个", "Not the dog one — the other one":
// a case denied and another said in its place is set aside; a bare "不是…" may only ask.
const INSTEAD_ZH = /^[，,、\s]*(?:而|我|我是|就)?(?:是|要|想)/;
const INSTEAD_EN =
  /^[\s,.;:—–-]*(?:it'?s |i mean |but |i want |i meant )?(?:the (?:other|[a-z'-]+(?: [a-z'-]+)? one)\b|the [a-z'-]+(?: [a-z'-]+)?[.!]|that one\b)/;
function deniedForAnother(lower: string, hit: RegExpMatchArray): boolean {
  const phrase = hit[0];
  if (/^不是(?:要|让|叫)/.test(phrase)) return true;
  const rest = lower.slice((hit.index ?? 0) + phrase.length);
  if (/^不是/.test(phrase)) return /(?:那个|那件|的)$/.test(phrase) && INSTEAD_ZH.test(rest);
  if (!/\bone$|^not the [a-z]+$/.test(phrase)) return false;
  // "the singing place not the dog": the case meant said just before the one denied.
  return INSTEAD_EN.test(rest) || CONTRASTED_EN.test(lower.slice(0, hit.index ?? 0));
}
const CONTRASTED_EN =
  /(?:^|[.!?]\s*|\b(?:made|about|is|it'?s|yes|yeah|no)\s+)the (?!other\b|one\b)[a-z'-]+(?: [a-z'-]+){0,2},?\s*$/;

/** The caller's words without the cases they set aside. */
export function withoutSetAside(lower: string): string {
  const named = asideNamed(lower);
  const text = (named.includes(' not the ') ? named.replace(CONTRASTED, 'the $1 one ') : named).replace(
    NEGATED_EN,
    ' ',
  );
  return NEGATED_ZH_HINT.test(text) ? text.replace(NEGATED_ZH, ' ') : text;
}

// "the singing place not the dog": the case meant, said against the one set aside, is "the singing place one".
const CONTRASTED =
  /\bthe ((?:(?!(?:other|one|same)\b)[a-z'-]+ ){0,2}(?!(?:other|one|same)\b)[a-z'-]+),?\s+(?=not the [a-z'-]+)/g;

/**
 * "玉林里那个是我帮我妈报的，那个先不管": a bare "那个" setting a case aside means the case named in the
 * clause before it — written as "是我帮我妈报的，玉林里那个先不管", so the case set aside is the one named.
 */
function asideNamed(lower: string): string {
  return NEGATED_ZH_HINT.test(lower) && lower.includes('那')
    ? lower.replace(ANAPHORIC_ASIDE, '$3$1$2')
    : lower;
}
const ANAPHORIC_ASIDE =
  /([\u4e00-\u9fffa-z0-9]{2,6}?)(那(?:个|件))((?:(?!那个|那件)[^。！？!?，,]){1,12}[，,]\s*)(?:那(?:个|件)|这(?:个|件))(?=(?:就|先|暂时|还|都|也){0,2}(?:不要|不用|先别|别|留着|放着|不动|保留|不撤|不管|甭管|算了|放一边|随它|没事|(?:回头|以后|改天)再说|不(?:着)?急|无所谓))/g;
// The words a street's name ends in: "Gannet Close", "Pewter Lane".
const STREET =
  '(?:road|street|lane|avenue|close|way|terrace|place|square|drive|court|row|yard|mews|hill|grove|parade|crescent|gardens|walk)';
// "…about my complaints the bar on foxhollow street any news", unpunctuated: the case's source by its street.
const BY_STREET = new RegExp(
  `\\bthe ((?:(?!(?:one|other|same|first|second|last|place|house|flat|building|site|corner|end|bottom|top)\\b)[a-z'-]+ ){0,1}(?!(?:one|other|same|first|second|last|place|house|flat|building|corner|end|bottom|top)\\b)[a-z'-]+) (?:on|at|in|along|off) (?!(?:my|our|the|this|that|your|their|his|her)\\b)(?:[a-z'-]+ ){1,2}${STREET}\\b`,
  'g',
);
// "Um — the one at home. Gannet Close.": an answer that is only the case's street.
const STREET_ALONE = new RegExp(`(?:^|[.!?—–]\\s*)((?:[a-z'-]+ ){1,2}${STREET})(?=\\s*[.!?]|$)`, 'g');
// Only these two need a street's name in the text to find anything.
const STREET_NAMED = new RegExp(`\\b${STREET}\\b`);
// Only words that single a case out count: "the barking dog one", "the complaint about the
// generator", "装修那个", "那个装修的", "关于广场舞的" — never a word that merely occurs ("I'm the taxi driver").
const DESIGNATIONS: readonly RegExp[] = [
  /\bthe ((?:(?!(?:for|to|at|of|that|this|in|on|with|from|about|and|or|but)\b)[a-z'-]+ ){1,3})one\b/g,
  // A read-back asked: "Is it the cocktail bar on Pennant Street?", "So you mean the generator?"
  /\b(?:is it|is that|was it|do you mean|you mean|so it'?s|that'?s) the ((?:(?!(?:on|at|in|by|near|for|of|from|with|one)\b)[a-z'-]+(?: |(?=[?.,!]|$))){1,3})/g,
  // A sentence opened by the case's source and where it is: "The band at Baker Street — withdraw that one."
  // ("the dog's still at it", "the music on all night" say how it goes, not where.)
  // ("First, the building site on Kiln Street…": a list of the call's matters opens a sentence too.)
  /(?:^|[.!?]\s+|\b(?:first|firstly|second|secondly|and then|then|also|next|finally|plus)[,:]?\s+)the ((?:[a-z'-]+ ){0,1}[a-z'-]+) (?:at|on|in|by|near|outside) (?!(?:it|all|night|times|least|last|once|first|and off)\b)(?=[a-z0-9])/g,
  // A sentence about the case's source: "The generator is still going all night though."
  /(?:^|[.!?]\s+|\b(?:first|firstly|second|secondly|and then|then|also|next|finally|plus)[,:]?\s+)the ((?:[a-z'-]+ ){0,1}[a-z'-]+) (?:is|are|was|has|have|keeps|kept) (?:still |now |back |again )?(?:going|running|on|at it|started|back|playing|barking|humming|banging|drilling)\b/g,
  // A sentence that names the case, then how it goes: "Right. The building site, they're still at it."
  /(?:^|[.!?]\s+)(?:(?:right|ok|okay|so|well|and)[,.]?\s+)?the ((?:[a-z'-]+ ){0,1}[a-z'-]+), (?:they'?re|they are|it'?s|it is|he'?s|she'?s) (?:still|back|at it|going)\b/g,
  // A sentence that turns to the case: "The dog though — one.", "As for the generator, …"
  /(?:^|[.!?—–-]\s*)(?:(?:and|but|as for|what about)\s+)?the ((?:[a-z'-]+ ){0,1}[a-z'-]+),? (?:though|however|on the other hand)\b/g,
  // An answer that is only the case's name
  /(?:^|[.!?]\s+)(?:(?:it'?s|it is|that'?s|that is)\s+)?the ((?:[a-z'-]+ ){0,2}[a-z'-]+)(?=,? (?:please|thanks|thank you)[.!?]|[.!?]|$)/g,
  BY_STREET,
  STREET_ALONE,
  // "The one on Foundry Road.": the case by its street.
  new RegExp(`\\bthe one (?:on|at|in|by|near|outside|up|down) ((?:[a-z'-]+ ){0,2}${STREET})\\b`, 'g'),
  // "about the night deliveries at the supermarket…", unpunctuated as speech recognition writes it: up to where it is.
  /\b(?:about|regarding|over|with) the ([a-z'-]+(?: [a-z'-]+){0,3}?)(?= one\b| complaint\b| case\b| report\b| (?:at|on|in|by|near|outside|behind|opposite)\b|[,.;:?!—-]|$)/g,
  // "the barking dog complaint" — not "the department on that case".
  /\b(?:the|my) ((?:(?!(?:on|to|of|in|at|for|about|with|that|this|the|a|an)\b)[a-z'-]+ ){1,3})(?:complaint|case|report|issue|application)\b/g,
  /([A-Za-z0-9\u4e00-\u9fff]{2,6}?)(?:的)?那(?:个|件|一个|一件|单)/g,
  // An answer of one character and 那个: "狗那个。"
  /(?:^|[。，,.!！?？\s])([\u4e00-\u9fff])那(?:个|件)(?=[。，,.!！?？\s]|$)/g,
  // The agent's "我帮您把晓月南街地铁施工夜间打桩这条催办一下".
  /([\u4e00-\u9fff]{2,6}?)这(?:条|件)/g,
  /那(?:个|件)([\u4e00-\u9fffA-Za-z0-9]{2,8}?)的/g,
  /关于([^，。,.!！?？]{2,12}?)(?:的|那|$|[，。,.!！?？])/g,
  /([\u4e00-\u9fffA-Za-z0-9]{2,6}?)的(?:投诉|工单|申请|事)/g,
  // What the caller complained of before: "我之前投诉过对面工地晚上吵", "I rang about the lorries reversing".
  /(?:投诉|反映|举报)过(?:的)?([\u4e00-\u9fff]{2,10}?)(?=[，。,.!！?？]|$)/g,
  /\b(?:complained|rang|called|phoned|reported|wrote in) (?:in )?(?:about )?(?:the |my |a |an )((?:(?!(?:at|on|in|by|for|of|from|with|and|to)\b)[a-z'-]+ ?){1,2})/g,
];
// The designations that name a case outright ("the generator one", "发电机那个投诉"): strong enough to
// say the caller means a case that none of theirs is.
const NAMING: readonly RegExp[] = [
  // "my complaint about the barking dog on Willow Road", "Cancel my noise complaint about the dog".
  /\b(?:complaint|case|report) (?:about|regarding|over) (?:the |my |a |an )?((?:[a-z'-]+ ){0,2}[a-z'-]+)/g,
  /\bthe ((?:(?!(?:for|to|at|of|that|this|in|on|with|from|about|and|or|but)\b)[a-z'-]+ ){1,3})one\b/g,
  /\b(?:the|my) ((?:(?!(?:on|your|my|to|of|in|at|for|about|with|the|a|an|our|his|her|their)\b)[a-z'-]+ ){1,3})(?:complaint|case|report|application)\b/g,
  /([\u4e00-\u9fff]{2,6}?)(?:的)?那(?:个|件)(?:投诉|工单|申请|案子)/g,
  /([\u4e00-\u9fff]{2,6}?)的(?:投诉|工单|申请|案子)/g,
];

// A correction: what follows it replaces what came before ("the dog one — no wait, the generator").
const CORRECTED =
  /\b(?:no wait|wait,? no|sorry|i mean|actually,? (?:it'?s|it is|i mean|no|the)|rather|scratch that|on second thought)\b|不对|我是说|说错了|不是不是/g;

/** The designating phrases of a topic (`designated(topic)`), for the last few topics asked about. */
const designatedRecent = memoRecent(8, (topic) => readDesignated(topic, DESIGNATIONS));

/** The phrases of the caller's words that designate a case, with denied and corrected ones taken out first. */
function designated(topic: string, patterns: readonly RegExp[] = DESIGNATIONS): string {
  return patterns === DESIGNATIONS ? designatedRecent(topic) : readDesignated(topic, patterns);
}

function readDesignated(topic: string, patterns: readonly RegExp[]): string {
  const lower = topic.toLowerCase();
  let after = -1;
  let at = -1;
  for (const marker of lower.matchAll(CORRECTED)) {
    after = marker.index + marker[0].length;
    at = marker.index;
  }
  // What follows the correction starts a phrase of its own ("sorry, the building site.").
  const corrected = after >= 0 ? lower.slice(after).replace(/^[\s,;:—–-]+/, '') : lower;
  const found = designatedIn(withoutSetAside(corrected), patterns);
  // "The building site one, I mean.": the correction said after what it designates — only when
  // nothing follows it ("The bar one. No — wait, sorry, the building site at …" names no bar).
  if (found.length === 0 && at >= 0 && lower.slice(after).trim().length < 15)
    return designatedIn(withoutSetAside(lower.slice(0, at)), patterns).join(' ');
  return found.join(' ');
}

// A guess is no pick: "哦不对，好像是狗叫那个", "maybe the dog one?".
const GUESSED = /^(?:好像|可能|大概|也许|或许)/;
const GUESSED_BEFORE =
  /(?:好像|可能|大概|也许|或许)(?:是)?\s*$|\b(?:maybe|perhaps|probably|might be|could be)\b[^.?!]{0,8}$/;

/**
 * Whether the caller is unsure which case they mean: they say so ("I'm not sure which", "我搞混了") or
 * name one only as a guess ("好像是狗叫那个").
 *
 * @example
 * ```ts
 * unsureWhich('Hmm, or was it the dog one... I'm not sure now'); // true
 * ```
 */
export function unsureWhich(topic: string): boolean {
  return UNSURE_WHICH.test(topic) || guessedIn(topic);
}

/** Whether the caller names a case only as a guess ("好像是狗叫那个", "maybe the dog one?"). */
function guessedIn(topic: string): boolean {
  const lower = topic.toLowerCase();
  if (!GUESS_HINT.test(lower)) return false;
  for (const pattern of DESIGNATIONS)
    for (const hit of lower.matchAll(pattern))
      if (GUESSED_BEFORE.test(lower.slice(Math.max(0, hit.index - 12), hit.index)) || GUESSED.test(hit[1]!))
        return true;
  return false;
}
const GUESS_HINT = /好像|可能|大概|也许|或许|maybe|perhaps|probably|might be|could be/;

function designatedIn(text: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  const streets = STREET_NAMED.test(text);
  for (const pattern of patterns) {
    if (!streets && (pattern === BY_STREET || pattern === STREET_ALONE)) continue;
    for (const hit of text.matchAll(pattern)) {
      if (GUESSED_BEFORE.test(text.slice(Math.max(0, hit.index - 12), hit.index)) || GUESSED.test(hit[1]!))
        continue;
      // "我的投诉", "帮我催一下我的投诉": a person's, not a description of the case.
      // "就是狗那个": the words that lead in are not the case's.
      const said = hit[1]!
        .replace(/^.*[我你他她]们?(?:的|那个)?(?=[\u4e00-\u9fff]{2})/, '')
        .replace(/^(?:对了|对|就是|也就是|就|是|这个|那个)+(?=[\u4e00-\u9fff])/, '')
        // "帮我撤销那个投诉", "我是来撤那个投诉的": what is asked of the case, not what it is about.
        .replace(
          /^.*(?:撤销|撤回|撤掉|撤了|撤|催办|催一下|催促|催|补充|查询|查一下|查|取消|问问|问一下|看看)/,
          '',
        );
      if (!/[我你他她]们?$/.test(said)) found.push(said);
    }
  }
  return found;
}

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** The words of a text that can say which case it means: English stems and Chinese character pairs. */
function terms(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const word of lower.match(/[a-z]{3,}/g) ?? []) {
    if (STOP.has(word)) continue;
    const root = stem(word);
    if (root.length >= 3) out.add(root);
  }
  for (const run of lower.match(/[\u4e00-\u9fff]+/g) ?? []) {
    // "就是狗那个": one character names the case.
    if (run.length === 1 && !FUNCTION_CHARS.has(run)) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      // "帮我", "我把": words of the request, not of the case.
      if (!STOP_ZH.has(pair) && !(FUNCTION_CHARS.has(pair[0]!) && FUNCTION_CHARS.has(pair[1]!)))
        out.add(pair);
    }
  }
  return out;
}

/** Every string in a value, a few levels deep: a case's own words. */
function stringsOf(value: unknown, depth = 0, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (depth < 3 && value && typeof value === 'object')
    for (const inner of Object.values(value)) stringsOf(inner, depth + 1, out);
  return out;
}

/**
 * The index of the one text among `texts` (one per candidate case) that the caller's words are
 * about, if exactly one has words of theirs that no other has; otherwise undefined.
 *
 * @example
 * ```ts
 * pickByTopic('the generator one, not the dog', ['Neighbour dog howling', 'Diesel generator all night']); // 1
 * ```
 */
const HAN_PAIR = /^[\u4e00-\u9fff]{2}$/;
/** Whether a text has the two characters of a Chinese pair with at most four characters between them ("狗每天晚上叫" for 狗叫). */
function nearPair(text: string, term: string): boolean {
  if (!HAN_PAIR.test(term)) return false;
  const first = text.indexOf(term[0]!);
  if (first < 0) return false;
  for (let at = first; at >= 0; at = text.indexOf(term[0]!, at + 1)) {
    const second = text.indexOf(term[1]!, at + 1);
    if (second > at && second - at <= 5 && !/[，。,.]/.test(text.slice(at, second))) return true;
  }
  return false;
}

// The caller unsure which case they mean: "I'm honestly not sure which", "我搞混了", "也可能是狗叫那个",
// "Is it the treadmill or the fan?", "是装修那个还是工地那个？".
const UNSURE_WHICH =
  /\bnot sure (?:which|now|anymore)\b|\bor was it\b|\bi (?:might|may) have (?:mixed|got) (?:them|it) (?:up|mixed up)\b|\bmixed (?:them )?up\b|搞混了|弄混了|记混了|分不清|不确定是哪|记不清是哪|也可能是|还是说是|\b(?:is it|was it|is this|do you mean) (?:about )?(?:the |my )?[a-z'-]+(?: [a-z'-]+)? or (?:the |my )?[a-z'-]+|是[^，。,.？?]{1,8}还是[^，。,.？?]{1,8}(?:那个|那件)?[？?]/i;

export function pickByTopic(topic: string, texts: readonly string[]): number | undefined {
  if (texts.length < 2 || topic.trim().length === 0) return undefined;
  // A guess or a doubt which case is meant picks none: a person asks.
  if (unsureWhich(topic)) return undefined;
  // "成府路43号那个投诉": an address said as the case's name that exactly one case has picks it.
  const addresses = designatedAddresses(topic);
  if (addresses.length > 0) {
    const at = texts.map((text) => addressesIn(text).some((address) => addresses.includes(address)));
    if (at.filter(Boolean).length === 1) {
      // "人民路12号工地那个" when the case at 人民路12号 is about chopping, not a site: the address alone is
      // not the case meant.
      const picked = texts[at.indexOf(true)]!;
      return addressQualifiers(topic).some((words) => lacksSome(picked, words))
        ? undefined
        : at.indexOf(true);
    }
  }
  const said = terms(designated(topic));
  if (said.size === 0) return undefined;
  const own = texts.map(terms);
  // "狗叫" for a case about "狗整夜叫": two characters of a designation a little apart in the case's words.
  const has = (i: number, term: string) =>
    own[i]!.has(term) || nearPair(texts[i]!, term) || (term.length === 1 && texts[i]!.includes(term));
  // A designating word two cases share ("整夜" in both, or "狗叫" for "狗整夜叫" and "狗白天一直叫")
  // leaves the choice open, whatever else is said.
  const mentions = (i: number, term: string) =>
    has(i, term) || (HAN_PAIR.test(term) && texts[i]!.includes(term[0]!) && texts[i]!.includes(term[1]!));
  for (const term of said) if (own.filter((_, i) => mentions(i, term)).length > 1) return undefined;
  // "半夜嗡嗡的那个" of a fan humming "夜里" and a dog barking "半夜": what the noise is says which case,
  // when it says one alone; the time it goes on only where nothing else does.
  const what = [...said].filter((term) => !WHEN.has(term));
  const byWhat = own.map((_, i) => what.filter((term) => has(i, term)).length);
  if (what.length < said.size && byWhat.filter((score) => score > 0).length === 1)
    return byWhat.findIndex((score) => score > 0);
  const scores = own.map((_, i) => [...said].filter((term) => has(i, term)).length);
  const picked = scores.filter((score) => score > 0).length;
  // "工地那个" for the case about 施工: none of the caller's words, but the same thing in other words.
  if (picked === 0) {
    const same = speakOfSameThing(designated(topic), texts);
    return same.length === 1 ? same[0] : undefined;
  }
  if (picked !== 1) return undefined;
  return scores.findIndex((score) => score > 0);
}

/**
 * The one of the `texts` an agent's description is of ("是东四八条邻居装修的噪音投诉，是这件吗？"): the
 * one sharing at least two of its words, twice as many as any other does; otherwise undefined.
 *
 * @example
 * ```ts
 * describedCase('是东四八条邻居装修的噪音投诉，是这件吗', ['东四八条21号院 对门邻居装修', '健身广场跳舞']); // 0
 * ```
 */
export function describedCase(words: string, texts: readonly string[]): number | undefined {
  const said = terms(words);
  const shared = texts.map((text) => {
    const own = terms(text);
    return [...said].filter((term) => own.has(term)).length;
  });
  const best = Math.max(...shared);
  if (best < 2) return undefined;
  const at = shared.indexOf(best);
  return shared.every((n, i) => i === at || n * 2 <= best) ? at : undefined;
}

/**
 * The indexes of the `texts` that the set-aside phrases name, one case each by its own words ("the dog
 * one can wait" names the case about a barking dog; "狗叫那个" the one whose words have 狗 and 叫); none
 * when a phrase names no case or several, or two name the same one — the choice is then a person's.
 *
 * @example
 * ```ts
 * namedAside(['the dog one can wait'], ['Dog barking all night', 'Construction at night']); // [0]
 * ```
 */
function namedAside(asides: readonly string[], texts: readonly string[]): number[] {
  const own = texts.map(terms);
  const out: number[] = [];
  // "Forget the light and the dog", "路灯那个和狗叫那个都不用管": one case for each thing named.
  const parts = asides.flatMap((aside) => aside.split(/\s+and\s+(?=the\b)|和|跟|、|与/));
  for (const aside of parts) {
    const named = casesNamedBy(aside, texts, own);
    if (named.length !== 1 || out.includes(named[0]!)) return [];
    out.push(named[0]!);
  }
  return out;
}

// One request for several cases at once: "两个投诉都帮我催一下", "chase both of my complaints".
const TOGETHER =
  /(?:两|三|四|几)个(?:投诉|工单|单子)?都|(?:那个|那件)都(?:帮|给|替)?(?:我)?(?:催|撤|查)|俩都|两件都|几个(?:投诉|工单|单子)?都|全都|\bboth (?:of (?:my|them|the|those|these)|(?:my|the) (?:complaints|cases|reports))\b|\b(?:chase|withdraw|cancel|urge|hurry|push|close|drop) (?:them )?both\b|\bthem both\b|\ball (?:of )?(?:my|them|three|two) (?:complaints|cases|reports)?\b/i;
// The same request again for another case: "狗叫那个撤了，工地那个也是", "and the same with the building site one".
const SAME_AGAIN =
  /(?:那个|那件)也(?:是|一样)|\b(?:and )?the same (?:with|for) (?:the|my)\b|\bsame (?:for|with) the other\b|也(?:帮我|给我)?把(?:另一个|另外一个|另外那个|另一件)/i;
const OTHER_ONE = /\bthe other (?:one|complaint|case)\b|另一个|另外一个|另外那个|另一件/i;
const TOGETHER_PARTS = /\s*(?:,\s*)?\band (?:the |my )?(?=[a-z])|和|跟|、|与|还有/i;

/**
 * Whether one request asks for several cases together ("两个都催", "chase them both"), without doubt which.
 *
 * @example
 * ```ts
 * asksForAll('对，两个都催。'); // true
 * ```
 */
export function asksForAll(topic: string): boolean {
  const lower = topic.toLowerCase();
  return TOGETHER.test(lower) && !unsureWhich(lower);
}

/**
 * The indexes of the `texts` one request asks for together ("我两个投诉都帮我催一下，狗叫那个和工地那个",
 * "Could you chase both of my complaints please, the dog and the building site?"): each thing named
 * picks one case by its own words, or — with nothing named — "both" of exactly two cases is both; none
 * when the caller does not ask for them together or a part names no case or several.
 *
 * @example
 * ```ts
 * namedTogether('两个都催一下，狗叫那个和工地那个', ['狗整夜叫', '工地夜间施工', '路灯不亮']); // [0, 1]
 * ```
 */
export function namedTogether(topic: string, texts: readonly string[]): number[] {
  const lower = topic.toLowerCase();
  const again = SAME_AGAIN.test(lower);
  if (texts.length < 2 || !(again || TOGETHER.test(lower)) || unsureWhich(lower)) return [];
  // "Same for the other one.", "也帮我把另一个催一下" after one of two cases: both.
  // (Only when this very request named the first: "狗叫那个帮我撤了。也帮我把另一个催一下" urges the other alone.)
  if (again && texts.length === 2 && OTHER_ONE.test(lower))
    return pickByTopic(lower.replace(OTHER_ONE, ' '), texts) !== undefined ? [0, 1] : [];
  const own = texts.map(terms);
  const parts = lower
    .split(again ? new RegExp(`${TOGETHER_PARTS.source}|[，,。.;；]`, 'i') : TOGETHER_PARTS)
    .filter((part) => part.trim().length > 0);
  if (parts.length >= 2) {
    const out: number[] = [];
    let clear = true;
    for (const part of parts) {
      const named = casesNamedBy(part, texts, own);
      // A part naming several leaves which ones open — but "both" of exactly two cases is still both.
      if (named.length > 1) clear = false;
      if (named.length === 1 && !out.includes(named[0]!)) out.push(named[0]!);
    }
    if (clear && out.length >= 2) return out;
  }
  if (texts.length === 2 && /两个|俩|两件|\bboth\b/i.test(lower)) return [0, 1];
  // "我那三个投诉都帮我催一下", "all three of my complaints": as many as the caller has.
  const said = COUNT_SAID.exec(lower);
  const counted = said?.[1] ?? said?.[2];
  return counted !== undefined && COUNTS[counted] === texts.length ? texts.map((_, i) => i) : [];
}

const COUNTS: Record<string, number> = { 三: 3, 四: 4, three: 3, four: 4 };
const COUNT_SAID = /(三|四)(?:个|件)(?:投诉|工单|单子)?(?:都|全)|\ball (three|four)\b/i;

// "另外两个别动", "the other two can wait", "别的不动": cases named by elimination, not by their words.
const OTHERS_ASIDE = /^(?:另外|另一|其他|其余|剩下|别的)|^(?:the )?(?:other|rest)\b/i;

/**
 * Whether the caller sets cases aside by words none of `texts` has ("The construction one can wait"
 * from a caller with a dog and a street-light case): which case is meant is then for a person.
 *
 * @example
 * ```ts
 * asideNamesNoneOf(['the construction one can wait'], ['Dog barking', 'Street light out']); // true
 * ```
 */
export function asideNamesNoneOf(asides: readonly string[], texts: readonly string[]): boolean {
  const own = texts.map(terms);
  const byWords = asides.filter((phrase) => !OTHERS_ASIDE.test(phrase) && asideTerms(phrase).size > 0);
  return byWords.length > 0 && byWords.every((phrase) => casesNamedBy(phrase, texts, own).length === 0);
}

/**
 * After the cases set aside by their own words, the index of the one case left among `texts` — only
 * when the caller points at it too (words `other` matches, "the other one", or a word only it has, "跳舞那个"),
 * and never against a case their words pick themselves: "帮我撤回，不是狗叫那个" says which case is
 * not meant, not which is.
 *
 * @example
 * ```ts
 * leftAfterAside('the dog one can wait. chase the other one', ['Dog barking', 'Building site'], /other one/); // 1
 * ```
 */
export function leftAfterAside(lower: string, texts: readonly string[], other: RegExp): number | undefined {
  const named = new Set(namedAside(setAsideIn(lower), texts));
  const left = texts.map((_, i) => i).filter((i) => !named.has(i));
  if (named.size === 0 || left.length !== 1) return undefined;
  const rest = withoutSetAside(lower);
  const pointed =
    other.test(rest) ||
    pointsAtLeft(
      rest,
      texts[left[0]!]!,
      texts.filter((_, i) => named.has(i)),
    );
  const picked = pickByTopic(rest, texts);
  return pointed && (picked === undefined || picked === left[0]) ? left[0] : undefined;
}

/** The indexes of the `texts` whose own words a set-aside phrase has (its designation's, else all its words). */
function casesNamedBy(
  aside: string,
  texts: readonly string[],
  own: readonly Set<string>[] = texts.map(terms),
): number[] {
  const words = [...asideTerms(aside)];
  const named = texts
    .map((text, i) =>
      words.some(
        (term) =>
          own[i]!.has(term) ||
          nearPair(text, term) ||
          (term.length === 1 && text.includes(term)) ||
          (HAN_PAIR.test(term) && text.includes(term[0]!) && text.includes(term[1]!)),
      )
        ? i
        : -1,
    )
    .filter((i) => i >= 0);
  // "the builders can wait" for the case about building work: the same thing in other words.
  return named.length > 0 ? named : speakOfSameThing(aside, texts);
}

/** The words a set-aside phrase names its case by: its designation's, else all its words. */
function asideTerms(aside: string): Set<string> {
  // "狗那个还留着": the words before 那个 name the case, one character or more.
  const head = /^(?:另外|另一)?(?:那个|那件)?([\u4e00-\u9fffa-z0-9]{1,6}?)(?:那个|那件|的)/.exec(aside)?.[1];
  const said = terms(head !== undefined ? head : designatedIn(aside, DESIGNATIONS).join(' '));
  return said.size > 0 ? said : terms(aside);
}

/**
 * Whether the caller's words, once the cases set aside are out, point at the one case left: a
 * designation with a character or word of its own that the cases set aside do not have ("跳舞那个"
 * for the case about 广场舞 when the other is about 装修) — never a designation the case left lacks.
 *
 * @example
 * ```ts
 * pointsAtLeft('跳舞那个帮我撤了吧', '广场舞音响太吵', ['楼上装修电钻声']); // true
 * ```
 */
function pointsAtLeft(rest: string, left: string, aside: readonly string[]): boolean {
  const said = designated(rest).toLowerCase();
  const words = [
    ...(said.match(/[a-z]{3,}/g) ?? []).filter((word) => !STOP.has(word)).map(stem),
    ...[...said].filter((c) => /[\u4e00-\u9fff]/.test(c) && !FUNCTION_CHARS.has(c)),
  ];
  const lowerLeft = left.toLowerCase();
  return words.some(
    (word) => lowerLeft.includes(word) && aside.every((text) => !text.toLowerCase().includes(word)),
  );
}

/**
 * After the caller denied some of their cases: the one of the `remaining` whose own words the
 * caller used, words that no other remaining case and no denied case has ("No, not that one — the
 * gym"); words about the denied case ("麻将那个他们已经不打了") count for nothing.
 *
 * @example
 * ```ts
 * pickRemaining('No, not that one, the gym.', ['Gym music at night'], ['Dog barking']); // 0
 * ```
 */
export function pickRemaining(
  topic: string,
  remaining: readonly string[],
  denied: readonly string[],
): number | undefined {
  const said = terms(withoutSetAside(topic.toLowerCase()));
  const own = remaining.map(terms);
  const gone = denied.map(terms);
  const scores = own.map((words, i) => {
    let score = 0;
    for (const term of said) {
      if (!words.has(term) || gone.some((other) => other.has(term))) continue;
      if (own.every((other, j) => j === i || !other.has(term))) score += 1;
    }
    return score;
  });
  if (scores.filter((score) => score > 0).length !== 1) return undefined;
  return scores.findIndex((score) => score > 0);
}

/**
 * Whether the caller's words single out a case in any way ("the generator one", "装修那个", "about the dog").
 *
 * @example
 * ```ts
 * singlesOut('那个装修的，撤了吧'); // true
 * ```
 */
export function singlesOut(topic: string): boolean {
  return terms(designated(topic)).size > 0;
}

/**
 * Whether the caller's words name a case outright ("the generator one", "发电机那个投诉").
 *
 * @example
 * ```ts
 * designates('the generator one'); // true
 * ```
 */
export function designates(topic: string): boolean {
  return terms(designated(topic, NAMING)).size > 0 || designatedAddresses(topic).length > 0;
}

/**
 * Whether the caller's words single out a case none of `texts` is: they designate something
 * ("the generator one", "发电机那个投诉") and no candidate's own words have any of it.
 *
 * @example
 * ```ts
 * namesNoneOf('withdraw the generator one', ['Dog barking all night']); // true
 * ```
 */
export function namesNoneOf(topic: string, texts: readonly string[]): boolean {
  // "中山路5号那个投诉", "人民路99号那个施工投诉": an address none of the cases has names none of them.
  const addresses = designatedAddresses(topic);
  if (addresses.length > 0) {
    const own = texts.map((text) => new Set(addressesIn(text)));
    if (addresses.every((address) => own.every((set) => !set.has(address)))) return true;
  }
  const said = terms(designated(topic, NAMING));
  if (said.size === 0) return false;
  return (
    [...said].every(missingFrom(texts)) && speakOfSameThing(designated(topic, NAMING), texts).length === 0
  );
}

/**
 * Whether a term of the caller's is in none of `texts`: a Chinese pair only when neither of its
 * characters occurs ("狗叫" is in "狗夜里叫"), an English word when no text has it.
 */
function missingFrom(texts: readonly string[]): (term: string) => boolean {
  const lower = texts.join(' ').toLowerCase();
  const theirs = terms(lower);
  return (term) =>
    /[\u4e00-\u9fff]/.test(term)
      ? [...term].every((char) => FUNCTION_CHARS.has(char) || !lower.includes(char))
      : !theirs.has(term);
}

/** Whether some Chinese character of `words` (not a function word) is not in `text`: "工地" is not in "楼上半夜剁东西". */
function lacksSome(text: string, words: string): boolean {
  return [...words].some(
    (char) => /[\u4e00-\u9fff]/.test(char) && !FUNCTION_CHARS.has(char) && !text.includes(char),
  );
}

/**
 * Whether the caller's words single out a case of another kind of thing than any of `texts` ("工地施工那个",
 * "楼上装修那个" from a caller whose one case is a barking dog; "楼下KTV那个" from one whose cases are a dog
 * downstairs and a building site) — for a request that would change one of them. Where it is ("楼下",
 * "next door") is no word of the case's; nothing is concluded of a case whose kind is not known.
 */
export function singlesOutNoneOf(topic: string, texts: readonly string[]): boolean {
  const words = designated(topic).replace(WHERE_WORDS, ' ');
  const said = conceptsOf(words);
  if (said.size === 0) return false;
  const otherKind = texts.every((text) => {
    const own = conceptsOf(text);
    return own.size > 0 && [...own].every((concept) => !said.has(concept));
  });
  if (!otherKind) return false;
  const named = [...terms(words)];
  return named.length > 0 && named.every(missingFrom(texts));
}
/**
 * Whether the caller names a case by an address and what it is about ("人民路12号工地那个"), and no case
 * at that address is about that ("楼上半夜剁东西" is no 工地).
 */
export function addressNamesNoneOf(topic: string, texts: readonly string[]): boolean {
  const qualifiers = addressQualifiers(topic);
  return qualifiers.length > 0 && texts.every((text) => qualifiers.some((words) => lacksSome(text, words)));
}
const WHERE_WORDS =
  /楼下|楼上|隔壁|对面|门口|附近|\b(?:downstairs|upstairs|next door|across the (?:road|street)|opposite|nearby)\b/g;

// A street and its number, as a case's address or a caller's designation says it ("中山路5号",
// "中山路五号", "2 Zhongshan Road", "Zhongshan Road number 2"), keyed as street#number.
const ZH_NUMERAL = '[0-9一二三四五六七八九十两零〇]+';
const ZH_ADDRESS = new RegExp(
  `([\\u4e00-\\u9fff]{1,8}?(?:大道|路|街|巷|弄|胡同|里))\\s*(${ZH_NUMERAL})\\s*号`,
  'g',
);
const EN_STREET = '(?:road|rd|street|st|lane|ln|avenue|ave|lu|jie|xiang|hutong)';
const EN_ADDRESS = new RegExp(
  `\\b(?:no\\.?\\s*)?(\\d+)\\s+([a-z]+(?:\\s[a-z]+)?)\\s+${EN_STREET}\\b|\\b([a-z]+(?:\\s[a-z]+)?)\\s+${EN_STREET},?\\s+(?:number|no\\.?)\\s*(\\d+)\\b`,
  'gi',
);
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "五" → 5, "二十三" → 23, "38" → 38. */
function numberOf(said: string): string {
  if (/^[0-9]+$/.test(said)) return String(Number(said));
  const [tens, ones] = said.includes('十') ? said.split('十') : ['', said];
  const value = said.includes('十')
    ? (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0)
    : Number([...said].map((c) => DIGITS[c] ?? 0).join(''));
  return String(value);
}

function addressesIn(text: string): string[] {
  const out = [...text.matchAll(ZH_ADDRESS)].map((hit) => `${hit[1]!.slice(-3)}#${numberOf(hit[2]!)}`);
  for (const hit of text.toLowerCase().matchAll(EN_ADDRESS)) {
    const street = (hit[2] ?? hit[3] ?? '').replace(/^(?:the|at|on|of|for|about)\s+/, '');
    out.push(`${street}#${Number(hit[1] ?? hit[4])}`);
  }
  return out;
}

/** What the caller says of the case between its address and "那个" ("人民路12号工地那个": "工地"). */
function addressQualifiers(topic: string): string[] {
  const out: string[] = [];
  for (const hit of topic.matchAll(DESIGNATED_ADDRESS))
    if (hit[1] !== undefined) {
      const rest = hit[0]
        .slice(hit[1].length)
        .replace(/(?:的)?那(?:个|件)$|^的/g, '')
        .replace(/投诉|工单|报修|噪音|那个|那件|这个/g, '');
      if (/[\u4e00-\u9fff]/.test(rest)) out.push(rest);
    }
  return out;
}

/** The addresses the caller speaks of a case by ("中山路5号那个…投诉", "the noise complaint at 中山路2号"). */
function designatedAddresses(topic: string): string[] {
  const out: string[] = [];
  for (const hit of topic.matchAll(DESIGNATED_ADDRESS)) out.push(...addressesIn(hit[1] ?? hit[2] ?? ''));
  return out;
}

// An address said as the case's name: "中山路5号那个投诉", "中山路5号的路灯", "the complaint at 中山路2号" —
// not an address given as news ("他们搬到中山路5号了").
const DESIGNATED_ADDRESS =
  /([\u4e00-\u9fff]{1,8}?(?:大道|路|街|巷|弄|胡同|里)\s*[0-9一二三四五六七八九十两零〇]+\s*号)(?:[^，。,.!！?？]{0,3}那(?:个|件)|的(?:路灯|投诉|噪音|工单|报修|那个))|\b(?:complaint|streetlight|street light|light|lamp|case|report|one)\s+(?:at|on|about|near|for)\s+((?:[\u4e00-\u9fff]{1,8}?(?:大道|路|街|巷|弄|胡同|里)\s*[0-9一二三四五六七八九十两零〇]+\s*号)|(?:no\.?\s*)?\d+\s+[a-z]+(?:\s[a-z]+)?\s+(?:road|rd|street|st|lane|ln|avenue|ave|lu|jie)\b|[a-z]+(?:\s[a-z]+)?\s+(?:road|rd|street|st|lane|ln|avenue|ave|lu|jie),?\s+(?:number|no\.?)\s*\d+)/gi;

const FUNCTION_CHARS = new Set('的了是我你他她们个那这在有不一也都还就和把被给让叫将帮'.split(''));

// Another person's case: "my neighbour's generator complaint", "我妈的那个投诉", "他家那个工单".
const OTHER_OWNER =
  /\bmy (?:neighbou?r|mother|mum|mom|father|dad|friend|sister|brother|son|daughter)\b[^.?!]{0,60}\b(?:she|he|they) (?:complained|reported|filed|rang|called)\b|(?:邻居|我妈|我爸|朋友|我姐|我哥|我弟|我妹)[^。？?！!]{0,20}(?:她|他)(?!们)(?:投诉|反映|报)(?:的|了|过)|(?:^|[，,。])(?:她|他)(?!们)(?:投诉|反映|报)(?:的|了)?[^，。]{0,10}(?:单子|工单|投诉|事)|\b(?:neighbou?r|mother|mum|mom|father|dad|husband|wife|son|daughter|friend|brother|sister|parents?)'s (?:[a-z-]+ ){0,2}(?:complaint|case|report|application|one)\b|\b(?:neighbou?r|mother|mum|mom|father|dad|husband|wife|son|daughter|friend|brother|sister|parents?)'s(?: one)?(?=\s*(?:[,.!?;]|$))|(?:邻居|我妈|我爸|我母亲|我父亲|我老公|我爱人|我老婆|我儿子|我女儿|朋友|他|她)(?:家)?(?:的|那个|那件)+[\u4e00-\u9fff]{0,6}?(?:投诉|工单|申请|案子|报修)|\b(?:her|his|their) (?:own )?(?:complaint|case|report|application)\b|(?:邻居|我妈|我爸|我母亲|我父亲|我老公|我爱人|我儿子|我女儿|朋友)(?:家)?的(?:那个|那件)?(?=\s*(?:[，,。.!！?？；;]|$))|帮(?:他|她)(?:撤|催|补充|查)|\b(?:my )?(?:wife|husband|partner|boyfriend|girlfriend|flatmate|roommate|housemate|mother|mum|mom|father|dad|son|daughter|brother|sister|neighbou?r|friend) (?:filed|made|lodged|reported|complained|rang|called|put in)\b|(?:我爸|我妈|我父亲|我母亲|我老公|我老婆|我爱人|我媳妇|我老伴|我对象|我儿子|我女儿|邻居|朋友)[^，。,.]{0,8}(?:投诉|反映|打电话|报)(?:了|过)/i;

/**
 * Whether the caller speaks of a case that is someone else's ("my neighbour's complaint"): their
 * own cases are then no stand-in for it.
 *
 * @example
 * ```ts
 * speaksOfOthersCase("my neighbour's generator complaint"); // true
 * ```
 */
export function speaksOfOthersCase(topic: string): boolean {
  return OTHER_OWNER.test(topic);
}

/**
 * The case among `views` the caller's words single out, compared with each case's own words.
 *
 * @example
 * ```ts
 * const picked = await pickCase(router, intent.topic, candidates);
 * ```
 */
export async function pickCase(
  client: RouterClient,
  topic: string | undefined,
  views: readonly CaseView[],
): Promise<CaseView | undefined> {
  if (topic === undefined || views.length < 2) return undefined;
  const index = pickByTopic(topic, await caseTexts(client, views));
  return index === undefined ? undefined : views[index];
}

/**
 * Each case's own words: what it was opened with (the opening event's payload) and its context.
 *
 * @example
 * ```ts
 * const [text] = await caseTexts(router, [view]);
 * ```
 */
export function caseTexts(client: RouterClient, views: readonly CaseView[]): Promise<string[]> {
  return Promise.all(views.map((view) => caseText(client, view)));
}

// One history read per case view, however many checks of one call compare its words.
const textOfView = new WeakMap<CaseView, Promise<string>>();
function caseText(client: RouterClient, view: CaseView): Promise<string> {
  let text = textOfView.get(view);
  if (!text) {
    text = client.history(view.ref).then((events) => {
      // The service's own name too: "my parking permit application" is about a parking-permit case.
      const service = view.service.id.replace(/[-_.]/g, ' ');
      return [service, ...stringsOf(events[0]?.payload), ...stringsOf(view.context)].join(' ');
    });
    textOfView.set(view, text);
  }
  return text;
}
