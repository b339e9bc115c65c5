import type { Evidence } from './callReading.js';
import { ANOTHER_REQUEST, GIVES_UP } from './callWords.js';
import { aboutFiledCase, type CallState, requestOf } from './callState.js';
import { DENIED } from './collectEvidence.js';
import { hurriesCallback } from './waitWords.js';

const NO_CALLBACK =
  /不用回电|不用回复|不用给我回|\bno need to (?:call|ring) (?:me )?back\b|\bdon'?t (?:call|ring) me back\b/;

/**
 * Tells a new report from a filed case: in a call about no filed case, what follows the report is
 * about it (not an urge, a status question or a note for another case) and a declined offer
 * withdraws nothing; urgency words urge a filed case, or only say how pressing a new report is.
 * Sets `strongNew`.
 */
export function sortReportFromCase(state: CallState): void {
  const { turns, evidenceBy, evidenceOf, flags, rating, best, asks } = state;
  // About a filed case, a question-shaped "new request" ("我想了解一下我上周反映的…") asks after it.
  const filed = aboutFiledCase(state);
  const strongNew = evidenceOf['new-request'].some(
    (e) => e.speaker === 'caller' && e.weight >= 0.8 && !(filed && asks(e.turn)),
  );
  state.strongNew = strongNew;
  // "对对，让他们赶紧来给弄结实了", "有没有证你们给查查", "我再补充一句" after reporting something new, in
  // a call that speaks of no filed case: about the new report, not an urge, status question or note
  // for some other case.
  // A report is new when the caller says so, or confirms the agent's "给您报修" / "I'll log that for you".
  const reports = evidenceOf['new-request'].filter((e) =>
    e.speaker === 'caller' ? e.weight >= 0.8 : turns[e.turn]?.answer === 'yes' && e.weight >= 0.6,
  );
  if (!filed && reports.length > 0) {
    const reported = Math.min(...reports.map((e) => e.turn));
    // "还有顺便问一下我那个停车证…", "while I've got you…": a further request of its own.
    // The agent's "处理结果会给您回复" closing the report is about it too.
    const later = (e: Evidence) =>
      e.turn >= reported && (e.speaker === 'agent' || !ANOTHER_REQUEST.test(turns[e.turn]?.lower ?? ''));
    if (evidenceOf.urge.some((e) => e.speaker === 'caller' && later(e))) flags.add('urgency');
    for (const kind of ['urge', 'status', 'add-info'] as const)
      evidenceOf[kind] = evidenceOf[kind].filter((e) => !later(e));
  }
  // "If there's a specific problem, I'm happy to register it." — "Forget it.": the offer declined in a
  // call about no filed case, nothing withdrawn.
  if (!filed) {
    const offeredNew = new Set(
      evidenceOf['new-request'].filter((e) => e.speaker === 'agent').map((e) => e.turn + 1),
    );
    // "No. Forget it. I just wanted it on record": the report given up, no case withdrawn; "我不留名字，
    // 也不用回电话": a report without a callback.
    evidenceOf.withdraw = evidenceOf.withdraw.filter(
      (e) =>
        e.speaker !== 'caller' ||
        (!offeredNew.has(e.turn) &&
          !GIVES_UP.test(e.match.toLowerCase()) &&
          !NO_CALLBACK.test(e.match.toLowerCase())),
    );
  }
  // "It's still waiting for an answer." said by the agent and never taken up: the state told, no urge.
  if (!evidenceOf.urge.some((e) => e.speaker === 'caller' || turns[e.turn]?.answer === 'yes'))
    evidenceOf.urge = evidenceOf.urge.filter(
      (e) => !/^(?:still|still waiting|waiting|还在|仍在)/i.test(e.match),
    );
  const chases = evidenceOf.urge.length > 0;
  // Urgency words urge a case only in a call about one; beside a new report they say how pressing it is.
  // Urgency said with a status question ("it's urgent for me to know…") or in a return visit
  // ("they came quickly") is not an urge; nor is any once the caller declined the agent's offer to urge,
  // nor one hurrying the agent's promised callback.
  const declinedUrge = (evidenceBy.get(DENIED) ?? []).some((e) => e.rule === 'urge');
  const requestIn = (e: Evidence) => requestOf(turns, e);
  const said = evidenceBy.get('urgency') ?? [];
  let urgency = said;
  if (said.length > 0) {
    const statusRequests = new Set(evidenceOf.status.filter((e) => e.speaker === 'caller').map(requestIn));
    urgency = said.filter(
      (e) => !rating && !declinedUrge && !statusRequests.has(requestIn(e)) && !hurriesCallback(e, turns),
    );
    if (urgency.length < said.length) flags.add('urgency');
  }
  if (urgency.length > 0) {
    const aboutOld = filed || chases;
    const reportsNew = strongNew || (best !== undefined && !aboutOld);
    if (aboutOld || !reportsNew) evidenceOf.urge.push(...urgency);
    else flags.add('urgency');
  }
}
