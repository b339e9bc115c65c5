import type { Evidence } from './callReading.js';
import { GIVES_UP, WANTS_ACTION } from './callWords.js';
import { aboutFiledCase, type CallState, callerEvidence, cap, FLOOR, requestOf } from './callState.js';
import { combine } from './collectEvidence.js';
import { extractSlots } from './extractSlots.js';
import { CASE_INTENT_KINDS, type IntentKind } from './hotlineTypes.js';
import type { NormalizedTurn } from './readTurns.js';
import { putsOffFiling } from './retractions.js';
import { complainsOfWait } from './waitWords.js';

// The caller says what the call is about: "I'm calling about my complaint", "我打电话是问我那个投诉".
const CALLING_ABOUT =
  /\b(?:calling|ringing|phoning|rang|called|here) (?:you )?(?:about|regarding|re|for) (?:my|the|our)\b|(?:打电话|来电)(?:是|就是)?(?:想)?(?:问|为了|关于)|问(?:一下|下|问)(?:我|那个|咱)|\b(?:it'?s|this is) about (?:my|our)\b/;
const DESCRIBED = { speaker: 'caller' as const, rule: 'new-request:described', weight: 0.5 };
// The request is new: said by the agent registering it, or by the caller as another problem.
// Another matter begins inside a turn: "今天是另外一个事", "现在报个新的", "there's something else".
const NEW_MATTER_INSIDE =
  /(?:^|[。.!！?？]\s*)(?:另外|\balso\b|\band also\b)(?![一二两三几个件那这]|\s*(?:[,，]\s*)?(?:my|the other|我的|我那))|另外一?(?:个|件)事|还有(?:个|一个|件|一件)事|顺便(?:说|反映|报)|正好(?:你|您)(?:们)?(?:打|来)(?:过来|电话|了)|\bwhile i(?:'ve| have) got you\b|另一(?:个|件)事|(?:报|说|反映)(?:个|一个)新的|新的(?:问题|情况|事)|新事|别的事|\b(?:something else|another (?:thing|problem|issue|matter)|an? (?:new|different|separate) (?:problem|issue|one|report|thing|matter)|different (?:thing|problem|issue)|the (?:last|final|third|second|other) thing)\b/;
const SAYS_NEW =
  /登记|register|log (?:that|it|this)|report (?:that|it|this) for (?:repair|you)|open(?:ing)? a new|new (?:noise )?complaint|\bnew one\b|(?:new|another|different|separate) (?:problem|issue|thing)|新的问题|新的投诉|新的工单|新的事|单独登记|新事|新登记|另外一个问题|另一个(?:事|问题)|另外一件事|另外一个事|别的事|报个新的|再报一个/;
// The caller turns to another matter: "While I've got you —", "顺便问一下", "还有个事".
const ANOTHER_MATTER =
  /^(?:(?:oh|and|also|ok|okay),?\s*)?(?:while i(?:'ve| have) got you|while i have you|one more thing|another thing|(?:and )?by the way|separately|on another note|and second(?:ly)?)\b|^(?:哦|哎|诶|唉|啊|还有|另外|对了)?[，,]?\s*(?:顺便|还有(?:个|一个|件|一件)事|另外(?:还有)?(?:个|一个|件|一件)?事|对了)/;
const ANOTHER_MATTER_ZH =
  /(?:说|讲|反映|问|报)(?:个|一个|一件|件|一下)?(?:别的|另外的?|其他的?)(?:事|问题|情况)|还有(?:个|一个|件|一件)事|顺便(?:说|问|反映|报)|正好(?:你|您)(?:们)?(?:打|来)(?:过来|电话|了)/;
// "Two things, if that's okay. First, the street lamp…": the caller announces requests of their own.
const TWO_THINGS = /\b(?:two|a couple of|several) (?:things|matters|issues)\b|两件事|两个事|几件事/;
// "Two things, on two different complaints": the matters are the caller's filed cases, not new ones.
const ON_FILED_CASES =
  /\b(?:on|about|for|with) (?:my |the |both (?:of )?(?:my )?)?(?:two |both |different |separate )*(?:of )?(?:my )?(?:complaints|cases|reports|applications)\b|(?:我那|我的|我)?两个(?:投诉|工单|案子)|(?:我那|我的)?两件(?:投诉|工单)/;

/** The agent registered the request ("给您登记", "I'll log that") and the caller took it ("好", "thanks"). */
function registeredWithCaller(evidence: readonly Evidence[], turns: readonly NormalizedTurn[]): boolean {
  return evidence.some((e) => {
    const reply = turns[e.turn + 1];
    return (
      e.speaker === 'agent' &&
      e.weight >= 0.45 &&
      reply?.speaker === 'caller' &&
      (reply.answer === 'yes' || reply.pleasantry === true)
    );
  });
}

/**
 * Each intent's confidence from its weighed evidence: a reference said alone asks for the status; a
 * request about no case or a rating without a score is held below the threshold; a new report counts
 * only when it is told apart from the filed case the call is about; a status question inside another
 * request is that request's read-back. May read the new report's slots (`slots`).
 */
export function weighIntents(state: CallState): Record<IntentKind, number> {
  const {
    rules,
    turns,
    evidenceOf,
    references,
    counting,
    existing,
    callerTurns,
    rating,
    best,
    bestRule,
    strongNew,
    strip,
  } = state;
  const confidence = {} as Record<IntentKind, number>;
  for (const kind of Object.keys(evidenceOf) as IntentKind[]) confidence[kind] = combine(evidenceOf[kind]);
  // A caller who gives a case's reference and asks nothing else wants to hear how it stands.
  const own = counting.find((ref) => ref.speaker === 'caller' && !ref.partial);
  const asksOfCase = [...CASE_INTENT_KINDS, 'status' as const].some(
    (kind) => confidence[kind] >= rules.threshold,
  );
  // "…我先问问我老公，不好意思啊" after saying the reference: the caller gives up, asking nothing.
  // Only in the turn of the reference itself: "算了" later in the call may drop anything else.
  const givesUp = own !== undefined && GIVES_UP.test(turns[own.turn]?.lower ?? '');
  if (own && !asksOfCase && !givesUp) {
    evidenceOf.status.push({
      turn: own.turn,
      speaker: 'caller',
      rule: 'status:reference',
      match: own.heard,
      weight: 0.65,
    });
    confidence.status = combine(evidenceOf.status);
  }
  // "I'm calling about my complaint. The tyre place." — "Is it NC-…?" — "Yep"; "I've got a few things
  // in with you… I want to know about the rooster": a call about a filed case that asks nothing
  // else asks how it stands.
  const aboutFiled =
    existing.some((e) => e.speaker === 'caller') ||
    counting.some((ref) => ref.source === 'agent-confirmed' && !ref.partial);
  if (!own && aboutFiled && !asksOfCase) {
    const asking = callerTurns.find(
      (t) =>
        CALLING_ABOUT.test(t.lower) ||
        evidenceOf.status.some((e) => e.turn === t.index && e.speaker === 'caller'),
    );
    if (asking) {
      evidenceOf.status.push({
        turn: asking.index,
        speaker: 'caller',
        rule: 'status:about-filed',
        match: asking.text.slice(0, 40),
        weight: 0.65,
      });
      confidence.status = combine(evidenceOf.status);
    }
  }
  const threshold = rules.threshold;
  // Adding to a case needs a case: without one spoken of, "还有就是…" beside the agent's "给您记上" adds to nothing.
  const callerAdds = combine(evidenceOf['add-info'].filter((e) => e.speaker === 'caller'));
  if (!aboutFiledCase(state) && callerAdds < 0.5)
    confidence['add-info'] = cap(confidence['add-info'], threshold * 0.75);
  // A rating without a score cannot be recorded: a human has to listen to it.
  if (!rating) confidence.rate = cap(confidence.rate, threshold * 0.75);

  const onCaseKinds = CASE_INTENT_KINDS.filter((kind) => confidence[kind] >= threshold);
  const onCase = onCaseKinds.length > 0;
  const aboutOldCase = aboutFiledCase(state) || onCase || confidence.status >= threshold;
  // The caller turns that speak of an old case, and those that describe something to report.
  const oldTurns = new Set<number>();
  for (const ref of references) if (ref.counts && ref.speaker === 'caller') oldTurns.add(ref.turn);
  for (const e of callerEvidence(existing)) oldTurns.add(e.turn);
  for (const kind of onCaseKinds) for (const e of callerEvidence(evidenceOf[kind])) oldTurns.add(e.turn);
  if (confidence.status >= threshold) for (const e of callerEvidence(evidenceOf.status)) oldTurns.add(e.turn);
  const newTurns: number[] = [];
  for (const e of evidenceOf['new-request']) if (e.speaker === 'caller') newTurns.push(e.turn);
  for (const e of best?.evidence ?? []) if (e.speaker === 'caller') newTurns.push(e.turn);
  const saysNew =
    evidenceOf['new-request'].some((e) => SAYS_NEW.test(e.match)) ||
    newTurns.some((turn) => {
      const lower = turns[turn]?.lower ?? '';
      return (
        !oldTurns.has(turn) &&
        (ANOTHER_MATTER.test(lower) ||
          ANOTHER_MATTER_ZH.test(lower) ||
          (TWO_THINGS.test(lower) && !ON_FILED_CASES.test(lower)))
      );
    });
  // A new problem told apart from the old case ("the dog's gone, close that — but now there's drilling").
  // "我之前投诉过…那个还在等。今天是另外一个事，中山路8号的路灯坏了": in one turn, the old case first,
  // then another matter and what it is about.
  // (…unless the agent took what followed as news of the case and the caller agreed: "There's something
  // else. They've started doing Saturdays" — "So you'd like me to add that…?" — "Yes please".)
  const addedAfter = (turn: number) =>
    turns[turn + 1]?.answer === 'yes' &&
    evidenceOf['add-info'].some((e) => e.speaker === 'agent' && e.turn === turn + 1 && e.weight >= 0.4);
  const apartInTurn = (best?.evidence ?? []).some((e) => {
    if (e.speaker !== 'caller' || e.at === undefined || addedAfter(e.turn)) return false;
    const marker = NEW_MATTER_INSIDE.exec(turns[e.turn]?.lower ?? '');
    if (!marker || e.at < marker.index) return false;
    // A weak word after it ("这个你也给我记一下") is the new matter's, not the old case's.
    const oldAfter = (old: Evidence) =>
      old.speaker === 'caller' && old.turn === e.turn && (old.at ?? 0) > marker.index && old.weight >= 0.5;
    return !existing.some(oldAfter) && !CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].some(oldAfter));
  });
  const apart = apartInTurn || ((strongNew || saysNew) && newTurns.some((turn) => !oldTurns.has(turn)));
  // "我之前投诉的噪音…进度" names a service but asks about an old case: only an explicit "I want to report" opens one.
  if (!apart && (counting.length > 0 || (aboutOldCase && !strongNew))) {
    confidence['new-request'] = cap(confidence['new-request'], FLOOR * 0.9);
  } else if (best) {
    const fromService = best.evidence.map((e) => ({ ...e, weight: e.weight * 0.6 }));
    evidenceOf['new-request'].push(...fromService);
    // A problem described with where it is, or with a plea for action, is a report even without "I want to report".
    if ((!aboutOldCase || apartInTurn) && combine(evidenceOf['new-request']) < threshold) {
      state.slots = extractSlots(turns, bestRule?.slots, strip);
      const where = state.slots.address;
      const plea = callerTurns.find((t) => WANTS_ACTION.test(t.lower));
      if (where !== undefined)
        evidenceOf['new-request'].push({ ...DESCRIBED, turn: newTurns[0] ?? 0, match: where });
      if (plea)
        evidenceOf['new-request'].push({ ...DESCRIBED, turn: plea.index, match: plea.text.slice(0, 40) });
    }
    confidence['new-request'] = combine(evidenceOf['new-request']);
    // "…不过先别立案，我再观察几天", "but don't log anything yet": the problem told, its filing put off —
    // unless the caller asks for it again later.
    const putOff = callerTurns.filter((t) => putsOffFiling(t.lower)).pop();
    if (putOff && !evidenceOf['new-request'].some((e) => e.speaker === 'caller' && e.turn > putOff.index))
      confidence['new-request'] = cap(confidence['new-request'], threshold * 0.75);
  } else if (!registeredWithCaller(evidenceOf['new-request'], turns)) {
    // A complaint about something no service covers: an agent decides where it goes. One the agent
    // registered and the caller accepted is a request all the same; without a service it goes to review.
    confidence['new-request'] = cap(confidence['new-request'], threshold * 0.75);
  }
  // A status question inside the same request as an action is that action's read-back; asked apart, it is its own request.
  if (onCase) {
    const actionRequests = new Set<string>();
    for (const kind of onCaseKinds)
      for (const e of callerEvidence(evidenceOf[kind])) actionRequests.add(requestOf(turns, e));
    // "I've heard nothing at all. Can you hurry it up?": a complaint of the wait, said for the urge.
    const chased = confidence.urge >= threshold;
    const asked = evidenceOf.status.filter(
      (e) =>
        e.speaker === 'caller' &&
        !actionRequests.has(requestOf(turns, e)) &&
        !(chased && complainsOfWait(e.match, turns[e.turn]?.lower, e.at)),
    );
    if (asked.length === 0) confidence.status = cap(confidence.status, FLOOR * 0.9);
  }
  return confidence;
}
