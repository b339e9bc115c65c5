import { citizenKeys, sealValue } from '@onecase/core';
import type { HotlineReviewInput, ReviewReason } from './hotlineReview.js';
import type { CallInterpretation } from './callReading.js';
import { normalizeSpoken } from './normalizeSpoken.js';
import type { Transcript } from './parseTranscript.js';
import { redactIdentifiers } from './redactIdentifiers.js';
import type { CallAction } from './replyScript.js';

/** What a review item is built from. */
export interface ReviewInputSource {
  transcript: Transcript;
  reading: CallInterpretation;
  agentId: string;
  /** The actions a human must look at. */
  toReview: readonly CallAction[];
  /** Reasons about the call as a whole (abuse, no request). */
  callReasons: readonly ReviewReason[];
  /** The router secret; without it no callback number is kept. */
  secret?: string;
}

/**
 * Builds the input of a review item so that nothing in it identifies the caller in clear:
 * the callback number sealed with the router secret, the caller's phone otherwise only as a
 * keyed hash, and phone and ID numbers redacted from the excerpt and the details.
 *
 * @example
 * ```ts
 * const input = reviewInputOf({ transcript, reading, agentId, toReview, callReasons: [], secret });
 * ```
 */
export function reviewInputOf(source: ReviewInputSource): HotlineReviewInput {
  const { transcript, reading, secret } = source;
  const callback = reading.caller ?? reading.spokenPhone;
  const confidenceOf = (intent: string) =>
    reading.intents.find((candidate) => candidate.kind === intent)?.confidence ?? 0;
  const items: HotlineReviewInput['items'] = source.toReview.map((action) => {
    const detail = action.detail ?? action.refs?.join(', ');
    return {
      intent: action.intent,
      reason: action.reason ?? 'no-case',
      confidence: confidenceOf(action.intent),
      ...(detail !== undefined ? { detail: redactIdentifiers(detail) } : {}),
    };
  });
  for (const reason of source.callReasons) items.push({ intent: 'call', reason, confidence: 1 });
  return {
    callId: transcript.callId,
    language: reading.language,
    agentId: source.agentId,
    ...(secret !== undefined && callback !== undefined
      ? { callback: sealValue(secret, callback), callbackVerified: reading.caller !== undefined }
      : {}),
    ...(secret !== undefined && reading.caller !== undefined
      ? { callerKey: citizenKeys(secret, { phone: reading.caller })[0]! }
      : {}),
    items,
    heardRefs: reading.references.map((ref) => ({ ref: ref.ref, valid: ref.valid })),
    excerpt: redactIdentifiers(
      transcript.turns
        .filter((turn) => turn.speaker === 'caller')
        .map((turn) => normalizeSpoken(turn.text))
        .join(' / '),
    ).slice(0, 2000),
  };
}
