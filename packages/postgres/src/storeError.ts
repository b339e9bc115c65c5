import { CaseError, isCaseError } from '@onecase/core';

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
 * attached) for everything else. A `CaseError` passes through unchanged.
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
  return new CaseError(
    'STORE_UNAVAILABLE',
    `PostgreSQL at ${target} could not ${operation}: ${describe(error)}`,
    { operation, target, ...(sqlState !== undefined ? { code: sqlState } : {}) },
    { cause: error },
  );
}
