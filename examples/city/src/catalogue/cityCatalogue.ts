import { WORK_ORDER_LABELS } from '@onecase/governance';
import { type AnyServiceDefinition, defineService, type FieldLabel, type ServiceLabels } from '@onecase/core';
import { z } from 'zod';
import { catalogueReport } from './catalogueReport.js';
import { CATALOGUE_SHAPES } from './catalogueShapes.js';
import {
  type CatalogueData,
  type CatalogueDistrict,
  type CatalogueEntry,
  type CatalogueField,
  loadCatalogue,
} from './loadCatalogue.js';

/** What `cityCatalogue` makes: which districts, from which data, how many versions of each. */
export interface CityCatalogueOptions {
  /** District ids (default all 16). */
  districts?: readonly string[];
  /** The data (default `loadCatalogue()` of the files beside this module). */
  data?: CatalogueData;
  /** Register versions 1…n of every service (default 1), as a city does while its forms change. */
  versions?: number;
}

/** Where a catalogue service comes from: its data entry and district. */
export interface CatalogueOrigin {
  entry: CatalogueEntry;
  district: CatalogueDistrict;
  /** The category's names (`group` in Open311). */
  category: { 'zh-CN': string; en: string };
  department: { id: string; 'zh-CN': string; en: string };
}

const origins = new Map<string, CatalogueOrigin>();
// One form schema per kind of service, shared by its 16 districts and every version: zod builds its fast path once.
const forms = new WeakMap<CatalogueEntry, z.ZodObject>();

function formOf(entry: CatalogueEntry): z.ZodObject {
  let form = forms.get(entry);
  if (!form) {
    form = z.object(Object.fromEntries(entry.fields.map((field) => [field.id, fieldSchema(field)])));
    forms.set(entry, form);
  }
  return form;
}

function fieldSchema(field: CatalogueField): z.ZodType {
  const options = (field.options ?? []).map((option) => option.value) as [string, ...string[]];
  const schema = {
    string: () => z.string().trim().min(1).max(200),
    text: () => z.string().trim().min(5).max(4000),
    number: () => z.number().nonnegative(),
    integer: () => z.number().int().nonnegative(),
    date: () => z.iso.date(),
    boolean: () => z.boolean(),
    choice: () => z.enum(options),
    choices: () => z.array(z.enum(options)).min(1),
  }[field.type]();
  return field.required ? schema : schema.optional();
}

const REPORT_LABELS = {
  'zh-CN': { events: WORK_ORDER_LABELS['zh-CN'].events, states: WORK_ORDER_LABELS['zh-CN'].states },
  en: { events: WORK_ORDER_LABELS.en.events, states: WORK_ORDER_LABELS.en.states },
};

/** A field's label in one language, with its choices named when it has any. */
function fieldLabel(field: CatalogueField, locale: 'zh-CN' | 'en'): FieldLabel {
  if (field.options === undefined) return field[locale];
  const own = field[locale];
  return {
    ...(typeof own === 'string' ? { label: own } : own),
    values: Object.fromEntries(field.options.map((option) => [option.value, option[locale]])),
  };
}

function labelsOf(origin: CatalogueOrigin): Record<'zh-CN' | 'en', ServiceLabels> {
  const { entry, district, department } = origin;
  const report = entry.shape === 'report';
  // A report speaks the work order's own events and states; its form's fields are its own.
  const shape = entry.shape === 'report' ? REPORT_LABELS : CATALOGUE_SHAPES[entry.shape].labels;
  const fields = (locale: 'zh-CN' | 'en') =>
    Object.fromEntries(
      entry.fields.map((field): [string, FieldLabel] => [field.id, fieldLabel(field, locale)]),
    );
  return {
    'zh-CN': {
      title: `${entry['zh-CN']}（${district['zh-CN']}）`,
      description: report
        ? `经12345派至${district['zh-CN']}的承办单位办理`
        : `由${district['zh-CN']}${department['zh-CN']}办理`,
      fields: fields('zh-CN'),
      ...shape['zh-CN'],
    },
    en: {
      title: `${entry.en} (${district.en})`,
      description: report
        ? `Sent by the 12345 centre to the office responsible in ${district.en}`
        : `Handled by the ${district.en} ${department.en}`,
      fields: fields('en'),
      ...shape.en,
    },
  };
}

function serviceOf(data: CatalogueData, entry: CatalogueEntry, district: CatalogueDistrict, version: number) {
  const department = { id: `${district.id}.${entry.department}`, ...data.departments[entry.department]! };
  const origin: CatalogueOrigin = { entry, district, category: data.categories[entry.category]!, department };
  const id = `${district.id}-${entry.id}`;
  origins.set(id, origin);
  const form = formOf(entry);
  const labels = labelsOf(origin);
  const refPrefix = `${district.code}${entry.code}`;
  if (entry.shape === 'report')
    return catalogueReport({ id, version, refPrefix, entry, district, form, labels });
  const shape = CATALOGUE_SHAPES[entry.shape];
  return defineService({
    id,
    version,
    title: labels.en.title,
    description: labels.en.description!,
    refPrefix,
    machine: shape.machine(entry.limitDays),
    // The district and department ride on the input, so one machine per shape serves every district.
    input: form.transform((values) => ({ ...values, district: district.id, department: department.id })),
    events: shape.events,
    channels: shape.channels(entry.channels),
    open: entry.channels,
    index: {
      department: ({ context }) => context.department,
      district: () => district.id,
      category: () => entry.category,
      dueAt: ({ context }) => context.dueAt,
    },
    labels,
  });
}

/**
 * The example city's catalogue at Jingban scale: every kind of service in the data file, in each
 * of the 16 districts (≈600 services), each made from one of three machine shapes: an
 * application reviewed by its department, a report run as a 12345 work order over the city's
 * jurisdictions and dispatch directory, a consultation answered once. `createCity` registers
 * it beside `cityServices`.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: [...cityServices, ...cityCatalogue()] });
 * await router.open({ service: 'haidian-road-damage', input: { description: 'Pothole by the gate', address: '5 Zhongguancun St' }, via });
 * ```
 */
export function cityCatalogue(options: CityCatalogueOptions = {}): AnyServiceDefinition[] {
  const data = options.data ?? loadCatalogue();
  const wanted = options.districts ? new Set(options.districts) : undefined;
  const districts = data.districts.filter((district) => !wanted || wanted.has(district.id));
  if (wanted && districts.length !== wanted.size) {
    const known = new Set(data.districts.map((district) => district.id));
    throw new Error(`Unknown district: ${[...wanted].filter((id) => !known.has(id)).join(', ')}`);
  }
  const versions = options.versions ?? 1;
  const services: AnyServiceDefinition[] = [];
  for (const district of districts) {
    for (const entry of data.entries) {
      for (let version = 1; version <= versions; version++)
        services.push(serviceOf(data, entry, district, version));
    }
  }
  return services;
}

/**
 * Where a catalogue service comes from (its data entry, district, category and department), or
 * `undefined` for a service that is not from the catalogue; e.g. Open311's `group`.
 *
 * @example
 * ```ts
 * catalogueOrigin('haidian-road-damage')?.category.en; // 'Transport'
 * ```
 */
export function catalogueOrigin(serviceId: string): CatalogueOrigin | undefined {
  return origins.get(serviceId);
}
