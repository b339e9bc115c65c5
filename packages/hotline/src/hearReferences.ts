import { ANYTHING_ELSE } from './collectEvidence.js';
import { findCaseRefs, type HeardCaseRef, REFERENCE_WORDS } from './findCaseRefs.js';
import { normalizeSpoken } from './normalizeSpoken.js';
import { partialReference } from './partialReference.js';
import type { Speaker, Transcript } from './parseTranscript.js';
import type { NormalizedTurn } from './readTurns.js';

/**
 * Who vouches for a reference: the caller said it; the agent said it and the caller confirmed
 * it in the next turn; the agent only said it (it does not count); or the call's `Case:` header
 * (an outbound call the system placed about that case).
 */
export type ReferenceSource = 'caller' | 'agent-confirmed' | 'agent' | 'header';

/** A case reference heard in a call, where, and whether it may be acted on. */
export interface CallReference extends HeardCaseRef {
  /** The turn it was first heard in (-1 for the `Case:` header). */
  turn: number;
  speaker: Speaker;
  source: ReferenceSource;
  /** The caller denied it ("No, that's not mine"): it never counts, whoever said it. */
  denied?: boolean;
  /**
   * The agent asked about it ("Is it NC-…?") and the caller neither confirmed nor denied it
   * ("Maybe", "嗯……我再想想"): the call may be about it, so no other case stands in for it.
   */
  unresolved?: boolean;
  /** The caller said it as another person's ("my neighbour told me her number is NC-…"). */
  othersCase?: boolean;
  /**
   * Another person's reference told as news, in a call whose requests are all said elsewhere and
   * speak of no one else ("她的单号是NC-…，她说一直没人管" … "帮我催一下吧，我这边也太吵了"): it does
   * not count, and the requests are the caller's own.
   */
  aside?: true;
  /** Heard only in part (a prefix alone, a body without its prefix, a symbol short, symbols said as a reference that make none): it names no case. */
  partial?: true;
  /**
   * The caller turn in which the caller disowned a reference they said in an earlier one ("刚才那个号是
   * 我邻居的，我念错了", "that number is my neighbour's"): it counts for nothing, the requests said with
   * it go with it, and no case of the caller's stands in for the one they meant.
   */
  disowned?: number;
  /** Said by the caller with a doubt ("or maybe it's the other one"); folded into `unresolved`. */
  doubted?: boolean;
  /** Whether the call may be about this case: said by the caller, confirmed by them, or the header's; never denied. */
  counts: boolean;
}

/** A symbol of a reference corrected without the reference said again. */
const PART_CORRECTED =
  /\b(?:the )?(?:last|first|second|third|fourth|final) (?:character|letter|digit|number|bit|symbol) (?:is|was|should be|'s)\b|\bnot what i (?:said|read)\b|最后一位(?:是|应该是)|第[一二三四五六七八九十]位(?:是|应该是)|最后一个(?:字母|数字|字)(?:是|应该是)/;

// A denial right before the reference ("it's not", "不是"), or after it in the same turn ("? No, that's not mine").
const DENIED_BEFORE =
  /(?:\bnot|\bisn't|\bnever|不是|并不是|不是那个)\s*(?:case\s*|number\s*|the\s*|编号\s*)?$/i;
const DENIED_AFTER =
  /^[\s?？,，.。…!！]*(?:(?:no|nope|不|不是|不对)[\s,，.。…!！]*)?(?:[^.。!！?？]{0,24}?)(?:(?:that's|that is|it's|it is|is|was) not (?:mine|ours|me)|not mine|isn't mine|(?:that's|that is|it's) (?:my )?(?:neighbou?r's|someone else's|somebody else's)|不是我的|不是我们的|不是(?:他|她)的|那是(?:我)?(?:邻居|别人|他|她)的|是别人的)/i;

// The caller says the return visit is about another case ("你们来的不是这个", "That's not the one you visited").
const DISPUTES_VISIT =
  /来的不是|不是这个|不是这件|不是这一个|\b(?:that's|that is|it's|it is) not the one\b|\bnot the one you (?:visited|called about|came about)\b|\bnobody (?:came|visited) (?:about|for) (?:that|this)\b/i;
const CORRECTED_AFTER =
  /^[\s?？,，.。…!！—–-]*(?:(?:哦|啊|呃|唉|哎|oh)[，,]?\s*)?(?:(?:不对|说错了|我说错了|搞错了|拿错了|看错了|念错了)|(?:oh,? )?hang on\b|(?:sorry,? )?(?:no wait|wait,? no|i mean|sorry,? no|no,? sorry|scratch that))/i;
const DOUBTED_AFTER =
  /^[^.。!！]{0,40}?(?:\bor maybe\b|\bor is it\b|\bi'?m not sure\b|\bnot sure\b|\bmight be the other\b|还是另一个|或者是|也可能是|不确定|记不清|可能看错|可能念错|可能抄错|看不太清|\bsmudged\b|\bcan'?t (?:quite )?read\b|\bhard to read\b)|^[^。!！]{0,60}?(?:(?:前面|开头|最后|后面|末尾)(?:的)?(?:两个|几个|那个|一个|两|几)?(?:字母|数字|字|位)(?:[^，。,]{0,6})?(?:是|应该是)|\bthe (?:first|last) (?:two |few |couple of )?(?:letters?|digits?|characters?|bits?) (?:are|is|was|were|should be)\b)/i;
const WAVERS =
  /\b(?:wait|actually|sorry|oh|hang on),?\s*(?:yes|yeah|it is|that's it|that's right|that's the one)\b|(?:不对不对|不对|哦|啊)[，,]?\s*(?:是的|是这个|对的|对对)/i;
const OTHERS_BEFORE =
  /(?:neighbou?r|mother|mum|mom|father|dad|friend|sister|brother|husband|wife|son|daughter|\bher|\bhis|\btheir)(?:'s)?\s+(?:told me |said |gave me |says )?(?:that )?(?:her |his |their )?(?:number|reference|ref|case(?: number)?)(?:\s+(?:is|was))?[\s:,]*$|(?:neighbou?r|mother|friend|sister|brother|husband|wife|son|daughter)(?:'s)? (?:gave me|told me) (?:her|his|their) (?:reference|number)[\s,:]*$|(?:邻居|我妈|我爸|朋友|他|她|楼下|楼上)[^，。]{0,10}(?:编号|工单号|号码|单号|投诉|工单)(?:是|为)?[\s：:，,]*$/i;

// A later turn disowning the reference said before: "刚才那个号是我邻居的", "这个单号不是我的", "念错了",
// "that number is my neighbour's", "I read the wrong one".
const DISOWNS_EARLIER =
  /^[\s,，.。…]*(?:不是这个|不是这件|不是那个|\bno,? not that one\b|\bnot that one\b|\bthat'?s not (?:it|the one)\b)|拿错(?:单子|了)|看错了|\bwrong (?:bit of paper|piece of paper|slip|one)\b|\bignore that\b|\bthat'?s the old one\b|(?:刚才|之前|前面|上面)?(?:那个|这个|念的|说的|报的)(?:号|单号|编号|号码)?(?:是)?(?:我)?(?:邻居|别人|他|她|朋友|我妈|我爸|家里人)[^，。,.]{0,4}的|(?:这个|那个|刚才的?)(?:单号|编号|号码|号)不是我的|(?:单子|纸条|短信|条子)上的(?:号|单号|编号)[，,]?\s*不是我的|\b(?:off|from) the wrong (?:letter|paper|sheet|message|text|email|note)\b|(?<!(?:可能|也许|大概|估计|或许)我?)(?:念错了|报错了)|说错号了|\b(?:that|this|the) (?:number|reference|ref)(?: i (?:said|gave|read(?: out)?))? (?:is|was|'s) (?:my \w+'s|not mine|someone else's|somebody else's|wrong)\b|\bi (?:read|gave|said) (?:out )?the wrong (?:one|number|reference)\b|(?:念|说|报)的(?:那个)?(?:号|单号|编号|号码)不是|(?:那个|这个)(?:号|单号|编号|号码)不(?:是|对)|\bthat'?s not the (?:number|reference) i\b|\bthat (?:number|reference) (?:isn'?t|is not) (?:the one|right|mine)\b/i;

// Another person's, said next to the reference: "My neighbour's is NC-…", "Her reference is NC-…",
// "我邻居的NC-…"; or after it: "NC-…是我邻居的", "NC-… is my neighbour's".
const OTHERS_NEAR =
  /(?:\b(?:neighbou?r|mother|mum|father|dad|friend|sister|brother|husband|wife|son|daughter)'s|\b(?:her|his|their)(?: \w+)?)(?: (?:is|was))?[\s:,]*$|(?:邻居|我妈|我爸|我母亲|我父亲|朋友|他|她)(?:家)?(?:的)?(?:[\u4e00-\u9fff]{0,3}(?:是|为))?[\s：:，,]*$/i;
const OTHERS_AFTER =
  /^[\s,，。.]*(?:(?:这|那|这个|那个|它)?(?:是|就是)(?:我)?(?:邻居|我妈|我爸|朋友|他|她|别人)(?:家)?的|(?:这|那|这个|那个|它)?(?:是)?(?:楼下|楼上|隔壁|对门|邻居|朋友|同事)[\u4e00-\u9fff]{0,4}(?:写|发|给)给?我的|(?:(?:that|it|this)(?:'s| is| was)|is|was) (?:my )?(?:neighbou?r|mother|mum|father|friend|sister|brother)'s)/i;

function deniedInTurn(text: string, heard: string): boolean {
  const at = text.indexOf(heard);
  if (at < 0) return false;
  return (
    DENIED_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
    DENIED_AFTER.test(text.slice(at + heard.length))
  );
}

const OWN_WORDS = /\bmy (?:own )?(?:complaint|case|report|one|application)\b|\bmine\b|我(?:自己)?的|我那个/;

const RANK: Record<ReferenceSource, number> = { agent: 0, 'agent-confirmed': 1, caller: 2, header: 3 };

const SENTENCE_END = /[。.!！?？;；]/;
const CLAUSE_END = /[。.!！?？;；，,]/;
const TAG_QUESTION =
  /^\s*(?:对吗|是吗|对不对|是不是|对吧|没错吧|是这个吗|是这件吗|是这个|是它吗|right|correct|is that right|is that correct|is that it|is that the one|is it this one|this one|yes|(?:您|你)(?:问|说|要问|要查|要找|指)的(?:是)?(?:这个|这件|这单|它)(?:吗|吧)?|(?:is )?(?:this|that|it) the one (?:you mean|you'?re (?:asking|calling|ringing) about))\s*$/i;
const ASKS_WHOSE =
  /是(?:您|你)(?:本人)?(?:反映|投诉|举报|报|提交|申请|打)的|是(?:您|你)的(?:吗|吧)|\b(?:is (?:it|this|that) (?:yours|your (?:complaint|case|report))|did you (?:report|file|make|lodge|raise) (?:it|this|that))\b/i;
const DESCRIBES_CASE =
  /^[^，,]{0,24}(?:那件|那个|那单|这件|这个|这单|的)(?:投诉|事|问题|工单)?(?:吗|吧|对吗|是吗)?\s*$|^\s*(?:the|your|about the) [a-z' -]{1,30}(?:one|complaint|case|report)\s*$/i;
const OWN_QUESTION =
  /吗|是不是|请问|您是|你是|哪|什么|几|\b(?:is your|are you|do you|did you|have you|what|where|when|which|how)\b/i;
const AGENT_CORRECTS = /不好意思|看错了|说错了|念错了|不对|\bsorry\b|\bi mean\b|\bmisread\b|\bcorrection\b/i;
/** Whether the agent read a reference and corrected it to another in the same turn. */
function agentSlip(text: string, heard: string, found: readonly HeardCaseRef[]): boolean {
  const at = text.indexOf(heard);
  return found.some((other) => {
    const later = text.indexOf(other.heard);
    return other.heard !== heard && later > at && AGENT_CORRECTS.test(text.slice(at + heard.length, later));
  });
}

/**
 * Whether the agent's question is about the reference it said: "您说的是NC-…吗？", "It's NC-…, is
 * that right?" — not "您的单号是NC-…，您是住人民路12号吗？", whose yes answers the address.
 */
function askedAbout(turn: NormalizedTurn, heard: string): boolean {
  const text = turn.text;
  const q = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
  // The reference's last mention before the question ("一件是NC-…；另一件是…。您问的是NC-…这件吗？").
  const last = q < 0 ? -1 : text.lastIndexOf(heard, q);
  const at = last >= 0 ? last : text.indexOf(heard);
  if (q < 0 || at < 0 || at > q) return true;
  const lastBefore = (pattern: RegExp) => {
    for (let i = q - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
    return -1;
  };
  const clause = lastBefore(CLAUSE_END);
  if (at > clause) return true;
  const asked = text.slice(clause + 1, q);
  // "关于工单NC-…，早餐店噪音的问题，是您反映的吗？": whose the case is, so about the reference too.
  // "…是NC-…，狗叫的那件吗？", "Is it NC-…, the dog one?": the case described again.
  if (TAG_QUESTION.test(asked) || ASKS_WHOSE.test(asked) || DESCRIBES_CASE.test(asked)) return true;
  return at > lastBefore(SENTENCE_END) && !OWN_QUESTION.test(asked);
}

/** The agent's last turn before turn `i` asks for (or speaks of) a reference: "Do you have the reference?" */
function askedForReference(turns: readonly NormalizedTurn[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--)
    if (turns[j]!.speaker === 'agent') return REFERENCE_WORDS.test(turns[j]!.text);
  return false;
}

/**
 * Finds every reference in a call and decides which ones count: a reference counts only when
 * the caller said it, or the agent said it and the caller confirmed it in the next caller turn
 * (是/对/yes…); a denial (不是/no…) cancels it, whoever said it first. A reference the agent read
 * off a screen and the caller never confirmed is reported but never acted on.
 *
 * @example
 * ```ts
 * hearReferences(readTurns(call), call, rules.prefixes).filter((ref) => ref.counts);
 * ```
 */
export function hearReferences(
  turns: readonly NormalizedTurn[],
  transcript: Pick<Transcript, 'regarding'>,
  prefixes: ReadonlySet<string>,
): CallReference[] {
  const byRef = new Map<string, CallReference>();
  const hear = (found: HeardCaseRef, turn: number, speaker: Speaker, source: ReferenceSource) => {
    const known = byRef.get(found.ref);
    if (!known) {
      byRef.set(found.ref, { ...found, turn, speaker, source, counts: false });
    } else if (RANK[source] > RANK[known.source]) {
      known.source = source;
      // Said again by the caller after a denial: the later statement wins.
      if (source === 'caller' && known.denied && turn > known.turn) known.denied = false;
    }
  };
  if (transcript.regarding !== undefined) {
    for (const ref of findCaseRefs(normalizeSpoken(transcript.regarding), prefixes))
      hear(ref, -1, 'agent', 'header');
  }
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    // A reference of no known prefix matters only from the caller: nobody acts on one the agent said.
    const found = findCaseRefs(turn.text, prefixes, {
      loose: turn.speaker === 'caller',
      asked: askedForReference(turns, i),
    });
    if (found.length === 0) continue;
    if (turn.speaker === 'caller') {
      for (const ref of found) {
        const seen = byRef.get(ref.ref);
        // "您的单号是NC-…吗？" — "NC-…，对": a reference the agent read out first, said back, is
        // confirmed, not one the caller knew — it proves no more than a yes would.
        const echoed = seen !== undefined && seen.speaker === 'agent' && seen.source !== 'header';
        hear(ref, turn.index, 'caller', echoed ? 'agent-confirmed' : 'caller');
        const known = byRef.get(ref.ref)!;
        const at = turn.text.indexOf(ref.heard);
        const after = at < 0 ? '' : turn.text.slice(at + ref.heard.length);
        // "我这有个单号NC-…，" / "这是我邻居的": what the caller's next segment says of it.
        const next = turns[i + 1];
        const afterNext =
          next?.speaker === 'caller' && after.trim().length < 4 ? `${after} ${next.text}` : after;
        // "It's not NC-…, that's my neighbour's", "NC-…? No, that's not mine": said only to deny it;
        // "NC-…，不对不对，我说错了": taken back at once.
        if (deniedInTurn(turn.text, ref.heard) || CORRECTED_AFTER.test(after)) {
          known.denied = true;
          // "NC-……哦不对，这个是我楼上那家的号，我拿错单子了": a misread slip — which case is meant is not known.
          if (CORRECTED_AFTER.test(after) && DISOWNS_EARLIER.test(after)) known.disowned = turn.index;
          // Said in an earlier turn, disowned now ("NC-…这个帮我撤回" … "哦，NC-…不是我的").
          if (seen !== undefined && seen.turn < turn.index && seen.speaker === 'caller')
            known.disowned = turn.index;
        }
        // "NC-…, or maybe it's the other one, I'm not sure": said, but not meant for certain.
        else if (DOUBTED_AFTER.test(after)) known.doubted = true;
        // "My neighbour told me her number is NC-…": another person's case, said as theirs.
        if (
          at >= 0 &&
          (OTHERS_BEFORE.test(turn.text.slice(Math.max(0, at - 60), at)) ||
            OTHERS_NEAR.test(turn.text.slice(Math.max(0, at - 16), at)) ||
            OTHERS_AFTER.test(afterNext))
        )
          known.othersCase = true;
      }
      continue;
    }
    // "Is it NC-…? And is the address 9 Elm Road?" — "Yes, that's the address": a yes to two
    // questions confirms neither reference; "No… oh wait, yes" settles nothing.
    const questions = (turn.text.match(/[?？]/g) ?? []).length;
    // The caller's next words, even after the agent went on ("是NC-…吗？" "对，系统显示就是这个。" "嗯……我再想想").
    let replyAt = i + 1;
    while (turns[replyAt]?.speaker === 'agent' && replyAt < i + 3) replyAt += 1;
    const reply = turns[replyAt]?.speaker === 'caller' ? turns[replyAt]!.lower : '';
    const wavers = turn.answer === 'no' && (turn.wavered === true || WAVERS.test(reply));
    // A yes to "Anything else?" answers that question, not the reference said before it.
    const confirmed = turn.answer === 'yes' && questions < 2 && !ANYTHING_ELSE.test(turn.lower);
    for (const ref of found) {
      // "您的单号是NC-A——不好意思我看错了，是NC-B，对吗？": the agent's own slip asks nothing.
      const slip = agentSlip(turn.text, ref.heard, found);
      if (slip) {
        hear(ref, turn.index, 'agent', 'agent');
        continue;
      }
      const confirms = confirmed && askedAbout(turn, ref.heard);
      hear(ref, turn.index, 'agent', confirms ? 'agent-confirmed' : 'agent');
      const known = byRef.get(ref.ref)!;
      // "Is it NC-…?" — "No": the caller denies the case, even one they named before (a misread).
      if (turn.answer === 'no' && !wavers && known.source !== 'header') known.denied = true;
      // Asked about, or said and followed by a request not for the caller's own ("我要催办" after
      // "我看到系统里有个单号NC-…"): the call may be about that case either way.
      if (
        !confirms &&
        (turn.answer !== 'no' || wavers) &&
        reply &&
        known.source === 'agent' &&
        (turn.asks || !OWN_WORDS.test(reply))
      )
        known.unresolved = true;
    }
  }
  // "我的单号是NC-…" … "哦不对，刚才那个号是我邻居的": the last reference the caller said before is disowned.
  for (const turn of turns) {
    if (turn.speaker !== 'caller' || !DISOWNS_EARLIER.test(turn.lower)) continue;
    let last: CallReference | undefined;
    for (const ref of byRef.values())
      if (
        (ref.speaker === 'caller' || ref.source === 'agent-confirmed') &&
        ref.turn < turn.index &&
        (!last || ref.turn > last.turn)
      )
        last = ref;
    if (!last || last.disowned !== undefined) continue;
    // "That's the wrong one, I've read you the rooster one… The one I want is… NC-…": disowned before
    // the reference that replaces it; a reference said first ("NC-… — no, that's not the one") is the one disowned.
    const said = findCaseRefs(turn.text, prefixes);
    const firstSaid = Math.min(
      ...said.map((found) => turn.text.indexOf(found.heard)).filter((at) => at >= 0),
    );
    if (said.length === 0 || turn.lower.search(DISOWNS_EARLIER) < firstSaid) {
      last.denied = true;
      last.disowned = turn.index;
    }
  }
  // "My reference is NC-…. Sorry, the last character is a 7, not what I said": the reference said is not the
  // one meant, and the one meant is not heard whole — no case can be told from it.
  for (const turn of turns) {
    if (turn.speaker !== 'caller' || !PART_CORRECTED.test(turn.lower)) continue;
    let last: CallReference | undefined;
    for (const ref of byRef.values())
      if (ref.speaker === 'caller' && ref.turn <= turn.index && (!last || ref.turn > last.turn)) last = ref;
    const saidAgain = findCaseRefs(turn.text, prefixes).some((found) => found.ref !== last?.ref);
    if (last && !saidAgain) last.doubted = true;
  }
  // A return visit whose case the caller says is not the one visited: it no longer vouches for itself.
  const header = [...byRef.values()].find((ref) => ref.source === 'header');
  if (header && turns.some((turn) => turn.speaker === 'caller' && DISPUTES_VISIT.test(turn.lower)))
    header.denied = true;
  // A reference heard only in part — "it's NC" … "VPBRR-2HGJT", its body without the prefix, one
  // symbol short: the caller means a case nobody can tell, so it stands as a misheard one.
  if (byRef.size === 0) {
    const partial = partialReference(turns, prefixes);
    if (partial) byRef.set(partial.ref, partial);
  }
  // Built afresh with only the flags that hold (deleting properties would slow every later read of them).
  const references: CallReference[] = [];
  for (const heard of byRef.values()) {
    const counts = heard.source !== 'agent' && !heard.denied && !heard.doubted;
    const unresolved = !counts && !heard.denied && (heard.unresolved === true || heard.doubted === true);
    const ref: CallReference = {
      ref: heard.ref,
      valid: heard.valid,
      heard: heard.heard,
      turn: heard.turn,
      speaker: heard.speaker,
      source: heard.source,
      counts,
    };
    if (heard.known === false) ref.known = false;
    if (heard.denied) ref.denied = true;
    if (unresolved) ref.unresolved = true;
    if (heard.othersCase) ref.othersCase = true;
    if (heard.partial) ref.partial = true;
    if (heard.disowned !== undefined) ref.disowned = heard.disowned;
    references.push(ref);
  }
  return references;
}
