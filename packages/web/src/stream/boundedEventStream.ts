import { eventText } from './caseEventChunk.js';

/** Told to a client that fell `bufferBytes` behind, before its stream ends; it reconnects for the current state. */
const DROPPED = eventText('event: dropped\ndata: {"reason":"slow-client"}\n\n');

/** How a stream's source writes to its client and ends it. */
export interface EventStreamIO {
  /** Queues an event; a client past the buffer bound is sent `event: dropped` and closed instead. */
  write(chunk: Uint8Array): void;
  /** Ends the stream, optionally after a last event. */
  end(last?: Uint8Array): void;
}

/**
 * A server-sent event stream that costs bounded memory: keep-alive comments, a retry hint,
 * and a client that stops reading is held to `bufferBytes` of queued events, then dropped.
 * `start` subscribes its source and returns the function that unsubscribes it.
 */
export function boundedEventStream(options: {
  signal: AbortSignal;
  keepAliveMs: number;
  bufferBytes: number;
  start: (io: EventStreamIO) => (() => void) | undefined;
}): ReadableStream<Uint8Array> {
  const { signal, keepAliveMs, bufferBytes } = options;
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
          // An empty queue takes any one event, so an event larger than the bound still goes out.
          if (queued > 0 && queued + chunk.byteLength > bufferBytes) return end(DROPPED);
          try {
            controller.enqueue(chunk);
          } catch {
            cleanup();
          }
        };
        if (signal.aborted) return end();
        signal.addEventListener('abort', cleanup);
        keepAlive = setInterval(() => write(eventText(': keep-alive\n\n')), keepAliveMs);
        keepAlive.unref?.();
        write(eventText('retry: 2000\n\n'));
        const stop = options.start({ write, end });
        if (closed) stop?.();
        else unsubscribe = stop;
      },
      cancel() {
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: bufferBytes }),
  );
}
