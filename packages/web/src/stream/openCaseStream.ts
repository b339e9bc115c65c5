import { type CaseView, isCaseError } from '@onecase/core';
import { STORE_UNAVAILABLE_DETAIL } from '../handler/problemReply.js';
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

/** Told to a client that fell `bufferBytes` behind, before its stream ends; it reconnects for the current view. */
const DROPPED = eventText('event: dropped\ndata: {"reason":"slow-client"}\n\n');

function failure(error: unknown): string {
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
  const { signal, keepAliveMs, bufferBytes } = source;
  let sentVersion = 0;
  let closed = false;
  let unsubscribe: (() => void) | undefined;
  let keepAlive: ReturnType<typeof setInterval> | undefined;

  function cleanup(): void {
    closed = true;
    unsubscribe?.();
    unsubscribe = undefined;
    if (keepAlive) clearInterval(keepAlive);
    signal.removeEventListener('abort', cleanup);
  }

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const end = (last?: Uint8Array) => {
          if (closed) return;
          cleanup();
          try {
            if (last) controller.enqueue(last);
            controller.close();
          } catch {
            // Already closed by the client.
          }
        };
        const write = (chunk: Uint8Array) => {
          if (closed) return;
          const queued = bufferBytes - (controller.desiredSize ?? 0);
          // An empty queue takes any one event, so a view larger than the bound still goes out.
          if (queued > 0 && queued + chunk.byteLength > bufferBytes) return end(DROPPED);
          try {
            controller.enqueue(chunk);
          } catch {
            cleanup();
          }
        };
        // Views can arrive out of order (a remote change read late, the initial read racing a
        // change); a client only ever needs a newer one.
        const send = (view: CaseView, chunk?: Uint8Array) => {
          if (view.version <= sentVersion) return;
          sentVersion = view.version;
          write(chunk ?? caseEventChunk(view));
        };
        if (signal.aborted) return end();
        signal.addEventListener('abort', cleanup);
        // Subscribe before reading so no change between the read and the subscription is lost.
        unsubscribe = source.subscribe(send);
        keepAlive = setInterval(() => write(eventText(': keep-alive\n\n')), keepAliveMs);
        keepAlive.unref?.();
        write(eventText('retry: 2000\n\n'));
        source
          .read()
          .then(send, (error: unknown) => end(eventText(`event: error\ndata: ${failure(error)}\n\n`)));
      },
      cancel() {
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: bufferBytes }),
  );
}
