/** Why a transcript was rejected; stable, so callers can branch on it. */
export type TranscriptErrorReason =
  | 'not-text'
  | 'empty'
  | 'too-large'
  | 'too-many-turns'
  | 'bad-json'
  | 'bad-header'
  | 'missing-header'
  | 'bad-turn'
  | 'bad-segment'
  | 'no-turns';

/** Where in the input the problem is: a 1-based line of a plain-text transcript or a 0-based JSON segment. */
export interface TranscriptErrorLocation {
  line?: number;
  segment?: number;
}

/**
 * The error `parseTranscript` throws for input it cannot read: it names the line (or the
 * JSON segment) and what is wrong, so the agent desktop or the ASR pipeline can fix the input.
 *
 * @example
 * ```ts
 * try { parseTranscript(text); }
 * catch (e) { if (isTranscriptError(e)) console.log(e.reason, e.line, e.message); }
 * ```
 */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  readonly reason: TranscriptErrorReason;
  readonly line: number | undefined;
  readonly segment: number | undefined;

  constructor(reason: TranscriptErrorReason, message: string, location: TranscriptErrorLocation = {}) {
    const where =
      location.line !== undefined
        ? `line ${location.line}: `
        : location.segment !== undefined
          ? `segment ${location.segment}: `
          : '';
    super(`${where}${message}`);
    this.reason = reason;
    this.line = location.line;
    this.segment = location.segment;
  }
}

/**
 * Tells whether a thrown value is a `TranscriptError`, optionally with a given reason.
 *
 * @example
 * ```ts
 * if (isTranscriptError(e, 'too-large')) reject413();
 * ```
 */
export function isTranscriptError(value: unknown, reason?: TranscriptErrorReason): value is TranscriptError {
  return value instanceof TranscriptError && (reason === undefined || value.reason === reason);
}
