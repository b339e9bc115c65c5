/** Where a live stream is: opening, receiving, or lost and trying again. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/** Listeners by server-sent event name (`case`, `entered`, `changed`, `left`, `ready`), given the parsed data. */
export type LiveListeners = Record<string, (data: any, event: MessageEvent<string>) => void>;

/** Options of `openLiveStream`. */
export interface LiveStreamOptions {
  onStatus?: (status: LiveStatus) => void;
  /** First wait before reopening a stream the browser gave up on (doubles up to 30 s; default 1 s). */
  retryMs?: number;
  /** The EventSource constructor (a test may pass its own). */
  EventSource?: typeof EventSource;
}

/**
 * Follows a server-sent-events URL and keeps following it: the browser's own reconnection
 * covers a dropped connection, and when it gives up (an HTTP error, a server restart) the
 * stream is reopened with a growing delay. Returns the function that stops it.
 *
 * @example
 * ```ts
 * const stop = openLiveStream(api.caseStreamUrl(ref), { case: (view) => show(view) }, { onStatus: setStatus });
 * ```
 */
export function openLiveStream(
  url: string,
  listeners: LiveListeners,
  options: LiveStreamOptions = {},
): () => void {
  const Source = options.EventSource ?? globalThis.EventSource;
  const firstRetry = options.retryMs ?? 1000;
  let retry = firstRetry;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const status = (next: LiveStatus) => options.onStatus?.(next);

  const open = () => {
    if (stopped) return;
    source = new Source(url, { withCredentials: true });
    source.onopen = () => {
      retry = firstRetry;
      status('live');
    };
    source.onerror = () => {
      if (stopped || !source) return;
      status('reconnecting');
      if (source.readyState === Source.CLOSED) {
        source.close();
        timer = setTimeout(open, retry);
        retry = Math.min(retry * 2, 30_000);
      }
    };
    for (const [name, listener] of Object.entries(listeners)) {
      source.addEventListener(name, (event) => {
        const message = event as MessageEvent<string>;
        let data: unknown = null;
        try {
          data = message.data ? JSON.parse(message.data) : null;
        } catch {
          data = message.data;
        }
        listener(data, message);
      });
    }
  };
  status('connecting');
  open();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    source?.close();
  };
}
