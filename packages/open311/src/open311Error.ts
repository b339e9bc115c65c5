/** One entry of a GeoReport v2 error array: the HTTP status as `code` and a description. */
export interface Open311ErrorEntry {
  code: number;
  description: string;
}

/** Why an Open311 call failed, as a stable name beside the HTTP status. */
export type Open311ErrorCode =
  | 'INVALID_API_KEY'
  | 'FORBIDDEN'
  | 'UNKNOWN_JURISDICTION'
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_REQUEST'
  | 'UNKNOWN_TOKEN'
  | 'INVALID_REQUEST'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'UNREACHABLE'
  | 'INTERNAL';

const STATUS: Record<Open311ErrorCode, number> = {
  INVALID_API_KEY: 403,
  FORBIDDEN: 403,
  UNKNOWN_JURISDICTION: 404,
  UNKNOWN_SERVICE: 404,
  UNKNOWN_REQUEST: 404,
  UNKNOWN_TOKEN: 404,
  INVALID_REQUEST: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  UNREACHABLE: 503,
  INTERNAL: 500,
};

/**
 * An Open311 refusal: the handler answers it as the spec's error array, the client throws it
 * for an error array it receives (or `UNREACHABLE` when the back-end cannot be reached).
 *
 * @example
 * ```ts
 * try { await client.createRequest({ service_code: 'pothole', address_string: 'Main St 1' }); }
 * catch (e) { if (isOpen311Error(e, 'UNREACHABLE')) console.log('try again later'); }
 * ```
 */
export class Open311Error extends Error {
  override readonly name = 'Open311Error';
  readonly code: Open311ErrorCode;
  readonly status: number;
  /** The error array, one entry per problem (each missing attribute has its own). */
  readonly errors: Open311ErrorEntry[];

  constructor(code: Open311ErrorCode, message: string | string[], status = STATUS[code]) {
    const descriptions = Array.isArray(message) ? message : [message];
    super(descriptions.join('; '));
    this.code = code;
    this.status = status;
    this.errors = descriptions.map((description) => ({ code: status, description }));
  }
}

/**
 * Whether a value is an `Open311Error` (of the given code).
 *
 * @example
 * ```ts
 * if (isOpen311Error(error, 'INVALID_API_KEY')) rotateKey();
 * ```
 */
export function isOpen311Error(error: unknown, code?: Open311ErrorCode): error is Open311Error {
  return error instanceof Open311Error && (code === undefined || error.code === code);
}
