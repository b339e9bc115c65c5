import { CaseError } from '@onecase/core';
import type { WebCall } from '../handler/webCall.js';

/**
 * Reads `If-Match` as the case version the write expects. `*` matches any existing case; a
 * list with no version in it can match nothing, so it fails the precondition at once.
 */
export function expectedVersionOf(call: WebCall): number | undefined {
  const header = call.headers.get('if-match');
  if (header === null) return undefined;
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*')) return undefined;
  const versions = [
    ...new Set(tags.map((tag) => /^"(\d{1,15})"$/.exec(tag)?.[1]).filter((v) => v !== undefined)),
  ].map(Number);
  if (versions.length === 1) return versions[0];
  if (versions.length === 0) {
    throw new CaseError('VERSION_CONFLICT', `If-Match ${header} names no case version`, { ifMatch: header });
  }
  throw new CaseError('INVALID_INPUT', 'If-Match: give the one case version the write expects', {
    ifMatch: header,
  });
}

/** The `ETag` of a case answer: its version. */
export function etagOf(view: { version: number }): string {
  return `"${view.version}"`;
}
