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

/** `details.hint` of an `UNKNOWN_CASE` whose reference fails its check character (misread or misheard). */
export const MISREAD_REF_HINT = 'check-character';

/** `details.reason` of a `STORE_UNAVAILABLE` raised because the router itself could not be reached. */
export const UNREACHABLE_REASON = 'unreachable';

/**
 * Builds the refusal for a reference whose check character does not match, the one
 * wording every channel uses (the router, a counter checking before it queues offline).
 *
 * @example
 * ```ts
 * if (!parseCaseRef(text).valid) throw misreadRefError(parseCaseRef(text).ref);
 * ```
 */
export function misreadRefError(ref: string): CaseError {
  return new CaseError(
    'UNKNOWN_CASE',
    `No case ${ref}: its check character does not match, so it was probably mistyped or misheard — please read it again`,
    { ref, hint: MISREAD_REF_HINT },
  );
}

/**
 * Tells whether a refusal means the reference was misread (its check character does not
 * match): the caller should read it again rather than be told the case does not exist.
 *
 * @example
 * ```ts
 * if (isMisreadRef(e)) say('Please read the reference again');
 * ```
 */
export function isMisreadRef(error: unknown): error is CaseError {
  return isCaseError(error, 'UNKNOWN_CASE') && error.details.hint === MISREAD_REF_HINT;
}

/**
 * Tells whether a failure means the router could not be reached (network down, timeout,
 * offline switch): a command that failed so may be queued and sent again later.
 *
 * @example
 * ```ts
 * if (isRouterUnreachable(e)) outbox.enqueue(command);
 * ```
 */
export function isRouterUnreachable(error: unknown): error is CaseError {
  return isCaseError(error, 'STORE_UNAVAILABLE') && error.details.reason === UNREACHABLE_REASON;
}

/**
 * Builds the error a client raises when the router cannot be reached, so every client
 * (HTTP, an offline switch, a test double) fails the way `isRouterUnreachable` recognises.
 *
 * @example
 * ```ts
 * throw routerUnreachable('The router at https://city.example did not answer');
 * ```
 */
export function routerUnreachable(
  message: string,
  details: CaseErrorDetails = {},
  cause?: unknown,
): CaseError {
  return new CaseError('STORE_UNAVAILABLE', message, { ...details, reason: UNREACHABLE_REASON }, { cause });
}
