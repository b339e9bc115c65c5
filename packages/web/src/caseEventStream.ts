import { openCaseStream } from './stream/openCaseStream.js';
import type { WebRouter } from './webRouter.js';

/** The case an event stream follows, the client it serves and how often it sends a keep-alive. */
export interface CaseEventStreamOptions {
  router: Pick<WebRouter, 'get' | 'on'>;
  caseId: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  keepAliveMs: number;
  /** Bytes held for a client that does not read before it is dropped (default 256 KiB). */
  bufferBytes?: number;
}

/** Bytes an event stream holds for a client that does not read, by default. */
export const DEFAULT_STREAM_BUFFER_BYTES = 256 * 1024;

/**
 * Streams one case as server-sent events: the current view, then the view after each change
 * (whatever channel made it), each as `event: case` with the version as its id, plus comment
 * lines that keep proxies from closing an idle connection. A client that falls `bufferBytes`
 * behind gets `event: dropped` and the stream ends (an `EventSource` reconnects and reads the
 * current view). The router listener is removed as soon as the client disconnects.
 *
 * @example
 * ```ts
 * return new Response(createCaseEventStream({ router, caseId, signal: request.signal, keepAliveMs: 15_000 }), {
 *   headers: { 'content-type': 'text/event-stream' },
 * });
 * ```
 */
export function createCaseEventStream(options: CaseEventStreamOptions): ReadableStream<Uint8Array> {
  const { router, caseId } = options;
  return openCaseStream({
    read: () => router.get(caseId),
    subscribe: (send) =>
      router.on('case.changed', ({ case: view }) => {
        if (view.id === caseId) send(view);
      }),
    signal: options.signal,
    keepAliveMs: options.keepAliveMs,
    bufferBytes: options.bufferBytes ?? DEFAULT_STREAM_BUFFER_BYTES,
  });
}
