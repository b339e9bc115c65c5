import { fillPhrase, HOTLINE_PHRASES, type HotlinePhrases, localeOf } from './hotlinePhrases.js';
import type { CaseIntentKind, IntentKind } from './hotlineTypes.js';
import type { ReviewReason } from './hotlineReview.js';
import type { Language } from './parseTranscript.js';

/** What happened to one intent of a call. */
export type ActionOutcome =
  | 'opened'
  | 'applied'
  | 'already-applied'
  | 'read'
  | 'not-allowed'
  | 'no-case'
  | 'review'
  | 'refused';

/** One line of a call summary: an intent and what was done about it. */
export interface CallAction {
  intent: IntentKind;
  outcome: ActionOutcome;
  /** The case acted on or read. */
  ref?: string;
  /** The service of that case, and its title in the caller's language. */
  service?: string;
  title?: string;
  /** The event sent. */
  event?: string;
  /** The case's state after, as read to the caller. */
  state?: string;
  /** Why it went to review. */
  reason?: ReviewReason;
  /** The score of a rating. */
  score?: number;
  /** What the caller can still do on the phone with this case (its events the hotline may send now). */
  next?: CaseIntentKind[];
  /** Several cases, a wrong reference, a refusal message … */
  detail?: string;
  /** References the reason is about (the caller's cases, the misheard reference). */
  refs?: string[];
}

/**
 * Spells a reference symbol by symbol in groups, the way an agent reads it out.
 *
 * @example
 * ```ts
 * spellCaseRef('NC-7K4M9-QXH2T'); // 'N C, 7 K 4 M 9, Q X H 2 T'
 * ```
 */
export function spellCaseRef(ref: string): string {
  return ref
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
}

/** One action's sentence in the phrases of a locale. */
function lineOf(action: CallAction, say: HotlinePhrases): string {
  const list = (refs: readonly string[] | undefined) => (refs ?? []).join(say.listSeparator);
  const steps = (action.next ?? []).map((kind) => say.nextSteps[kind]);
  const values = {
    ref: action.ref ?? '',
    spelled: action.ref === undefined ? '' : spellCaseRef(action.ref),
    title: action.title ?? (action.outcome === 'not-allowed' ? say.someService : say.someRequest),
    state: action.state ? fillPhrase(say.state, { state: action.state }) : '',
    next: steps.length > 0 ? fillPhrase(say.next, { steps: steps.join(say.listSeparator) }) : '',
    intent: say.intents[action.intent],
    refs: list(action.refs),
    count: action.refs?.length ?? 0,
    detail: action.detail ?? '',
    score: action.score ?? '',
  };
  const template = templateOf(action, say);
  return fillPhrase(template, values);
}

function templateOf(action: CallAction, say: HotlinePhrases): string {
  switch (action.outcome) {
    case 'opened':
      return say.opened;
    case 'applied':
      if (action.intent === 'add-info') return say.addedInfo;
      if (action.intent === 'urge') return say.urged;
      if (action.intent === 'withdraw') return say.withdrawn;
      return say.rated;
    case 'already-applied':
      return say.alreadyApplied;
    case 'read':
      return say.read;
    case 'not-allowed':
      return action.intent === 'new-request' ? say.notAllowedNew : say.notAllowedOnCase;
    case 'no-case':
      return action.intent === 'status' ? say.noCaseForStatus : say.noCaseForAction;
    case 'refused':
      return say.refused;
    case 'review':
      switch (action.reason) {
        case 'not-verified':
          return action.intent === 'status' ? say.notVerifiedStatus : say.notVerifiedAction;
        case 'wrong-reference':
          return say.wrongReference;
        case 'several-cases':
          return say.severalCases;
        case 'several-references':
          return say.severalReferences;
        case 'unknown-reference':
          return say.unknownReference;
        case 'missing-slots':
          return say.missingSlots;
        case 'unconfirmed-reference':
          return say.unconfirmedReference;
        case 'no-case':
          return say.noCaseForAction;
        default:
          return say.notConfirmed;
      }
  }
}

/**
 * Writes what the agent reads to the caller, in the caller's language: each action with the
 * case reference (spelled out for new cases) and its state, then how a review item will be
 * followed up — in the hotline's phrases for that locale (`HOTLINE_PHRASES`, or the rules' own).
 *
 * @example
 * ```ts
 * replyScript('en', [{ intent: 'urge', outcome: 'applied', ref: 'NC-7K4M9-QXH2T', state: 'being handled' }]);
 * // ["I've sent a reminder on case NC-7K4M9-QXH2T; … Current status: being handled."]
 * ```
 */
export function replyScript(
  language: Language,
  actions: readonly CallAction[],
  reviewRef?: string,
  phrases: HotlinePhrases = HOTLINE_PHRASES[localeOf(language)],
): string[] {
  const lines: string[] = [];
  const said = new Set<string>();
  for (const action of actions) {
    const line = lineOf(action, phrases);
    if (!said.has(line)) lines.push(line);
    said.add(line);
  }
  if (actions.length === 0) lines.push(phrases.nothingHeard);
  if (reviewRef !== undefined) lines.push(fillPhrase(phrases.reviewFollowUp, { review: reviewRef }));
  return lines;
}
