export {
  checkResidentId,
  type ResidentIdCheck,
  type ResidentIdFailure,
  residentIdCheckDigit,
} from './checkResidentId.js';
export {
  checkDocument,
  DOCUMENT_TYPES,
  type DocumentCheck,
  type DocumentFailure,
  type DocumentType,
  documentLabel,
} from './checkDocument.js';
export {
  type ActResult,
  COUNTER_CHANNEL,
  type CounterSession,
  type CounterSessionOptions,
  createCounterSession,
  type Identification,
  type IdentifyInput,
  type IdentifyMethod,
  type RefusedCommand,
  type SyncReport,
} from './createCounterSession.js';
export { createOfflineSwitch, type OfflineSwitch } from './createOfflineSwitch.js';
export {
  createOutbox,
  type Outbox,
  type OutboxCommand,
  type OutboxEntry,
  type OutboxOutcome,
} from './createOutbox.js';
export {
  createTicketQueue,
  jsonLinesQueueStore,
  type Ticket,
  type TicketQueue,
  type TicketQueueOptions,
  type TicketQueueStore,
  type TicketStatus,
} from './createTicketQueue.js';
export { CounterError, type CounterErrorCode, isCounterError } from './counterError.js';
export {
  formatReceipt,
  formatTime,
  type ReceiptInput,
  type ReceiptLabels,
  stateText,
} from './formatReceipt.js';
export { jsonLinesFile, type JsonLinesFile } from './jsonLinesFile.js';
export { refusalText } from './refusalText.js';
export {
  createServiceCodeLedger,
  issueServiceCode,
  type ServiceCodeCheck,
  type ServiceCodeClaims,
  type ServiceCodeFailure,
  type ServiceCodeLedger,
  verifyServiceCode,
} from './serviceCode.js';
export { syncReportText } from './syncReportText.js';
