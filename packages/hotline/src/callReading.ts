import type { CallSlots, IntentDetails, IntentKind } from './hotlineTypes.js';
import type { CallReference } from './hearReferences.js';
import type { Language, Speaker } from './parseTranscript.js';

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
  /** Where in the turn's normalized text it matched. */
  at?: number;
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
  /**
   * The words of the call that say which case the intent is about ("the generator one, not the
   * dog"): the caller's turns that carry it and the agent's read-backs the caller confirmed. With
   * several cases and no reference, they pick the one case whose own text alone they match.
   */
  topic?: string;
  details: IntentDetails;
}

/**
 * What a call shows beside its requests: the caller swore or insulted (`abuse`), or said
 * urgency words that did not urge a case (`urgency`: "please hurry" while reporting something new).
 */
export type CallFlag = 'abuse' | 'urgency';

/** What a call is about: intents, references, the service spoken of and the slots. */
export interface CallInterpretation {
  callId: string;
  language: Language;
  /** The caller's verified phone: the number the call came from (the `Caller:` header); absent when withheld. */
  caller?: string;
  /** A mobile number the caller read out: a contact to call back, never proof of who is calling. */
  spokenPhone?: string;
  /**
   * The caller said the phone is not theirs ("我用的是邻居的手机"): its number verifies nobody, so
   * `caller` is absent and nothing is read or changed for them.
   */
  borrowedPhone?: true;
  /**
   * The caller speaks for someone else ("I'm calling for my dad", "我替我母亲打的", "that my flatmate
   * made"): without a reference from them, the number's own cases are no stand-in for that person's.
   */
  forSomeoneElse?: true;
  /**
   * The caller says the case is a complaint about them ("the one my neighbour filed about me", "有人投诉
   * 我们KTV"): saying its reference lets them neither act on it nor hear how it stands.
   */
  complainedAbout?: true;
  /**
   * The agent's words for one of the caller's cases that the caller said is not the one ("我这边看您这个号码下有
   * 一件…装修的噪音投诉，是这件吗？" — "不是不是，那个是我自己家的事儿"): the case they describe is not this call's.
   */
  deniedDescriptions?: string[];
  /** Intents with some evidence, most confident first; below the threshold they only go to review. */
  intents: Intent[];
  /** Every reference heard, once each; only those with `counts` may be acted on; `valid: false` ones failed their check character. */
  references: CallReference[];
  /** Services spoken of, most likely first. */
  services: { service: string; confidence: number; evidence: Evidence[] }[];
  slots: CallSlots;
  flags: CallFlag[];
}
