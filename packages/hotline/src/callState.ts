import type { CallFlag, CallInterpretation, Evidence } from './callReading.js';
import { clauseOf } from './assignReferences.js';
import { collectEvidence, combine } from './collectEvidence.js';
import type { CallReference } from './hearReferences.js';
import { hearReferences } from './hearReferences.js';
import type { CallSlots, CompiledServiceRule, HotlineRules, IntentKind } from './hotlineTypes.js';
import type { Transcript } from './parseTranscript.js';
import type { HeardRating } from './readRating.js';
import { type NormalizedTurn, readTurns } from './readTurns.js';

/** Below this an intent is not reported at all; at or above the rules' threshold it is acted on. */
export const FLOOR = 0.25;
/** A service spoken of this strongly is the call's service. */
export const SERVICE_FLOOR = 0.3;

export type ServiceScore = CallInterpretation['services'][number];

/**
 * One call as it is being read: what each stage of `interpretCall` found, for the stages after it.
 * The stages run in order (start → case evidence → enquiry → new report or filed case → weights →
 * intents → settle → standing); each reads what the ones before it left and adds its own part.
 */
export interface CallState {
  transcript: Transcript;
  rules: HotlineRules;
  turns: NormalizedTurn[];
  /** The evidence of each cue owner (intent, service, `existing`, `urgency`, `denied`) as heard. */
  evidenceBy: Map<string, Evidence[]>;
  /** Each intent's evidence as the stages weigh it (take-backs dropped, corrections added …). */
  evidenceOf: Record<IntentKind, Evidence[]>;
  flags: Set<CallFlag>;
  references: CallReference[];
  /** The references that count (said by the caller, or read by the agent and confirmed). */
  counting: CallReference[];
  /** A turn's text without the references said in it. */
  strip: (text: string) => string;
  /** The services spoken of, strongest first, and the one the call is about. */
  services: ServiceScore[];
  best: ServiceScore | undefined;
  bestRule: CompiledServiceRule | undefined;
  rating: HeardRating | undefined;
  /** The caller speaking of (or confirming) a case filed before. */
  existing: Evidence[];
  /** The caller's turns that are more than pleasantries. */
  callerTurns: NormalizedTurn[];
  /** Whether a turn asks how, where or whether (an enquiry), tested once per turn. */
  asks: (turn: number) => boolean;
  /** The caller reports something new outright (not a question about a filed case). */
  strongNew: boolean;
  slots: CallSlots;
}

/** Reads the turns, the evidence, the references and the services of a call: the first stage. */
export function startReading(transcript: Transcript, rules: HotlineRules): CallState {
  const turns = readTurns(transcript);
  const evidenceBy = collectEvidence(turns, rules);
  const flags = new Set<CallFlag>();
  if (turns.some((turn) => turn.speaker === 'caller' && turn.abuse)) flags.add('abuse');

  const references = hearReferences(turns, transcript, rules.prefixes);
  const refTexts = references.map((r) => r.heard);
  // Turn texts are normalized already (single spaces, trimmed): only cutting a reference out needs tidying.
  const strip = (text: string) => {
    let out = text;
    for (const heard of refTexts)
      if (out.includes(heard)) out = out.split(heard).join(' ').replace(/\s+/g, ' ').trim();
    return out;
  };

  const services = rules.services
    .map((rule) => {
      const evidence = evidenceBy.get(rule.service) ?? [];
      return { service: rule.service, confidence: combine(evidence), evidence };
    })
    .filter((s) => s.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  const best = services[0] && services[0].confidence >= SERVICE_FLOOR ? services[0] : undefined;

  const evidenceOf = {} as Record<IntentKind, Evidence[]>;
  for (const kind of Object.keys(rules.intents) as IntentKind[]) {
    evidenceOf[kind] = evidenceBy.get(kind)?.slice() ?? [];
  }
  return {
    transcript,
    rules,
    turns,
    evidenceBy,
    evidenceOf,
    flags,
    references,
    counting: references.filter((ref) => ref.counts),
    strip,
    services,
    best,
    bestRule: best ? rules.service(best.service) : undefined,
    rating: undefined,
    existing: [],
    callerTurns: turns.filter((t) => t.speaker === 'caller' && !t.pleasantry),
    asks: () => false,
    strongNew: false,
    slots: {},
  };
}

/** The call speaks of a case filed before: a reference that counts, or the caller's words. */
export function aboutFiledCase(state: CallState): boolean {
  return state.existing.length > 0 || state.counting.length > 0;
}

/** The request a piece of evidence belongs to: its turn and its clause in that turn. */
export function requestOf(turns: readonly NormalizedTurn[], e: Evidence): string {
  return `${e.turn}:${clauseOf(turns[e.turn]?.text ?? '', e.at ?? 0)}`;
}

/** The pieces of evidence the caller said. */
export function callerEvidence(evidence: readonly Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence) if (e.speaker === 'caller') out.push(e);
  return out;
}

export function cap(value: number, limit: number): number {
  return Math.min(value, Math.round(limit * 1000) / 1000);
}
