import type { CaseView } from '@onecase/core';
import type { WebRouter } from './webRouter.js';

/** The case an event stream follows, the client it serves and how often it sends a keep-alive. */
export interface CaseEventStreamOptions {
  router: WebRouter;
  caseId: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  keepAliveMs: number;
}

const encoder = new TextEncoder();

/**
 * Streams one case as server-sent events: the current view, then the view after each change
 * (whatever channel made it), each as `event: case` with the version as its id, plus comment
 * lines that keep proxies from closing an idle connection. The router listener is removed as
 * soon as the client disconnects.
 *
 * @example
 * ```ts
 * return new Response(createCaseEventStream({ router, caseId, signal: request.signal, keepAliveMs: 15_000 }), {
 *   headers: { 'content-type': 'text/event-stream' },
 * });
 * ```
 */
export function createCaseEventStream(options: CaseEventStreamOptions): ReadableStream<Uint8Array> {
  const { router, caseId, signal, keepAliveMs } = options;
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

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Views can arrive out of order (a remote change read late, the initial read racing a
      // change); a client only ever needs a newer one.
      const sendView = (view: CaseView) => {
        if (view.version <= sentVersion) return;
        sentVersion = view.version;
        write(`id: ${view.version}\nevent: case\ndata: ${JSON.stringify(view)}\n\n`);
      };
      if (signal.aborted) {
        cleanup();
        controller.close();
        return;
      }
      signal.addEventListener('abort', cleanup);
      // Subscribe before reading so no change between the read and the subscription is lost.
      unsubscribe = router.on('case.changed', ({ case: view }) => {
        if (view.id === caseId) sendView(view);
      });
      keepAlive = setInterval(() => write(': keep-alive\n\n'), keepAliveMs);
      keepAlive.unref?.();
      write('retry: 2000\n\n');
      router.get(caseId).then(sendView, (error: unknown) => {
        write(
          `event: error\ndata: ${JSON.stringify({ message: (error as Error)?.message ?? 'read failed' })}\n\n`,
        );
        cleanup();
        try {
          controller.close();
        } catch {
          // Already closed by the client.
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
}
