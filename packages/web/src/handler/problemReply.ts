import { isCaseError } from '@onecase/core';
import { HttpProblemError } from '../httpProblemError.js';
import { createProblem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from '../problemDetails.js';
import type { WebCall, WebReply } from './webCall.js';
import type { WebContext } from './webContext.js';

/** What a client is told when the store fails: never which database, where, or why. */
export const STORE_UNAVAILABLE_DETAIL = 'The case store is unavailable; try again shortly';

/** A problem body as an answer. */
export function problemReply(problem: ProblemDetails, headers: Record<string, string> = {}): WebReply {
  return {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(problem),
  };
}

/**
 * Answers a thrown error as a problem: a `CaseError` with its code and details, a store
 * failure as a bare 503 (its host, port and cause stay in the log and the error), an
 * `HttpProblemError` as itself, anything else as a logged 500 that says nothing of the bug.
 */
export function errorReply(
  web: WebContext,
  error: unknown,
  call: WebCall,
  pathname: string,
  conditional: boolean,
): WebReply {
  const instance = pathname;
  if (isCaseError(error, 'STORE_UNAVAILABLE')) {
    web.logger?.warn?.(
      { err: error, method: call.method, path: instance },
      'onecase web: case store unavailable',
    );
    const problem = createProblem('STORE_UNAVAILABLE', STORE_UNAVAILABLE_DETAIL, {}, { instance });
    return problemReply(problem, { 'retry-after': '1' });
  }
  if (isCaseError(error)) {
    return problemReply(createProblem(error.code, error.message, error.details, { conditional, instance }));
  }
  if (error instanceof HttpProblemError) {
    const headers: Record<string, string> = {};
    if (error.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer realm="onecase"';
    if (error.code === 'METHOD_NOT_ALLOWED') headers.allow = String(error.details.allow ?? '');
    if (error.code === 'TOO_MANY_REQUESTS') headers['retry-after'] = '5';
    return problemReply(createProblem(error.code, error.message, error.details, { instance }), headers);
  }
  web.logger?.error({ err: error, method: call.method, path: instance }, 'onecase web: unexpected error');
  return problemReply(createProblem('INTERNAL', 'Unexpected error; it has been logged', {}, { instance }));
}
