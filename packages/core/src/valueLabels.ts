import { z } from 'zod';
import { CaseError } from './caseError.js';

/**
 * The fields of an input below its top level and the choices of its enum fields, by field path:
 * object keys joined with dots (`vehicle.kind`), an array standing for its items (`zones` for
 * `z.array(z.enum([…]))`, `stops.kind` for a list of objects with a `kind` enum).
 */
export interface InputPaths {
  /** Every field path below the top level (`vehicle.plate`, `stops.kind`). */
  nested: string[];
  /** Every enum field path with its values, in the order the enum lists them. */
  choices: Record<string, string[]>;
}

// Wrappers that change whether a value may be absent or how it is parsed, never what it may be.
function unwrapped(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else {
      const inner = (current as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
      if (inner === undefined) return current;
      current = inner;
    }
  }
}

function walkZod(schema: z.ZodType, path: string, paths: InputPaths): void {
  const node = unwrapped(schema);
  if (node instanceof z.ZodEnum) paths.choices[path] = node.options.map(String);
  else if (node instanceof z.ZodArray) walkZod(node.element as z.ZodType, path, paths);
  else if (node instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(node.shape)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (path !== '') paths.nested.push(childPath);
      walkZod(child as z.ZodType, childPath, paths);
    }
  }
}

type JsonNode = Record<string, unknown>;

function constsOf(node: JsonNode): string[] | undefined {
  if (Array.isArray(node.enum)) return node.enum.map(String);
  const branches = node.oneOf ?? node.anyOf;
  if (Array.isArray(branches) && branches.length > 0 && branches.every((b) => b && 'const' in b)) {
    return branches.map((branch: JsonNode) => String(branch.const));
  }
  return undefined;
}

function walkJson(node: unknown, path: string, paths: InputPaths): void {
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonNode;
  const consts = constsOf(schema);
  if (consts !== undefined && path !== '') {
    paths.choices[path] = consts;
    return;
  }
  for (const branch of [schema.anyOf, schema.oneOf].flatMap((list) => (Array.isArray(list) ? list : []))) {
    walkJson(branch, path, paths);
  }
  if (typeof schema.items === 'object' && !Array.isArray(schema.items)) walkJson(schema.items, path, paths);
  const properties = schema.properties as Record<string, unknown> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (path !== '' && !paths.nested.includes(childPath)) paths.nested.push(childPath);
    walkJson(child, childPath, paths);
  }
}

/**
 * The nested field paths and enum choices of an input: a zod schema (what `defineService`
 * takes; a transform is read on its input side) or the JSON Schema a descriptor carries.
 *
 * @example
 * ```ts
 * inputPaths(z.object({ activity: z.enum(['retail', 'catering']), zones: z.array(z.enum(['A', 'B'])) }));
 * // { nested: [], choices: { activity: ['retail', 'catering'], zones: ['A', 'B'] } }
 * ```
 */
export function inputPaths(input: unknown): InputPaths {
  const paths: InputPaths = { nested: [], choices: {} };
  if (input instanceof z.ZodType) {
    const root = unwrapped(input);
    if (root instanceof z.ZodObject) walkZod(root, '', paths);
  } else walkJson(input, '', paths);
  return paths;
}

function invalid(service: string, message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Service '${service}': ${message}`, { service, ...details });
}

/** The value labels a field entry declares (`undefined` for a plain label). */
export function declaredValues(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null ? (entry as { values?: unknown }).values : undefined;
}

/**
 * Checks the value labels of one locale: they sit on enum fields only, name only values the
 * enum has, and name every value of every enum field (a declared locale labels everything a
 * visitor reads). Throws `INVALID_DEFINITION` naming the locale, field and value.
 */
export function checkValueLabels(
  service: string,
  locale: string,
  fields: Record<string, unknown>,
  choices: Record<string, readonly string[]>,
  at?: { where: string; event: string },
): void {
  // Input fields by default; an event's payload fields name where they sit and which event.
  const where = at?.where ?? `labels.${locale}.fields`;
  const extra = at ? { event: at.event } : {};
  for (const [field, entry] of Object.entries(fields)) {
    const values = declaredValues(entry);
    if (values === undefined) continue;
    const allowed = choices[field];
    if (allowed === undefined) {
      throw invalid(service, `${where}.${field} labels values, but the field is not an enum`, {
        locale,
        ...extra,
        field,
      });
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw invalid(service, `${where}.${field}.values must map values to text`, {
        locale,
        ...extra,
        field,
      });
    }
    for (const [value, text] of Object.entries(values)) {
      if (!allowed.includes(value)) {
        throw invalid(
          service,
          `${where}.${field}.values labels '${value}', which the field's choices (${allowed.join(', ')}) do not have`,
          { locale, ...extra, field, unknown: value },
        );
      }
      if (typeof text !== 'string' || text.trim() === '') {
        throw invalid(service, `${where}.${field}.values.${value} must be text`, {
          locale,
          ...extra,
          field,
          value,
        });
      }
    }
  }
  // A declared locale names every choice of every enum field, as it labels every field.
  for (const [field, allowed] of Object.entries(choices)) {
    const own = (declaredValues(fields[field]) ?? {}) as Record<string, unknown>;
    const missing = allowed.find((value) => !Object.hasOwn(own, value));
    if (missing !== undefined) {
      throw invalid(service, `${where}.${field}.values has no label for '${missing}'`, {
        locale,
        ...extra,
        field,
        missing,
      });
    }
  }
}

/**
 * The text of every value of every enum field, from the first locale of the chain that labels
 * it, else the value itself.
 */
export function resolveValueLabels(
  choices: Record<string, readonly string[]>,
  chain: readonly { fields?: Record<string, unknown> }[],
): Record<string, Record<string, string>> {
  const resolved: Record<string, Record<string, string>> = {};
  for (const [field, values] of Object.entries(choices)) {
    const tables = chain
      .map((set) => declaredValues(set.fields?.[field]))
      .filter((table): table is Record<string, string> => typeof table === 'object' && table !== null);
    resolved[field] = Object.fromEntries(
      values.map((value) => [value, tables.find((table) => Object.hasOwn(table, value))?.[value] ?? value]),
    );
  }
  return resolved;
}
