import type { AnyStateMachine, StateNode } from 'xstate';
import { z } from 'zod';
import { CaseError } from './caseError.js';
import type { AnyServiceDefinition } from './defineService.js';
import type { ServiceDescriptor } from './describeService.js';
import { LABEL_FALLBACK_LOCALES, resolveLocale } from './labelLocale.js';
import {
  checkEventFieldLabels,
  type EventLabel,
  type PayloadNames,
  payloadsOf,
  type ResolvedPayloadLabels,
  resolveEventFields,
} from './eventFieldLabels.js';
import { checkValueLabels, inputPaths, resolveValueLabels } from './valueLabels.js';

/** A label with an optional hint (the help text under a form field, the tooltip of a button). */
export interface LabelText {
  label: string;
  hint?: string;
}

/** A label as a service declares it: the text alone, or the text with a hint. */
export type Label = string | LabelText;

/** A field's label with a text for each value of its enum (`{ catering: '餐饮', retail: '零售' }`). */
export interface FieldLabelText extends LabelText {
  values?: Record<string, string>;
}

/** A field's label as a service declares it: a `Label`, or one that also labels the field's choices. */
export type FieldLabel = string | FieldLabelText;

/**
 * What a service says in one language: its title and description, and a label for every input
 * field, every event and every state (leaf paths as `statePaths` writes them, e.g. `active.valid`).
 */
export interface ServiceLabels {
  title: string;
  description?: string;
  /**
   * Every top-level input field; a nested one may be labelled by its path (`vehicle.kind`; an
   * array stands for its items: `zones`, `stops.kind`). An enum field labels its values
   * (`{ label: '经营类别', values: { catering: '餐饮' } }`): a declared locale names every value
   * of every enum field, nested ones included.
   */
  fields: Record<string, FieldLabel>;
  /** Every event; an event may also label its payload fields (`EventLabelText.fields`). */
  events: Record<string, EventLabel>;
  /** Every leaf state path; a parent state (`handling` of `handling.site`) may be labelled too. */
  states: Record<string, Label>;
}

/** A service's labels by locale (BCP 47 tags such as `zh-CN` and `en`). */
export type ServiceLabelSet = Record<string, ServiceLabels>;

/** Labels resolved for one locale: every field, event and state has one (the raw id when nobody wrote one). */
export interface ResolvedLabels {
  /** The declared locale the labels come from, or `undefined` when the service declares none. */
  locale: string | undefined;
  title: string;
  description?: string;
  /** Every top-level field, and every nested field path a declared locale labels. */
  fields: Record<string, LabelText>;
  events: Record<string, LabelText>;
  states: Record<string, LabelText>;
  /** Every enum field path → every value → its text (falling back zh-CN → en → the value itself). */
  values: Record<string, Record<string, string>>;
  /**
   * Every event → the texts of its payload fields that some locale of the chain labels
   * (`eventFields['visit.rate'].fields.resolved.label`) and of their enum values.
   */
  eventFields: Record<string, ResolvedPayloadLabels>;
}

/** What labels are checked against and resolved for: the names a service has. */
export interface LabelledNames {
  title: string;
  description?: string;
  fields: readonly string[];
  /** Field paths below the top level (`vehicle.kind`), which a locale may label. */
  nestedFields?: readonly string[];
  /** Every enum field path with its values. */
  choices?: Record<string, readonly string[]>;
  events: readonly string[];
  /** The payload names of every event, which its `fields` labels are checked against. */
  payloads?: Record<string, PayloadNames>;
  /** Leaf state paths (required) and every other state path (allowed). */
  states: readonly string[];
  parentStates?: readonly string[];
  labels?: ServiceLabelSet;
}

function invalid(service: string, message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Service '${service}': ${message}`, { service, ...details });
}

function isLabel(value: unknown): value is Label {
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value !== 'object' || value === null) return false;
  const { label, hint } = value as Partial<LabelText>;
  return (
    typeof label === 'string' && label.trim().length > 0 && (hint === undefined || typeof hint === 'string')
  );
}

/** The state paths of a machine: leaves (what a case can be in) and their parents. */
export function machineStatePaths(machine: AnyStateMachine): { leaves: string[]; parents: string[] } {
  const leaves: string[] = [];
  const parents: string[] = [];
  const walk = (node: StateNode<any, any>) => {
    for (const child of Object.values(node.states ?? {})) {
      if (child.type === 'history') continue;
      const path = child.path.join('.');
      if (child.type === 'atomic' || child.type === 'final') leaves.push(path);
      else {
        parents.push(path);
        walk(child);
      }
    }
  };
  walk(machine.root);
  return { leaves, parents };
}

/** The top-level fields of an input schema: an object's, or the object a transform reads (none otherwise). */
export function inputFieldNames(input: unknown): string[] {
  let schema = input;
  while (schema instanceof z.ZodPipe) schema = schema.in;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/**
 * Checks a service's labels: every declared locale labels the title, every input field, every
 * event and every leaf state, and names nothing the service does not have. Throws
 * `INVALID_DEFINITION` naming the locale and the missing or unknown entry.
 */
export function checkLabels(service: string, names: LabelledNames): void {
  const labels = names.labels;
  if (labels === undefined) return;
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    throw invalid(service, 'labels must map locales (e.g. "zh-CN", "en") to labels', {});
  }
  for (const [locale, set] of Object.entries(labels)) {
    if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale)) {
      throw invalid(service, `labels locale '${locale}' is not a language tag such as zh-CN or en`, {
        locale,
      });
    }
    if (typeof set !== 'object' || set === null || typeof set.title !== 'string' || set.title.trim() === '') {
      throw invalid(service, `labels.${locale} needs a title`, { locale, missing: 'title' });
    }
    if (set.description !== undefined && typeof set.description !== 'string') {
      throw invalid(service, `labels.${locale}.description must be text`, { locale });
    }
    const sections: [string, readonly string[], readonly string[]][] = [
      ['fields', names.fields, names.nestedFields ?? []],
      ['events', names.events, []],
      ['states', names.states, names.parentStates ?? []],
    ];
    for (const [section, required, optional] of sections) {
      const given = (set as unknown as Record<string, unknown>)[section] ?? {};
      if (typeof given !== 'object' || given === null) {
        throw invalid(service, `labels.${locale}.${section} must be an object`, { locale, section });
      }
      const entries = given as Record<string, unknown>;
      for (const name of required) {
        if (!Object.hasOwn(entries, name)) {
          throw invalid(service, `labels.${locale}.${section} has no label for '${name}'`, {
            locale,
            section,
            missing: name,
          });
        }
      }
      for (const [name, value] of Object.entries(entries)) {
        if (!required.includes(name) && !optional.includes(name)) {
          throw invalid(
            service,
            `labels.${locale}.${section} labels '${name}', which the service does not have`,
            {
              locale,
              section,
              unknown: name,
            },
          );
        }
        if (!isLabel(value)) {
          throw invalid(service, `labels.${locale}.${section}.${name} must be text or { label, hint? }`, {
            locale,
            section,
            name,
          });
        }
      }
    }
    checkValueLabels(service, locale, set.fields ?? {}, names.choices ?? {});
    checkEventFieldLabels(service, locale, set.events ?? {}, names.payloads ?? {});
  }
}

function textOf(label: FieldLabel | undefined): LabelText | undefined {
  if (label === undefined) return undefined;
  if (typeof label === 'string') return { label };
  return { label: label.label, ...(label.hint !== undefined ? { hint: label.hint } : {}) };
}

/**
 * Resolves labels for a locale from the names a service has: each entry from the resolved
 * locale, else zh-CN, else en, else its raw id (the service's own title for the title).
 */
export function resolveLabels(names: LabelledNames, locale?: string): ResolvedLabels {
  const declared = Object.keys(names.labels ?? {});
  const chosen = resolveLocale(declared, locale);
  const chain = [chosen, ...LABEL_FALLBACK_LOCALES]
    .filter((item): item is string => item !== undefined)
    .map((item) => names.labels?.[item])
    .filter((set): set is ServiceLabels => set !== undefined);
  const pick = (section: 'fields' | 'events' | 'states', name: string): LabelText =>
    chain.map((set) => textOf(set[section]?.[name])).find((text) => text !== undefined) ?? { label: name };
  const table = (section: 'fields' | 'events' | 'states', list: readonly string[]) =>
    Object.fromEntries(list.map((name) => [name, pick(section, name)]));
  // A nested field nobody labels keeps no entry: its path is no text for a person.
  const nested = (names.nestedFields ?? []).filter((path) => chain.some((set) => set.fields?.[path]));
  const description = chain.find((set) => set.description !== undefined)?.description ?? names.description;
  return {
    locale: chosen,
    title: chain[0]?.title ?? names.title,
    ...(description !== undefined ? { description } : {}),
    fields: table('fields', [...names.fields, ...nested]),
    events: table('events', names.events),
    states: table('states', [...names.states, ...(names.parentStates ?? [])]),
    values: resolveValueLabels(names.choices ?? {}, chain),
    eventFields: resolveEventFields(names.payloads ?? {}, chain),
  };
}

const namesCache = new WeakMap<object, LabelledNames>();

/** The nested field paths and enum choices of an input, as `LabelledNames` holds them. */
export function pathsOf(input: unknown): Pick<LabelledNames, 'nestedFields' | 'choices'> {
  const { nested, choices } = inputPaths(input);
  return { nestedFields: nested, choices };
}

function namesOf(service: AnyServiceDefinition | ServiceDescriptor): LabelledNames {
  const cached = namesCache.get(service);
  if (cached) return cached;
  let names: LabelledNames;
  if ('machine' in service) {
    const { leaves, parents } = machineStatePaths(service.machine);
    names = {
      title: service.title,
      ...(service.description !== undefined ? { description: service.description } : {}),
      fields: inputFieldNames(service.input),
      ...pathsOf(service.input),
      events: Object.keys(service.events),
      payloads: payloadsOf(service.events),
      states: leaves,
      parentStates: parents,
      ...(service.labels !== undefined ? { labels: service.labels } : {}),
    };
  } else {
    const properties = (service.input as { properties?: Record<string, unknown> }).properties ?? {};
    names = {
      title: service.title,
      ...(service.description !== undefined ? { description: service.description } : {}),
      fields: Object.keys(properties),
      ...pathsOf(service.input),
      events: Object.keys(service.events),
      payloads: payloadsOf(Object.fromEntries(Object.entries(service.events).map(([t, e]) => [t, e.schema]))),
      states: Object.keys(service.states ?? {}),
      ...(service.labels !== undefined ? { labels: service.labels } : {}),
    };
  }
  namesCache.set(service, names);
  return names;
}

/**
 * The labels of a service (a definition, or a descriptor from `catalogue()`) in a locale: the
 * closest declared locale, falling back zh-CN → en → the raw id, so every field, event, state
 * and enum value has a text to show.
 *
 * @example
 * ```ts
 * const en = labelsFor(noise, 'en');
 * en.states['handling'].label; // 'Being handled'
 * en.events['case.urge'].label; // 'Urge'
 * labelsFor(businessLicence, 'zh-CN').values.activity.catering; // '餐饮'
 * labelsFor(noise, 'en').eventFields['visit.rate'].fields.resolved?.label; // 'Was the problem solved?'
 * ```
 */
export function labelsFor(
  service: AnyServiceDefinition | ServiceDescriptor,
  locale?: string,
): ResolvedLabels {
  return resolveLabels(namesOf(service), locale);
}
