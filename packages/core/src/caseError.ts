/** Every stable error code a command can fail with; adapters map them to their own channel (HTTP status, receipt text). */
export type CaseErrorCode =
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_CASE'
  | 'INVALID_INPUT'
  | 'EVENT_NOT_ALLOWED'
  | 'CHANNEL_FORBIDDEN'
  | 'VERSION_CONFLICT'
  | 'IDEMPOTENCY_MISMATCH'
  | 'INVALID_DEFINITION'
  | 'STORE_UNAVAILABLE';

/** All codes, in a stable order, for adapters that need to enumerate them. */
export const CASE_ERROR_CODES: readonly CaseErrorCode[] = [
  'UNKNOWN_SERVICE',
  'UNKNOWN_CASE',
  'INVALID_INPUT',
  'EVENT_NOT_ALLOWED',
  'CHANNEL_FORBIDDEN',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_MISMATCH',
  'INVALID_DEFINITION',
  'STORE_UNAVAILABLE',
];

/** JSON-safe details attached to an error (zod issues, allowed events, versions …). */
export type CaseErrorDetails = Record<string, unknown>;

/**
 * The one error class onecase throws: a stable `code`, a human message and JSON details,
 * so a refusal reads the same in-process, over HTTP and on a counter receipt.
 *
 * @example
 * ```ts
 * try { await router.send(ref, { type: 'case.withdraw' }, { via }); }
 * catch (e) { if (isCaseError(e) && e.code === 'EVENT_NOT_ALLOWED') console.log(e.details.allowed); }
 * ```
 */
export class CaseError extends Error {
  override readonly name = 'CaseError';
  readonly code: CaseErrorCode;
  readonly details: CaseErrorDetails;

  constructor(
    code: CaseErrorCode,
    message: string,
    details: CaseErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }

  /** The error as plain JSON (what the web channel sends and the HTTP client revives). */
  toJSON(): { code: CaseErrorCode; message: string; details: CaseErrorDetails } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * Tells whether a thrown value is a `CaseError`, optionally with a given code.
 *
 * @example
 * ```ts
 * if (isCaseError(e, 'VERSION_CONFLICT')) retry();
 * ```
 */
export function isCaseError(value: unknown, code?: CaseErrorCode): value is CaseError {
  const isError =
    value instanceof CaseError ||
    (value instanceof Error &&
      value.name === 'CaseError' &&
      typeof (value as { code?: unknown }).code === 'string');
  return isError && (code === undefined || (value as CaseError).code === code);
}
