import { CaseError } from '@onecase/core';
import { HttpProblemError } from '../httpProblemError.js';
import type { WebCall } from './webCall.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
// A fatal decoder keeps no state between whole-input decodes, so one serves every request.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

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
 * Reads a call's body as JSON within a byte limit: 415 for another media type, 413 past
 * the limit (checked on `Content-Length` and again while streaming, since it can lie or be
 * absent), 400 for empty, non-UTF-8 or malformed JSON.
 */
export async function readJsonBody(call: WebCall, limit: number): Promise<unknown> {
  const type = call.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new HttpProblemError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json', {
      contentType: type || null,
      accepted: ['application/json'],
    });
  }
  const tooLarge = () =>
    new HttpProblemError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
  const declared = Number(call.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw tooLarge();
  const { body } = call;
  let bytes: Uint8Array;
  if (body instanceof Uint8Array) {
    if (body.byteLength > limit) throw tooLarge();
    bytes = body;
  } else {
    bytes = body ? await readStream(body, limit, tooLarge) : new Uint8Array(0);
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
