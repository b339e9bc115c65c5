import { CaseError } from '@onecase/core';
import { extractSlots } from './extractSlots.js';
import type { HotlineRules, IntentDetails, IntentKind } from './hotlineTypes.js';
import type { CallInterpretation, Evidence, Intent } from './callReading.js';
import type { Transcript } from './parseTranscript.js';
import { readTurns } from './readTurns.js';

/** One intent as a classifier (an NLU service, a model) reports it. */
export interface ClassifiedIntent {
  kind: IntentKind;
  /** 0–1; the hotline acts only at or above the rules' threshold. */
  confidence: number;
  /** Why: the words or turns the classifier relied on. */
  evidence?: readonly Evidence[];
  /** The turn the intent rests on (default: the caller's first turn); part of the idempotency key. */
  turn?: number;
  /** The service to open, or the one the caller spoke of. */
  service?: string;
  /** The case the classifier believes the intent is about: acted on only if the call's references allow it. */
  ref?: string;
  details?: Partial<IntentDetails>;
}

/**
 * Reads the intents of a call instead of the rules: given the transcript, the rules and the
 * rules' own reading (references, slots, flags), returns intents with evidence and confidence.
 * Whatever it returns, `handleCall` applies the safety rules (which references count, whose
 * case it is) before acting.
 */
export type CallClassifier = (call: {
  transcript: Transcript;
  rules: HotlineRules;
  reading: CallInterpretation;
}) => readonly ClassifiedIntent[] | Promise<readonly ClassifiedIntent[]>;

const KINDS: ReadonlySet<string> = new Set(['new-request', 'status', 'add-info', 'urge', 'withdraw', 'rate']);

function invalid(message: string, index: number): CaseError {
  return new CaseError('INVALID_INPUT', `classify: intent ${index} ${message}`, {
    field: `intents.${index}`,
  });
}

/**
 * Runs a classifier and turns its answer into the reading `handleCall` acts on; malformed
 * answers are refused (`CaseError` `INVALID_INPUT`) before anything is applied.
 *
 * @example
 * ```ts
 * const reading = await classifyCall(myModel, transcript, rules, interpretCall(transcript, rules));
 * ```
 */
export async function classifyCall(
  classify: CallClassifier,
  transcript: Transcript,
  rules: HotlineRules,
  reading: CallInterpretation,
): Promise<CallInterpretation> {
  const answer = await classify({ transcript, rules, reading });
  if (!Array.isArray(answer))
    throw new CaseError('INVALID_INPUT', 'classify must return an array of intents');
  const firstCaller = transcript.turns.find((turn) => turn.speaker === 'caller')?.index ?? 0;
  let turns: ReturnType<typeof readTurns> | undefined;
  const intents: Intent[] = answer.map((given: ClassifiedIntent, index) => {
    if (typeof given !== 'object' || given === null || !KINDS.has(given.kind))
      throw invalid('needs a kind among new-request, status, add-info, urge, withdraw, rate', index);
    if (typeof given.confidence !== 'number' || !(given.confidence >= 0 && given.confidence <= 1))
      throw invalid('needs a confidence between 0 and 1', index);
    const turn = given.turn ?? firstCaller;
    if (!Number.isInteger(turn) || turn < 0 || turn >= transcript.turns.length)
      throw invalid(`names turn ${String(turn)}, which the call does not have`, index);
    if (given.service !== undefined && !rules.service(given.service))
      throw invalid(`names service '${given.service}', which the rules do not know`, index);
    const service = given.service ?? reading.intents.find((i) => i.kind === given.kind)?.service;
    const ruled = reading.intents.find((i) => i.kind === given.kind);
    const details: IntentDetails = { ...(ruled?.details ?? { slots: {} }), ...given.details, slots: {} };
    details.slots = given.details?.slots ?? ruled?.details.slots ?? {};
    if (given.kind === 'new-request' && given.details?.slots === undefined && !ruled && service) {
      turns ??= readTurns(transcript);
      details.slots = extractSlots(turns, rules.service(service)?.slots);
    }
    return {
      kind: given.kind,
      confidence: given.confidence,
      evidence: [...(given.evidence ?? [])],
      turn,
      ...(service !== undefined ? { service } : {}),
      ...(typeof given.ref === 'string' ? { ref: given.ref.trim().toUpperCase() } : {}),
      details,
    };
  });
  return { ...reading, intents: intents.sort((a, b) => b.confidence - a.confidence) };
}
