import type { ServiceDescriptor } from '@onecase/core';
import type { Page } from 'playwright-core';

type Schema = Record<string, any>;

/** Text of a length the schema accepts, in Chinese. */
export function sampleText(schema: Schema, seed = '徐汇区漕溪北路五号楼下夜间施工噪声扰民'): string {
  const min = Number(schema.minLength ?? 1);
  const max = Number(schema.maxLength ?? 200);
  let text = seed;
  while (text.length < min) text += seed;
  return text.slice(0, Math.max(min, Math.min(max, seed.length)));
}

/** A number the schema accepts. */
export function sampleNumber(schema: Schema): string {
  if (typeof schema.minimum === 'number') return String(Math.max(schema.minimum, 1));
  if (typeof schema.exclusiveMinimum === 'number') return String(schema.exclusiveMinimum + 1);
  return '1';
}

/**
 * Fills the required fields of a service's generated form the way a person does — finding
 * each control by the label the service gives it, never by a field id — so the test keeps
 * working when the service's fields change. `values` overrides the text typed for a label.
 */
export async function fillRequiredByLabels(
  page: Page,
  descriptor: ServiceDescriptor,
  values: Record<string, string> = {},
): Promise<void> {
  const schema = descriptor.input as Schema;
  const required = new Set<string>(schema.required ?? []);
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    if (!required.has(name) || property.default !== undefined) continue;
    const label = String(property.title ?? name);
    if (Array.isArray(property.enum)) {
      if (property.enum.length <= 5) {
        await page.getByRole('group', { name: label, exact: true }).getByRole('radio').first().check();
      } else {
        await page.getByLabel(label, { exact: true }).selectOption({ index: 1 });
      }
    } else if (property.type === 'array') {
      await page
        .getByLabel(`${label} 第 1 项`, { exact: true })
        .fill(values[label] ?? sampleText(property.items ?? {}));
    } else if (property.type === 'integer' || property.type === 'number') {
      await page.getByLabel(label, { exact: true }).fill(values[label] ?? sampleNumber(property));
    } else if (property.type === 'string') {
      await page.getByLabel(label, { exact: true }).fill(values[label] ?? sampleText(property));
    }
  }
}
