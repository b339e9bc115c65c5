import type { Evidence } from './callReading.js';
import type { IntentKind } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';
import { memoRecent } from './recentMemo.js';

const RETRACTABLE: readonly IntentKind[] = ['status', 'add-info', 'urge', 'withdraw', 'new-request'];

/**
 * Later statements correct earlier ones: a request the caller takes back in the same turn ("撤回吧…
 * 算了，还是帮我催一下" — another request after the correction) and one the agent read back and
 * the caller denied ("So you want to withdraw it?" — "No, …") no longer count.
 *
 * @example
 * ```ts
 * dropRetracted(evidenceOf, turns, evidenceBy.get(DENIED) ?? []);
 * ```
 */
export function dropRetracted(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
  denied: readonly Evidence[],
): void {
  for (const turn of turns) {
    const from = turn.correctsAt;
    if (turn.speaker !== 'caller' || from === undefined) continue;
    const said = (e: Evidence) => e.turn === turn.index && e.speaker === 'caller' && e.at !== undefined;
    const after = new Set(
      RETRACTABLE.filter((kind) => evidenceOf[kind].some((e) => said(e) && e.at! >= from)),
    );
    if (after.size === 0) continue;
    for (const kind of RETRACTABLE) {
      if (after.has(kind)) continue;
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !(said(e) && e.at! < from));
    }
  }
  for (const read of denied) {
    const kind = read.rule as IntentKind;
    // Only what the caller said before the read-back: the denial settles it, later words may ask again.
    evidenceOf[kind] = evidenceOf[kind].filter((e) => e.speaker !== 'caller' || e.turn > read.turn);
  }
}

const NOT_COMPLAINING =
  /(?:还是)?先不(?:投诉|报|反映|举报)了|(?:就|还是)?不投诉了|算了[，,]?不(?:投诉|报)了|\bi won'?t complain\b|\bnot (?:going to|gonna) complain\b/;
/**
 * Whether the caller puts off filing what they tell ("先别立案，我再观察几天", "don't log anything yet").
 *
 * @example
 * ```ts
 * putsOffFiling('不过先别立案，我再观察几天'); // true
 * ```
 */
export function putsOffFiling(lower: string): boolean {
  return PUTS_OFF_FILING.test(lower);
}
const PUTS_OFF_FILING =
  /先(?:别|不要|不)(?:立案|登记|记录|报上去)|\b(?:don'?t|do not) (?:log|register|file|record) (?:anything|it|this|that)(?: yet| for now)?\b|\bnot (?:to )?log (?:anything|it) yet\b/;
// An offer to file it, put off: "Would you like to make a complaint now?" — "Not today. I'll think about it."
const OFFERS_COMPLAINT =
  /\b(?:make|file|lodge|log|register) (?:a |the )?(?:complaint|report)\b|要不要(?:投诉|登记|反映)|帮您登记吗/;
const PUTS_OFF_OFFER =
  /\bnot today\b|\b(?:i'?ll|let me) think about it\b|\bi'?ll hold off\b|\bmaybe (?:later|another time)\b|先不用|再想想|考虑一下/;
const JUST_NOW = /刚(?:刚|才)|前面说的|\bjust now\b|\bi just asked\b/;
// Asked anew after a stop: "…还是撤狗叫那个吧", "…actually withdraw the dog one instead".
const ASKS_ANEW =
  /还是(?:帮我|给我)?(?:撤|催|补充|查)|\b(?:instead|rather)\b|\bactually (?:withdraw|cancel|chase|urge)\b/i;
const NAMES_REQUEST = /撤|催|补充|评分|打分|\b(?:withdraw|cancel|chase|urge|rate|rating)\b|刚(?:刚|才)那个/;
const OTHER_CASE_NAMED = /那个|那件|这个|\bthe \w+(?: \w+)? (?:one|complaint|case)\b|\bthe other\b/;
// A later turn taking a request back ("等等，别撤，还是留着吧", "Actually, keep it open", "不用催了",
// "I don't want to rate it now"): the caller's change of mind wins over what they asked before.
const TAKEN_BACK: Partial<Record<IntentKind, RegExp>> = {
  withdraw:
    /别撤|不要撤|先别撤|不撤了|不撤(?!回来)|留着|\bno wait\b|\bkeep it\b|不用撤|还是留着|留着吧|保留着?吧|\b(?:don'?t|do not) (?:withdraw|cancel|close) (?:it|that|my)|\bkeep it open\b|\bleave it open\b|\bdon'?t close it\b|\b(?:hang|hold) on\b[^.?!]{0,6}\bdon'?t\b|\bdon'?t[.!]\s*leave it\b|\bleave it[.!]?\s*$|\b(?:actually|no|hmm),? i won'?t\b|\bi won'?t (?:withdraw|cancel) it\b/i,
  urge: /别催|不用催了?|不催了|先别催|催办取消|取消催办|不用催办|不需要催|\bno need to chase\b|\bdon'?t want it chased\b|\b(?:don'?t|do not|no need to) (?:chase|hurry|urge|push)\b/i,
  rate: /不想评|不评了|先不评|以后再评|不打分了|先别打分|别打分|不要打分|先不打分|别评了|\b(?:don'?t|do not) (?:record|put down|log) (?:the|that|a|my) score\b|不打了|先不说了|不说了|我想想|想一想|回头再[^，。]{0,6}打分|\brather not say\b|\blet me think\b|\bthink about it\b|\b(?:don'?t|do not) (?:want to )?(?:rate|score) (?:it|this|them)\b|\bnot (?:rate|score) it\b/i,
  'add-info':
    /别记了|不用记|不用补充了|\b(?:don'?t|do not) add (?:that|it)\b|\b(?:don'?t|do not) (?:put|write) (?:that|it) down\b/i,
};

// Words that take back whatever was asked before them: "Actually forget it", "Hmm, never mind, don't
// do that", "On second thought, leave it as it is", "算了". Not an answer to "Anything else?".
const TAKE_BACK_ANY =
  /\b(?:forget it|never mind|don'?t do that|leave it as it is|on second thought|scratch that)\b|\bleave (?:both|them both|them all|all of them|them) (?:as they are|alone|be)\b|(?:两个|俩|几个|都)(?:都)?先?(?:别|不要|不用)(?:动|撤|催)了?|算了|先不(?:要|用)了|(?:别|不要)听(?:他|她)的|等会儿|观望|先放着|先搁着|气话|别当真|开玩笑|讲笑|\b(?:just |only )?(?:kidding|joking)\b|\blet me check\b|\bcheck with my\b|先问问|问问我(?:老公|老婆|爱人|家里|媳妇)|让我再(?:琢磨|想想|考虑)|琢磨琢磨|我再(?:想想|考虑考虑|琢磨琢磨)|\blet me (?:think|sleep on it|mull)|\bsleep on it\b|\bnot yet\b|\bhold on\b|\bscrap that\b|\bhang fire\b|\bhold fire\b|\bbelay that\b|\bleave it be\b|\bignore (?:him|her|that|them)\b(?! (?:one|complaint|case|report)\b)|\bthat was my (?:son|daughter|husband|wife|kid|partner|flatmate) talking\b|\bdon'?t bother\b|\bi'?ll wait\b|\bleave it for now\b|\bchanged my mind\b|\b(?:don'?t|do not) listen to (?:him|her)\b|\bignore what (?:he|she) (?:said|says)\b/i;
// A case set aside at the head of a take-back ("那个先放着吧", "that one can wait").
const SET_ASIDE_HEAD = /^(?:那个|那件|这个|那单|\bthat one\b|\bthe (?:[a-z'-]+ )?one\b)[，,\s]*$/i;
// Looked up once per turn text: dropTakenBack runs twice per call, and its passes ask of every caller turn.
const takeBackIn = memoRecent(8, (lower) => TAKE_BACK_ANY.exec(lower));
const AGENT_CANNOT =
  /不能|无法|没法|没办法|不可以|不支持|\b(?:can'?t|cannot|unable|not able|not possible)\b/i;
const ASKED_ANYTHING_ELSE = /anything (?:else|more)|any other|还有(?:别的|其他|什么)/i;
const ANSWERED_WITH_QUESTION = /[?？]\s*$|吗\s*$|呢\s*$/;
const ASKS_WHAT =
  /(?:补充|加|说|记)(?:点|些)?什么|什么(?:情况|内容)(?:要|需要)?补充|\bwhat (?:would|do) you (?:like|want|need) to (?:add|tell|say)\b|\bwhat(?:'s| is) the (?:new )?(?:information|detail)s?\b|\bwhat (?:else )?(?:has changed|should i add)\b/;
const CASE_REQUESTS: readonly IntentKind[] = ['urge', 'withdraw', 'add-info', 'rate'];
// A stop said first in the answer to the agent about to act: "哎等一下。", "等等", "先别记", "你先别动", "慢着",
// "Hang on a sec", "Wait.", "One sec", "Not so fast", "哎不用了，…", "Oh — no need".
const HOLDS =
  /^(?:caller:\s*)?(?:(?:哎|诶|唉|啊|呃|哦|噢|oh|um|uh|hmm|whoa|woah|er)[，,\s—–-]*)*(?:等一下|等一等|等等|等会|慢着|先别急|别急|先看看|再看看|再观察|let'?s see how|let me see how|actually,? (?:it'?s )?no longer needed|actually,? no need|先别(?:动|记|撤|弄|催|办)|你先别(?!挂)|不用了|不需要了|算了|wait\b|hang on|hold on|one sec|just a sec|not so fast|no need\b|no,? don'?t)/i;
// The agent about to act, or checking before it does: "马上帮您催办", "那我就帮您撤回了啊", "Doing that now", "Shall I go ahead?".
const ABOUT_TO_ACT =
  /马上|这就|那我(?:就)?(?:帮|给)您|(?:帮|给)您(?:撤|催|记|补|取消)|确认|确定|\b(?:doing (?:that|it) now|on it|i'?ll (?:do|withdraw|cancel|chase|send|add|put|close)|i'?m (?:withdrawing|cancelling|chasing|sending|adding)|(?:shall|should) i go ahead|go ahead and|right away|straight away|to confirm|are you sure)\b/i;
const ACKNOWLEDGED = /^(?:好的|好|行|可以|嗯|sure|okay|ok|right|alright|of course)[，,。.!！\s]*$/i;
// The agent checking a request before acting on it: "确认撤回吗？", "Just to confirm, withdraw it?", "Are you certain?".
const CHECKS_REQUEST =
  /确认|确定|真的要|\b(?:to confirm|are you (?:sure|certain)|you sure|sure about that|do you want me to|shall i|should i)\b/i;
// After a request is taken back, the same verb as the reason it stays: "撤了太便宜他了", "撤了就没人管了",
// "if I withdraw it they'll think…", "withdrawing lets them off the hook".
const REASON_AFTER =
  /^(?:了|掉|回)?(?:的话|太|就|会|还|也|反而|等于|他|她|他们|人家|岂不)|^\w*\s+(?:lets?|would|will|means|makes|gives|is|just)\b|^s?\s+(?:it|that)\s+(?:they|he|she|it)(?:'ll|'d| will| would)\b/;
const CLAUSE_END = /[，,。.!！?？；;]/;

function dropReasonClauses(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turn: NormalizedTurn,
  from: number,
  kind: IntentKind,
): void {
  for (const e of evidenceOf[kind]) {
    const at = e.at;
    if (e.turn !== turn.index || at === undefined || at <= from) continue;
    const rest = turn.lower.slice(at + e.match.length);
    const before = turn.lower.slice(Math.max(0, at - 8), at);
    if (!REASON_AFTER.test(rest) && !/\bif (?:i|we)\s+$/.test(before)) continue;
    const stop = rest.search(CLAUSE_END);
    const end = at + e.match.length + (stop < 0 ? rest.length : stop);
    for (const other of CASE_REQUESTS)
      evidenceOf[other] = evidenceOf[other].filter(
        (x) => x.turn !== turn.index || x.at === undefined || x.at < at || x.at > end,
      );
    dropReasonClauses(evidenceOf, turn, from, kind);
    return;
  }
}

/**
 * Drops every piece of evidence of a request the caller takes back in a later turn of theirs
 * ("帮我把投诉撤了吧" … "等等，别撤，还是留着吧"), and of one taken back later in the same turn
 * ("A two. Hmm, actually no, I don't want to rate it now").
 *
 * @example
 * ```ts
 * dropTakenBack(evidenceOf, turns);
 * ```
 */
export function dropTakenBack(
  evidenceOf: Record<IntentKind, Evidence[]>,
  turns: readonly NormalizedTurn[],
): void {
  // "那我就帮您撤回了啊" — "哎等一下。", "Doing that now." — "Oh — no need…": the caller stops the action the
  // agent is about to take; what was asked of it before goes (a later yes may ask again).
  for (const turn of turns) {
    const reply = turns[turn.index + 1];
    if (turn.speaker !== 'agent' || reply?.speaker !== 'caller' || !HOLDS.test(reply.lower)) continue;
    if (!ABOUT_TO_ACT.test(turn.lower) && !ACKNOWLEDGED.test(turn.lower)) continue;
    const about = CASE_REQUESTS.filter((kind) =>
      evidenceOf[kind].some((e) => e.turn <= turn.index && e.speaker === 'caller'),
    );
    // ("算了，还是撤狗叫那个吧": what the caller asks after stopping it, in the same breath, is asked anew.)
    const held = HOLDS.exec(reply.lower)!;
    const holdEnd = held.index + held[0].length;
    const askedAnew = (e: Evidence) =>
      e.turn === reply.index &&
      (e.at ?? -1) >= holdEnd &&
      e.weight >= 0.8 &&
      ASKS_ANEW.test(reply.lower.slice(holdEnd));
    for (const kind of about)
      evidenceOf[kind] = evidenceOf[kind].filter((e) => e.turn > reply.index || askedAnew(e));
    // ("不用了" there stops the action; it withdraws nothing.)
    if (about.length > 0 && !about.includes('withdraw'))
      evidenceOf.withdraw = evidenceOf.withdraw.filter((e) => e.turn !== reply.index);
  }
  // A take-back of whatever came before ("Please urge my complaint. Actually forget it, …"): the
  // requests before it go, and its own words ("forget it") withdraw nothing.
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    const back = takeBackIn(turn.lower);
    if (!back) continue;
    const previous = turns[turn.index - 1];
    // "没法核对…" — "算了": giving up after the agent could not help takes nothing back.
    if (previous?.speaker === 'agent' && AGENT_CANNOT.test(previous.lower)) continue;
    // "Anything else?" — "算了，没了": answers that question; "On second thought, leave it" still takes back.
    // "还有其他问题吗？" — "哦等一下，撤回那个还是先不要了": a take-back that names the request still takes it back.
    if (
      previous?.speaker === 'agent' &&
      ASKED_ANYTHING_ELSE.test(previous.lower) &&
      !/second thought|leave it|don'?t do that|never mind/i.test(back[0]) &&
      !NAMES_REQUEST.test(turn.lower.slice(0, back.index))
    )
      continue;
    // "好的，工地这个给您催办，狗叫那个需要撤回吗？" — "那个先放着吧": a case set aside in answer to the agent's
    // offer declines the offer, not what the caller asked before it.
    if (
      previous?.speaker === 'agent' &&
      previous.asks &&
      SET_ASIDE_HEAD.test(turn.lower.slice(0, back.index))
    ) {
      for (const kind of CASE_REQUESTS)
        evidenceOf[kind] = evidenceOf[kind].filter((e) => e.turn !== previous.index);
      continue;
    }
    const before = (e: Evidence) =>
      e.turn < turn.index || (e.turn === turn.index && (e.at ?? 0) < back.index);
    const asked = CASE_REQUESTS.some((kind) =>
      evidenceOf[kind].some((e) => before(e) && e.speaker === 'caller'),
    );
    if (!asked) continue;
    const inTakeBack = (e: Evidence) =>
      e.turn === turn.index && e.at !== undefined && e.at >= back.index && e.at < back.index + back[0].length;
    for (const kind of CASE_REQUESTS)
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !before(e) && !inTakeBack(e));
  }
  // "我可以帮您重新登记一件" — "重新登记……算了，我先上去跟他们说说": the new request the caller
  // weighs and drops in one breath is not made, nor is the agent's offer of it taken.
  for (const turn of turns) {
    if (turn.speaker !== 'caller' || evidenceOf['new-request'].length === 0) continue;
    const back = takeBackIn(turn.lower);
    if (!back) continue;
    const weighed = (e: Evidence) => e.turn === turn.index && e.at !== undefined && e.at < back.index;
    if (!evidenceOf['new-request'].some(weighed)) continue;
    const offered = (e: Evidence) => e.turn === turn.index - 1 && e.speaker === 'agent';
    evidenceOf['new-request'] = evidenceOf['new-request'].filter((e) => !weighed(e) && !offered(e));
  }
  // "我想投诉一下…" … "那我还是先不投诉了，我先找他们老板聊聊", "Would you like to make a complaint now?" —
  // "Not today. I'll think about it.": the complaint weighed is not made; a question asked in the
  // call is what stays.
  for (const turn of turns) {
    if (turn.speaker !== 'caller' || evidenceOf['new-request'].length === 0) continue;
    const previous = turns[turn.index - 1];
    const offered = previous?.speaker === 'agent' && OFFERS_COMPLAINT.test(previous.lower);
    const back = NOT_COMPLAINING.exec(turn.lower) ?? (offered ? PUTS_OFF_OFFER.exec(turn.lower) : null);
    if (!back) continue;
    evidenceOf['new-request'] = evidenceOf['new-request'].filter(
      (e) => e.turn > turn.index || (e.turn === turn.index && (e.at ?? 0) > back.index),
    );
  }
  // "Would you like me to send a reminder?" — "Will a reminder actually do anything?": an offer answered
  // with a question is not taken, and the caller's answer decides what was asked before it.
  for (const turn of turns) {
    const reply = turns[turn.index + 1];
    if (turn.speaker !== 'agent' || !turn.asks || reply?.speaker !== 'caller' || reply.answer !== undefined)
      continue;
    // ("工地那件，您要补充什么？" asks what to add, no offer: "我拍了视频，能不能发给你们？" answers it.)
    if (!ANSWERED_WITH_QUESTION.test(reply.lower) || ASKS_WHAT.test(turn.lower)) continue;
    for (const kind of CASE_REQUESTS) {
      if (!evidenceOf[kind].some((e) => e.turn === turn.index && e.speaker === 'agent')) continue;
      evidenceOf[kind] = evidenceOf[kind].filter((e) => e.turn > turn.index);
    }
  }
  // "帮我撤了吧" — "确认撤回吗？" / "Just to confirm, withdraw it?" — "Ugh, no. If I withdraw it…": a no to the
  // agent's check takes back what it checked.
  for (const turn of turns) {
    const reply = turns[turn.index + 1];
    if (turn.speaker !== 'agent' || !turn.asks || reply?.speaker !== 'caller' || reply.answer !== 'no')
      continue;
    if (!CHECKS_REQUEST.test(turn.lower)) continue;
    for (const kind of CASE_REQUESTS) {
      const checked = evidenceOf[kind].some((e) => e.turn < turn.index && e.speaker === 'caller');
      if (!checked) continue;
      evidenceOf[kind] = evidenceOf[kind].filter((e) => e.turn > reply.index);
    }
  }
  for (const [kind, pattern] of Object.entries(TAKEN_BACK) as [IntentKind, RegExp][]) {
    if (evidenceOf[kind].length === 0) continue;
    for (const turn of turns) {
      if (turn.speaker !== 'caller') continue;
      const back = pattern.exec(turn.lower);
      if (!back) continue;
      // "还是不撤了，撤了太便宜他了", "先不撤了，撤了就没人管了", "withdrawing lets them off the hook": the
      // verb said again as the reason for keeping it asks for nothing, nor do the words of its clause.
      dropReasonClauses(evidenceOf, turn, back.index, kind);
      // "KTV那个不要撤": another case is to stay as it is, which takes back nothing asked of this one.
      const clause =
        turn.lower
          .slice(0, back.index)
          .split(/[，,。.!！?？；;]/)
          .pop() ?? '';
      // ("刚刚那个不用催了": the request just made, not another case.)
      // ("这个别记了": for a note, "这个" is the note.)
      // ("那个催办取消吧": "那个" right before the request's own word points at the request.)
      const own = kind === 'add-info' || /催|撤|记|补充/.test(back[0]);
      if (
        OTHER_CASE_NAMED.test(own ? clause.replace(/(?:这个|那个)\s*$/, '') : clause) &&
        !JUST_NOW.test(clause)
      )
        continue;
      // (The take-back's own words, "那个催办取消吧", ask for nothing either.)
      const before = (e: Evidence) =>
        e.turn < turn.index || (e.turn === turn.index && (e.at ?? 0) < back.index + back[0].length);
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !before(e));
    }
  }
}
