import { readFileSync } from 'node:fs';
import { z } from 'zod';

const text = z.string().trim().min(1);
const label = z.union([text, z.object({ label: text, hint: text.optional() })]);
const names = z.object({ 'zh-CN': text, en: text });

const fieldSchema = z
  .object({
    type: z.enum(['string', 'text', 'number', 'integer', 'date', 'boolean', 'choice', 'choices']),
    required: z.boolean(),
    /** A choice's value and what people read for it in each language. */
    options: z
      .array(z.object({ value: text, 'zh-CN': text, en: text }))
      .min(1)
      .optional(),
    'zh-CN': label,
    en: label,
  })
  .refine(
    (field) => (field.type === 'choice' || field.type === 'choices') === (field.options !== undefined),
    {
      message: 'choice and choices fields (only) need options',
    },
  );

const ownFieldSchema = fieldSchema.and(z.object({ id: z.string().regex(/^[a-z][A-Za-z0-9]*$/) }));

const entrySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
  code: z.string().regex(/^[A-Z]{2,4}$/),
  shape: z.enum(['application', 'report', 'consultation']),
  /** A report's 12345 category (a code of the city's categories): what the directory routes it by. */
  workOrder: z
    .string()
    .regex(/^[a-z]+\.[a-z]+$/)
    .optional(),
  category: text,
  department: text,
  limitDays: z.number().int().positive(),
  channels: z.array(z.enum(['web', 'counter', 'hotline', 'open311'])).min(1),
  'zh-CN': text,
  en: text,
  // A shared field's name, or a field of its own (checked on its own below, so a problem names the field).
  fields: z.array(z.union([text, z.record(z.string(), z.unknown())])).min(1),
});

const catalogueSchema = z.object({
  categories: z.record(z.string(), names),
  departments: z.record(z.string(), names),
  fields: z.record(z.string(), fieldSchema),
  services: z.array(entrySchema).min(1),
});

const districtsSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z]+$/),
    code: z.string().regex(/^[A-Z]{2}$/),
    'zh-CN': text,
    en: text,
  }),
);

/** A form field of a catalogue entry, with its labels. */
export type CatalogueField = z.infer<typeof fieldSchema> & { id: string };
/** One service of the catalogue data, before it is made per district. */
export type CatalogueEntry = Omit<z.infer<typeof entrySchema>, 'fields'> & { fields: CatalogueField[] };
/** A district the catalogue is offered in. */
export type CatalogueDistrict = z.infer<typeof districtsSchema>[number];

/** The catalogue data, checked and with shared fields resolved. */
export interface CatalogueData {
  categories: Record<string, { 'zh-CN': string; en: string }>;
  departments: Record<string, { 'zh-CN': string; en: string }>;
  entries: CatalogueEntry[];
  districts: CatalogueDistrict[];
}

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/**
 * Reads and checks the catalogue data files (the services, with their fields, departments and
 * categories, and the districts they are offered in); a problem names the file and the entry.
 *
 * @example
 * ```ts
 * const data = loadCatalogue();
 * data.entries.length; // 38 kinds of service
 * ```
 */
export function loadCatalogue(
  servicesFile = new URL('./services.json', import.meta.url),
  districtsFile = new URL('./districts.json', import.meta.url),
): CatalogueData {
  const parsed = catalogueSchema.safeParse(readJson(servicesFile));
  if (!parsed.success) throw new Error(`${servicesFile.pathname}: ${z.prettifyError(parsed.error)}`);
  const districts = districtsSchema.safeParse(readJson(districtsFile));
  if (!districts.success) throw new Error(`${districtsFile.pathname}: ${z.prettifyError(districts.error)}`);
  const { categories, departments, fields, services } = parsed.data;
  const seen = new Set<string>();
  const entries = services.map((entry): CatalogueEntry => {
    const where = `${servicesFile.pathname}: service '${entry.id}'`;
    if (seen.has(entry.id) || seen.has(entry.code)) throw new Error(`${where}: its id or code is used twice`);
    seen.add(entry.id).add(entry.code);
    if (!categories[entry.category]) throw new Error(`${where}: unknown category '${entry.category}'`);
    if (!departments[entry.department]) throw new Error(`${where}: unknown department '${entry.department}'`);
    if ((entry.shape === 'report') !== (entry.workOrder !== undefined)) {
      throw new Error(`${where}: a report (only) names its 12345 category in workOrder`);
    }
    return {
      ...entry,
      fields: entry.fields.map((field, index) => {
        if (typeof field !== 'string') {
          const own = ownFieldSchema.safeParse(field);
          if (!own.success) throw new Error(`${where}: field ${index + 1}: ${z.prettifyError(own.error)}`);
          return own.data as CatalogueField;
        }
        const shared = fields[field];
        if (!shared) throw new Error(`${where}: unknown shared field '${field}'`);
        return { ...shared, id: field };
      }),
    };
  });
  return { categories, departments, entries, districts: districts.data };
}
