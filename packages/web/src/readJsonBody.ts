import { CaseError } from '@onecase/core';
import { HttpProblemError } from './httpProblemError.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
// A fatal decoder keeps no state between whole-input decodes, so one serves every request.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bodies a server bridge read whole before building the request, so they need no stream read. */
const readBodies = new WeakMap<Request, Uint8Array>();

/**
 * Records the bytes a request was built from, which `readJsonBody` then takes instead of
 * reading the request's body stream; for a server bridge that already read the body.
 *
 * @example
 * ```ts
 * const request = new Request(url, { method: 'POST', headers, body: bytes });
 * rememberBody(request, bytes);
 * ```
 */
export function rememberBody(request: Request, body: Uint8Array): void {
  readBodies.set(request, body);
}

async function readStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * Reads a request body as JSON within a byte limit: 415 for another media type, 413 past
 * the limit (checked on `Content-Length` and again while streaming, since it can lie or be
 * absent), 400 for empty, non-UTF-8 or malformed JSON.
 *
 * @example
 * ```ts
 * const body = await readJsonBody(request, 64 * 1024);
 * ```
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new HttpProblemError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json', {
      contentType: type || null,
      accepted: ['application/json'],
    });
  }
  const tooLarge = () =>
    new HttpProblemError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge();
  // A body something else already took is left to the stream read, which fails as it always did.
  const known = request.bodyUsed ? undefined : readBodies.get(request);
  let bytes: Uint8Array;
  if (known !== undefined) {
    if (known.byteLength > limit) throw tooLarge();
    bytes = known;
  } else {
    bytes = request.body ? await readStream(request.body, limit, tooLarge) : new Uint8Array(0);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new CaseError('INVALID_INPUT', 'The body is not valid UTF-8');
  }
  if (text.trim().length === 0) throw new CaseError('INVALID_INPUT', 'A JSON body is required');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CaseError('INVALID_INPUT', `The body is not valid JSON: ${(error as Error).message}`);
  }
}
