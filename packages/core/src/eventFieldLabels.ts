import { z } from 'zod';
import { CaseError } from './caseError.js';
import type { FieldLabel, LabelText } from './labels.js';
import { checkValueLabels, declaredValues, inputPaths, resolveValueLabels } from './valueLabels.js';

/**
 * An event's label that also labels its payload's fields, in the shape input fields use
 * (`{ label: '评价', fields: { score: '满意度', resolved: { label: '问题是否已解决' } } }`).
 */
export interface EventLabelText extends LabelText {
  /**
   * Optional per event; when given, every top-level payload field (a nested one may be labelled
   * by its path) and every value of every enum in the payload.
   */
  fields?: Record<string, FieldLabel>;
}

/** An event's label as a service declares it: a `Label`, or one that also labels its payload fields. */
export type EventLabel = string | EventLabelText;

/** The fields of one event's payload that a locale may label: top-level, nested and enum choices. */
export interface PayloadNames {
  fields: string[];
  nested: string[];
  choices: Record<string, string[]>;
}

/** The texts of one event's payload fields in one locale, resolved along the fallback chain. */
export interface ResolvedPayloadLabels {
  /** Every payload field path some locale of the chain labels (a field nobody labels has no entry). */
  fields: Record<string, { label: string; hint?: string }>;
  /** Every labelled enum field path → every value → its text (the value itself when nobody names it). */
  values: Record<string, Record<string, string>>;
}

/**
 * The labellable names of an event's payload: a zod schema (a definition's event) or the JSON
 * Schema a descriptor carries.
 *
 * @example
 * ```ts
 * payloadNames(z.object({ score: z.number(), resolved: z.boolean().optional() })).fields; // ['score', 'resolved']
 * ```
 */
export function payloadNames(schema: unknown): PayloadNames {
  let top: string[] = [];
  if (schema instanceof z.ZodType) {
    let node: unknown = schema;
    while (node instanceof z.ZodPipe) node = node.in;
    if (node instanceof z.ZodObject) top = Object.keys(node.shape);
  } else if (typeof schema === 'object' && schema !== null) {
    top = Object.keys((schema as { properties?: Record<string, unknown> }).properties ?? {});
  }
  const { nested, choices } = inputPaths(schema);
  return { fields: top, nested, choices };
}

/**
 * The payload names of every event: a definition's zod schemas or a descriptor's JSON Schemas, by type.
 *
 * @example
 * ```ts
 * payloadsOf(workOrderEvents)['visit.rate'].fields; // ['score', 'resolved', 'comment']
 * ```
 */
export function payloadsOf(events: Record<string, unknown>): Record<string, PayloadNames> {
  return Object.fromEntries(Object.entries(events).map(([type, schema]) => [type, payloadNames(schema)]));
}

function invalid(service: string, message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Service '${service}': ${message}`, { service, ...details });
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value !== 'object' || value === null) return false;
  const { label, hint } = value as { label?: unknown; hint?: unknown };
  return typeof label === 'string' && label.trim() !== '' && (hint === undefined || typeof hint === 'string');
}

/** The `fields` an event label declares (`undefined` for a plain label or one without fields). */
export function declaredEventFields(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { fields?: unknown }).fields : undefined;
}

/**
 * Checks the payload-field labels of one locale. They are optional per event, but an event
 * that gives `fields` labels every top-level payload field and every value of every enum in its
 * payload, and names nothing the payload lacks (half a form in words is still half in ids).
 * Throws `INVALID_DEFINITION` naming the locale, event and field.
 */
export function checkEventFieldLabels(
  service: string,
  locale: string,
  events: Record<string, unknown>,
  payloads: Record<string, PayloadNames>,
): void {
  for (const [event, entry] of Object.entries(events)) {
    const given = declaredEventFields(entry);
    if (given === undefined) continue;
    const where = `labels.${locale}.events.${event}.fields`;
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw invalid(service, `${where} must map payload fields to labels`, { locale, event });
    }
    const payload = payloads[event] ?? { fields: [], nested: [], choices: {} };
    const fields = given as Record<string, unknown>;
    for (const field of payload.fields) {
      if (!Object.hasOwn(fields, field)) {
        throw invalid(service, `${where} has no label for '${field}'`, { locale, event, missing: field });
      }
    }
    for (const [field, value] of Object.entries(fields)) {
      if (!payload.fields.includes(field) && !payload.nested.includes(field)) {
        throw invalid(service, `${where} labels '${field}', which the payload of '${event}' does not have`, {
          locale,
          event,
          unknown: field,
        });
      }
      if (!isText(value)) {
        throw invalid(service, `${where}.${field} must be text or { label, hint?, values? }`, {
          locale,
          event,
          field,
        });
      }
    }
    checkValueLabels(service, locale, fields, payload.choices, { where, event });
  }
}

function textOf(entry: unknown): { label: string; hint?: string } | undefined {
  if (typeof entry === 'string') return { label: entry };
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { label, hint } = entry as { label: string; hint?: string };
  return { label, ...(hint !== undefined ? { hint } : {}) };
}

/**
 * The payload-field texts of every event along a fallback chain of locales: each field from
 * the first locale that labels it.
 */
export function resolveEventFields(
  payloads: Record<string, PayloadNames>,
  chain: readonly { events?: Record<string, unknown> }[],
): Record<string, ResolvedPayloadLabels> {
  const resolved: Record<string, ResolvedPayloadLabels> = {};
  for (const [event, payload] of Object.entries(payloads)) {
    const tables = chain.map(
      (set) => (declaredEventFields(set.events?.[event]) ?? {}) as Record<string, unknown>,
    );
    const fields: ResolvedPayloadLabels['fields'] = {};
    for (const path of [...payload.fields, ...payload.nested]) {
      const text = tables.map((table) => textOf(table[path])).find((found) => found !== undefined);
      if (text) fields[path] = text;
    }
    const labelled = Object.fromEntries(
      Object.entries(payload.choices).filter(([path]) => tables.some((table) => declaredValues(table[path]))),
    );
    resolved[event] = {
      fields,
      values: resolveValueLabels(
        labelled,
        tables.map((table) => ({ fields: table })),
      ),
    };
  }
  return resolved;
}
