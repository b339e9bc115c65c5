import { CaseError } from '@onecase/core';
import { HttpProblemError } from './httpProblemError.js';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

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
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
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
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
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
