import type { JsonSchema } from '@onecase/core';

/** One reason a payload does not match its schema, shaped like a zod issue (`path`, `message`). */
export interface PayloadIssue {
  path: (string | number)[];
  message: string;
}

type Schema = JsonSchema & {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeOf(value) === type;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text the case store cannot hold (NUL, a lone surrogate) is refused by the router too. */
function badText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate';
  return undefined;
}

function check(schema: Schema, value: unknown, path: (string | number)[], issues: PayloadIssue[]): void {
  const start = issues.length;
  if (typeof value === 'string') {
    const problem = badText(value);
    if (problem) issues.push({ path, message: `Text ${problem}` });
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const fits = alternatives.some((alternative) => {
      const trial: PayloadIssue[] = [];
      check(alternative as Schema, value, path, trial);
      return trial.length === 0;
    });
    if (!fits) issues.push({ path, message: 'Matches none of the allowed forms' });
  }
  for (const part of schema.allOf ?? []) check(part as Schema, value, path, issues);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) {
      issues.push({ path, message: `Expected ${types.join(' or ')}, received ${typeOf(value)}` });
      return;
    }
  }
  if (schema.enum && !schema.enum.some((option) => option === value)) {
    issues.push({ path, message: `Expected one of ${schema.enum.map((o) => JSON.stringify(o)).join(', ')}` });
  }
  if ('const' in schema && schema.const !== value) {
    issues.push({ path, message: `Expected ${JSON.stringify(schema.const)}` });
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) {
      issues.push({ path, message: `Too short: at least ${schema.minLength} character(s)` });
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      issues.push({ path, message: `Too long: at most ${schema.maxLength} character(s)` });
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      issues.push({ path, message: 'Does not have the expected format' });
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      issues.push({ path, message: `Must be at least ${schema.minimum}` });
    if (schema.maximum !== undefined && value > schema.maximum)
      issues.push({ path, message: `Must be at most ${schema.maximum}` });
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      issues.push({ path, message: `Must be more than ${schema.exclusiveMinimum}` });
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
      issues.push({ path, message: `Must be less than ${schema.exclusiveMaximum}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      issues.push({ path, message: `Needs at least ${schema.minItems} item(s)` });
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      issues.push({ path, message: `Takes at most ${schema.maxItems} item(s)` });
    if (schema.items)
      for (const [i, item] of value.entries()) check(schema.items as Schema, item, [...path, i], issues);
  }
  if (typeOf(value) === 'object' && issues.length === start) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(object, name) || object[name] === undefined)
        issues.push({ path: [...path, name], message: 'Required' });
    }
    for (const [name, child] of Object.entries(object)) {
      const property =
        schema.properties && Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
      if (property) check(property as Schema, child, [...path, name], issues);
      else if (schema.additionalProperties === false)
        issues.push({ path: [...path, name], message: 'Unknown field' });
      else if (typeof schema.additionalProperties === 'object')
        check(schema.additionalProperties as Schema, child, [...path, name], issues);
      else if (typeof child === 'string' && badText(child))
        issues.push({ path: [...path, name], message: `Text ${badText(child)}` });
    }
  }
}

/**
 * Checks a payload against the JSON Schema the router's catalogue gives for it — the subset
 * zod generates: `type`, `required`, `properties`, `enum`, `const`, string lengths and
 * `pattern`, number bounds, arrays (`items`, `minItems`, `maxItems`) and `anyOf` — plus
 * text the router refuses (NUL, unpaired surrogates), so a counter offline can refuse a
 * command that could never apply instead of queueing it.
 *
 * @example
 * ```ts
 * checkPayload({ type: 'object', properties: { note: { type: 'string', minLength: 1 } }, required: ['note'] }, {});
 * // [{ path: ['note'], message: 'Required' }]
 * ```
 */
export function checkPayload(schema: JsonSchema, value: unknown): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  check(schema as Schema, value, [], issues);
  return issues;
}
