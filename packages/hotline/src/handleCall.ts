import { type CaseView, isCaseError, isMisreadRef, type RouterClient, type Via } from '@onecase/core';
import {
  CASE_INTENT_KINDS,
  type CaseIntentKind,
  type HotlineRules,
  type IntentKind,
} from './defineHotlineRules.js';
import {
  HOTLINE_REVIEW_QUEUE,
  HOTLINE_REVIEW_SERVICE,
  type HotlineReviewInput,
  type ReviewReason,
} from './hotlineReview.js';
import { type CallInterpretation, type Intent, interpretCall } from './interpretCall.js';
import type { Language, Transcript } from './parseTranscript.js';
import { type CallAction, replyScript } from './replyScript.js';
import { stateLabel } from './stateLabel.js';

/** Options of `handleCall`. */
export interface HandleCallOptions {
  /** The actor of every command; defaults to the transcript's `Agent-Id`, else `hotline-agent`. */
  agentId?: string;
  /** The channel commands go through (default `hotline`). */
  channel?: string;
  /** The case an outbound call is about (a return visit); wins over references heard in the call. */
  regarding?: string;
  /** Act only on these intents (a return-visit call only records a rating). */
  only?: readonly IntentKind[];
  /** Open a review item for what needs a human (default true); false only reports it. */
  review?: boolean;
  /** How many of the caller's cases a status query reads back (default 5). */
  maxStatusCases?: number;
}

/** What a call led to: the reading, each action, the review item and the agent's reply script. */
export interface CallSummary {
  callId: string;
  language: Language;
  agentId: string;
  interpretation: CallInterpretation;
  actions: CallAction[];
  /** The review item opened for a human, with every reason; `error` when it could not be opened. */
  review?: { ref?: string; reasons: ReviewReason[]; error?: string };
  /** What the agent reads to the caller, in the caller's language. */
  reply: string[];
}

type Target =
  | { case: CaseView }
  | { status: CaseView[] }
  | { review: ReviewReason; refs?: string[] }
  | { none: true };

function reviewOf(intent: Intent, reason: ReviewReason, extra: Partial<CallAction> = {}): CallAction {
  return { intent: intent.kind, outcome: 'review', reason, ...extra };
}

/**
 * Handles one call end to end: reads it with `interpretCall`, then through any `RouterClient`
 * (as channel `hotline`, actor the agent) opens new cases, reads status, adds information,
 * urges, withdraws or records ratings — with idempotency keys made of the call id and the
 * turn, so handling the same call again changes nothing. What is uncertain (low confidence,
 * a reference failing its check character, several cases and none named) becomes one review
 * item for a human instead. Returns the summary and the reply script for the agent; when the
 * store is unavailable it throws (`CaseError` `STORE_UNAVAILABLE`) and the whole call can be
 * handled again later, since nothing is applied twice.
 *
 * @example
 * ```ts
 * const summary = await handleCall(router, parseTranscript(text), rules);
 * summary.actions; // [{ intent: 'urge', outcome: 'applied', ref: 'NC-7K4M9-QXH2T', event: 'case.urge', … }]
 * summary.reply;   // ['已为工单 NC-7K4M9-QXH2T 催办，承办单位会尽快处理。目前状态：处理中。']
 * ```
 */
export async function handleCall(
  client: RouterClient,
  transcript: Transcript,
  rules: HotlineRules,
  options: HandleCallOptions = {},
): Promise<CallSummary> {
  const reading = interpretCall(transcript, rules);
  const language = reading.language;
  const agentId = options.agentId ?? transcript.agentId ?? 'hotline-agent';
  const channel = options.channel ?? 'hotline';
  const via: Via = { channel, actor: { id: agentId, role: 'agent' } };
  const keyOf = (intent: Intent, what: string) => `hotline:${transcript.callId}:${intent.turn}:${what}`;
  const titleOf = (service: string) => rules.service(service)?.title[language] ?? service;
  const stateOf = (view: CaseView) => stateLabel(rules.service(view.service.id), view.state.value, language);
  // What the caller may still do on the phone: the intents whose events the case takes on this channel now.
  const nextOf = (view: CaseView): CaseIntentKind[] =>
    CASE_INTENT_KINDS.filter((kind) => {
      const event = rules.event(kind, view.service.id, { note: '-', score: 5, slots: {} });
      return event !== undefined && (view.allowed[channel] ?? []).includes(event.type);
    });
  const describe = (view: CaseView): Partial<CallAction> => ({
    ref: view.ref,
    service: view.service.id,
    title: titleOf(view.service.id),
    state: stateOf(view),
    next: nextOf(view),
  });

  const wanted = reading.intents.filter((intent) => !options.only || options.only.includes(intent.kind));
  const confident = wanted.filter((intent) => intent.confidence >= rules.threshold);
  const actions: CallAction[] = [];
  // Only when nothing is clear is the call as a whole doubtful; a stray weak cue beside a clear intent is noise.
  if (confident.length === 0 && wanted[0]) actions.push(reviewOf(wanted[0], 'low-confidence'));

  let callerCases: CaseView[] | undefined;
  const casesOfCaller = async (): Promise<CaseView[]> => {
    if (callerCases === undefined) {
      callerCases =
        reading.caller === undefined
          ? []
          : (await client.find({ phone: reading.caller })).filter(
              (view) => view.service.id !== HOTLINE_REVIEW_SERVICE,
            );
    }
    return callerCases;
  };

  async function targetOf(intent: Intent): Promise<Target> {
    const named = options.regarding !== undefined ? [] : reading.references;
    const wrong = named.filter((ref) => !ref.valid);
    if (wrong.length > 0) return { review: 'wrong-reference', refs: wrong.map((ref) => ref.ref) };
    const refs = options.regarding !== undefined ? [options.regarding] : named.map((ref) => ref.ref);
    // Reading several named cases back is harmless; acting on one of several is a guess.
    if (refs.length > 1 && intent.kind !== 'status') return { review: 'several-references', refs };
    if (refs.length > 0) {
      const views: CaseView[] = [];
      for (const ref of refs) {
        try {
          views.push(await client.get(ref));
        } catch (error) {
          if (isCaseError(error, 'UNKNOWN_CASE')) {
            return { review: isMisreadRef(error) ? 'wrong-reference' : 'unknown-reference', refs: [ref] };
          }
          throw error;
        }
      }
      return views.length === 1 ? { case: views[0]! } : { status: views };
    }
    const open = (await casesOfCaller()).filter((view) => !view.state.done);
    if (intent.kind === 'status') {
      const spoken = open.filter((view) => view.service.id === intent.service);
      const cases = spoken.length > 0 ? spoken : open;
      return cases.length > 0 ? { status: cases } : { none: true };
    }
    // Cases that can take this intent's event now; a closed case waiting for its return visit counts for a rating.
    const able = (await casesOfCaller()).filter((view) => {
      const event = rules.event(intent.kind as CaseIntentKind, view.service.id, intent.details);
      return event !== undefined && (view.allowed[channel] ?? []).includes(event.type);
    });
    const spoken = able.filter((view) => view.service.id === intent.service);
    const candidates =
      spoken.length > 0 ? spoken : able.length > 0 ? able : intent.kind === 'rate' ? [] : open;
    if (candidates.length === 1) return { case: candidates[0]! };
    // A replay of this call finds the case it already acted on, even if that case has moved on since.
    const key = keyOf(intent, intent.kind);
    for (const view of await casesOfCaller()) {
      if ((await client.history(view.ref)).some((event) => event.idempotencyKey === key))
        return { case: view };
    }
    if (candidates.length === 0) return { review: 'no-case' };
    return { review: 'several-cases', refs: candidates.map((view) => view.ref) };
  }

  async function openRequest(intent: Intent): Promise<CallAction> {
    const rule = intent.service === undefined ? undefined : rules.service(intent.service);
    if (!rule) return reviewOf(intent, 'low-confidence');
    const base = { service: rule.service, title: rule.title[language] };
    if (rule.input === null) return { intent: intent.kind, outcome: 'not-allowed', ...base };
    const input = rule.input(intent.details.slots, transcript);
    if (input === undefined) return reviewOf(intent, 'missing-slots', base);
    try {
      const view = await client.open({
        service: rule.service,
        input,
        ...(reading.caller !== undefined ? { citizen: { phone: reading.caller } } : {}),
        via,
        idempotencyKey: keyOf(intent, 'open'),
      });
      return { intent: intent.kind, outcome: 'opened', ...describe(view) };
    } catch (error) {
      if (isCaseError(error, 'INVALID_INPUT'))
        return reviewOf(intent, 'missing-slots', { ...base, detail: error.message });
      if (isCaseError(error)) return reviewOf(intent, 'refused', { ...base, detail: error.message });
      throw error;
    }
  }

  async function applyToCase(intent: Intent & { kind: CaseIntentKind }, view: CaseView): Promise<CallAction> {
    const event = rules.event(intent.kind, view.service.id, intent.details);
    if (event === undefined) return { intent: intent.kind, outcome: 'not-allowed', ...describe(view) };
    const base: Partial<CallAction> = {
      event: event.type,
      ...(intent.kind === 'rate' ? { score: intent.details.score } : {}),
    };
    try {
      const after = await client.send(view.ref, event, { via, idempotencyKey: keyOf(intent, intent.kind) });
      // The router answers a repeated key with the stored outcome: the version does not move.
      const outcome = after.version > view.version ? 'applied' : 'already-applied';
      return { intent: intent.kind, outcome, ...base, ...describe(after) };
    } catch (error) {
      if (isCaseError(error, 'STORE_UNAVAILABLE')) throw error;
      if (isCaseError(error, 'EVENT_NOT_ALLOWED') || isCaseError(error, 'CHANNEL_FORBIDDEN')) {
        return {
          intent: intent.kind,
          outcome: 'not-allowed',
          ...base,
          ...describe(view),
          detail: error.message,
        };
      }
      if (isCaseError(error))
        return { intent: intent.kind, outcome: 'refused', ...base, ...describe(view), detail: error.message };
      throw error;
    }
  }

  for (const intent of confident) {
    if (intent.kind === 'new-request') {
      actions.push(await openRequest(intent));
      continue;
    }
    const target = await targetOf(intent);
    if ('review' in target) {
      const isStatusMiss = intent.kind === 'status' && target.review === 'no-case';
      actions.push(
        isStatusMiss
          ? { intent: intent.kind, outcome: 'no-case' }
          : reviewOf(intent, target.review, target.refs ? { refs: target.refs } : {}),
      );
    } else if ('none' in target) {
      actions.push({ intent: intent.kind, outcome: 'no-case' });
    } else if ('status' in target) {
      for (const view of target.status.slice(0, options.maxStatusCases ?? 5)) {
        actions.push({ intent: 'status', outcome: 'read', ...describe(view) });
      }
    } else if (intent.kind === 'status') {
      actions.push({ intent: 'status', outcome: 'read', ...describe(target.case) });
    } else if ((CASE_INTENT_KINDS as readonly IntentKind[]).includes(intent.kind)) {
      actions.push(await applyToCase(intent as Intent & { kind: CaseIntentKind }, target.case));
    }
  }

  const toReview = actions.filter(
    (action) => action.outcome === 'review' || (action.outcome === 'no-case' && action.intent !== 'status'),
  );
  let review: CallSummary['review'];
  if (toReview.length > 0) {
    const reasons = [...new Set(toReview.map((action) => action.reason ?? 'no-case'))];
    review = { reasons };
    if (options.review !== false) {
      const input: HotlineReviewInput = {
        callId: transcript.callId,
        language,
        agentId,
        ...(reading.caller !== undefined ? { callerPhone: reading.caller } : {}),
        items: toReview.map((action) => ({
          intent: action.intent,
          reason: action.reason ?? 'no-case',
          confidence: reading.intents.find((intent) => intent.kind === action.intent)?.confidence ?? 0,
          ...(action.detail !== undefined || action.refs !== undefined
            ? { detail: action.detail ?? action.refs!.join(', ') }
            : {}),
        })),
        heardRefs: reading.references.map((ref) => ({ ref: ref.ref, valid: ref.valid })),
        excerpt: transcript.turns
          .filter((turn) => turn.speaker === 'caller')
          .map((turn) => turn.text)
          .join(' / ')
          .slice(0, 2000),
      };
      try {
        const item = await client.open({
          service: HOTLINE_REVIEW_SERVICE,
          input,
          citizen: { accountId: HOTLINE_REVIEW_QUEUE },
          via,
          idempotencyKey: `hotline:${transcript.callId}:review`,
        });
        review.ref = item.ref;
      } catch (error) {
        if (!isCaseError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
        review.error = error.message;
      }
    }
  }

  return {
    callId: transcript.callId,
    language,
    agentId,
    interpretation: reading,
    actions,
    ...(review ? { review } : {}),
    reply: replyScript(language, actions, review?.ref),
  };
}
