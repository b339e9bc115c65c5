import type { Spoken } from './defineHotlineRules.js';
import type { Language } from './parseTranscript.js';

/**
 * Reads a state value as a dotted key, the form `ServiceRule.states` is keyed by.
 *
 * @example
 * ```ts
 * stateKey({ handling: 'assigned' }); // 'handling.assigned'
 * ```
 */
export function stateKey(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const [first] = Object.entries(value);
    if (first) {
      const rest = stateKey(first[1]);
      return rest.length > 0 ? `${first[0]}.${rest}` : first[0];
    }
  }
  return '';
}

/**
 * Reads a case's state to the caller: the rule's label for the state, else its parent's, else the raw value.
 *
 * @example
 * ```ts
 * stateLabel({ states: { handling: { zh: '处理中', en: 'being handled' } } }, { handling: 'site' }, 'zh'); // '处理中'
 * ```
 */
export function stateLabel(
  rule: { states?: Record<string, Spoken> } | undefined,
  value: unknown,
  language: Language,
): string {
  const key = stateKey(value);
  const states = rule?.states ?? {};
  for (let probe = key; probe.length > 0; probe = probe.slice(0, Math.max(0, probe.lastIndexOf('.')))) {
    const label = states[probe];
    if (label) return label[language];
    if (!probe.includes('.')) break;
  }
  return key;
}
