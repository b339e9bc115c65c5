import { type AnyServiceDefinition, defineService, type ServiceLabelSet } from '@onecase/core';
import { defineWorkOrder, WORK_ORDER_CHANNELS } from '@onecase/governance';
import type { z } from 'zod';
import { CITY_CATEGORIES } from '../governance/cityCategories.js';
import { cityDirectory } from '../governance/cityDirectory.js';
import { cityJurisdictions } from '../governance/cityJurisdictions.js';
import { cityWorkCalendar } from '../governance/cityWorkCalendar.js';
import type { CatalogueDistrict, CatalogueEntry } from './loadCatalogue.js';

/** The work order's own input fields; every other field of a report's form is kept as a detail. */
const OWN_FIELDS = new Set(['description', 'address']);

// One work order per kind of report, shared by its 16 districts and every version: one machine
// (and so one decider) per kind, not one per service.
const orders = new WeakMap<CatalogueEntry, AnyServiceDefinition>();

function categoryOf(entry: CatalogueEntry) {
  const category = CITY_CATEGORIES.find((candidate) => candidate.code === entry.workOrder);
  if (!category) {
    throw new Error(
      `catalogue service '${entry.id}': workOrder '${String(entry.workOrder)}' is none of the city's 12345 categories`,
    );
  }
  return category;
}

function workOrderOf(entry: CatalogueEntry, form: z.ZodObject): AnyServiceDefinition {
  let order = orders.get(entry);
  if (!order) {
    if (!form.shape.description) {
      throw new Error(`catalogue service '${entry.id}': a report needs a description field`);
    }
    const { code, zh, en } = categoryOf(entry);
    const details = Object.keys(form.shape).filter((field) => !OWN_FIELDS.has(field));
    order = defineWorkOrder({
      id: entry.id,
      version: 1,
      title: entry.en,
      refPrefix: entry.code,
      categories: [{ code, zh, en }],
      details: form.pick(Object.fromEntries(details.map((field) => [field, true])) as Record<string, true>),
      jurisdictions: cityJurisdictions,
      directory: cityDirectory,
      calendar: cityWorkCalendar,
      // The catalogue's time limit is the resolution limit, in working days.
      limits: { resolve: { [code]: `${entry.limitDays}wd` } },
    });
    orders.set(entry, order);
  }
  return order;
}

/** The street or town of the district the address names, else the district itself. */
function unitIn(district: string, address: unknown): string {
  const unit = typeof address === 'string' ? cityJurisdictions.match(address) : undefined;
  return unit && cityJurisdictions.path(unit.id)[1]?.id === district ? unit.id : district;
}

/** Citizens act through the channels the entry opens on (Open311 as the web does), plus the centre and departments. */
function channelsOf(opening: readonly string[]) {
  const citizen = (channel: string) =>
    channel === 'counter' || channel === 'hotline' ? WORK_ORDER_CHANNELS[channel] : WORK_ORDER_CHANNELS.web;
  return {
    ...Object.fromEntries(opening.map((channel) => [channel, citizen(channel)])),
    centre: WORK_ORDER_CHANNELS.centre,
    department: WORK_ORDER_CHANNELS.department,
  };
}

/** What a catalogue report of one district takes besides its entry: its names and its form. */
export interface CatalogueReportOptions {
  id: string;
  version: number;
  refPrefix: string;
  entry: CatalogueEntry;
  district: CatalogueDistrict;
  form: z.ZodObject;
  labels: ServiceLabelSet & Record<'zh-CN' | 'en', { title: string; description?: string }>;
}

/**
 * A report of the catalogue (投诉举报) in one district as a 12345 work order: the entry's
 * form, with its category and the district (or the street its address names) added, opens
 * the work-order machine of `defineWorkOrder`, so the directory proposes the department, the
 * China calendar sets the deadlines and the case runs 派单 → 签收 → 办理 → 答复 → 回访 like the
 * street-facility report.
 *
 * @example
 * ```ts
 * const service = catalogueReport({ id: 'haidian-road-damage', version: 1, refPrefix: 'HDRDM', entry, district, form, labels });
 * ```
 */
export function catalogueReport(options: CatalogueReportOptions): AnyServiceDefinition {
  const { entry, district, form, labels } = options;
  const order = workOrderOf(entry, form);
  const { code } = categoryOf(entry);
  if (!cityJurisdictions.get(district.id)) {
    throw new Error(`catalogue district '${district.id}' is not one of the city's jurisdictions`);
  }
  return defineService({
    id: options.id,
    version: options.version,
    title: labels.en.title,
    ...(labels.en.description !== undefined ? { description: labels.en.description } : {}),
    refPrefix: options.refPrefix,
    machine: order.machine,
    input: form.transform((values) => ({
      ...values,
      category: code,
      unit: unitIn(district.id, values.address),
    })),
    events: order.events,
    channels: channelsOf(entry.channels),
    open: entry.channels,
    ...(order.index ? { index: order.index } : {}),
    ...(order.queueIndexes ? { queueIndexes: order.queueIndexes } : {}),
    labels,
  });
}
