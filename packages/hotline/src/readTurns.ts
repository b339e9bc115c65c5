import { normalizeSpoken } from './normalizeSpoken.js';
import type { Speaker, Transcript } from './parseTranscript.js';
import { WHICH_CASE } from './splitRequests.js';
import { scriptsIn } from './textScript.js';

/** A turn as interpretation sees it: normalized text, who said it and what it does in the dialogue. */
export interface NormalizedTurn {
  index: number;
  speaker: Speaker;
  text: string;
  lower: string;
  /** The agent asks something (a question the caller answers next). */
  asks?: boolean;
  /** For an agent turn: how the caller's next turn answered it (a question or a restatement); for a caller turn: how it answered the agent's. */
  answer?: 'yes' | 'no';
  /** Nothing but greetings, thanks, fillers or goodbyes. */
  pleasantry?: boolean;
  /** Insults or swearing. */
  abuse?: boolean;
  /** The turn corrects what was said before ("不对，是…", "no, make it…", "sorry, I mean…"). */
  corrects?: boolean;
  /**
   * For a caller turn that declines what the agent asked or offered ("不用了，我就问问", "no
   * thanks"): where the declining words end. They answer the offer; they ask for nothing.
   */
  declines?: number;
  /** Where the correction begins: what the caller says after it replaces what they said before. */
  correctsAt?: number;
  /**
   * For an agent read-back the caller answered "no" only to correct a detail ("不是三十四，是四十三"):
   * the rest of it stands.
   */
  corrected?: boolean;
  /** For an agent turn: the caller's yes to it was taken back at once ("Yes — no — wait, no"). */
  wavered?: boolean;
  /**
   * Where the turn quotes someone (“您的工单已撤回”, "please call us to withdraw…"): start and end of
   * each quoted span. What a message or another person said in quotes asks nothing of the caller's.
   */
  quoted?: readonly (readonly [number, number])[];
  /** An agent's greeting or acknowledgement and nothing else ("您好，12345热线。", "Hotline, how can I help?", "好的。"). */
  formula?: boolean;
  /** Whether the turn has Chinese characters, and latin words (`turnHasScript` works them out for a turn made elsewhere). */
  han?: boolean;
  latin?: boolean;
}

const QUESTION =
  /[?？吗呢]\s*$|[?？]|请问|是不是|是否|对吗|是吗|对吧|\b(?:do you|would you|are you|is it|is that|did you|shall i|should i|can i|is this|was it|right\?)/;
// A clear yes opens the answer; a soft one ("好", "ok", "please") only when it is the whole answer or its own clause.
const YES =
  /^(?:对|是|是的|对的|嗯对|没错|对对|就是|对头|正是)(?!不起)|^(?:yes|yeah|yep|yup|aye|right|correct|exactly|indeed|absolutely|definitely|that's right|that's it|that's the one|that's correct|spot on|uh-huh|mm-hm|go ahead|please do|perfect|lovely|brilliant|excellent)(?![a-z])|^(?:好|好的|好啊|好呀|可以|可以的|要|要的|需要|当然|必须|行|行啊|嗯|嗯嗯|是啊|对啊|麻烦(?:你|您)?了|ok|okay|sure|please|yes please|fine|of course|do it|that one)(?=\s*(?:$|[,，.。!！]))/;
// (after a filler: "Ugh, no.", "Hmm, no, don't…", "哎呀不行")
const NO =
  /^(?:(?:ugh|hmm+|um+|uh|er|erm|oh|ah|well|哎呀|哎|唉|呃|啊)[,，\s…]*)?(?:不(?!好意思|客气)|没有|别|错了|那不是|算了|免了|那倒不用)|^(?:ugh|hmm+|um+|uh|er|erm|oh|ah|well)[,\s…]+(?:no|nope|nah)(?![a-z])|^(?:yeah,? nah|no|nope|nah|not|that's not|that isn't|wrong|neither|never mind|don't bother|no need|leave it)(?![a-z])/;
const NOTED =
  /再等等|等等看|我再等|先等|再看看|知道了|了解了|明白了|商量(?:一下|商量)?再说|考虑(?:一下|考虑)?再说|想想再说|再说吧|\bi'?ll (?:think about it|talk it over|discuss it)\b|\bi'?ll wait\b|\bi will wait\b|\bwait and see\b|\bi see\b|\bgot it\b|\bnoted\b/i;
const AGREES =
  /是的|对的|撤吧|撤了吧|帮我撤|可以撤|催吧|帮我催|\byes,? please\b|\bplease do\b|\bgo ahead\b|\bdo it\b|\bwithdraw it\b/i;
const CHOICE = /还是|或者|\bor\b(?! (?:not|no)\b)/;
const HALF_YES =
  /^[^，,。.!！?？]{0,6}[，,。.…\s—-]+(?:(?:呃|嗯|额|um|uh|well)[，,。.…\s—-]*)*(?:也不是|不是|不对|sort of|kind of|not really|not exactly|i mean)/;
const HEDGED_YES =
  /^[^。!！]{0,16}?(?:\b(?:probably|maybe|perhaps|i guess|dunno|whatever|why not)\b|\bnot (?:a hundred|100|one hundred|entirely|totally|completely|really) (?:percent|per cent|%|sure)\b)|^(?:对|是|嗯|是的|对的)[，,。.…\s吧]*(?:好像|可能|大概|也许|或许)/i;
const ECHOED = /^(催|撤|补充|记)(?=[吧呗啊嘛]?(?:[，,。.!！\s]|$))/;
const DOUBTFUL =
  /^(?:是吗|对吗|对吧|是不是|真的吗|有吗|really\b|is it\b|are you sure\b)|^(?:对|是|嗯)[…。.\s]*吧?[？?]|^[^。.!！]{0,16}?(?:不知道|不确定|不清楚|记不清|记不得|\bi don'?t know\b|\bnot sure\b|\bno idea\b)/;
// A yes taken back at once: a pause, perhaps "oh"/"wait"/"哦", then a no.
const TAKEN_BACK =
  /^[\s,，.。!！…—–-]+(?:(?:哦|噢|啊|呃|嗯|诶|oh|wait|um|uh|hmm|sorry|等等|等一下)[\s,，.。!！…—–-]*)*(?:no(?=\s*(?:[,.!?…—–-]|$|wait\b|no\b|not\b|sorry\b|that'?s not\b|it'?s not\b))|nope\b|not (?:this|that|it)\b|不对|错了|不是(?=这|那|它|我|的|[\s，,。.!！…]|$))/;
// A yes corrected further on in the same answer: "Yeah, the dog. Actually no, the construction.", "对，狗那个。哦不，说错了，是施工那个".
const CORRECTED_LATER =
  /(?:^|[.。!！?？,，;；…—–-]\s*)(?:(?:oh|um|uh|hmm|哦|噢|呃)[\s,，]*)?(?:actually,? no\b|no,? wait\b|wait,? no\b|sorry,? no\b|不对|哦不(?=[，,。\s])|说错了|不是不是)/;
// A yes that goes on to ask for another case: "Yes, that's mine, but it's the construction one I want withdrawn".
const YES_BUT_OTHER =
  /^[^.?!。？！]{0,24}[,，]\s*(?:but\b|不过|但是|可是)[^.?!。？！]{0,40}(?:\bthe [a-z'-]+(?: [a-z'-]+)? one\b|\bthe other\b|另外(?:那|一)|那个|那件)/;
// The declining words at the head of an answer, up to the first pause.
const DECLINE_HEAD = /^[^，,。.!！?？；;]*/;
const DECLINE_MORE =
  /^[\s,，.。!！…]+(?:forget it|never mind|leave it|don't bother|no thanks|no need|算了|不用了|不管了|不用|别管了)(?![a-z])/;
const PLEASANTRY =
  /^(?:(?:喂|你好|您好|谢谢|谢谢你|谢谢您|多谢|麻烦了|麻烦你了|辛苦了|再见|拜拜|好的|好|嗯|哦|啊|没有了|没了|没别的了|就这些|就这样|行|可以|对|是的|打错了|不好意思|hello|hi|hey|good morning|good afternoon|good evening|thanks|thank you|thank you very much|cheers|bye|goodbye|ok|okay|alright|great|that's all|that's it|no that's all|nothing else|sorry|wrong number|yes|yeah|no)[\s,，.。!！?？~、]*)+$/i;
const ABUSE =
  /傻[逼比b]|(?<!我|俺)[妈吗]的|他妈|tmd|操你|草你|滚蛋|你去死|废物|混蛋|王八蛋|狗屁|脑残|白痴|\b(?:fuck\w*|f\*+k|shit\w*|idiots?|moron|bastard|bitch|asshole|dickhead|screw you|damn you|wankers?|useless bunch|pathetic)\b/i;
const CORRECTION =
  /不对|说错了|不是[^，,。]{0,12}[，,]\s*是|应该是|改成|改为|更正|我是说|\b(?:sorry,? i mean|i mean|no,? make it|make that|correction|scratch that|rather|no wait|wait,? no)\b|(?:^|[,，.;!?]\s*)(?:oh,? |um,? |sorry,? )?actually\b|\bactually,? (?:it'?s|it is|it was|no|i meant|that'?s|make)\b/i;
// ("actually" corrects at the head of a clause or before what it corrects, not inside one: "the dog's
// actually calmed down".)
// "It's not unit four, it's unit seven", "I gave you the wrong unit number": run only on turns with
// "not" or "wrong" (an alternation without a literal would slow every turn's CORRECTION test).
const CORRECTION_SAID =
  /\bit'?s not [^.,;!?]{1,30}?,? it'?s\b|\bgave you the wrong\b|\bwrong (?:unit|house|flat|door|street|address|house number)\b/;
// A change of mind about what the caller asks for ("算了，还是…", "on second thought"): what follows replaces it.
const CHANGE_OF_MIND =
  /算了[，,。.…\s]*(?:还是|就|你|帮|给)|还是算了|\b(?:on second thought|come to think of it|forget that|never mind that)\b/i;

// What an agent says to open a call or to show they heard: it asks, offers and restates nothing.
const AGENT_FORMULA =
  /^(?:(?:您好|你好|喂)[，,\s]*)?(?:(?:这里是|欢迎致电)?(?:12345|市民)?\s*(?:政务服务便民)?(?:服务)?热线[，,。.\s]*)?(?:请讲|请说|您请讲|请问有什么可以帮您|有什么可以帮您|有什么可以帮到您)?[。.!！?？\s]*$|^(?:(?:hello|hi|good (?:morning|afternoon|evening))[,.!\s]*)?(?:(?:this is |you'?ve reached )?(?:the )?(?:12345|twelve three four five|city)(?: (?:city )?hotline)?|hotline)?[,.!\s]*(?:how can i help(?: you)?(?: today)?|how may i help(?: you)?|go ahead|what can i do for you)?[?.!\s]*$|^(?:好的|好|嗯|对|ok|okay|right|sure|i see|got it|明白|明白了|了解|收到)[。.!！,，\s]*$/;
const PICKS_BY_DENYING =
  /^(?:不是|不要|别)[^，。,.!！?？]{1,10}(?:那个|那件|的)|^no,? not (?:the|that) [a-z'-]+(?: [a-z'-]+)?(?: one)?\b/;
const QUOTED = /“[^”]{2,120}”|"[^"]{2,120}"|「[^」]{2,120}」|『[^』]{2,120}』/g;
function quotedSpans(lower: string): (readonly [number, number])[] | undefined {
  if (!/[“"「『]/.test(lower)) return undefined;
  const spans: (readonly [number, number])[] = [];
  for (const quote of lower.matchAll(QUOTED)) spans.push([quote.index, quote.index + quote[0].length]);
  return spans.length > 0 ? spans : undefined;
}

/** Whether a position of a turn falls inside something it quotes. */
export function inQuote(turn: NormalizedTurn, at: number): boolean {
  return turn.quoted?.some(([start, end]) => at > start && at < end) ?? false;
}

function dialogueOf(turns: NormalizedTurn[]): void {
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.speaker !== 'agent') continue;
    turn.asks = QUESTION.test(turn.lower);
    // A question, or a statement of what the agent is about to do ("I'll withdraw it then"): the caller's next words settle it.
    const reply = turns[i + 1];
    if (reply?.speaker !== 'caller') continue;
    const said = reply.lower.replace(/^[\s,，.。…]+/, '');
    let answer: 'yes' | 'no' | undefined = NO.test(said) ? 'no' : YES.test(said) ? 'yes' : undefined;
    // "您要补充哪件？" — "不是狗那个…另一个，就是工地那个": which case, answered by setting one aside — no "no".
    if (answer === 'no' && WHICH_CASE.test(turn.lower) && PICKS_BY_DENYING.test(said)) answer = undefined;
    // "需要我帮您催办一下吗？" — "催，当然得催": the offered verb said back.
    const echo = ECHOED.exec(said)?.[1];
    if (answer === undefined && echo !== undefined && turn.lower.includes(echo)) answer = 'yes';
    // "好的，谢谢，那我再等等", "Okay, okay, thanks, I will wait then": heard, not agreed to.
    if (answer === 'yes' && NOTED.test(said) && !AGREES.test(said)) answer = undefined;
    // "您是要撤回还是催办？" — "是的": a yes to a choice picks neither.
    if (answer === 'yes' && CHOICE.test(turn.lower)) answer = undefined;
    // "对……呃，也不是，我就是想问问进度", "Yeah, well, sort of — I mean I just want to know": no yes after all.
    if (answer === 'yes' && HALF_YES.test(said)) answer = undefined;
    // "是吗？我不知道啊", "对吧？我也不确定": a doubt, not a yes.
    if (answer === 'yes' && DOUBTFUL.test(said)) answer = undefined;
    // "Yeah, probably.", "Yes? I'm not a hundred percent.", "Fine, whatever.", "对，好像是。", "是的吧，可能。": a yes in doubt.
    if (answer === 'yes' && HEDGED_YES.test(said)) answer = undefined;
    if (answer === 'yes' && YES_BUT_OTHER.test(said)) answer = undefined;
    // "Yes — no — wait, no", "是。哦不对，不是这个，我看错了", or "对。" then "哦不对，不是这个": the last word wins.
    if (answer === 'yes') {
      const rest = said.slice(YES.exec(said)?.[0].length ?? 0);
      const next = turns[i + 2]?.speaker === 'caller' ? turns[i + 2]!.lower : '';
      if (TAKEN_BACK.test(rest) || TAKEN_BACK.test(` ${next}`) || CORRECTED_LATER.test(rest)) {
        answer = 'no';
        turn.wavered = true;
      }
    }
    if (answer) {
      turn.answer = answer;
      reply.answer = answer;
      // A "no" that gives another number than the read-back ("No, sixty-one, six one") corrects that detail.
      const otherNumber = /[0-9]/.test(turn.lower) && /[0-9]/.test(said.slice(2));
      if (answer === 'no' && (reply.corrects || otherNumber) && /\S[，,。.]\s*\S/.test(said))
        turn.corrected = true;
      if (answer === 'no' && turn.asks) {
        let head = DECLINE_HEAD.exec(said)?.[0].length ?? 0;
        // "No, forget it.": more declining words after the first pause still only decline.
        for (let more = DECLINE_MORE.exec(said.slice(head)); more; more = DECLINE_MORE.exec(said.slice(head)))
          head += more[0].length;
        reply.declines = reply.lower.length - said.length + head;
      }
    }
  }
}

/**
 * Normalizes every turn (`normalizeSpoken`) and reads what it does in the dialogue: the agent's
 * questions and whether the caller's next turn confirmed (是/对/yes…) or denied (不/no…) them,
 * pleasantries, abuse and self-corrections — the evidence interpretation weighs beside the words.
 *
 * @example
 * ```ts
 * const [ask, reply] = readTurns(parseTranscript('Call-Id: c\n\nAgent: Is it NC-…?\nCaller: yes'));
 * ask.answer; // 'yes'
 * ```
 */
export function readTurns(transcript: Transcript): NormalizedTurn[] {
  const turns: NormalizedTurn[] = transcript.turns.map((turn) => {
    const text = normalizeSpoken(turn.text);
    const lower = text.toLowerCase();
    // Pleasantries, abuse and corrections are the caller's: what reads them reads caller turns only.
    const caller = turn.speaker === 'caller';
    const correction = caller
      ? (CORRECTION.exec(lower) ??
        (lower.includes('not ') || lower.includes('wrong') ? CORRECTION_SAID.exec(lower) : null))
      : null;
    const from = caller ? (CHANGE_OF_MIND.exec(lower) ?? correction) : null;
    // Every field from the start, so every turn has one shape (what reads them stays fast).
    return {
      index: turn.index,
      speaker: turn.speaker,
      text,
      lower,
      asks: undefined,
      answer: undefined,
      pleasantry: caller && PLEASANTRY.test(lower) ? true : undefined,
      abuse: caller && ABUSE.test(lower) ? true : undefined,
      corrects: correction ? true : undefined,
      declines: undefined,
      correctsAt: from ? from.index : undefined,
      corrected: undefined,
      wavered: undefined,
      quoted: quotedSpans(lower),
      formula: turn.speaker === 'agent' && AGENT_FORMULA.test(lower) ? true : undefined,
      ...scriptsIn(lower),
    };
  });
  dialogueOf(turns);
  return turns;
}
