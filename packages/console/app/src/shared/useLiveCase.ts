import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ApiClient, CaseEvent, CaseView } from './apiClient.js';
import { type LiveListeners, type LiveStatus, openLiveStream } from './liveStream.js';

/**
 * Follows a server-sent-events URL while the component is mounted (a `null` URL follows
 * nothing) and returns the stream's status; listeners may change between renders.
 *
 * @example
 * ```tsx
 * const status = useLiveStream(api.queueStreamUrl({ state: 'dispatched' }), { entered: add, left: remove });
 * ```
 */
export function useLiveStream(url: string | null, listeners: LiveListeners): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const current = useRef(listeners);
  current.current = listeners;
  const names = Object.keys(listeners).sort().join(',');
  useEffect(() => {
    if (url === null) return;
    const forwarding: LiveListeners = {};
    for (const name of names.split(',').filter(Boolean))
      forwarding[name] = (data, event) => current.current[name]?.(data, event);
    return openLiveStream(url, forwarding, { onStatus: setStatus });
  }, [url, names]);
  return status;
}

/** A case as it is now, its whole history, and whether it is followed live. */
export interface LiveCase {
  view: CaseView | undefined;
  history: CaseEvent[];
  status: LiveStatus;
  error: unknown;
  /** Reads the case and its history again (after a refused write, say). */
  refresh(): Promise<void>;
  /** Shows a view a write answered with before the stream delivers it. */
  accept(view: CaseView): void;
}

/**
 * A case followed live: read once, then every change from any channel arrives over its
 * event stream, and the history is re-read so the timeline has every event.
 *
 * @example
 * ```tsx
 * const { view, history, status } = useLiveCase(api, ref);
 * ```
 */
export function useLiveCase(api: ApiClient, ref: string, onChange?: (view: CaseView) => void): LiveCase {
  const [view, setView] = useState<CaseView>();
  const [history, setHistory] = useState<CaseEvent[]>([]);
  const [error, setError] = useState<unknown>();
  const latest = useRef(0);
  const changed = useRef(onChange);
  changed.current = onChange;

  const readHistory = useCallback(async () => {
    const events = await api.history(ref);
    setHistory((before) => (events.length >= before.length ? events : before));
  }, [api, ref]);
  const accept = useCallback(
    (next: CaseView) => {
      if (next.version <= latest.current) return;
      const first = latest.current === 0;
      latest.current = next.version;
      setView(next);
      if (!first) changed.current?.(next);
      void readHistory().catch(setError);
    },
    [readHistory],
  );
  const refresh = useCallback(async () => {
    try {
      const next = await api.get(ref);
      latest.current = Math.min(latest.current, next.version - 1);
      accept(next);
    } catch (failure) {
      setError(failure);
    }
  }, [api, ref, accept]);

  useEffect(() => {
    latest.current = 0;
    setView(undefined);
    setHistory([]);
    setError(undefined);
    void refresh();
  }, [refresh]);
  const status = useLiveStream(api.caseStreamUrl(ref), { case: (next: CaseView) => accept(next) });
  return { view, history, status, error, refresh, accept };
}
