/** A JSON Schema node, as `describeService` writes them (draft 2020-12 from zod). */
export type JsonSchema = Record<string, any>;

/** What control a schema node becomes. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'date'
  | 'datetime'
  | 'list'
  | 'group'
  | 'unknown';

/** One choice of an enum: its value and the text shown for it. */
export interface Choice {
  value: string | number | boolean;
  label?: string;
}

/** A schema node read once into what the form needs to render and check it. */
export interface FieldModel {
  kind: FieldKind;
  schema: JsonSchema;
  label?: string;
  hint?: string;
  choices?: Choice[];
  /** `list`: the model of each item. */
  item?: FieldModel;
  /** `group`: the model of each property, in schema order, and which are required. */
  properties?: { name: string; model: FieldModel; required: boolean }[];
  default?: unknown;
}

/** The non-null branch of `anyOf: [T, { type: 'null' }]` (a nullable field), else the node itself. */
function withoutNull(schema: JsonSchema): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(branches)) return schema;
  const rest = branches.filter((branch: JsonSchema) => branch.type !== 'null');
  if (rest.length === 1 && !('const' in rest[0])) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...own } = schema;
    return { ...rest[0], ...own };
  }
  return schema;
}

function choicesOf(schema: JsonSchema): Choice[] | undefined {
  const branches = schema.oneOf ?? schema.anyOf;
  // A labelled enum: `oneOf: [{ const: 'retail', title: '零售' }, …]`, beside its `enum` when the
  // catalogue wrote it; the enum (if any) keeps the order and says which values are allowed.
  const labelled =
    Array.isArray(branches) &&
    branches.length > 0 &&
    branches.every((branch: JsonSchema) => 'const' in branch)
      ? new Map<unknown, string | undefined>(
          branches.map((branch: JsonSchema) => [
            branch.const,
            branch.title ? String(branch.title) : undefined,
          ]),
        )
      : undefined;
  const choice = (value: Choice['value']): Choice => {
    const label = labelled?.get(value);
    return { value, ...(label !== undefined ? { label } : {}) };
  };
  if (Array.isArray(schema.enum)) return schema.enum.map(choice);
  if (labelled) return [...labelled.keys()].map((value) => choice(value as Choice['value']));
  if ('const' in schema) return [{ value: schema.const, ...(schema.title ? { label: schema.title } : {}) }];
  return undefined;
}

function kindOf(schema: JsonSchema, choices: Choice[] | undefined): FieldKind {
  if (choices) return 'choice';
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  if (type === 'string') {
    if (schema.format === 'date') return 'date';
    if (schema.format === 'date-time') return 'datetime';
    return (schema.maxLength ?? 0) > 300 ? 'longText' : 'text';
  }
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array' && schema.items && !Array.isArray(schema.items)) return 'list';
  if (type === 'object' || schema.properties) return 'group';
  return 'unknown';
}

/**
 * Reads a JSON Schema node into a field model: the control it needs (text, long text,
 * number, whole number, yes/no, choice, date, date and time, list, group), its label and
 * hint, its choices, and its items or properties.
 *
 * @example
 * ```ts
 * fieldModel(descriptor.input).properties?.map((p) => p.model.kind); // ['text', 'longText', 'choice', 'list']
 * ```
 */
export function fieldModel(node: JsonSchema): FieldModel {
  const schema = withoutNull(node);
  const choices = choicesOf(schema);
  const kind = kindOf(schema, choices);
  const model: FieldModel = {
    kind,
    schema,
    ...(schema.title ? { label: String(schema.title) } : {}),
    ...(schema.description ? { hint: String(schema.description) } : {}),
    ...(choices ? { choices } : {}),
    ...('default' in schema ? { default: schema.default } : {}),
  };
  if (kind === 'list') model.item = fieldModel(schema.items);
  if (kind === 'group') {
    const required = new Set<string>(schema.required ?? []);
    model.properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(
      ([name, property]) => ({ name, model: fieldModel(property), required: required.has(name) }),
    );
  }
  return model;
}

/**
 * A copy of an object schema whose top-level properties carry the given labels as `title`
 * and hints as `description` (a form then shows them in the visitor's language).
 *
 * @example
 * ```ts
 * const schema = labelledSchema(descriptor.input, (name) => text.field(name));
 * ```
 */
export function labelledSchema(
  schema: JsonSchema,
  labelOf: (name: string) => { label: string; hint?: string } | undefined,
): JsonSchema {
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return schema;
  const labelled: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    const text = labelOf(name);
    const { description: _description, ...rest } = property;
    labelled[name] = text
      ? { ...rest, title: text.label, ...(text.hint !== undefined ? { description: text.hint } : {}) }
      : property;
  }
  return { ...schema, properties: labelled };
}
