import { CaseError } from '@onecase/core';
import { readJsonBody } from './readJsonBody.js';
import type { WebCall } from './webCall.js';

/** Reads the body as a JSON object (`INVALID_INPUT` for an array, a string, `null` …). */
export async function objectBody(
  call: WebCall,
  limit: number,
  what: string,
): Promise<Record<string, unknown>> {
  const body = await readJsonBody(call, limit);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new CaseError('INVALID_INPUT', `The body must be a JSON object: ${what}`);
  }
  return body as Record<string, unknown>;
}
