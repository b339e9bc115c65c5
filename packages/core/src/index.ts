export { type VerifyReport, GENESIS_HASH } from './auditChain.js';
export {
  CASE_ERROR_CODES,
  CaseError,
  type CaseErrorCode,
  type CaseErrorDetails,
  isCaseError,
  isMisreadRef,
  isRouterUnreachable,
  MISREAD_REF_HINT,
  misreadRefError,
  routerUnreachable,
  UNREACHABLE_REASON,
} from './caseError.js';
export {
  CASE_REF_PATTERN,
  createCaseRef,
  looksLikeCaseRef,
  type ParsedCaseRef,
  parseCaseRef,
} from './caseRef.js';
export {
  type AggregatedRecord,
  type AggregateFilter,
  type AggregateMeasure,
  type AggregateQuery,
  type AggregateRow,
  aggregateRecords,
  type MeasureFilter,
  toAggregateFilter,
} from './caseAggregate.js';
export {
  type CasePage,
  type CaseQuery,
  type CaseQueryFilter,
  compareValues,
  type FieldFilter,
  type IndexCondition,
  type IndexValue,
  MAX_PAGE,
  type QueryPosition,
  type TimeRange,
  toQueryFilter,
} from './caseQuery.js';
export type {
  CaseChange,
  CaseHead,
  CaseRecord,
  CaseSearchFields,
  CaseStore,
  CommitInput,
  CommitResult,
  CommittedChange,
  EffectRecord,
  FeedPosition,
  QueryIndex,
  TimerRecord,
} from './caseStore.js';
export { effectId } from './effectId.js';
export type { AuditCheckpoint, CheckpointProblem, CheckpointReport } from './router/auditCheckpoint.js';
export type { FeedStart } from './router/changeFeed.js';
export { isTamperedError, TAMPERED_REASON } from './router/recordSignature.js';
export type { SignRecordsReport } from './router/signRecords.js';
export type { EffectDelivery, EffectHandlers, HandleEffectsOptions } from './router/effectDelivery.js';
export type { QueueChange } from './router/queries.js';
export { citizenKeys, normalizeIdNumber, normalizePhone } from './citizenKeys.js';
export type { CitizenLinkAudit, CitizenLinkRecord } from './citizenLink.js';
export { parseDuration, systemClock } from './clock.js';
export {
  createRouter,
  type Router,
  type RouterEventFrom,
  type CaseChangePayload,
  type RouterEvents,
  type RouterOptions,
} from './createRouter.js';
export {
  type AnyServiceDefinition,
  type CaseMachineEvents,
  type CaseMachineInput,
  type ChannelPolicies,
  type CommandEventFrom,
  type CommandMeta,
  defineService,
  type EventSchemas,
  type InputFrom,
  type ServiceConfig,
  type IndexSource,
  type ServiceDefinition,
  type IndexType,
  type ServiceIndex,
} from './defineService.js';
export {
  type DescribeOptions,
  describeService,
  type JsonSchema,
  type ServiceDescriptor,
} from './describeService.js';
export {
  type FieldLabel,
  type FieldLabelText,
  type Label,
  type LabelText,
  labelsFor,
  type ResolvedLabels,
  type ServiceLabels,
  type ServiceLabelSet,
} from './labels.js';
export { LABEL_FALLBACK_LOCALES, negotiateLocale, resolveLocale } from './labelLocale.js';
export { type InputPaths, inputPaths } from './valueLabels.js';
export type { EventLabel, EventLabelText, ResolvedPayloadLabels } from './eventFieldLabels.js';
export { memoryStore } from './memoryStore.js';
export { formatStateValue, stateMatches, statePaths } from './stateValue.js';
export {
  type Actor,
  type AnyCaseCommandEvent,
  type CaseEffect,
  type CaseEvent,
  type CaseView,
  type Citizen,
  type CitizenLinkResult,
  type CitizenQuery,
  type Clock,
  type CommandOptions,
  type LinkCitizenOptions,
  type Logger,
  type OpenCommand,
  type RouterClient,
  SYSTEM_CHANNEL,
  type SendOptions,
  type Via,
} from './types.js';
export { isSealedValue, type SealedValue, sealValue, unsealValue } from './sealing.js';
