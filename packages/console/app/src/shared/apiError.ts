/** One field-level problem, as the server's zod issues and the form's own checks both report it. */
export interface FieldIssue {
  /** Where in the submitted value: `['documents', 0]`; `[]` for the whole value. */
  path: (string | number)[];
  /** The zod issue code: `too_small`, `too_big`, `invalid_type`, `invalid_value`, `invalid_format`, … */
  code: string;
  /** `string`, `number`, `array` … for size issues. */
  origin?: string;
  minimum?: number | string;
  maximum?: number | string;
  inclusive?: boolean;
  expected?: string;
  /** Set by the form's own checks when a required value is empty. */
  missing?: boolean;
  /** The raw message, kept for logs; never shown to people. */
  message?: string;
}

/** The RFC 9457 problem body the web handler answers errors with. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  details?: Record<string, unknown>;
}

/**
 * A refused API call: the problem's stable `code` (a `CaseError` or HTTP code, `NETWORK` when
 * the server was not reached), its status and the field issues of an `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * try { await api.open('noise-complaint', input); }
 * catch (error) { if (isApiError(error, 'INVALID_INPUT')) form.showIssues(error.issues); }
 * ```
 */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: FieldIssue[];
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code ?? codeOfStatus(problem.status);
    this.issues = issuesOf(problem.details);
  }
}

/**
 * Whether a thrown value is an `ApiError` (with this code, if given).
 *
 * @example
 * ```ts
 * if (isApiError(error, 'EVENT_NOT_ALLOWED')) announce(t('error.notAllowedNow'));
 * ```
 */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

function codeOfStatus(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'EVENT_NOT_ALLOWED';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 0) return 'NETWORK';
  return 'INTERNAL';
}

function issuesOf(details: Record<string, unknown> | undefined): FieldIssue[] {
  const raw = details?.issues;
  if (Array.isArray(raw)) {
    return raw
      .filter((issue): issue is FieldIssue => typeof issue === 'object' && issue !== null)
      .map((issue) => ({ ...issue, path: Array.isArray(issue.path) ? issue.path : [] }));
  }
  // Text the store cannot hold is reported as `{ field: 'input.address' }`.
  if (typeof details?.field === 'string') {
    const path = details.field
      .replace(/^(input|event|payload)\.?/, '')
      .split('.')
      .filter(Boolean);
    return [{ path, code: 'invalid_format' }];
  }
  return [];
}
