import { serviceSpokenIn } from './assignReferences.js';
import type { Evidence, Intent } from './callReading.js';
import { type CallState, callerEvidence, FLOOR, requestOf, SERVICE_FLOOR } from './callState.js';
import { resolvedNamed } from './caseTopic.js';
import { combine } from './collectEvidence.js';
import { extractSlots, hasContent } from './extractSlots.js';
import { CASE_INTENT_KINDS, type IntentDetails, type IntentKind } from './hotlineTypes.js';
import { scoreTopic, topicOf } from './intentTopic.js';
import type { NormalizedTurn } from './readTurns.js';
import { WHICH_CASE } from './splitRequests.js';

function anchorTurn(evidence: readonly Evidence[]): number {
  const caller = evidence.filter((e) => e.speaker === 'caller');
  return Math.min(...(caller.length > 0 ? caller : evidence).map((e) => e.turn));
}

/**
 * The caller's answer to the agent's which-case question names the case of each request asked before
 * it (a `pick`, weighing nothing): "我想撤个投诉" — "您要撤哪一件？" — "服装店那个……对了狗那个现在到哪一步了"
 * picks the shop for the withdrawal, and the status question after "对了" keeps its own clause.
 */
function answerPicks(
  evidenceOf: Record<IntentKind, Evidence[]>,
  confidence: Record<IntentKind, number>,
  turns: readonly NormalizedTurn[],
  threshold: number,
): void {
  for (const turn of turns) {
    const question = turns[turn.index - 1];
    if (turn.speaker !== 'caller' || question?.speaker !== 'agent') continue;
    if (!WHICH_CASE.test(question.lower)) continue;
    for (const kind of [...CASE_INTENT_KINDS, 'status'] as const) {
      const said = evidenceOf[kind].filter((e) => e.speaker === 'caller');
      if (confidence[kind] < threshold || said.length === 0 || said.some((e) => e.turn >= question.index))
        continue;
      evidenceOf[kind].push({
        turn: turn.index,
        speaker: 'caller',
        rule: `${kind}:pick`,
        match: '',
        weight: 0,
        at: 0,
      });
    }
  }
}

/**
 * The intents of a call from their confidence: each with the turn it rests on, its details (the new
 * report's slots, the note added, the reason to withdraw, the score), the service it is about and the
 * words that say which case it is about (its topic).
 */
export function buildIntents(state: CallState, confidence: Record<IntentKind, number>): Intent[] {
  const { rules, turns, evidenceOf, services, best, bestRule, existing, rating, callerTurns, strip } = state;
  const threshold = rules.threshold;
  const asksOnly = (id: string) => rules.service(id)?.takesQuestions === true;
  // A request that names no service of its own is about the one service the call names, if only one.
  const namedServices = services.filter((s) => !asksOnly(s.service) && s.confidence >= SERVICE_FLOOR);
  const onlyNamed = namedServices.length === 1 ? namedServices[0]!.service : undefined;
  const textOf = (index: number) => strip(turns[index]?.text ?? '');
  const intents: Intent[] = [];
  answerPicks(evidenceOf, confidence, turns, threshold);
  // The caller's turns that carry a request about a filed case, for each intent's topic.
  const caseTurns: Evidence[] = [];
  // Only requests made: a weak word of another kind ("另外一个" for add-info) takes no clause away.
  // The agent's read-backs of those requests ("So you'd like to withdraw the dog one?"), which name no other request's case.
  const readBacks: Evidence[] = [];
  for (const kind of [...CASE_INTENT_KINDS, 'status'] as const)
    if (confidence[kind] >= threshold) {
      caseTurns.push(...callerEvidence(evidenceOf[kind]));
      for (const e of evidenceOf[kind]) if (e.speaker === 'agent') readBacks.push(e);
    }
  // A new report in the same turn ("撤了吧。另外人民路20号的路灯坏了") is another request's words too.
  if (confidence['new-request'] >= threshold)
    caseTurns.push(...callerEvidence([...evidenceOf['new-request'], ...(best?.evidence ?? [])]));
  // "I want to report a street light that's out… Oh, and separately, my old construction noise
  // complaint, please withdraw that one": the service of the new report is named outside the
  // clauses of the requests about a filed case.
  const reportedService = (): string | undefined => {
    const cased = caseTurns.filter((e) => CASE_INTENT_KINDS.some((kind) => evidenceOf[kind].includes(e)));
    if (best === undefined || cased.length === 0 || asksOnly(best.service)) return best?.service;
    const theirs = new Set(cased.map((e) => requestOf(turns, e)));
    let found: { service: string; weight: number } | undefined;
    for (const candidate of services) {
      if (asksOnly(candidate.service)) continue;
      const weight = combine(
        candidate.evidence.filter((e) => e.speaker === 'caller' && !theirs.has(requestOf(turns, e))),
      );
      if (weight >= SERVICE_FLOOR && (!found || weight > found.weight))
        found = { service: candidate.service, weight };
    }
    return found?.service ?? best.service;
  };
  for (const kind of Object.keys(confidence) as IntentKind[]) {
    if (confidence[kind] < FLOOR || evidenceOf[kind].length === 0) continue;
    const evidence = evidenceOf[kind];
    const turn = kind === 'rate' && rating ? rating.turn : anchorTurn(evidence);
    const details: IntentDetails = { slots: {} };
    if (kind === 'new-request') {
      // Read once per call: the report's where was already read above when it decided the request.
      if (Object.keys(state.slots).length === 0) state.slots = extractSlots(turns, bestRule?.slots, strip);
      details.slots = state.slots;
    } else if (kind === 'add-info') {
      // The information runs from its request to the next request of another kind (each request its own intent).
      const others = (Object.keys(confidence) as IntentKind[])
        .filter((other) => other !== kind && confidence[other] >= threshold && evidenceOf[other].length > 0)
        .map((other) => anchorTurn(evidenceOf[other]))
        .filter((other) => other > turn);
      const until = Math.min(...others, Number.POSITIVE_INFINITY);
      const from = callerTurns
        .filter((t) => t.index >= turn && t.index < until)
        .map((t) => strip(t.text))
        .filter(hasContent);
      const note = from.slice(0, 3).join(' ').slice(0, 1000);
      if (note.length > 0) details.note = note;
    } else if (kind === 'urge') {
      const note = textOf(turn).slice(0, 500);
      if (hasContent(note)) details.note = note;
    } else if (kind === 'withdraw') {
      const reason = textOf(turn).slice(0, 500);
      if (hasContent(reason)) details.reason = reason;
    } else if (kind === 'rate' && rating) {
      details.score = rating.score;
      if (rating.comment !== undefined) details.comment = strip(rating.comment);
    }
    // The one service the call names is not a case request's when it is the new report's of the same call.
    const reportsOnlyNamed =
      kind !== 'new-request' && confidence['new-request'] >= threshold && best?.service === onlyNamed;
    const othersTurns = new Set(caseTurns.filter((e) => !evidence.includes(e)).map((e) => e.turn));
    // …nor when only another request's turns name it ("给四分吧" … "我还报过一个路灯…到哪一步了？").
    const namedByOthers =
      onlyNamed !== undefined &&
      othersTurns.size > 0 &&
      (services.find((s) => s.service === onlyNamed)?.evidence ?? [])
        .filter((e) => e.speaker === 'caller')
        .every((e) => othersTurns.has(e.turn) && !evidence.some((own) => own.turn === e.turn));
    const service =
      kind === 'new-request'
        ? reportedService()
        : (serviceSpokenIn(evidence, services, asksOnly, (at) => turns[at]?.text ?? '', othersTurns) ??
          (reportsOnlyNamed || namedByOthers ? undefined : onlyNamed));
    // Only a request acted on needs to say which case it is about.
    // A score names its case in its own sentence ("施工那个还行吧。不过狗叫那个…我给一分"), if anywhere.
    const scored =
      kind === 'rate' && rating ? scoreTopic(turns[rating.turn]?.lower ?? '', rating.match) : undefined;
    let topic =
      kind === 'new-request' || confidence[kind] < threshold
        ? ''
        : (scored ?? topicOf(evidence, existing, caseTurns, turns, strip, readBacks));
    // "The dog one is sorted now, so you can cancel it": the case done with is the one withdrawn;
    // "…is sorted now, but it's not! Chase it": the case said to be done and denied is the one chased.
    if (topic.length > 0) topic = resolvedNamed(topic, kind !== 'withdraw');
    const intent: Intent = { kind, confidence: confidence[kind], evidence, turn, details };
    if (service !== undefined) intent.service = service;
    if (topic.length > 0) intent.topic = topic;
    intents.push(intent);
  }
  return intents;
}
