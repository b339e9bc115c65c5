import { type CaseView, isCaseError } from '@onecase/core';
import { STORE_UNAVAILABLE_DETAIL } from '../handler/problemReply.js';
import { boundedEventStream } from './boundedEventStream.js';
import { caseEventChunk, eventText } from './caseEventChunk.js';

/** Where a case stream's views come from and how it treats its client. */
export interface CaseStreamSource {
  /** The current view, read once after subscribing. */
  read(): Promise<CaseView>;
  /** Calls `send` for every later view of the case; returns the unsubscribe function. */
  subscribe(send: (view: CaseView, chunk?: Uint8Array) => void): () => void;
  signal: AbortSignal;
  keepAliveMs: number;
  /** Bytes held for a client that does not read before it is dropped. */
  bufferBytes: number;
}

/** What a stream tells its client of a failure: never the store's host and port. */
export function streamFailure(error: unknown): string {
  // A store failure names its host and port; the client only learns that the store is down.
  if (isCaseError(error, 'STORE_UNAVAILABLE'))
    return JSON.stringify({ code: error.code, message: STORE_UNAVAILABLE_DETAIL });
  if (isCaseError(error)) return JSON.stringify({ code: error.code, message: error.message });
  return JSON.stringify({ code: 'INTERNAL', message: 'read failed' });
}

/**
 * Streams one case as server-sent events: the current view, then every newer one, plus
 * keep-alive comments. A client that stops reading is held to `bufferBytes` of queued
 * events, then sent `event: dropped` and closed, so a stalled client costs bounded memory.
 */
export function openCaseStream(source: CaseStreamSource): ReadableStream<Uint8Array> {
  let sentVersion = 0;
  return boundedEventStream({
    signal: source.signal,
    keepAliveMs: source.keepAliveMs,
    bufferBytes: source.bufferBytes,
    start({ write, end }) {
      // Views can arrive out of order (a remote change read late, the initial read racing a
      // change); a client only ever needs a newer one.
      const send = (view: CaseView, chunk?: Uint8Array) => {
        if (view.version <= sentVersion) return;
        sentVersion = view.version;
        write(chunk ?? caseEventChunk(view));
      };
      // Subscribe before reading so no change between the read and the subscription is lost.
      const unsubscribe = source.subscribe(send);
      source
        .read()
        .then(send, (error: unknown) => end(eventText(`event: error\ndata: ${streamFailure(error)}\n\n`)));
      return unsubscribe;
    },
  });
}
