import { CASE_ERROR_CODES, type CaseErrorCode, type CaseErrorDetails } from '@onecase/core';

/** Codes of refusals that belong to HTTP itself rather than to a case command. */
export type HttpErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL';

/** Every code a problem body of the web channel can carry. */
export type ProblemCode = CaseErrorCode | HttpErrorCode;

/**
 * An RFC 9457 `application/problem+json` body as the web channel sends it: the standard
 * members plus the stable onecase `code` and its JSON `details`.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  details: CaseErrorDetails;
  instance?: string;
}

/** The media type of every error body. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const CASE_STATUS: Record<CaseErrorCode, number> = {
  INVALID_INPUT: 400,
  CHANNEL_FORBIDDEN: 403,
  UNKNOWN_SERVICE: 404,
  UNKNOWN_CASE: 404,
  EVENT_NOT_ALLOWED: 409,
  VERSION_CONFLICT: 409,
  // As the IETF Idempotency-Key draft: the key was reused for a different request.
  IDEMPOTENCY_MISMATCH: 422,
  INVALID_DEFINITION: 500,
  STORE_UNAVAILABLE: 503,
};

const HTTP_STATUS: Record<HttpErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/** Every `HttpErrorCode`, for telling them from other strings. */
export const HTTP_ERROR_CODES = Object.keys(HTTP_STATUS) as readonly HttpErrorCode[];

const TITLES: Record<ProblemCode, string> = {
  INVALID_INPUT: 'Invalid input',
  CHANNEL_FORBIDDEN: 'Not allowed on this channel',
  UNKNOWN_SERVICE: 'Unknown service',
  UNKNOWN_CASE: 'Unknown case',
  EVENT_NOT_ALLOWED: 'Event not allowed now',
  VERSION_CONFLICT: 'Version conflict',
  IDEMPOTENCY_MISMATCH: 'Idempotency key reused',
  INVALID_DEFINITION: 'Invalid service definition',
  STORE_UNAVAILABLE: 'Case store unavailable',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  PAYLOAD_TOO_LARGE: 'Request body too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  TOO_MANY_REQUESTS: 'Too many requests',
  INTERNAL: 'Internal error',
};

/** Tells whether a problem code is one of the core `CaseError` codes. */
export function isCaseErrorCode(code: unknown): code is CaseErrorCode {
  return typeof code === 'string' && (CASE_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The HTTP status the web channel answers a problem code with. `VERSION_CONFLICT` is 412
 * when the client made the write conditional with `If-Match`, 409 otherwise.
 *
 * @example
 * ```ts
 * problemStatus('EVENT_NOT_ALLOWED'); // 409
 * problemStatus('VERSION_CONFLICT', { conditional: true }); // 412
 * ```
 */
export function problemStatus(code: ProblemCode, options: { conditional?: boolean } = {}): number {
  if (code === 'VERSION_CONFLICT' && options.conditional) return 412;
  return isCaseErrorCode(code) ? CASE_STATUS[code] : HTTP_STATUS[code];
}

/**
 * Builds the problem body for a code, message and details.
 *
 * @example
 * ```ts
 * const body = createProblem('UNKNOWN_CASE', 'No case NC-7K4M9-QXH2T', { ref: 'NC-7K4M9-QXH2T' });
 * body.status; // 404
 * ```
 */
export function createProblem(
  code: ProblemCode,
  detail: string,
  details: CaseErrorDetails = {},
  options: { conditional?: boolean; instance?: string } = {},
): ProblemDetails {
  return {
    type: `urn:onecase:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[code],
    status: problemStatus(code, options),
    detail,
    code,
    details,
    ...(options.instance !== undefined ? { instance: options.instance } : {}),
  };
}
