import {
  type AnyServiceDefinition,
  CaseError,
  labelsFor,
  type ServiceDescriptor,
  type ServiceLabelSet,
} from '@onecase/core';
import { HOTLINE_PHRASES, type HotlineLocale, type HotlinePhrases } from './hotlinePhrases.js';
import type { Spoken } from './hotlineTypes.js';

/** What a service's labels give the hotline: its title and a label for each state, in both languages. */
export interface SpokenLabels {
  title?: Spoken;
  states: Record<string, Spoken>;
}

/** Only a definition or a catalogue descriptor has the names `labelsFor` resolves labels against. */
function hasNames(service: object): service is AnyServiceDefinition | ServiceDescriptor {
  return 'machine' in service || 'input' in service;
}

/**
 * The title and state labels a service declares, as the hotline speaks them (zh from `zh-CN`,
 * en from `en`); empty when it declares no labels. A state nobody labelled is left out, so the
 * reply falls back to its parent's label or its name.
 *
 * @example
 * ```ts
 * spokenLabelsOf(noiseComplaint).states.handling; // { zh: '办理中', en: 'Being handled' }
 * ```
 */
export function spokenLabelsOf(service: { labels?: ServiceLabelSet } | undefined): SpokenLabels {
  if (service?.labels === undefined || !hasNames(service)) return { states: {} };
  const zh = labelsFor(service, 'zh-CN');
  const en = labelsFor(service, 'en');
  const states: Record<string, Spoken> = {};
  for (const [path, text] of Object.entries(zh.states)) {
    const other = en.states[path]?.label ?? path;
    if (text.label !== path || other !== path) states[path] = { zh: text.label, en: other };
  }
  return { title: { zh: zh.title, en: en.title }, states };
}

/**
 * The hotline's phrases with the rules' rewordings over `HOTLINE_PHRASES`; a key the table
 * does not have, or a phrase that is not text, is refused (`INVALID_DEFINITION`).
 *
 * @example
 * ```ts
 * resolvePhrases({ en: { urged: 'Reminder sent on {ref}.' } }).en.urged; // 'Reminder sent on {ref}.'
 * ```
 */
export function resolvePhrases(
  given: Partial<Record<HotlineLocale, Partial<HotlinePhrases>>> | undefined,
): Readonly<Record<HotlineLocale, HotlinePhrases>> {
  if (given === undefined) return HOTLINE_PHRASES;
  const out = {} as Record<HotlineLocale, HotlinePhrases>;
  for (const locale of Object.keys(HOTLINE_PHRASES) as HotlineLocale[]) {
    const base = HOTLINE_PHRASES[locale];
    const own = (given[locale] ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(own)) {
      const known = (base as unknown as Record<string, unknown>)[key];
      const where = `phrases.${locale}.${key}`;
      if (known === undefined)
        throw new CaseError('INVALID_DEFINITION', `Hotline rules: ${where} is not a hotline phrase`);
      if (typeof known === 'string') {
        if (typeof value !== 'string' || value.trim() === '')
          throw new CaseError('INVALID_DEFINITION', `Hotline rules: ${where} must be text`);
        merged[key] = value;
      } else {
        const table = { ...(known as Record<string, string>) };
        for (const [name, text] of Object.entries((value ?? {}) as Record<string, unknown>)) {
          if (!(name in table) || typeof text !== 'string' || text.trim() === '')
            throw new CaseError(
              'INVALID_DEFINITION',
              `Hotline rules: ${where}.${name} must be a known name with text`,
            );
          table[name] = text;
        }
        merged[key] = table;
      }
    }
    out[locale] = merged as unknown as HotlinePhrases;
  }
  for (const locale of Object.keys(given)) {
    if (!(locale in HOTLINE_PHRASES))
      throw new CaseError(
        'INVALID_DEFINITION',
        `Hotline rules: phrases for '${locale}', which the hotline does not speak (zh-CN, en)`,
      );
  }
  return out;
}
