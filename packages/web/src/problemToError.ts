import { CaseError } from '@onecase/core';
import { HttpProblemError } from './httpProblemError.js';
import {
  HTTP_ERROR_CODES,
  type HttpErrorCode,
  isCaseErrorCode,
  type ProblemDetails,
} from './problemDetails.js';

/**
 * Turns a problem body received over HTTP back into the error the server threw: a
 * `CaseError` with the same code, message and details, or an `HttpProblemError`.
 *
 * @example
 * ```ts
 * throw problemToError(await response.json());
 * ```
 */
export function problemToError(problem: ProblemDetails): CaseError | HttpProblemError {
  const details = problem.details && typeof problem.details === 'object' ? problem.details : {};
  if (isCaseErrorCode(problem.code)) return new CaseError(problem.code, problem.detail, details);
  const code = HTTP_ERROR_CODES.includes(problem.code as HttpErrorCode)
    ? (problem.code as HttpErrorCode)
    : 'INTERNAL';
  return new HttpProblemError(code, problem.detail, details, problem.status);
}
