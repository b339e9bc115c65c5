import { type AnyServiceDefinition, describeService, type JsonSchema } from '@onecase/core';
import type { Open311Context } from './open311Context.js';
import { Open311Error } from './open311Error.js';

/** The spec's attribute datatypes. */
export type Open311Datatype =
  | 'string'
  | 'number'
  | 'datetime'
  | 'text'
  | 'singlevaluelist'
  | 'multivaluelist';

/** One attribute of a service definition, as GeoReport v2 defines it. */
export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

/** Strings longer than this are `text` (a text area) rather than `string` (one line). */
const LINE_LENGTH = 255;

/** An enum's values, each named by its label in the catalogue's language (`oneOf` const/title), else itself. */
function choices(field: JsonSchema): { key: string; name: string }[] {
  const titles = new Map<string, string>();
  for (const branch of Array.isArray(field.oneOf) ? (field.oneOf as JsonSchema[]) : []) {
    if ('const' in branch && typeof branch.title === 'string') titles.set(String(branch.const), branch.title);
  }
  return (field.enum as unknown[]).map((value) => ({
    key: String(value),
    name: titles.get(String(value)) ?? String(value),
  }));
}

function datatypeOf(field: JsonSchema): {
  datatype: Open311Datatype;
  values?: { key: string; name: string }[];
} {
  if (Array.isArray(field.enum)) return { datatype: 'singlevaluelist', values: choices(field) };
  if (field.type === 'boolean') {
    return { datatype: 'singlevaluelist', values: choices({ enum: [true, false] }) };
  }
  if (field.type === 'number' || field.type === 'integer') return { datatype: 'number' };
  if (field.type === 'array') {
    const items = (field.items ?? {}) as JsonSchema;
    if (Array.isArray(items.enum)) return { datatype: 'multivaluelist', values: choices(items) };
    return { datatype: 'text' };
  }
  if (field.format === 'date-time' || field.format === 'date') return { datatype: 'datetime' };
  if (typeof field.maxLength === 'number' && field.maxLength > LINE_LENGTH) return { datatype: 'text' };
  return { datatype: 'string' };
}

/** The input fields the spec's standard parameters fill, for this service. */
export function standardFields(ctx: Open311Context, service: AnyServiceDefinition): Map<string, string> {
  const properties = (describeService(service).input.properties ?? {}) as Record<string, JsonSchema>;
  const map = new Map<string, string>();
  const pairs: [string, string][] = [
    ['description', ctx.fields.description],
    ['address_string', ctx.fields.address],
    ['address_id', ctx.fields.addressId],
    ['lat', ctx.fields.lat],
    ['long', ctx.fields.long],
  ];
  for (const [param, field] of pairs) if (Object.hasOwn(properties, field)) map.set(field, param);
  return map;
}

interface AttributeShape {
  attribute: Open311Attribute;
  field: JsonSchema;
}

function shapesOf(
  ctx: Open311Context,
  service: AnyServiceDefinition,
  locale: string | undefined,
): AttributeShape[] {
  const input = describeService(service, locale !== undefined ? { locale } : {}).input;
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((input.required ?? []) as string[]);
  const standard = standardFields(ctx, service);
  return Object.entries(properties)
    .filter(([code]) => !standard.has(code))
    .map(([code, field], index) => {
      const { datatype, values } = datatypeOf(field);
      return {
        field,
        attribute: {
          variable: true,
          code,
          datatype,
          required: required.has(code),
          datatype_description: typeof field.description === 'string' ? field.description : null,
          order: index + 1,
          description: typeof field.title === 'string' ? field.title : code,
          ...(values ? { values } : {}),
        },
      };
    });
}

/**
 * The attributes of a service definition: one per input field the standard parameters do not
 * fill, typed from its JSON Schema, with `required`, `order` and the label as `description`.
 */
export function serviceAttributes(
  ctx: Open311Context,
  service: AnyServiceDefinition,
  locale: string | undefined,
): Open311Attribute[] {
  return shapesOf(ctx, service, locale).map((shape) => shape.attribute);
}

function convert(attribute: Open311Attribute, field: JsonSchema, raw: string[]): unknown {
  const name = `attribute[${attribute.code}]`;
  if (attribute.datatype === 'multivaluelist')
    return raw.flatMap((value) => value.split(',')).map((v) => v.trim());
  if (raw.length > 1) throw new Open311Error('INVALID_REQUEST', `${name} takes one value`);
  const value = raw[0]!;
  if (attribute.datatype === 'number') {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(number)) throw new Open311Error('INVALID_REQUEST', `${name} must be a number`);
    return number;
  }
  if (field.type === 'boolean') {
    if (value !== 'true' && value !== 'false')
      throw new Open311Error('INVALID_REQUEST', `${name} must be true or false`);
    return value === 'true';
  }
  if (field.type === 'array') return value.split(/\r?\n/).filter((line) => line.trim() !== '');
  return value;
}

/**
 * Reads `attribute[code]` (and `attribute[code][]` for lists) of a request into the service's
 * input; an unknown code, a value of the wrong type or a missing required attribute is
 * `INVALID_REQUEST` naming each attribute at fault.
 */
export function readAttributes(
  ctx: Open311Context,
  service: AnyServiceDefinition,
  params: URLSearchParams,
  locale: string | undefined,
): Record<string, unknown> {
  const shapes = new Map(shapesOf(ctx, service, locale).map((shape) => [shape.attribute.code, shape]));
  const raw = new Map<string, string[]>();
  const problems: string[] = [];
  for (const [key, value] of params) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (!match) continue;
    const code = match[1]!;
    if (!shapes.has(code)) {
      problems.push(`attribute[${code}] is not an attribute of service ${service.id}`);
      continue;
    }
    raw.set(code, [...(raw.get(code) ?? []), value]);
  }
  const input: Record<string, unknown> = {};
  for (const [code, shape] of shapes) {
    const values = (raw.get(code) ?? []).filter((value) => value !== '');
    if (values.length === 0) {
      if (shape.attribute.required) {
        problems.push(`attribute[${code}] is required (${shape.attribute.description})`);
      }
      continue;
    }
    try {
      input[code] = convert(shape.attribute, shape.field, values);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new Open311Error('INVALID_REQUEST', problems);
  return input;
}
