import { type CaseView, isCaseError, type RouterClient, type Via } from '@onecase/core';
import { type CallClassifier, classifyCall } from './callClassifier.js';
import { casesOf, findTarget, type TargetContext } from './callTarget.js';
import { designates } from './caseTopic.js';
import { HOTLINE_REVIEW_QUEUE, HOTLINE_REVIEW_SERVICE, type ReviewReason } from './hotlineReview.js';
import {
  CASE_INTENT_KINDS,
  type CaseIntentKind,
  type HotlineRules,
  type IntentKind,
} from './hotlineTypes.js';
import type { CallInterpretation, Intent } from './callReading.js';
import { interpretCall } from './interpretCall.js';
import { mayMeanReadCase, OTHER, settleWaiting, type WaitingRequest } from './readCaseFollowUp.js';
import type { Language, Transcript } from './parseTranscript.js';
import { localeOf } from './hotlinePhrases.js';
import { type CallAction, replyScript } from './replyScript.js';
import { reviewInputOf } from './reviewInput.js';
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
  /**
   * Reads the call's intents instead of the rules (an NLU service, a model); the safety rules
   * (which references count, whose case it is) apply whatever it returns.
   */
  classify?: CallClassifier;
  /**
   * The router secret: seals the callback number of a review item (AES-256-GCM) and keys the
   * hash of the caller's phone. Without it a review item keeps no callback number at all.
   */
  secret?: string;
}

/** What a call led to: the reading, each action, the review item and the agent's reply script. */
export interface CallSummary {
  callId: string;
  language: Language;
  agentId: string;
  interpretation: CallInterpretation;
  actions: CallAction[];
  /** What the call showed beside its requests (abuse, urgency words that urged nothing). */
  flags: CallInterpretation['flags'];
  /** The review item opened for a human, with every reason; `error` when it could not be opened. */
  review?: { ref?: string; reasons: ReviewReason[]; error?: string };
  /** What the agent reads to the caller, in the caller's language. */
  reply: string[];
}

function reviewOf(intent: Intent, reason: ReviewReason, extra: Partial<CallAction> = {}): CallAction {
  return { intent: intent.kind, outcome: 'review', reason, ...extra };
}

/**
 * Handles one call end to end: reads it with `interpretCall` (or `options.classify`), then
 * through any `RouterClient` (as channel `hotline`, actor the agent) opens new cases, reads
 * status, adds information, urges, withdraws or records ratings — with idempotency keys made of
 * the call id and the turn, so handling the same call again changes nothing. The safety
 * contract holds whatever the classifier says: only references the caller said or confirmed
 * count, a case is changed or read back only when it is the verified caller's or its reference
 * came from the caller, and everything else (low confidence, a misread reference, several
 * cases, abuse, no request at all) becomes one review item for a human, with identifiers
 * redacted and the callback number sealed. When the store is unavailable it throws
 * (`CaseError` `STORE_UNAVAILABLE`) and the whole call can be handled again later.
 *
 * @example
 * ```ts
 * const summary = await handleCall(router, parseTranscript(text), rules, { secret });
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
  const ruled = interpretCall(transcript, rules);
  const reading = options.classify ? await classifyCall(options.classify, transcript, rules, ruled) : ruled;
  const language = reading.language;
  const agentId = options.agentId ?? transcript.agentId ?? 'hotline-agent';
  const channel = options.channel ?? 'hotline';
  const via: Via = { channel, actor: { id: agentId, role: 'agent' } };
  const textOf = (intent: Intent) =>
    intent.evidence
      .filter((e) => e.speaker === 'caller')
      .map((e) => transcript.turns[e.turn]?.text ?? '')
      .join(' ');
  // The caller's turn the intent rests on, counted among the caller's turns only: the same call
  // handled again with an agent turn more or less (a greeting) keeps its keys.
  const callerTurn = (turn: number) =>
    transcript.turns.filter((t, i) => i < turn && t.speaker === 'caller').length;
  const keyOf = (intent: Intent, what: string) =>
    `hotline:${transcript.callId}:c${callerTurn(intent.turn)}:${what}`;
  const titleOf = (service: string) => rules.service(service)?.title[language] ?? service;
  const stateOf = (view: CaseView) =>
    stateLabel(rules.service(view.service.id), view.state.value, language, rules.phrases[localeOf(language)]);
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

  let callerCases: Promise<CaseView[]> | undefined;
  // A case this call opened is not one the caller asks after, chases or adds to in the same call.
  const openedHere = new Set<string>();
  const context: TargetContext = {
    client,
    rules,
    reading,
    channel,
    ...(options.regarding !== undefined ? { regarding: options.regarding } : {}),
    keyOf: (intent) => keyOf(intent, intent.kind),
    casesOfCaller: async () => {
      callerCases ??= casesOf(client, reading.caller);
      return (await callerCases).filter((view) => !openedHere.has(view.ref));
    },
  };

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
        // Only the number the call came from files the case under a citizen; one read out could be anyone's.
        ...(reading.caller !== undefined ? { citizen: { phone: reading.caller } } : {}),
        via,
        idempotencyKey: keyOf(intent, 'open'),
      });
      openedHere.add(view.ref);
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
      // An event the case does not let this channel send now is not for the hotline to do, whatever the router called it.
      const refused =
        isCaseError(error, 'EVENT_NOT_ALLOWED') ||
        isCaseError(error, 'CHANNEL_FORBIDDEN') ||
        !(view.allowed[channel] ?? []).includes(event.type);
      if (isCaseError(error)) {
        const outcome = refused ? 'not-allowed' : 'refused';
        return { intent: intent.kind, outcome, ...base, ...describe(view), detail: error.message };
      }
      throw error;
    }
  }

  // Neither read back nor changed: a human calls back on a channel that can verify the caller.
  const unverified = (intent: Intent, refs?: string[]): CallAction =>
    reviewOf(intent, 'not-verified', refs ? { refs } : {});

  // "I want to report … — actually, withdraw it": an action said after a new request of this call
  // may be about that request, which no action may touch in the call that opened it.
  const firstNew = Math.min(...confident.filter((i) => i.kind === 'new-request').map((i) => i.turn));
  // Where in that turn the new request was first said ("I want to report … Actually no, withdraw it").
  const newAt = Math.min(
    ...confident
      .filter((i) => i.kind === 'new-request')
      .flatMap((i) =>
        i.evidence.filter((e) => e.speaker === 'caller' && e.turn === firstNew && e.weight >= 0.8),
      )
      .map((e) => e.at ?? Number.POSITIVE_INFINITY),
  );
  const saidAfterNew = (intent: Intent) => {
    if (intent.turn !== firstNew) return intent.turn > firstNew;
    const there = intent.evidence.filter((e) => e.speaker === 'caller' && e.turn === firstNew);
    return there.length > 0 && there.every((e) => (e.at ?? -1) > newAt);
  };
  const heardCase = reading.references.some((ref) => ref.counts);
  const afterNew = (intent: Intent) =>
    intent.kind !== 'status' &&
    saidAfterNew(intent) &&
    !heardCase &&
    (intent.topic === undefined || !designates(intent.topic));

  const unnamed: WaitingRequest[] = [];
  for (const intent of confident) {
    if (intent.kind === 'new-request') {
      actions.push(await openRequest(intent));
      continue;
    }
    if (afterNew(intent)) {
      actions.push(reviewOf(intent, 'several-cases'));
      continue;
    }
    const target = await findTarget(intent, context);
    // A later request that names no case may be about the one case this call reads back — settled
    // once every request of the call is through.
    const mayMean = mayMeanReadCase(intent, target, textOf(intent));
    if (mayMean) {
      const left = 'case' in target ? target.case : undefined;
      unnamed.push({
        intent: intent as Intent & { kind: CaseIntentKind },
        at: actions.length,
        refs: mayMean,
        left,
      });
      // The one case left is acted on only once it is known the call read back no other.
      if (left) {
        actions.push(reviewOf(intent, 'several-cases'));
        continue;
      }
    }
    if ('review' in target) {
      // A verified caller asking after a case their number does not hold: a person looks it up (another number, a name).
      const isStatusMiss =
        intent.kind === 'status' && target.review === 'no-case' && reading.caller === undefined;
      actions.push(
        isStatusMiss
          ? { intent: intent.kind, outcome: 'no-case' }
          : reviewOf(intent, target.review, target.refs ? { refs: target.refs } : {}),
      );
    } else if ('cases' in target) {
      for (const view of target.cases)
        actions.push(await applyToCase(intent as Intent & { kind: CaseIntentKind }, view));
    } else if ('unverified' in target) {
      actions.push(unverified(intent));
    } else if ('none' in target) {
      actions.push(
        intent.kind === 'status' && reading.caller === undefined
          ? { intent: 'status', outcome: 'no-case' }
          : reviewOf(intent, 'no-case'),
      );
    } else if ('status' in target) {
      for (const { view, authorized } of target.status.slice(0, options.maxStatusCases ?? 5)) {
        actions.push(
          authorized ? { intent: 'status', outcome: 'read', ...describe(view) } : unverified(intent),
        );
      }
    } else if (!target.authorized) {
      actions.push(unverified(intent, [target.case.ref]));
    } else if (intent.kind === 'status') {
      actions.push({ intent: 'status', outcome: 'read', ...describe(target.case) });
    } else if ((CASE_INTENT_KINDS as readonly IntentKind[]).includes(intent.kind)) {
      actions.push(await applyToCase(intent as Intent & { kind: CaseIntentKind }, target.case));
    }
  }

  // The one case the call read back, for a request said after its status was asked that named none.
  await settleWaiting(unnamed, actions, confident, (ref) => client.get(ref), applyToCase);

  // "My other complaint": not the case this call already rated or acted on, when another remains to read.
  const otherAsked = confident.some((intent) => intent.kind === 'status' && OTHER.test(textOf(intent)));
  if (otherAsked) {
    const acted = new Set(actions.filter((a) => a.intent !== 'status' && a.ref).map((a) => a.ref));
    const reads = actions.filter((a) => a.intent === 'status' && a.outcome === 'read');
    if (reads.some((a) => !acted.has(a.ref)))
      actions.splice(0, actions.length, ...actions.filter((a) => !(reads.includes(a) && acted.has(a.ref))));
  }

  const toReview = actions.filter(
    (action) => action.outcome === 'review' || (action.outcome === 'no-case' && action.intent !== 'status'),
  );
  const callReasons: ReviewReason[] = [];
  if (reading.flags.includes('abuse')) callReasons.push('abuse');
  if (reading.intents.length === 0) callReasons.push('no-request');
  let review: CallSummary['review'];
  if (toReview.length > 0 || callReasons.length > 0) {
    const reasons = [...new Set([...toReview.map((action) => action.reason ?? 'no-case'), ...callReasons])];
    review = { reasons };
    if (options.review !== false) {
      const input = reviewInputOf({
        transcript,
        reading,
        agentId,
        toReview,
        callReasons,
        ...(options.secret !== undefined ? { secret: options.secret } : {}),
      });
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
    flags: reading.flags,
    ...(review ? { review } : {}),
    reply: replyScript(language, actions, review?.ref, rules.phrases[localeOf(language)]),
  };
}
