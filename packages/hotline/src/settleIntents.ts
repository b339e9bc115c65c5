import type { Intent } from './callReading.js';
import { assignReferences } from './assignReferences.js';
import { aboutFiledCase, type CallState, cap } from './callState.js';
import { designates } from './caseTopic.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';

const THIRD_PERSON =
  /\b(?:her|his|their|she|he|they|them|him)\b|她|他(?!们)|邻居|我妈|我爸|老人|\b(?:mum|mom|dad|mother|father|neighbou?r)\b/i;
const THANKS_ONLY =
  /\bnothing to report\b|\bjust (?:wanted|calling|ringing|rang) to (?:say )?thank(?:s| you)?\b|\bonly calling to thank\b|没什么要反映的|就是想(?:说声谢谢|感谢|谢谢)|专门打(?:电话)?(?:来)?(?:感谢|谢谢)/;
const NO_BUSINESS_HINT = /错|试|wrong|misdial|test|real|prank|恶作剧|占用/;
const NO_BUSINESS =
  /打错了|打错电话|拨错了|打错号|拨错号|wrong number|\b(?:dialled|dialed|pressed|rang|called|hit|phoned|rung) the wrong\b|misdial|试试能不能打(?:出去|通)|测试一下(?:电话|线路)?|\b(?:just testing|test call|testing (?:the|my) (?:line|phone))\b|\bthis line is (?:only )?for real (?:enquiries|calls|requests)\b|\bprank call\b|恶作剧|请不要占用热线/;
// "现在几点了？" — "现在是上午十点二十": the clock time asked and told, no business of the city's.
const TIME_ASKED = /现在几点|几点钟了|\bwhat time is it\b|\bwhat'?s the time\b|\bhave you got the time\b/;
const TIME_TOLD =
  /现在是?[^，。,.]{0,4}[0-9一二三四五六七八九十两]+点|\b(?:it'?s|it is) (?:just )?(?:gone |about |nearly )?(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm)?|[a-z]+ (?:o'?clock|past|to))\b/;
function asksTheTime(turns: readonly NormalizedTurn[]): boolean {
  return turns.some(
    (t) =>
      t.speaker === 'caller' &&
      TIME_ASKED.test(t.lower) &&
      turns[t.index + 1]?.speaker === 'agent' &&
      TIME_TOLD.test(turns[t.index + 1]!.lower),
  );
}

/**
 * Settles the intents of the whole call: an action after a report made and dropped in one breath goes
 * to a person; a reference told as someone else's news is set aside; several references are shared
 * out among several requests; a wrong number, a test call or thanks only asks for nothing.
 */
export function settleIntents(state: CallState, intents: Intent[]): void {
  const { rules, turns, evidenceBy, references, counting } = state;
  const threshold = rules.threshold;
  intents.sort((a, b) => b.confidence - a.confidence);
  // "I want to report loud construction at 8 Elm Street. Actually no, withdraw it.", "我要投诉…。算了，
  // 帮我撤了吧": a report made and dropped in one breath, then an action that may be about it — with no
  // reference and no case named, no filed case is meant for certain: a person decides.
  const reportedAt = new Map<number, number>();
  for (const e of evidenceBy.get('new-request') ?? [])
    if (e.speaker === 'caller' && e.weight >= 0.8 && e.at !== undefined && !reportedAt.has(e.turn))
      reportedAt.set(e.turn, e.at);
  const reportStands = intents.some((i) => i.kind === 'new-request' && i.confidence >= threshold);
  if (!reportStands && counting.length === 0 && reportedAt.size > 0)
    for (const intent of intents) {
      if (!CASE_INTENT_KINDS.includes(intent.kind as never) || intent.confidence < threshold) continue;
      if (intent.topic !== undefined && designates(intent.topic)) continue;
      const after = intent.evidence.some(
        (e) => e.speaker === 'caller' && (reportedAt.get(e.turn) ?? Number.POSITIVE_INFINITY) < (e.at ?? -1),
      );
      if (after) intent.confidence = cap(intent.confidence, threshold * 0.75);
    }
  // "她的单号是NC-…，她说一直没人管" … "反正你帮我催一下吧，我这边也太吵了": a reference said as someone
  // else's, with no request in its turn, while every request turn speaks of no one else — told as
  // news, not the case the requests are about.
  const requestTurns = new Set(
    intents
      .filter((intent) => intent.confidence >= threshold && CASE_INTENT_KINDS.includes(intent.kind as never))
      .flatMap((intent) => intent.evidence.filter((e) => e.speaker === 'caller').map((e) => e.turn)),
  );
  const speaksOfSomeone = [...requestTurns].some((turn) => THIRD_PERSON.test(turns[turn]?.lower ?? ''));
  for (const ref of references) {
    if (!ref.counts || !ref.othersCase) continue;
    if (requestTurns.size === 0 || requestTurns.has(ref.turn) || speaksOfSomeone) continue;
    ref.counts = false;
    ref.aside = true;
    const index = counting.indexOf(ref);
    if (index >= 0) counting.splice(index, 1);
  }
  // Only several requests can share out several references; one request with two references is a guess.
  if (counting.length > 1)
    assignReferences(
      intents.filter((i) => i.confidence >= threshold),
      counting,
      turns,
    );
  // A wrong number, a test call or the time asked asks for nothing, whatever words it has ("我订的饺子怎么还没到").
  const noBusiness =
    !aboutFiledCase(state) &&
    (turns.some((t) => NO_BUSINESS_HINT.test(t.lower) && NO_BUSINESS.test(t.lower)) || asksTheTime(turns));
  if (noBusiness) intents.splice(0, intents.length);
  // "Nothing to report, I just wanted to say thank you. The pothole… was filled yesterday": no new report.
  else if (counting.length === 0 && turns.some((t) => t.speaker === 'caller' && THANKS_ONLY.test(t.lower))) {
    const index = intents.findIndex((intent) => intent.kind === 'new-request');
    if (index >= 0) intents.splice(index, 1);
  }
}
