import type { CaseErrorDetails } from '@onecase/core';
import { type HttpErrorCode, problemStatus } from './problemDetails.js';

/**
 * A refusal of the web channel that is not a case command's (authentication, media type,
 * body size, method); the handler turns it into a problem response and the HTTP client
 * throws it for such responses.
 *
 * @example
 * ```ts
 * try { await client.get(ref); }
 * catch (e) { if (isHttpProblemError(e, 'UNAUTHENTICATED')) login(); }
 * ```
 */
export class HttpProblemError extends Error {
  override readonly name = 'HttpProblemError';
  readonly code: HttpErrorCode;
  readonly status: number;
  readonly details: CaseErrorDetails;

  constructor(
    code: HttpErrorCode,
    message: string,
    details: CaseErrorDetails = {},
    status = problemStatus(code),
  ) {
    super(message);
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/**
 * Tells whether a thrown value is an `HttpProblemError`, optionally with a given code.
 *
 * @example
 * ```ts
 * if (isHttpProblemError(e, 'UNAUTHENTICATED')) login();
 * ```
 */
export function isHttpProblemError(value: unknown, code?: HttpErrorCode): value is HttpProblemError {
  return value instanceof HttpProblemError && (code === undefined || value.code === code);
}
