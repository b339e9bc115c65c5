import type { CaseView } from '@onecase/core';
import type { WebRouter } from '../webRouter.js';
import { caseEventChunk } from './caseEventChunk.js';

/** Receives a changed view and its event-stream bytes, encoded once for every stream of the case. */
export type CaseFeedListener = (view: CaseView, chunk: Uint8Array) => void;

/** The change feed of one handler's event streams, fanned out by case. */
export interface CaseFeed {
  /** Whether the case already has as many streams as it may. */
  full(caseId: string): boolean;
  /** Adds a listener for one case; returns the function that removes it (safe to call twice). */
  subscribe(caseId: string, listener: CaseFeedListener): () => void;
}

/**
 * Creates the feed: one router listener while any stream is open (none otherwise), so a
 * thousand streams cost the router one listener and each change one JSON encoding per case,
 * and at most `perCase` streams follow one case.
 */
export function createCaseFeed(router: Pick<WebRouter, 'on'>, perCase: number): CaseFeed {
  const byCase = new Map<string, Set<CaseFeedListener>>();
  let unsubscribe: (() => void) | undefined;

  const dispatch = ({ case: view }: { case: CaseView }) => {
    const listeners = byCase.get(view.id);
    if (!listeners) return;
    const chunk = caseEventChunk(view);
    for (const listener of [...listeners]) listener(view, chunk);
  };

  return {
    full: (caseId) => (byCase.get(caseId)?.size ?? 0) >= perCase,
    subscribe(caseId, listener) {
      let listeners = byCase.get(caseId);
      if (!listeners) {
        listeners = new Set();
        byCase.set(caseId, listeners);
      }
      const own = listeners;
      own.add(listener);
      unsubscribe ??= router.on('case.changed', dispatch);
      return () => {
        if (!own.delete(listener)) return;
        if (own.size === 0 && byCase.get(caseId) === own) byCase.delete(caseId);
        if (byCase.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
        }
      };
    },
  };
}
