export type { CallClassifier, ClassifiedIntent } from './callClassifier.js';
export { defineHotlineRules } from './defineHotlineRules.js';
export { type CallSummary, type HandleCallOptions, handleCall } from './handleCall.js';
export { HOTLINE_PHRASES, type HotlineLocale, type HotlinePhrases } from './hotlinePhrases.js';
export {
  HOTLINE_REVIEW_QUEUE,
  HOTLINE_REVIEW_SERVICE,
  hotlineReview,
  listReviewItems,
  REVIEW_REASONS,
  type ReviewReason,
  reviewCallback,
} from './hotlineReview.js';
export type {
  CallSlots,
  CaseIntentKind,
  CueSet,
  EventMapper,
  HotlineRules,
  HotlineRulesConfig,
  InputMapper,
  IntentDetails,
  IntentKind,
  ServiceRule,
  Spoken,
} from './hotlineTypes.js';
export {
  type CallFlag,
  type CallInterpretation,
  type CallReference,
  type Evidence,
  type Intent,
  interpretCall,
} from './interpretCall.js';
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
export type { ActionOutcome, CallAction } from './replyScript.js';
export {
  listReturnVisits,
  recordReturnVisit,
  type ReturnVisitDue,
  type ReturnVisitQuery,
} from './returnVisits.js';
export {
  isTranscriptError,
  TranscriptError,
  type TranscriptErrorReason,
} from './transcriptError.js';
