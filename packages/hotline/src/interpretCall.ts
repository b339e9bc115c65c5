import {
  CASE_INTENT_KINDS,
  type CallSlots,
  type CueHit,
  type CompiledServiceRule,
  type HotlineRules,
  type IntentDetails,
  type IntentKind,
  type Matcher,
} from './defineHotlineRules.js';
import { extractSlots, hasContent, type NormalisedTurn } from './extractSlots.js';
import { findCaseRefs, type HeardCaseRef } from './findCaseRefs.js';
import { normalizeSpoken } from './normalizeSpoken.js';
import type { Language, Speaker, Transcript } from './parseTranscript.js';
import { readRating } from './readRating.js';

/** One piece of evidence: which words of which turn matched which rule. */
export interface Evidence {
  turn: number;
  speaker: Speaker;
  /** The rule that matched (`'urge:催一下'`, `'noise-complaint:noisy'`, `'rate:score'`). */
  rule: string;
  /** The matched words. */
  match: string;
  /** How much it counted, after weighing who said it. */
  weight: number;
}

/** Something the caller wants, how sure the rules are and why. */
export interface Intent {
  kind: IntentKind;
  /** 0–1; the hotline acts only at or above the rules' threshold. */
  confidence: number;
  evidence: Evidence[];
  /** The turn the intent rests on; with the call id it makes the idempotency key. */
  turn: number;
  /** The service to open (new request) or the one the caller spoke of (a hint to find the case). */
  service?: string;
  details: IntentDetails;
}

/** A case reference heard in a call, and where. */
export interface CallReference extends HeardCaseRef {
  turn: number;
  speaker: Speaker;
}

/** What a call is about: intents, references, the service spoken of and the slots. */
export interface CallInterpretation {
  callId: string;
  language: Language;
  /** The caller's phone: the number the call came from, else one the caller read out. */
  caller?: string;
  /** Intents with some evidence, most confident first; below the threshold they only go to review. */
  intents: Intent[];
  /** Every reference heard, once each; `valid: false` ones failed their check character. */
  references: CallReference[];
  /** Services spoken of, most likely first. */
  services: { service: string; confidence: number; evidence: Evidence[] }[];
  slots: CallSlots;
}

const FLOOR = 0.25;
const AGENT_STATEMENT = 0.6;
const AGENT_QUESTION = 0.3;
const AGENT_CONFIRMED = 0.85;
const SERVICE_FLOOR = 0.3;
const ZH_NEGATION = /[不没别勿]|无需|不用/;
const ZH_NOT_NEGATION = /对不起|不好意思|不客气|了不起|不少|不过|没事/g;
const EN_NEGATION = new Set([
  'not',
  "don't",
  'dont',
  "didn't",
  'never',
  "won't",
  "isn't",
  "wasn't",
  "doesn't",
  'no',
]);
const QUESTION =
  /[?？吗呢]\s*$|请问|是不是|是否|对吗|是吗|\b(?:do you|would you|are you|is it|did you|shall i|should i|can i)\b/;
const YES =
  /^(?:对|是|是的|对的|嗯对|没错|好|好的|可以|要|行)|^(?:yes|yeah|yep|right|correct|sure|ok|okay|please)(?![a-z])/;
const NO = /^(?:不|没有|别)|^(?:no|nope|not)(?![a-z])/;
const MOBILE = /(?<![0-9])(1[3-9][0-9](?:[\s-]?[0-9]){8})(?![0-9])/;

function isNegated(turn: NormalisedTurn, index: number, latin: boolean): boolean {
  if (index === 0) return false;
  if (!latin) {
    const zh = turn.lower.slice(Math.max(0, index - 4), index);
    return ZH_NEGATION.test(zh.replace(ZH_NOT_NEGATION, '').slice(-3));
  }
  // A negation among the three words before an English cue: "don't want to withdraw", "no need to cancel".
  const words = turn.lower
    .slice(Math.max(0, index - 30), index)
    .split(/\s+/)
    .slice(-4);
  return words.some((word) => EN_NEGATION.has(word));
}

function speakerWeights(turns: readonly NormalisedTurn[]): number[] {
  return turns.map((turn, i) => {
    if (turn.speaker === 'caller') return 1;
    if (!QUESTION.test(turn.lower)) return AGENT_STATEMENT;
    const answer = turns.slice(i + 1).find((t) => t.speaker === 'caller');
    if (!answer) return AGENT_QUESTION;
    if (NO.test(answer.lower)) return 0;
    return YES.test(answer.lower) ? AGENT_CONFIRMED : AGENT_QUESTION;
  });
}

/** Evidence by owner (intent kind, service id, `existing`), from one pass over each turn's cue hits. */
function collect(
  turns: readonly NormalisedTurn[],
  weights: readonly number[],
  rules: HotlineRules,
): Map<string, Evidence[]> {
  const byOwner = new Map<string, Evidence[]>();
  const add = (turn: NormalisedTurn, matcher: Matcher, hit: CueHit, weight: number) => {
    if (isNegated(turn, hit.index, /[a-z]/.test(hit.match[0] ?? ''))) return;
    const evidence = {
      turn: turn.index,
      speaker: turn.speaker,
      rule: matcher.label,
      match: hit.match,
      weight: matcher.weight * weight,
    };
    const list = byOwner.get(matcher.owner);
    if (list) list.push(evidence);
    else byOwner.set(matcher.owner, [evidence]);
  };
  for (let i = 0; i < turns.length; i++) {
    const weight = weights[i]!;
    if (weight === 0) continue;
    const turn = turns[i]!;
    for (const [matcher, hit] of rules.scan(turn.lower)) add(turn, matcher, hit, weight);
    for (const matcher of rules.patterns) {
      const hit = matcher.find(turn.text, turn.lower);
      if (hit) add(turn, matcher, hit, weight);
    }
  }
  return byOwner;
}

/** Independent pieces of evidence combine like independent chances: 1 − Π(1 − w). */
function combine(evidence: readonly Evidence[]): number {
  let miss = 1;
  for (const piece of evidence) miss *= 1 - Math.min(piece.weight, 0.99);
  return Math.round((1 - miss) * 1000) / 1000;
}

function anchorTurn(evidence: readonly Evidence[]): number {
  const caller = evidence.filter((e) => e.speaker === 'caller');
  return Math.min(...(caller.length > 0 ? caller : evidence).map((e) => e.turn));
}

function cap(value: number, limit: number): number {
  return Math.min(value, Math.round(limit * 1000) / 1000);
}

/** A mobile number the caller reads out, for calls whose number is withheld. */
function spokenPhone(turns: readonly NormalisedTurn[]): string | undefined {
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    const match = MOBILE.exec(turn.text);
    if (match) return match[1]!.replace(/[\s-]/g, '');
  }
  return undefined;
}

/**
 * Reads what a call is about — intents with their confidence and the words that matched,
 * the case references heard (with their check character verified), the service spoken of
 * and its slots — without touching any case, so rules can be unit-tested on transcripts alone.
 *
 * @example
 * ```ts
 * const reading = interpretCall(parseTranscript(text), rules);
 * reading.intents[0]; // { kind: 'urge', confidence: 0.96, evidence: [{ rule: 'urge:催一下', … }], … }
 * ```
 */
export function interpretCall(transcript: Transcript, rules: HotlineRules): CallInterpretation {
  const turns: NormalisedTurn[] = transcript.turns.map((turn) => {
    const text = normalizeSpoken(turn.text);
    return { index: turn.index, speaker: turn.speaker, text, lower: text.toLowerCase() };
  });
  const weights = speakerWeights(turns);
  const evidenceBy = collect(turns, weights, rules);

  const references: CallReference[] = [];
  const seen = new Set<string>();
  const hear = (found: HeardCaseRef[], turn: number, speaker: Speaker) => {
    for (const ref of found) {
      if (seen.has(ref.ref)) continue;
      seen.add(ref.ref);
      references.push({ ...ref, turn, speaker });
    }
  };
  if (transcript.regarding !== undefined)
    hear(findCaseRefs(normalizeSpoken(transcript.regarding), rules.prefixes), -1, 'agent');
  for (const turn of turns) hear(findCaseRefs(turn.text, rules.prefixes), turn.index, turn.speaker);
  const refTexts = references.map((r) => r.heard);
  const strip = (text: string) =>
    refTexts
      .reduce((out, heard) => out.split(heard).join(' '), text)
      .replace(/\s+/g, ' ')
      .trim();

  const services = rules.services
    .map((rule) => {
      const evidence = evidenceBy.get(rule.service) ?? [];
      return { service: rule.service, confidence: combine(evidence), evidence };
    })
    .filter((s) => s.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  const best = services[0] && services[0].confidence >= SERVICE_FLOOR ? services[0] : undefined;
  const bestRule: CompiledServiceRule | undefined = best ? rules.service(best.service) : undefined;

  const evidenceOf = {} as Record<IntentKind, Evidence[]>;
  for (const kind of Object.keys(rules.intents) as IntentKind[]) {
    evidenceOf[kind] = evidenceBy.get(kind) ?? [];
  }
  const rating = readRating(turns);
  if (rating) {
    evidenceOf.rate.push({
      turn: rating.turn,
      speaker: 'caller',
      rule: 'rate:score',
      match: rating.match,
      weight: 0.8,
    });
  }
  const confidence = {} as Record<IntentKind, number>;
  for (const kind of Object.keys(evidenceOf) as IntentKind[]) confidence[kind] = combine(evidenceOf[kind]);
  const threshold = rules.threshold;
  // A rating without a score cannot be recorded: a human has to listen to it.
  if (!rating) confidence.rate = cap(confidence.rate, threshold * 0.75);

  const existing = evidenceBy.get('existing') ?? [];
  const strongNew = evidenceOf['new-request'].some((e) => e.speaker === 'caller' && e.weight >= 0.8);
  const onCase = CASE_INTENT_KINDS.some((kind) => confidence[kind] >= threshold);
  const aboutOldCase =
    references.length > 0 || existing.length > 0 || onCase || confidence.status >= threshold;
  // "我之前投诉的噪音…进度" names a service but asks about an old case: only an explicit "I want to report" opens one.
  if (references.length > 0 || (aboutOldCase && !strongNew)) {
    confidence['new-request'] = cap(confidence['new-request'], FLOOR * 0.9);
  } else if (best) {
    const fromService = best.evidence.map((e) => ({ ...e, weight: e.weight * 0.6 }));
    evidenceOf['new-request'].push(...fromService);
    confidence['new-request'] = combine(evidenceOf['new-request']);
  } else {
    // A complaint about something no service covers: an agent decides where it goes.
    confidence['new-request'] = cap(confidence['new-request'], threshold * 0.75);
  }
  // Every reply reads the case back, so asking about it beside acting on it is the same call.
  if (onCase) confidence.status = cap(confidence.status, FLOOR * 0.9);

  const callerTurns = turns.filter((t) => t.speaker === 'caller');
  const textOf = (index: number) => strip(turns[index]?.text ?? '');
  const intents: Intent[] = [];
  let slots: CallSlots = {};
  for (const kind of Object.keys(confidence) as IntentKind[]) {
    if (confidence[kind] < FLOOR || evidenceOf[kind].length === 0) continue;
    const evidence = evidenceOf[kind];
    const turn = kind === 'rate' && rating ? rating.turn : anchorTurn(evidence);
    const details: IntentDetails = { slots: {} };
    if (kind === 'new-request') {
      slots = extractSlots(turns, bestRule?.slots, strip);
      details.slots = slots;
    } else if (kind === 'add-info') {
      const from = callerTurns
        .filter((t) => t.index >= turn)
        .map((t) => strip(t.text))
        .filter(hasContent);
      const note = from.slice(0, 3).join(' ').slice(0, 1000);
      if (note.length > 0) details.note = note;
    } else if (kind === 'urge') {
      const note = textOf(turn).slice(0, 500);
      if (hasContent(note)) details.note = note;
    } else if (kind === 'withdraw') {
      const reason = textOf(turn).slice(0, 500);
      if (hasContent(reason)) details.reason = reason;
    } else if (kind === 'rate' && rating) {
      details.score = rating.score;
      if (rating.comment !== undefined) details.comment = strip(rating.comment);
    }
    intents.push({
      kind,
      confidence: confidence[kind],
      evidence,
      turn,
      ...(best ? { service: best.service } : {}),
      details,
    });
  }
  intents.sort((a, b) => b.confidence - a.confidence);
  const reading: CallInterpretation = {
    callId: transcript.callId,
    language: transcript.language,
    intents,
    references,
    services,
    slots,
  };
  const caller = transcript.caller ?? spokenPhone(turns);
  if (caller !== undefined) reading.caller = caller;
  return reading;
}
