import type { FieldIssue } from '../apiError.js';
import type { Choice, FieldModel } from './fieldModel.js';

/** What a form holds while it is being filled: text as typed, yes/no, lists and groups of those. */
export type Draft = string | boolean | Draft[] | { [name: string]: Draft };

/**
 * The empty draft of a field: defaults filled in, a list with as many empty items as it
 * needs at least (one for a list that may not be empty).
 *
 * @example
 * ```ts
 * initialDraft(fieldModel(descriptor.input)); // { businessName: '', documents: [''], activity: '' … }
 * ```
 */
export function initialDraft(model: FieldModel): Draft {
  switch (model.kind) {
    case 'boolean':
      return typeof model.default === 'boolean' ? model.default : false;
    case 'list': {
      const count = Math.max(Number(model.schema.minItems ?? 0), 0);
      return Array.from({ length: count }, () => initialDraft(model.item!));
    }
    case 'group': {
      const draft: Record<string, Draft> = {};
      for (const { name, model: property } of model.properties ?? []) draft[name] = initialDraft(property);
      return draft;
    }
    default:
      return model.default === undefined || typeof model.default === 'object' ? '' : String(model.default);
  }
}

/** Whether a draft holds nothing the visitor entered. */
export function isEmptyDraft(draft: Draft | undefined): boolean {
  if (draft === undefined || draft === '' || draft === false) return true;
  if (typeof draft === 'string') return draft.trim() === '';
  if (Array.isArray(draft)) return draft.every(isEmptyDraft);
  if (typeof draft === 'object') return Object.values(draft).every(isEmptyDraft);
  return false;
}

/** The choice a select or radio's text stands for. */
export function choiceOf(choices: Choice[], text: string): Choice | undefined {
  return choices.find((choice) => String(choice.value) === text);
}

function sizeIssues(
  model: FieldModel,
  path: FieldIssue['path'],
  size: number,
  origin: 'string' | 'array',
): FieldIssue[] {
  const { schema } = model;
  const min = origin === 'string' ? schema.minLength : schema.minItems;
  const max = origin === 'string' ? schema.maxLength : schema.maxItems;
  if (typeof min === 'number' && size < min)
    return [{ path, code: 'too_small', origin, minimum: min, inclusive: true }];
  if (typeof max === 'number' && size > max)
    return [{ path, code: 'too_big', origin, maximum: max, inclusive: true }];
  return [];
}

function numberIssues(model: FieldModel, path: FieldIssue['path'], value: number): FieldIssue[] {
  const { schema } = model;
  if (model.kind === 'integer' && !Number.isInteger(value))
    return [{ path, code: 'invalid_type', expected: 'int' }];
  const below = (bound: unknown, inclusive: boolean) =>
    typeof bound === 'number' && (inclusive ? value < bound : value <= bound);
  const above = (bound: unknown, inclusive: boolean) =>
    typeof bound === 'number' && (inclusive ? value > bound : value >= bound);
  if (below(schema.minimum, true))
    return [{ path, code: 'too_small', origin: 'number', minimum: schema.minimum, inclusive: true }];
  if (below(schema.exclusiveMinimum, false))
    return [
      { path, code: 'too_small', origin: 'number', minimum: schema.exclusiveMinimum, inclusive: false },
    ];
  if (above(schema.maximum, true))
    return [{ path, code: 'too_big', origin: 'number', maximum: schema.maximum, inclusive: true }];
  if (above(schema.exclusiveMaximum, false))
    return [{ path, code: 'too_big', origin: 'number', maximum: schema.exclusiveMaximum, inclusive: false }];
  return [];
}

function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** The value a draft stands for and what is wrong with it, checked as the schema says. */
export interface DraftReading {
  value: unknown;
  issues: FieldIssue[];
}

/**
 * Reads a draft into the value to send, with the issues the schema's own rules find
 * (required, lengths, bounds, whole numbers, patterns, choices, dates, list sizes): the same
 * issue codes the server's zod checks answer with, so one text describes both. An empty
 * optional field is left out.
 *
 * @example
 * ```ts
 * const { value, issues } = readDraft(model, draft);
 * if (issues.length === 0) await api.open(service.id, value);
 * ```
 */
export function readDraft(
  model: FieldModel,
  draft: Draft | undefined,
  path: FieldIssue['path'] = [],
  required = true,
): DraftReading {
  if (model.kind === 'group') {
    const source = (typeof draft === 'object' && !Array.isArray(draft) ? draft : {}) as Record<string, Draft>;
    if (path.length > 0 && !required && isEmptyDraft(source)) return { value: undefined, issues: [] };
    const value: Record<string, unknown> = {};
    const issues: FieldIssue[] = [];
    for (const property of model.properties ?? []) {
      const reading = readDraft(
        property.model,
        source[property.name],
        [...path, property.name],
        property.required,
      );
      if (reading.value !== undefined) value[property.name] = reading.value;
      issues.push(...reading.issues);
    }
    return { value, issues };
  }
  if (model.kind === 'list') {
    const items = Array.isArray(draft) ? draft : [];
    const value: unknown[] = [];
    const issues: FieldIssue[] = [];
    items.forEach((item, index) => {
      const reading = readDraft(model.item!, item, [...path, index], true);
      value.push(reading.value);
      issues.push(...reading.issues);
    });
    if (!required && items.length === 0) return { value: undefined, issues: [] };
    if (items.length === 0 && Number(model.schema.minItems ?? 0) > 0)
      return {
        value,
        issues: [{ path, code: 'too_small', origin: 'array', minimum: model.schema.minItems, missing: true }],
      };
    return { value, issues: [...sizeIssues(model, path, items.length, 'array'), ...issues] };
  }
  if (model.kind === 'boolean') return { value: draft === true, issues: [] };
  const text = typeof draft === 'string' ? draft.trim() : '';
  if (text === '') {
    // A field with a default may be left empty: the server fills the default in.
    if (!required || model.default !== undefined) return { value: undefined, issues: [] };
    return { value: undefined, issues: [{ path, code: 'invalid_type', missing: true }] };
  }
  switch (model.kind) {
    case 'number':
    case 'integer': {
      const value = Number(text);
      if (!Number.isFinite(value))
        return { value: text, issues: [{ path, code: 'invalid_type', expected: 'number' }] };
      return { value, issues: numberIssues(model, path, value) };
    }
    case 'choice': {
      const choice = choiceOf(model.choices!, text);
      return choice
        ? { value: choice.value, issues: [] }
        : { value: text, issues: [{ path, code: 'invalid_value' }] };
    }
    case 'date':
      return validDate(text)
        ? { value: text, issues: [] }
        : { value: text, issues: [{ path, code: 'invalid_format', expected: 'date' }] };
    case 'datetime': {
      const at = new Date(text);
      return Number.isNaN(at.getTime())
        ? { value: text, issues: [{ path, code: 'invalid_format', expected: 'date' }] }
        : { value: at.toISOString(), issues: [] };
    }
    case 'unknown': {
      // A field JSON Schema cannot describe: sent as JSON when it reads as JSON, as text otherwise.
      try {
        return { value: JSON.parse(text), issues: [] };
      } catch {
        return { value: text, issues: [] };
      }
    }
    default: {
      const issues = sizeIssues(model, path, text.length, 'string');
      if (
        issues.length === 0 &&
        typeof model.schema.pattern === 'string' &&
        !new RegExp(model.schema.pattern, 'u').test(text)
      )
        issues.push({ path, code: 'invalid_format' });
      return { value: text, issues };
    }
  }
}
