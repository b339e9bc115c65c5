/** Stable codes of the errors the counter package throws for misuse of a queue or session. */
export type CounterErrorCode =
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_TICKET'
  | 'NO_CURRENT_TICKET'
  | 'COUNTER_BUSY'
  | 'NOT_IDENTIFIED'
  | 'OFFLINE'
  /** A record could not be written because the disk (or the process's file size limit) is full: nothing was queued. */
  | 'DISK_FULL'
  /** A record could not be written for another reason (an I/O error): nothing was queued. */
  | 'WRITE_FAILED'
  /** A damaged record was found in a file and moved to its quarantine file; the rest was loaded. */
  | 'CORRUPT_RECORD';

/**
 * The error the counter's own parts (ticket queue, session, outbox) throw, with a stable `code`
 * the terminal turns into a line for the clerk; refusals of the router stay `CaseError`s.
 *
 * @example
 * ```ts
 * try { await queue.callNext('3'); }
 * catch (e) { if (isCounterError(e, 'COUNTER_BUSY')) console.log('finish the current ticket first'); }
 * ```
 */
export class CounterError extends Error {
  override readonly name = 'CounterError';
  readonly code: CounterErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: CounterErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * Tells whether a thrown value is a `CounterError`, optionally with a given code.
 *
 * @example
 * ```ts
 * if (isCounterError(e, 'NOT_IDENTIFIED')) console.log('identify the citizen first');
 * ```
 */
export function isCounterError(value: unknown, code?: CounterErrorCode): value is CounterError {
  return value instanceof CounterError && (code === undefined || value.code === code);
}
