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
export type {
  CaseChange,
  CaseRecord,
  CaseStore,
  CommitInput,
  CommitResult,
  TimerRecord,
} from './caseStore.js';
export { citizenKeys, normalizeIdNumber, normalizePhone } from './citizenKeys.js';
export { parseDuration, systemClock } from './clock.js';
export {
  createRouter,
  type Router,
  type RouterEventFrom,
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
  type ServiceDefinition,
} from './defineService.js';
export { describeService, type JsonSchema, type ServiceDescriptor } from './describeService.js';
export { memoryStore } from './memoryStore.js';
export { formatStateValue, stateMatches, statePaths } from './stateValue.js';
export {
  type Actor,
  type AnyCaseCommandEvent,
  type CaseEffect,
  type CaseEvent,
  type CaseView,
  type Citizen,
  type CitizenQuery,
  type Clock,
  type CommandOptions,
  type Logger,
  type OpenCommand,
  type RouterClient,
  SYSTEM_CHANNEL,
  type SendOptions,
  type Via,
} from './types.js';
export { isSealedValue, type SealedValue, sealValue, unsealValue } from './sealing.js';
