import type {
  CallSlots,
  CompiledServiceRule,
  CueHit,
  HotlineRules,
  IntentDetails,
  IntentKind,
  Matcher,
} from './hotlineTypes.js';
import { CASE_INTENT_KINDS } from './hotlineTypes.js';
import { extractSlots, hasContent } from './extractSlots.js';
import { type CallReference, hearReferences } from './hearReferences.js';
import type { Language, Speaker, Transcript } from './parseTranscript.js';
import { readRating } from './readRating.js';
import { type NormalizedTurn, readTurns } from './readTurns.js';

/** One piece of evidence: which words of which turn matched which rule. */
export interface Evidence {
  turn: number;
  speaker: Speaker;
  /** The rule that matched (`'urge:催一下'`, `'noise-complaint:noisy'`, `'rate:score'`), or the classifier's label. */
  rule: string;
  /** The matched words. */
  match: string;
  /** How much it counted, after weighing who said it. */
  weight: number;
}

/** Something the caller wants, how sure the reading is and why. */
export interface Intent {
  kind: IntentKind;
  /** 0–1; the hotline acts only at or above the rules' threshold. */
  confidence: number;
  evidence: Evidence[];
  /** The turn the intent rests on; with the call id it makes the idempotency key. */
  turn: number;
  /** The service to open (new request) or the one the caller spoke of (a hint to find the case). */
  service?: string;
  /** The case this intent is about, when the call tells (a reference said in the same request). */
  ref?: string;
  details: IntentDetails;
}

/**
 * What a call shows beside its requests: the caller swore or insulted (`abuse`), urgency words
 * that did not urge a case (`urgency`), a question the agent answered during the call (`answered`).
 */
export type CallFlag = 'abuse' | 'urgency' | 'answered';

/** What a call is about: intents, references, the service spoken of and the slots. */
export interface CallInterpretation {
  callId: string;
  language: Language;
  /** The caller's verified phone: the number the call came from (the `Caller:` header); absent when withheld. */
  caller?: string;
  /** A mobile number the caller read out: a contact to call back, never proof of who is calling. */
  spokenPhone?: string;
  /** Intents with some evidence, most confident first; below the threshold they only go to review. */
  intents: Intent[];
  /** Every reference heard, once each; only those with `counts` may be acted on; `valid: false` ones failed their check character. */
  references: CallReference[];
  /** Services spoken of, most likely first. */
  services: { service: string; confidence: number; evidence: Evidence[] }[];
  slots: CallSlots;
  flags: CallFlag[];
}

export type { CallReference } from './hearReferences.js';

const FLOOR = 0.25;
const AGENT_STATEMENT = 0.6;
const AGENT_QUESTION = 0.3;
const AGENT_CONFIRMED = 0.85;
const SERVICE_FLOOR = 0.3;
const ZH_NEGATION = /[不没别勿]|无需|不用/;
const ZH_NOT_NEGATION = /对不起|不好意思|不客气|了不起|不少|不过|没事|不得了|受不了|不停|没完/g;
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
const MOBILE = /(?<![0-9])(1[3-9][0-9](?:[\s-]?[0-9]){8})(?![0-9])/;
// "怎么申请", "how do I apply": a question about a service, not an application.
const ENQUIRY_BEFORE =
  /(?:怎么|如何|怎样|哪里|在哪|能不能|可不可以|how (?:do|can|would|should|could) (?:i|we|you|one)|where (?:do|can|should) (?:i|we)|what do (?:i|we) need to|can (?:i|we)|is it possible to)\s*(?:\S+\s+)?$/;
// The agent records the question for an answer later, rather than answering it now.
const AGENT_RECORDS =
  /记录|登记|转给|转交|回复您|答复您|回电|给您回|核实后|note (?:it|that|your)|log (?:it|that|your)|pass (?:it|this|that) on|get back to you|call you back|forward|take (?:down )?the details|register/;
const ACKNOWLEDGES =
  /明白了|知道了|清楚了|懂了|了解了|好的谢谢|谢谢|那我去|\b(?:got it|i see|that helps|understood|thanks|thank you|great|perfect|brilliant|cheers)\b/;

function isNegated(turn: NormalizedTurn, index: number, latin: boolean): boolean {
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

/** How much each turn's words count: the caller's fully, the agent's less, a denied question not at all. */
function speakerWeight(turn: NormalizedTurn): number {
  if (turn.speaker === 'caller') return turn.pleasantry ? 0 : 1;
  if (!turn.asks) return AGENT_STATEMENT;
  if (turn.answer === 'no') return 0;
  return turn.answer === 'yes' ? AGENT_CONFIRMED : AGENT_QUESTION;
}

/** Evidence by owner (intent kind, service id, `existing`, `urgency`), from one pass over each turn's cue hits. */
function collect(turns: readonly NormalizedTurn[], rules: HotlineRules): Map<string, Evidence[]> {
  const byOwner = new Map<string, Evidence[]>();
  const add = (turn: NormalizedTurn, matcher: Matcher, hit: CueHit, weight: number) => {
    if (isNegated(turn, hit.index, /[a-z]/.test(hit.match[0] ?? ''))) return;
    if (
      matcher.owner === 'new-request' &&
      ENQUIRY_BEFORE.test(turn.lower.slice(Math.max(0, hit.index - 24), hit.index))
    )
      return;
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
  for (const turn of turns) {
    const weight = speakerWeight(turn);
    if (weight === 0) continue;
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

/** A mobile number the caller reads out: a contact, never an identity. */
function spokenPhone(turns: readonly NormalizedTurn[]): string | undefined {
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    const match = MOBILE.exec(turn.text);
    if (match) return match[1]!.replace(/[\s-]/g, '');
  }
  return undefined;
}

/**
 * A question the agent answered during the call: the caller asked, the agent explained (not
 * "I'll note it and get back to you") and the caller's last word acknowledges it.
 */
function answeredInCall(turns: readonly NormalizedTurn[], asked: number): boolean {
  const question = turns[asked];
  if (
    !question ||
    !/[?？吗呢]|怎么|如何|哪里|在哪|什么|\b(?:how|where|what|when|which|can i|do i)\b/.test(question.lower)
  )
    return false;
  const after = turns.slice(asked + 1);
  const explains = after.some(
    (t) =>
      t.speaker === 'agent' &&
      !t.asks &&
      t.text.length >= (/[\u4e00-\u9fff]/.test(t.text) ? 12 : 30) &&
      !AGENT_RECORDS.test(t.lower),
  );
  const records = after.some((t) => t.speaker === 'agent' && AGENT_RECORDS.test(t.lower));
  const last = [...after].reverse().find((t) => t.speaker === 'caller');
  return (
    explains && !records && last !== undefined && (last.pleasantry === true || ACKNOWLEDGES.test(last.lower))
  );
}

/**
 * Reads what a call is about — intents with their confidence and the words that matched,
 * the case references heard (with their check character verified and whether they count),
 * the service spoken of and its slots, and flags (abuse, urgency, a question answered in the
 * call) — without touching any case, so rules can be unit-tested on transcripts alone.
 *
 * @example
 * ```ts
 * const reading = interpretCall(parseTranscript(text), rules);
 * reading.intents[0]; // { kind: 'urge', confidence: 0.96, evidence: [{ rule: 'urge:催一下', … }], … }
 * ```
 */
export function interpretCall(transcript: Transcript, rules: HotlineRules): CallInterpretation {
  const turns = readTurns(transcript);
  const evidenceBy = collect(turns, rules);
  const flags = new Set<CallFlag>();
  if (turns.some((turn) => turn.speaker === 'caller' && turn.abuse)) flags.add('abuse');

  const references = hearReferences(turns, transcript, rules.prefixes);
  const counting = references.filter((ref) => ref.counts);
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
    evidenceOf[kind] = [...(evidenceBy.get(kind) ?? [])];
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
  const existing = evidenceBy.get('existing') ?? [];
  const strongNew = evidenceOf['new-request'].some((e) => e.speaker === 'caller' && e.weight >= 0.8);
  const chases = evidenceOf.urge.length > 0;
  // Urgency words urge a case only in a call about one; beside a new report they say how pressing it is.
  const urgency = evidenceBy.get('urgency') ?? [];
  if (urgency.length > 0) {
    const aboutOld = counting.length > 0 || existing.length > 0 || chases;
    const reportsNew = strongNew || (best !== undefined && !aboutOld);
    if (aboutOld || !reportsNew) evidenceOf.urge.push(...urgency);
    else flags.add('urgency');
  }

  const confidence = {} as Record<IntentKind, number>;
  for (const kind of Object.keys(evidenceOf) as IntentKind[]) confidence[kind] = combine(evidenceOf[kind]);
  const threshold = rules.threshold;
  // A rating without a score cannot be recorded: a human has to listen to it.
  if (!rating) confidence.rate = cap(confidence.rate, threshold * 0.75);

  const onCaseKinds = CASE_INTENT_KINDS.filter((kind) => confidence[kind] >= threshold);
  const onCase = onCaseKinds.length > 0;
  const aboutOldCase = counting.length > 0 || existing.length > 0 || onCase || confidence.status >= threshold;
  // "我之前投诉的噪音…进度" names a service but asks about an old case: only an explicit "I want to report" opens one.
  if (counting.length > 0 || (aboutOldCase && !strongNew)) {
    confidence['new-request'] = cap(confidence['new-request'], FLOOR * 0.9);
  } else if (best) {
    const fromService = best.evidence.map((e) => ({ ...e, weight: e.weight * 0.6 }));
    evidenceOf['new-request'].push(...fromService);
    confidence['new-request'] = combine(evidenceOf['new-request']);
  } else {
    // A complaint about something no service covers: an agent decides where it goes.
    confidence['new-request'] = cap(confidence['new-request'], threshold * 0.75);
  }
  if (confidence['new-request'] >= threshold) {
    const asked = anchorTurn(evidenceOf['new-request']);
    if (answeredInCall(turns, asked)) {
      confidence['new-request'] = cap(confidence['new-request'], FLOOR * 0.9);
      flags.add('answered');
    }
  }
  // A status question inside the same request as an action is that action's read-back; asked apart, it is its own request.
  if (onCase) {
    const actionTurns = new Set(
      onCaseKinds.flatMap((kind) =>
        evidenceOf[kind].filter((e) => e.speaker === 'caller').map((e) => e.turn),
      ),
    );
    const apart = evidenceOf.status.filter((e) => e.speaker === 'caller' && !actionTurns.has(e.turn));
    if (apart.length === 0) confidence.status = cap(confidence.status, FLOOR * 0.9);
  }

  const callerTurns = turns.filter((t) => t.speaker === 'caller' && !t.pleasantry);
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
    const sameTurn = counting.filter((ref) => ref.turn === turn);
    intents.push({
      kind,
      confidence: confidence[kind],
      evidence,
      turn,
      ...(best ? { service: best.service } : {}),
      ...(sameTurn.length === 1 && counting.length > 1 ? { ref: sameTurn[0]!.ref } : {}),
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
    flags: [...flags],
  };
  if (transcript.caller !== undefined) reading.caller = transcript.caller;
  const spoken = spokenPhone(turns);
  if (spoken !== undefined) reading.spokenPhone = spoken;
  return reading;
}
