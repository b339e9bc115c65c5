import type { CaseView } from '@onecase/core';

const encoder = new TextEncoder();

/** One case view as a server-sent event (`event: case`, the version as id), encoded once. */
export function caseEventChunk(view: CaseView): Uint8Array {
  return encoder.encode(`id: ${view.version}\nevent: case\ndata: ${JSON.stringify(view)}\n\n`);
}

/** Any other event or comment as bytes. */
export function eventText(text: string): Uint8Array {
  return encoder.encode(text);
}
