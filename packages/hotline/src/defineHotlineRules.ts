import { compileCues, invalid, patternIndex, phraseIndex, withoutGlobal } from './cueMatchers.js';
import { resolvePhrases, spokenLabelsOf } from './spokenLabels.js';
import { DEFAULT_INTENT_CUES, EXISTING_CASE_CUES, URGENCY_CUES } from './defaultCues.js';
import {
  CASE_INTENT_KINDS,
  type CaseIntentKind,
  type CompiledServiceRule,
  type EventMapper,
  type HotlineRules,
  type HotlineRulesConfig,
  type InputMapper,
  type IntentDetails,
  type IntentKind,
  type Matcher,
  type ServiceRule,
} from './hotlineTypes.js';

const DEFAULT_THRESHOLD = 0.6;
const INTENT_KINDS: readonly IntentKind[] = ['new-request', 'status', 'add-info', 'urge', 'withdraw', 'rate'];
/** The shared event names every city service uses where they apply. */
const DEFAULT_EVENTS: Record<CaseIntentKind, EventMapper> = {
  'add-info': ({ note }) => (note ? { type: 'info.add', note } : undefined),
  urge: ({ note }) => ({ type: 'case.urge', ...(note ? { note } : {}) }),
  withdraw: ({ reason }) => ({ type: 'case.withdraw', ...(reason ? { reason } : {}) }),
  rate: ({ score, comment }) =>
    score === undefined ? undefined : { type: 'visit.rate', score, ...(comment ? { comment } : {}) },
};

function inputMapper(owner: string, input: ServiceRule['input']): InputMapper | null {
  if (input === null || typeof input === 'function') return input;
  if (typeof input !== 'object' || input === null)
    throw invalid(`${owner}: input must map fields to slots or be a function`);
  const fields = Object.entries(input);
  return (slots) => {
    const built: Record<string, unknown> = {};
    for (const [field, slot] of fields) {
      const value = slots[slot];
      if (value === undefined || value.length === 0) return undefined;
      built[field] = value;
    }
    return built;
  };
}

/**
 * Compiles the hotline's rules: the built-in intent words in Chinese and English plus, per
 * service, the cues that select it, the slots it needs, how slots become its `open()` input,
 * which events the intents send and how its states are read back (the service's own labels,
 * unless the rule words them). Checks everything up front.
 *
 * @example
 * ```ts
 * const rules = defineHotlineRules({
 *   services: [{
 *     service: 'noise-complaint', refPrefix: 'NC', title: { zh: '噪音投诉', en: 'noise complaint' },
 *     cues: { zh: ['噪音', '太吵'], en: ['noise', 'noisy', 'loud'], weight: 0.5 },
 *     input: { address: 'address', description: 'description' },
 *   }],
 * });
 * ```
 */
export function defineHotlineRules(config: HotlineRulesConfig): HotlineRules {
  const threshold = config.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold < 1)) throw invalid(`threshold must be between 0 and 1, got ${threshold}`);
  const sharedEvents = { ...DEFAULT_EVENTS, ...config.events };
  const byId = new Map<string, CompiledServiceRule>();
  const prefixes = new Set<string>();
  for (const given of config.services ?? []) {
    const definition =
      typeof given?.service === 'object' && given.service !== null ? given.service : undefined;
    const service = definition ? definition.id : given?.service;
    const owner = `service '${service}'`;
    if (typeof service !== 'string' || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(service)) {
      throw invalid(`${owner}: service must be a service or a kebab-case service id`);
    }
    if (definition && given.refPrefix !== undefined && given.refPrefix !== definition.refPrefix) {
      throw invalid(
        `${owner}: refPrefix ${given.refPrefix} differs from the service's ${definition.refPrefix}`,
      );
    }
    const rule = { ...given, service, refPrefix: given.refPrefix ?? definition?.refPrefix };
    if (byId.has(rule.service)) throw invalid(`${owner} has two rules`);
    if (typeof rule.refPrefix !== 'string' || !/^[A-Z]{2,6}$/.test(rule.refPrefix)) {
      throw invalid(`${owner}: refPrefix must be 2 to 6 capital letters`);
    }
    const refPrefix = rule.refPrefix;
    if (prefixes.has(refPrefix)) throw invalid(`${owner}: refPrefix ${refPrefix} is used twice`);
    // The service's labels name it and its states; the rule's own words win where it has them.
    const labelled = spokenLabelsOf(definition);
    const title = rule.title ?? labelled.title;
    if (!title?.zh || !title?.en)
      throw invalid(`${owner}: title needs zh and en (or a service with zh-CN and en labels)`);
    const states = { ...labelled.states, ...rule.states };
    const matchers = compileCues(rule.service, rule.cues);
    if (matchers.length === 0) throw invalid(`${owner}: needs at least one cue`);
    const slots: Record<string, readonly RegExp[]> = {};
    for (const [name, patterns] of Object.entries(rule.slots ?? {})) {
      if (!Array.isArray(patterns) || patterns.some((p) => !(p instanceof RegExp))) {
        throw invalid(`${owner}: slot '${name}' needs a list of regular expressions`);
      }
      slots[name] = patterns.map(withoutGlobal);
    }
    const events = {} as Record<CaseIntentKind, EventMapper | null>;
    for (const kind of CASE_INTENT_KINDS) {
      const own = rule.events?.[kind];
      events[kind] = own === undefined ? sharedEvents[kind] : own;
    }
    prefixes.add(refPrefix);
    byId.set(
      rule.service,
      Object.freeze({
        ...rule,
        refPrefix,
        title,
        states,
        slots,
        matchers,
        input: inputMapper(owner, rule.input),
        events,
      }),
    );
  }
  const intents = {} as Record<IntentKind, Matcher[]>;
  for (const kind of INTENT_KINDS) {
    intents[kind] = compileCues(kind, [...DEFAULT_INTENT_CUES[kind], ...(config.intents?.[kind] ?? [])]);
  }
  const existing = compileCues('existing', EXISTING_CASE_CUES);
  const urgency = compileCues('urgency', URGENCY_CUES);
  const all = [
    ...Object.values(intents).flat(),
    ...existing,
    ...urgency,
    ...[...byId.values()].flatMap((rule) => rule.matchers),
  ];
  const index = phraseIndex(all);
  const patterns = all.filter((matcher) => matcher.phrase === undefined);
  const phrases = resolvePhrases(config.phrases);
  return Object.freeze({
    threshold,
    phrases,
    services: [...byId.values()],
    intents,
    existing,
    urgency,
    prefixes,
    patterns,
    patternsIn: patternIndex(patterns),
    scan: index,
    service: (id: string) => byId.get(id),
    event(kind: CaseIntentKind, service: string, details: IntentDetails) {
      const rule = byId.get(service);
      const mapper = rule ? rule.events[kind] : sharedEvents[kind];
      return mapper ? mapper(details) : undefined;
    },
  });
}
