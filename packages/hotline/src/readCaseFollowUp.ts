import type { CaseView } from '@onecase/core';
import type { Intent } from './callReading.js';
import type { Target } from './callTarget.js';
import { designates } from './caseTopic.js';
import type { CaseIntentKind } from './hotlineTypes.js';
import type { CallAction } from './replyScript.js';

// The caller asks after their other case ("my other complaint", "另一件").
export const OTHER =
  /\bother (?:one|complaint|case|report|request)\b|另一(?:个|件)|另外(?:那|一)(?:个|件)|别的(?:投诉|工单)/i;

/**
 * The caller's cases a request may be about, when it named no case at all and may be about the one
 * case the call reads back ("KTV那个" … "还没签收啊…那你帮我催一下吧"): an urge, a withdrawal or a note that went
 * to `several-cases`, or to the one case left that could take it ("狗叫那个到哪了？" — "已办结了" — "那帮我
 * 催一下吧" is about the dog case, not the caller's open one) — with no words of its own for a case and
 * no "other one". `undefined` when it may not.
 *
 * @example
 * ```ts
 * const refs = mayMeanReadCase(intent, target, textOf(intent)); // ['NC-…', 'NC-…']
 * ```
 */
export function mayMeanReadCase(intent: Intent, target: Target, callerWords: string): string[] | undefined {
  const refs =
    'review' in target && target.review === 'several-cases'
      ? (target.refs ?? [])
      : 'case' in target && target.left !== undefined
        ? target.left.refs
        : undefined;
  return refs !== undefined &&
    (intent.kind === 'urge' || intent.kind === 'withdraw' || intent.kind === 'add-info') &&
    (intent.topic === undefined || !designates(intent.topic)) &&
    !OTHER.test(callerWords)
    ? refs
    : undefined;
}

/**
 * The one case the call read the status of (the caller's, or it would not have been read) and the
 * first turn a status was asked in; `undefined` when it read none or several. Never the case a
 * return visit rated: a rating says nothing of which case the next request is about.
 *
 */
function readBackCase(
  actions: readonly CallAction[],
  intents: readonly Intent[],
): { ref: string; askedAt: number } | undefined {
  const refs = new Set(
    actions
      .filter((a) => a.ref !== undefined && a.intent === 'status' && a.outcome === 'read')
      .map((a) => a.ref!),
  );
  if (refs.size !== 1) return undefined;
  const askedAt = Math.min(...intents.filter((i) => i.kind === 'status').map((i) => i.turn));
  return { ref: [...refs][0]!, askedAt };
}

/** A request that may be about the case the call reads back, waiting until every request of the call is through. */
export interface WaitingRequest {
  intent: Intent & { kind: CaseIntentKind };
  /** Where its action stands among the call's actions (a review until it is settled). */
  at: number;
  /** The caller's cases it may be about (`mayMeanReadCase`). */
  refs: string[];
  /** The one case left that could take it, acted on when no read-back claims the request. */
  left: CaseView | undefined;
}

/**
 * Settles the waiting requests once the call's actions are known: each said after the status of one of
 * its cases was read goes to that case; otherwise to the one case left, if any (else it stays a review).
 *
 * @example
 * ```ts
 * await settleWaiting(waiting, actions, confident, (ref) => client.get(ref), applyToCase);
 * ```
 */
export async function settleWaiting(
  waiting: readonly WaitingRequest[],
  actions: CallAction[],
  intents: readonly Intent[],
  get: (ref: string) => Promise<CaseView>,
  act: (intent: WaitingRequest['intent'], view: CaseView) => Promise<CallAction>,
): Promise<void> {
  const read = readBackCase(actions, intents);
  for (const { intent, at, refs, left } of waiting)
    if (read && refs.includes(read.ref) && intent.turn > read.askedAt)
      actions[at] = await act(intent, await get(read.ref));
    else if (left) actions[at] = await act(intent, left);
}
