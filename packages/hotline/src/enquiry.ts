import { ANOTHER_REQUEST, WANTS_ACTION } from './callWords.js';
import { aboutFiledCase, type CallState } from './callState.js';
import { combine } from './collectEvidence.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';

// A caller asking how, where or whether — an enquiry — rather than asking for something to be done.
const ASKS =
  /怎么|如何|怎样|哪里|在哪|哪些|哪个部门|找谁|需要[^，。,]{0,4}什么|要带什么|什么(?:手续|材料|证件|条件|流程|时候可以)|流程是|多少钱|收费|要多久|多长时间|几点|能不能|可不可以|能否|可以[^，。]{0,12}吗|是否|想问一下|问一下|问个事|想问问|(?:啥|什么)时候(?:能|可以|不能|才能)|想了解|了解一下|咨询|\b(?:how (?:do|can|long|much|does|to)|where (?:do|can|should)|what(?:'s| is) the|what (?:do|documents|are|does it take)|what (?:\w+ ){1,2}(?:do|does|should|must|would) (?:i|we|one)|what (?:do|does) (?:he|she|they|i|we|you) (?:have|need) to|is (?:that|it) true|who (?:do|should) i|which (?:office|department|form)|can i|can we|do i (?:need|have)|is it possible|is there a way|am i allowed|when (?:can|do|is|are)|quick question|what time (?:are|is|do|does|can|should)|until what time|how late (?:can|are|is|do)|(?:are|is) (?:they|it|we|i|people) allowed|(?:like|want) to know (?:how|what|whether|if|when|where|which)|(?:just )?(?:wanted|want|wanna) to ask (?:(?:you )?something|a question|first)|wondering (?:how|what|whether|if|when|where))\b/;
// Said while searching for words or in dismay, not asking anything: "那个怎么说呢", "how do I put it", "这要是掉下去可怎么得了", "不是咨询".
const TALK_FILLERS =
  /(?:想问问|想问一下|问一下|问问)?[，,\s]*(?:这事儿?|这个事儿?|这)?(?:到底)?(?:归不归|管不管)(?:你们)?管?|怎么说呢|怎么说|不知道(?:你们|这)?(?:能不能|能|管不管|归不归)[^，。？?]{0,4}管|(?:也|都)?不知道(?:该)?找谁|不知道算[^，。？?]{0,6}还是算|\bnot sure (?:if|whether) (?:you'?re|you are|this is) the right\b|\bdon'?t know who (?:else )?to (?:call|ring|ask)\b|怎么讲呢|怎么讲|你知道吧|(?:可|那可|这可)?怎么得了|怎么搞的|不是(?:来)?咨询|\bnot (?:an? )?(?:question|enquiry)\b|\bhow (?:do|should|can|shall) i (?:put|say) (?:it|this)\b|\bwhat do you call it\b|\byou know what i mean\b/g;
// A request put as a question: "你们这边能不能直接帮我申请一下？", "能不能在电话里直接给我申请了", "could
// you apply for it for me?" — asked to be done, not asked about.
const ASKED_TO_DO =
  /(?:能不能|可不可以|能否|可以|能)[^，。？?]{0,8}(?:帮|给|替)(?:我|咱)[^，。？?]{0,10}(?:申请|办理|办|登记|提交|报)|(?:想|要)让你们[^，。？?]{0,6}(?:帮|给|替)我[^，。？?]{0,10}(?:办|申请|登记)|\b(?:can|could|would) you (?:please |just )?(?:apply|file|submit|register|process|sort)\b[^.?!]{0,30}\bfor (?:me|us)\b/;
// "喂 能听见吗 我就试试这个号能不能打通", "Can you hear me?": the line tested, nothing asked.
const LINE_CHECK =
  /能听(?:见|到)|听得(?:见|到)吗|打(?:得)?通|试试(?:这个)?(?:号|电话)|\bcan you hear me\b|\b(?:just )?(?:checking|testing) (?:the|this) (?:line|number)\b/;

/** Whether each turn asks how, where or whether, tested once per turn (the pattern is long). */
function askerOf(turns: readonly NormalizedTurn[]): (turn: number) => boolean {
  const askedIn = new Map<number, boolean>();
  return (turn) => {
    const known = askedIn.get(turn);
    if (known !== undefined) return known;
    const lower = turns[turn]?.lower ?? '';
    const found = ASKS.test(lower.replace(TALK_FILLERS, ' ')) && !ASKED_TO_DO.test(lower);
    askedIn.set(turn, found);
    return found;
  };
}

/**
 * A caller who asks rather than asks for something to be done makes an enquiry: the service that
 * takes questions becomes the call's service and the question its new request. Sets `asks`.
 */
export function takeEnquiry(state: CallState): void {
  const { rules, turns, evidenceOf, callerTurns } = state;
  // An enquiry service takes the call when the caller asks rather than asks for something to be done.
  const enquiries = rules.services.find((rule) => rule.takesQuestions);
  const asks = askerOf(turns);
  state.asks = asks;
  // "都一个星期了，怎么还没人管？" chases a filed case: a question in form, not an enquiry.
  const chasesIn = (index: number) =>
    (['urge', 'withdraw'] as const).some((kind) =>
      evidenceOf[kind].some((e) => e.turn === index && e.speaker === 'caller' && e.weight >= 0.8),
    );
  const asking = callerTurns.find(
    (t) => asks(t.index) && !WANTS_ACTION.test(t.lower) && !chasesIn(t.index) && !LINE_CHECK.test(t.lower),
  );
  const complains = evidenceOf['new-request'].some(
    (e) => e.speaker === 'caller' && e.weight >= 0.8 && !asks(e.turn),
  );
  // "我就问问现在到哪一步了" asks after a filed case: a status question, not an enquiry.
  const asksStatus = combine(evidenceOf.status.filter((e) => e.speaker === 'caller')) >= rules.threshold;
  // A question the caller turns to beside a filed case ("还有啊，我顺便问一句，晚上几点以后算扰民？"),
  // in a turn that asks nothing of the case, is an enquiry of its own.
  const aside =
    asking !== undefined &&
    ANOTHER_REQUEST.test(asking.lower) &&
    !CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].some((e) => e.turn === asking.index)) &&
    !evidenceOf.status.some((e) => e.turn === asking.index);
  // A question asked back in a return visit ("他们说改到六点以后，那是一直这样了？") is about the case
  // visited, unless the caller turns to another matter.
  const visitQuestion =
    state.rating !== undefined && asking !== undefined && !ANOTHER_REQUEST.test(asking.lower);
  if (
    enquiries &&
    asking &&
    !complains &&
    !asksStatus &&
    !visitQuestion &&
    (!aboutFiledCase(state) || aside)
  ) {
    const question = {
      turn: asking.index,
      speaker: 'caller' as const,
      rule: `${enquiries.service}:question`,
      match: asking.text.slice(0, 40),
      weight: 0.8,
    };
    state.best = { service: enquiries.service, confidence: 0.8, evidence: [question] };
    state.bestRule = enquiries;
    // The question is the request.
    evidenceOf['new-request'].push(question);
  }
}
