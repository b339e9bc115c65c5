import { formatStateValue, statePaths } from '@onecase/core';
import type { StateValue } from 'xstate';
import { HOTLINE_PHRASES, type HotlinePhrases, localeOf } from './hotlinePhrases.js';
import type { Spoken } from './hotlineTypes.js';
import type { Language } from './parseTranscript.js';

function labelOf(states: Record<string, Spoken>, path: string, language: Language): string | undefined {
  for (let probe = path; probe.length > 0; probe = probe.slice(0, Math.max(0, probe.lastIndexOf('.')))) {
    const label = Object.hasOwn(states, probe) ? states[probe] : undefined;
    if (label) return label[language];
    if (!probe.includes('.')) break;
  }
  return undefined;
}

/**
 * Reads a case's state to the caller: for each active region (core `statePaths`), the rule's
 * label for the state, else its parent's; a region without a label is read as core
 * `formatStateValue` writes it, so no parallel region is ever dropped.
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
  phrases: Pick<HotlinePhrases, 'stateSeparator'> = HOTLINE_PHRASES[localeOf(language)],
): string {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) return '';
  const states = rule?.states ?? {};
  const labels = statePaths(value as StateValue).map(
    (path) => labelOf(states, path, language) ?? formatStateValue(path),
  );
  return [...new Set(labels)].join(phrases.stateSeparator);
}
