/** Stable codes of the failures `@onecase/governance` reports beyond the core's `CaseError` codes. */
export type GovernanceErrorCode = 'CALENDAR_OUT_OF_RANGE' | 'INVALID_DURATION';

/**
 * A calendar or duration failure: a deadline asked past the years the calendar has data for,
 * or a working duration that cannot be read. Carries a stable `code` and JSON details.
 *
 * @example
 * ```ts
 * try { addWorkingTime(calendar, at, '5wd'); }
 * catch (e) { if (isGovernanceError(e, 'CALENDAR_OUT_OF_RANGE')) console.log(e.details.covers); }
 * ```
 */
export class GovernanceError extends Error {
  override readonly name = 'GovernanceError';
  readonly code: GovernanceErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: GovernanceErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * Tells whether a thrown value is a `GovernanceError`, optionally with a given code.
 *
 * @example
 * ```ts
 * if (isGovernanceError(e, 'CALENDAR_OUT_OF_RANGE')) useFallbackCalendar();
 * ```
 */
export function isGovernanceError(value: unknown, code?: GovernanceErrorCode): value is GovernanceError {
  return (
    value instanceof Error &&
    value.name === 'GovernanceError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (code === undefined || (value as GovernanceError).code === code)
  );
}
