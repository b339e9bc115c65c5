import type { AnyCaseCommandEvent, ServiceLabelSet } from '@onecase/core';
import type { HotlineLocale, HotlinePhrases } from './hotlinePhrases.js';
import type { Transcript } from './parseTranscript.js';

/** What a caller can want from the hotline. */
export type IntentKind = 'new-request' | 'status' | 'add-info' | 'urge' | 'withdraw' | 'rate';

/** The intents that send an event to an existing case. */
export type CaseIntentKind = 'add-info' | 'urge' | 'withdraw' | 'rate';

/**
 * The intents that send an event to an existing case, in a stable order.
 *
 * @example
 * ```ts
 * CASE_INTENT_KINDS.includes(intent.kind as CaseIntentKind);
 * ```
 */
export const CASE_INTENT_KINDS: readonly CaseIntentKind[] = ['add-info', 'urge', 'withdraw', 'rate'];

/** Words (Chinese, English) and patterns that point at an intent or a service, and how strongly. */
export interface CueSet {
  /** Chinese words, matched as substrings. */
  zh?: readonly string[];
  /** English words or phrases, matched case-insensitively on word boundaries. */
  en?: readonly string[];
  /** Patterns tried on the normalized text of each turn. */
  patterns?: readonly RegExp[];
  /** How much one match raises the confidence, 0–1 (default 0.8). */
  weight?: number;
}

/** Slots found in a call (address, time, description and a service's own), by name. */
export type CallSlots = Record<string, string | undefined>;

/** What an intent carries from the call into the event that applies it. */
export interface IntentDetails {
  /** The caller's words for add-info and urge. */
  note?: string;
  /** Why the caller withdraws. */
  reason?: string;
  /** Satisfaction 1–5 for a rating. */
  score?: number;
  comment?: string;
  slots: CallSlots;
}

/** Builds the event an intent sends to a case; `undefined` when the service cannot take it. */
export type EventMapper = (details: IntentDetails) => AnyCaseCommandEvent | undefined;

/** Builds a service's `open()` input from the slots; `undefined` when something required is missing. */
export type InputMapper = (slots: CallSlots, call: Transcript) => Record<string, unknown> | undefined;

/** A label read to the caller, in both languages. */
export interface Spoken {
  zh: string;
  en: string;
}

/** How the hotline recognizes one service and turns a call into its input and events. */
export interface ServiceRule {
  /**
   * The service (from `defineService`), or its id when the rules are kept apart from it. A
   * service with `labels` gives the hotline its title and state labels in zh-CN and en.
   */
  service: string | { id: string; refPrefix: string; labels?: ServiceLabelSet };
  /** The service's reference prefix, so references heard in calls are recognized; taken from the service when it is given. */
  refPrefix?: string;
  /** How the hotline names the service; taken from the service's labels when it has them. */
  title?: Spoken;
  /** Words and patterns that select this service. */
  cues: CueSet | readonly CueSet[];
  /** Extra slot patterns (first capture group, or the whole match); they win over the built-in ones. */
  slots?: Record<string, readonly RegExp[]>;
  /** The `open()` input: input field → slot name, or a function of the slots; `null` when the hotline does not open this service. */
  input: Record<string, string> | InputMapper | null;
  /** Per-intent event builders replacing the shared ones; `null` when the service has no such event. */
  events?: Partial<Record<CaseIntentKind, EventMapper | null>>;
  /**
   * The service takes questions (an enquiry service): a caller who asks how, where or whether
   * ("怎么办理…", "can I…?") without asking for anything to be done is an enquiry for it, even
   * when the question names another service.
   */
  takesQuestions?: boolean;
  /**
   * How each state (its value, nested ones joined by dots) is read back to the caller; the
   * service's state labels are used for every state not named here.
   */
  states?: Record<string, Spoken>;
}

/** Configuration of `defineHotlineRules`. */
export interface HotlineRulesConfig {
  services: readonly ServiceRule[];
  /** Extra cues per intent, added to `DEFAULT_INTENT_CUES`. */
  intents?: Partial<Record<IntentKind, readonly CueSet[]>>;
  /** Shared event builders replacing the default ones ('info.add', 'case.urge', 'case.withdraw', 'visit.rate'). */
  events?: Partial<Record<CaseIntentKind, EventMapper>>;
  /** Confidence an intent needs before the hotline acts on it (default 0.6); below it a human reviews the call. */
  threshold?: number;
  /** Rewords the hotline's own phrases (`HOTLINE_PHRASES`) per locale. */
  phrases?: Partial<Record<HotlineLocale, Partial<HotlinePhrases>>>;
}

/** Where a cue matched in a turn. */
export interface CueHit {
  index: number;
  match: string;
}

/** One compiled cue: finds its first match in a turn. */
export interface Matcher {
  /** What matched, for the evidence (`'urge:催办'`). */
  label: string;
  /** The intent kind, service id, `existing` or `urgency` the cue belongs to. */
  owner: string;
  weight: number;
  /** The lower-cased phrase of a word cue (absent for patterns); `HotlineRules.scan` finds all of them in one pass. */
  phrase?: string;
  /** For a pattern: the script its words are written in, so it is tried only on turns that have it. */
  script?: 'han' | 'latin';
  /** Finds the first match in the normalized text (`lower` is the same text lower-cased), at or after `from`. */
  find(text: string, lower: string, from?: number): CueHit | undefined;
  /** For a pattern: the literals it cannot match without (any one of them), searched in `lower` when `folded`. */
  needs?: { literals: readonly string[]; folded: boolean };
  /** For a pattern: `find` without testing `needs` first (for a turn `HotlineRules.patternsIn` already chose it for). */
  exec?(text: string, from?: number): CueHit | undefined;
}

/** A service rule ready to match. */
export interface CompiledServiceRule
  extends Omit<ServiceRule, 'service' | 'refPrefix' | 'cues' | 'input' | 'events' | 'title' | 'states'> {
  /** The service id. */
  service: string;
  title: Spoken;
  /** The rule's state labels over the service's own. */
  states: Record<string, Spoken>;
  refPrefix: string;
  matchers: readonly Matcher[];
  input: InputMapper | null;
  events: Record<CaseIntentKind, EventMapper | null>;
}

/** Rules made by `defineHotlineRules`: compiled once, used for every call. */
export interface HotlineRules {
  readonly threshold: number;
  readonly services: readonly CompiledServiceRule[];
  readonly intents: Readonly<Record<IntentKind, readonly Matcher[]>>;
  /** Cues that show the caller speaks of an existing case. */
  readonly existing: readonly Matcher[];
  /** Cues of urgency ("please hurry", "尽快"): an urge only in a call about an existing case. */
  readonly urgency: readonly Matcher[];
  /** Known reference prefixes. */
  readonly prefixes: ReadonlySet<string>;
  /** Every pattern cue (word cues are found by `scan`). */
  readonly patterns: readonly Matcher[];
  /** The pattern cues that may match a turn (those with a literal it needs in it, or needing none), in `patterns` order. */
  patternsIn(text: string, lower: string): readonly Matcher[];
  /** The rule of a service id. */
  service(id: string): CompiledServiceRule | undefined;
  /** The hotline's phrases in each locale, the rules' own over `HOTLINE_PHRASES`. */
  readonly phrases: Readonly<Record<HotlineLocale, HotlinePhrases>>;
  /**
   * Finds every word cue of every rule in a turn in one pass over its characters (the first
   * match of each), so a call costs the length of its text rather than text × cues.
   */
  scan(lower: string): ReadonlyMap<Matcher, CueHit>;
  /** The event an intent sends to a case of a service (the shared builders for services without a rule). */
  event(kind: CaseIntentKind, service: string, details: IntentDetails): AnyCaseCommandEvent | undefined;
}
