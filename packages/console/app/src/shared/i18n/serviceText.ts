import type { EventLabel, FieldLabelText, LabelText, ServiceDescriptor } from '@onecase/core';

type Label = string | LabelText | FieldLabelText;
type JsonNode = Record<string, any>;
type StateValue = string | { [key: string]: StateValue };

/** A service's texts in one locale, each with the fallbacks of core's `labelsFor`. */
export interface ServiceText {
  title: string;
  description?: string;
  /** An input field's label and hint. */
  field(name: string): LabelText;
  /**
   * The text of a value of an enum field (`activity`, `owner.kind`; a list's index is skipped:
   * `zones.0` reads `zones`), falling back as labels do, then to the value itself.
   */
  value(field: string, value: string): string;
  /** An event's label and hint (`case.open` is the filing itself). */
  event(type: string): LabelText;
  /**
   * A payload field's label and hint, or `undefined` when the service labels it nowhere (the
   * caller then keeps its own word for it rather than showing the id).
   */
  payloadField(type: string, name: string): LabelText | undefined;
  /** A state path's label, falling back to its parent's. */
  statePath(path: string): string;
  /** A case's state value in words (parallel regions joined). */
  state(value: StateValue): string;
}

const FALLBACK = ['zh-CN', 'en'];

const text = (label: Label | undefined): LabelText | undefined =>
  label === undefined
    ? undefined
    : typeof label === 'string'
      ? { label }
      : { label: label.label, ...(label.hint !== undefined ? { hint: label.hint } : {}) };

const valuesOf = (label: Label | undefined): Record<string, string> | undefined =>
  typeof label === 'object' ? (label as FieldLabelText).values : undefined;

const eventFieldsOf = (label: EventLabel | undefined): Record<string, Label> | undefined =>
  typeof label === 'object' ? label.fields : undefined;

/** The `oneOf` const/title texts of the enum at a field path of a JSON Schema (in the descriptor's locale). */
function schemaValueTitle(schema: JsonNode | undefined, path: string[], value: string): string | undefined {
  if (!schema) return undefined;
  if (path.length === 0) {
    for (const node of [schema, schema.items, ...(schema.anyOf ?? [])] as (JsonNode | undefined)[]) {
      const found = (node?.oneOf as JsonNode[] | undefined)?.find((branch) => String(branch.const) === value);
      if (found && typeof found.title === 'string') return found.title;
    }
    return undefined;
  }
  const [step, ...rest] = path;
  for (const node of [schema, schema.items, ...(schema.anyOf ?? [])] as (JsonNode | undefined)[]) {
    const child = (node?.properties as Record<string, JsonNode> | undefined)?.[step!];
    if (child) return schemaValueTitle(child, rest, value);
  }
  return undefined;
}

/** The declared locales to look in, closest first: the wanted one, its language, then zh-CN and en. */
function lookupOrder(descriptor: ServiceDescriptor, locale: string): string[] {
  const declared = Object.keys(descriptor.labels ?? {});
  const language = locale.toLowerCase().split('-')[0];
  const order = [
    ...declared.filter((tag) => tag.toLowerCase() === locale.toLowerCase()),
    ...declared.filter((tag) => tag.toLowerCase().split('-')[0] === language),
    ...FALLBACK.filter((tag) => declared.includes(tag)),
  ];
  return [...new Set(order)];
}

/** The leaf paths of a state value: `{ handling: 'site' }` → `['handling.site']`. */
export function statePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  return Object.entries(value).flatMap(([key, child]) => statePaths(child, `${prefix}${key}.`));
}

/**
 * A service's title, field, event and state texts in a locale, from the labels its
 * descriptor carries in every declared locale (so switching language needs no new request):
 * the wanted locale, then zh-CN, then en, then what the descriptor says, then the raw id.
 *
 * @example
 * ```ts
 * const text = serviceText(descriptor, 'en');
 * text.state(view.state.value); // 'Being handled'
 * text.field('documents').label; // 'Documents'
 * text.value('activity', 'catering'); // 'Catering'
 * text.payloadField('visit.rate', 'resolved')?.label; // 'Was the problem solved?'
 * ```
 */
export function serviceText(descriptor: ServiceDescriptor, locale: string): ServiceText {
  const sets = lookupOrder(descriptor, locale).map((tag) => descriptor.labels![tag]!);
  const first = <T>(pick: (set: (typeof sets)[number]) => T | undefined): T | undefined => {
    for (const set of sets) {
      const found = pick(set);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const properties = (descriptor.input.properties ?? {}) as Record<
    string,
    { title?: string; description?: string }
  >;
  const statePath = (path: string): string => {
    const own = text(first((set) => set.states[path])) ?? descriptor.states[path];
    if (own) return own.label;
    const parent = path.lastIndexOf('.');
    return parent > 0 ? statePath(path.slice(0, parent)) : path;
  };
  const description = first((set) => set.description) ?? descriptor.description;
  return {
    title: first((set) => set.title) ?? descriptor.title,
    ...(description !== undefined ? { description } : {}),
    field: (name) => {
      const own = text(first((set) => set.fields[name]));
      if (own) return own;
      const property = properties[name];
      return property?.title
        ? { label: property.title, ...(property.description ? { hint: property.description } : {}) }
        : { label: name };
    },
    value: (field, value) => {
      const path = field.split('.').filter((step) => !/^\d+$/.test(step));
      const key = path.join('.');
      return (
        first((set) => valuesOf(set.fields[key])?.[value]) ??
        schemaValueTitle(descriptor.input, path, value) ??
        value
      );
    },
    event: (type) => {
      const own = text(first((set) => set.events[type]));
      if (own) return own;
      const event = descriptor.events[type];
      return event
        ? { label: event.label, ...(event.hint !== undefined ? { hint: event.hint } : {}) }
        : { label: type };
    },
    payloadField: (type, name) => {
      const own = text(first((set) => eventFieldsOf(set.events[type])?.[name]));
      if (own) return own;
      const property = (descriptor.events[type]?.schema.properties as Record<string, JsonNode> | undefined)?.[
        name
      ];
      return typeof property?.title === 'string'
        ? { label: property.title, ...(property.description ? { hint: String(property.description) } : {}) }
        : undefined;
    },
    statePath,
    state: (value) => statePaths(value).map(statePath).join('；'),
  };
}
