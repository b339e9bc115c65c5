import type { CaseView, RouterClient } from '@onecase/core';
import type { HotlineRules } from './hotlineTypes.js';
import { type CallSummary, type HandleCallOptions, handleCall } from './handleCall.js';
import { HOTLINE_REVIEW_SERVICE } from './hotlineReview.js';
import type { Transcript } from './parseTranscript.js';

/** A closed case waiting for its return visit (回访). */
export interface ReturnVisitDue {
  ref: string;
  service: string;
  /** When the case last changed, i.e. when it was closed (epoch ms). */
  closedAt: number;
  case: CaseView;
}

/** Which cases to look at and when a visit is due. */
export interface ReturnVisitQuery {
  /** Cases to consider, by reference or id (default, with no `phones` either: every open case of the rules' services). */
  refs?: readonly string[];
  /** Citizens whose cases to consider. */
  phones?: readonly string[];
  /** Now (epoch ms); pass the router's clock. */
  now: number;
  /** How long after closing a visit is due (default 0: at once). */
  afterMs?: number;
  /** How long after closing a visit is still worth making (default: no limit). */
  withinMs?: number;
  /** The channel that records the rating (default `hotline`). */
  channel?: string;
}

/**
 * Lists the closed cases due a return visit: those whose service lets the hotline record
 * a rating now (the machine is in a state taking the rule's rating event), closed at least
 * `afterMs` and at most `withinMs` ago, oldest first. Without `refs` or `phones` it pages
 * through `client.list` over the rules' services (cases not done, changed in that window).
 *
 * @example
 * ```ts
 * const due = await listReturnVisits(router, rules, { phones: ['13800138000'], now: clock.now(), afterMs: 86_400_000 });
 * due[0]?.ref; // 'NC-7K4M9-QXH2T'
 * ```
 */
export async function listReturnVisits(
  client: Pick<RouterClient, 'get' | 'find' | 'list'>,
  rules: HotlineRules,
  query: ReturnVisitQuery,
): Promise<ReturnVisitDue[]> {
  const channel = query.channel ?? 'hotline';
  const views = new Map<string, CaseView>();
  if (query.refs === undefined && query.phones === undefined) {
    const services = rules.services.map((rule) => rule.service).filter((id) => id !== HOTLINE_REVIEW_SERVICE);
    const to = query.now - (query.afterMs ?? 0) + 1;
    const from = query.withinMs === undefined ? undefined : query.now - query.withinMs;
    let cursor: string | undefined;
    do {
      const page = await client.list({
        service: services,
        done: false,
        updatedAt: { to, ...(from !== undefined ? { from } : {}) },
        sort: { by: 'updatedAt' },
        limit: 1_000,
        ...(cursor !== undefined ? { cursor } : {}),
      });
      for (const view of page.cases) views.set(view.id, view);
      cursor = page.next;
    } while (cursor !== undefined);
  }
  for (const ref of query.refs ?? []) {
    const view = await client.get(ref);
    views.set(view.id, view);
  }
  for (const phone of query.phones ?? []) {
    for (const view of await client.find({ phone })) views.set(view.id, view);
  }
  const due: ReturnVisitDue[] = [];
  for (const view of views.values()) {
    if (view.service.id === HOTLINE_REVIEW_SERVICE) continue;
    const rating = rules.event('rate', view.service.id, { score: 5, slots: {} });
    if (!rating || !(view.allowed[channel] ?? []).includes(rating.type)) continue;
    const age = query.now - view.updatedAt;
    if (age < (query.afterMs ?? 0) || age > (query.withinMs ?? Number.POSITIVE_INFINITY)) continue;
    due.push({ ref: view.ref, service: view.service.id, closedAt: view.updatedAt, case: view });
  }
  return due.sort((a, b) => a.closedAt - b.closedAt);
}

/**
 * Records the rating from a return-visit call on the case it is about (`ref`, else the
 * transcript's `Case:` header): only the rating is acted on — anything else the caller raised
 * stays in `summary.interpretation` for the agent — and a call whose rating cannot be read
 * goes to review.
 *
 * @example
 * ```ts
 * const summary = await recordReturnVisit(router, parseTranscript(text), rules, { ref: due.ref });
 * summary.actions[0]; // { intent: 'rate', outcome: 'applied', score: 4, ref: 'NC-…' }
 * ```
 */
export function recordReturnVisit(
  client: RouterClient,
  transcript: Transcript,
  rules: HotlineRules,
  options: Omit<HandleCallOptions, 'regarding' | 'only'> & { ref?: string },
): Promise<CallSummary> {
  const { ref, ...rest } = options;
  const regarding = ref ?? transcript.regarding;
  return handleCall(client, transcript, rules, {
    ...rest,
    only: ['rate'],
    ...(regarding !== undefined ? { regarding } : {}),
  });
}
