import type { JsonSchema } from '@onecase/core';

/**
 * Writes the fields of an object JSON Schema (an event payload or a service input from the
 * catalogue) one per line, for the terminal's `fields` command: name, type, whether required,
 * its limits (an enum's values with their labels, when given) and, when given, its label.
 *
 * @example
 * ```ts
 * fieldLines({ type: 'object', properties: { note: { type: 'string', minLength: 1 } }, required: ['note'] });
 * // ['  note                 string           required - at least 1 character']
 * ```
 */
export function fieldLines(
  schema: JsonSchema,
  labels?: Record<string, { label: string }>,
  values?: Record<string, Record<string, string>>,
): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const names = Object.keys(properties);
  if (names.length === 0) return ['  (no fields)'];
  return names.map((name) => {
    const field = properties[name]!;
    // The clerk types the value; its label beside it is what the citizen said (`catering (餐饮)`).
    const choices = (
      Array.isArray(field.enum) ? field.enum : (field.items as JsonSchema | undefined)?.enum
    ) as unknown[] | undefined;
    const named = (value: unknown) => {
      const label = values?.[name]?.[String(value)];
      return label !== undefined && label !== String(value) ? `${String(value)} (${label})` : String(value);
    };
    const limits = [
      Array.isArray(choices) ? `one of ${choices.map(named).join(', ')}` : '',
      field.minLength !== undefined ? `at least ${plural(field.minLength, 'character')}` : '',
      field.maxLength !== undefined ? `at most ${plural(field.maxLength, 'character')}` : '',
      field.minItems !== undefined ? `at least ${plural(field.minItems, 'item')}` : '',
      field.maxItems !== undefined ? `at most ${plural(field.maxItems, 'item')}` : '',
      field.minimum !== undefined ? `from ${field.minimum}` : '',
      field.maximum !== undefined ? `up to ${field.maximum}` : '',
      field.default !== undefined ? `default ${JSON.stringify(field.default)}` : '',
    ].filter(Boolean);
    const type =
      field.type === 'array'
        ? `list of ${(field.items as JsonSchema | undefined)?.type ?? 'values'}`
        : String(field.type ?? 'any');
    const label = labels?.[name]?.label;
    return `  ${name.padEnd(20)} ${type.padEnd(16)} ${required.has(name) ? 'required' : 'optional'}${limits.length > 0 ? ` - ${limits.join(', ')}` : ''}${label !== undefined && label !== name ? ` · ${label}` : ''}`;
  });
}

function plural(count: unknown, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
