import { buildIntents } from './buildIntents.js';
import type { CallInterpretation } from './callReading.js';
import { readStanding } from './callerStanding.js';
import { aboutFiledCase, startReading } from './callState.js';
import { weighCaseEvidence } from './caseEvidence.js';
import { takeEnquiry } from './enquiry.js';
import type { HotlineRules } from './hotlineTypes.js';
import type { Transcript } from './parseTranscript.js';
import { sortReportFromCase } from './reportOrCase.js';
import { settleIntents } from './settleIntents.js';
import { splitNewRequests } from './splitRequests.js';
import { weighIntents } from './weighIntents.js';
export type { CallFlag, CallInterpretation, Evidence, Intent } from './callReading.js';
export type { CallReference } from './hearReferences.js';

/**
 * Reads what a call is about — intents with their confidence and the words that matched,
 * the case references heard (with their check character verified and whether they count),
 * the service spoken of and its slots, and flags (abuse, urgency) — without touching any case, so rules can be unit-tested on transcripts alone.
 *
 * @example
 * ```ts
 * const reading = interpretCall(parseTranscript(text), rules);
 * reading.intents[0]; // { kind: 'urge', confidence: 0.96, evidence: [{ rule: 'urge:催一下', … }], … }
 * ```
 */
export function interpretCall(transcript: Transcript, rules: HotlineRules): CallInterpretation {
  return readCall(transcript, rules, true);
}

/** One pass over a call, stage by stage (see `CallState`); a part of a call split off is read without splitting it again. */
function readCall(transcript: Transcript, rules: HotlineRules, whole: boolean): CallInterpretation {
  const state = startReading(transcript, rules);
  weighCaseEvidence(state);
  takeEnquiry(state);
  sortReportFromCase(state);
  const intents = buildIntents(state, weighIntents(state));
  if (whole)
    splitNewRequests(intents, transcript, state.turns, rules, aboutFiledCase(state), (part) =>
      readCall(part, rules, false),
    );
  intents.sort((a, b) => b.confidence - a.confidence);
  settleIntents(state, intents);
  return {
    callId: transcript.callId,
    language: transcript.language,
    intents,
    references: state.references,
    services: state.services,
    slots: state.slots,
    flags: [...state.flags],
    ...readStanding(state.turns, transcript),
  };
}
