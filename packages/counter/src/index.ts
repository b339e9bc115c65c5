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
export { COUNTER_CHANNEL, createCounterSession } from './createCounterSession.js';
export type {
  ActResult,
  CounterSession,
  CounterSessionOptions,
  Identification,
  IdentifyInput,
  IdentifyMethod,
  RefusedCommand,
  SyncReport,
} from './counterSessionTypes.js';
export { createOfflineSwitch, type OfflineSwitch } from './createOfflineSwitch.js';
export {
  createOutbox,
  type Outbox,
  type OutboxCommand,
  type OutboxEntry,
  type OutboxOptions,
  type OutboxOutcome,
} from './createOutbox.js';
export {
  createTicketQueue,
  type LostTicket,
  type Ticket,
  type TicketQueue,
  type TicketQueueOptions,
  type TicketQueueStore,
  type TicketStatus,
} from './createTicketQueue.js';
export { CounterError, type CounterErrorCode, isCounterError } from './counterError.js';
export { formatReceipt, formatTime, type ReceiptInput, type ReceiptLabels } from './formatReceipt.js';
export { jsonLinesQueueStore } from './jsonLinesQueueStore.js';
export { refusalText } from './refusalText.js';
export {
  claimServiceCode,
  issueServiceCode,
  type ServiceCodeCheck,
  type ServiceCodeClaims,
  type ServiceCodeFailure,
  verifyServiceCode,
} from './serviceCode.js';
export {
  createServiceCodeLedger,
  routerServiceCodeLedger,
  type ServiceCodeLedger,
  serviceCodeLedgerService,
} from './serviceCodeLedger.js';
export { syncReportText } from './syncReportText.js';
