import { CaseError, isCaseError } from '@onecase/core';
import { QueryTimeoutError } from './queryTimeout.js';

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(describe).join('; ');
  }
  if (error instanceof Error)
    return error.message || String((error as { code?: unknown }).code ?? error.name);
  return String(error);
}

/**
 * Turns a driver failure into the `CaseError` the router passes on: `INVALID_INPUT` for
 * text PostgreSQL cannot store, `STORE_UNAVAILABLE` (naming the server, with the cause
 * attached) for everything else — a call that got no answer within the query timeout, or
 * that the server cancelled at its `statement_timeout`, names that bound (`timeoutMs` in
 * the details when the client gave up). A `CaseError` passes through unchanged.
 *
 * @example
 * ```ts
 * try { await client.query(sql) } catch (error) { throw storeError(error, 'load a case', client.target); }
 * ```
 */
export function storeError(error: unknown, operation: string, target: string): CaseError {
  if (isCaseError(error)) return error;
  const sqlState =
    typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  if (sqlState === '22P05') {
    return new CaseError(
      'INVALID_INPUT',
      'The command contains text PostgreSQL cannot store (a NUL character, \\u0000); nothing was changed',
      { operation },
      { cause: error },
    );
  }
  if (error instanceof QueryTimeoutError) {
    return new CaseError(
      'STORE_UNAVAILABLE',
      `PostgreSQL at ${target} could not ${operation}: ${error.message}`,
      { operation, target, timeoutMs: error.timeoutMs },
      { cause: error },
    );
  }
  // 57014: the server cancelled the statement, which here means its statement_timeout.
  const reason = sqlState === '57014' ? `${describe(error)} (statement_timeout)` : describe(error);
  return new CaseError(
    'STORE_UNAVAILABLE',
    `PostgreSQL at ${target} could not ${operation}: ${reason}`,
    { operation, target, ...(sqlState !== undefined ? { code: sqlState } : {}) },
    { cause: error },
  );
}
