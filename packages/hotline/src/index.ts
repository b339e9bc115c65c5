export {
  CASE_INTENT_KINDS,
  type CallSlots,
  type CaseIntentKind,
  type CompiledServiceRule,
  type CueSet,
  defineHotlineRules,
  type EventMapper,
  type HotlineRules,
  type HotlineRulesConfig,
  type InputMapper,
  type IntentDetails,
  type IntentKind,
  type Matcher,
  type ServiceRule,
  type Spoken,
} from './defineHotlineRules.js';
export { DEFAULT_INTENT_CUES, EXISTING_CASE_CUES } from './defaultCues.js';
export { DEFAULT_SLOT_PATTERNS, type NormalisedTurn } from './extractSlots.js';
export { findCaseRefs, type HeardCaseRef } from './findCaseRefs.js';
export { type CallSummary, type HandleCallOptions, handleCall } from './handleCall.js';
export {
  HOTLINE_REVIEW_QUEUE,
  HOTLINE_REVIEW_SERVICE,
  type HotlineReviewInput,
  hotlineReview,
  listReviewItems,
  REVIEW_REASONS,
  type ReviewReason,
} from './hotlineReview.js';
export {
  type CallInterpretation,
  type CallReference,
  type Evidence,
  type Intent,
  interpretCall,
} from './interpretCall.js';
export { normalizeSpoken } from './normalizeSpoken.js';
export {
  type Language,
  type ParseTranscriptOptions,
  parseTranscript,
  type Speaker,
  type Transcript,
  type TranscriptJson,
  type TranscriptSegment,
  type Turn,
} from './parseTranscript.js';
export { type HeardRating, readRating } from './readRating.js';
export { type ActionOutcome, type CallAction, replyScript, spellCaseRef } from './replyScript.js';
export { stateKey, stateLabel } from './stateLabel.js';
export {
  isTranscriptError,
  TranscriptError,
  type TranscriptErrorLocation,
  type TranscriptErrorReason,
} from './transcriptError.js';
export {
  listReturnVisits,
  recordReturnVisit,
  type ReturnVisitDue,
  type ReturnVisitQuery,
} from './returnVisits.js';
