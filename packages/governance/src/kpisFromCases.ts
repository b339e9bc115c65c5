import { type AggregatedRecord, aggregateRecords, toAggregateFilter } from '@onecase/core';
import type { WorkCalendar } from './createWorkCalendar.js';
import { type KpiRow, type KpiWindow, kpiAggregate, kpiRowsOf } from './kpiAggregate.js';
import { KPI_FLAGS, workOrderKpiFields } from './workOrderKpiFields.js';
import type { WorkOrderFacts } from './workOrderTypes.js';

/** Options of `kpisFromCases`: the receipt window `[from, to)`, the grouping and the calendar. */
export interface KpiOptions extends KpiWindow {
  /** The calendar working hours are measured on (and days read in, for `groupBy: 'day'`). */
  calendar: WorkCalendar;
}

function factsOf(view: { context: unknown }): WorkOrderFacts | undefined {
  const facts = (view.context as { facts?: WorkOrderFacts } | null)?.facts;
  return facts && typeof facts.receivedAt === 'number' && typeof facts.channel === 'string'
    ? facts
    : undefined;
}

const FIELDS = new Set([
  ...KPI_FLAGS,
  'merged',
  'signForHours',
  'resolveHours',
  'receivedDay',
  'receivedAt',
  'district',
  'street',
  'department',
  'channel',
  'category',
]);

/** A work order as the in-process aggregate reads it: the index values its commit would have written. */
function asRecord(facts: WorkOrderFacts, calendar: WorkCalendar): AggregatedRecord {
  const index: Record<string, string | number | boolean> = {};
  const values = {
    ...workOrderKpiFields(facts, calendar),
    receivedAt: facts.receivedAt,
    district: facts.district,
    street: facts.street,
    department: facts.department,
    channel: facts.channel,
    category: facts.category,
  };
  for (const [name, value] of Object.entries(values)) if (value !== null) index[name] = value;
  return {
    serviceId: 'work-order',
    openedAt: facts.receivedAt,
    updatedAt: facts.receivedAt,
    search: { states: [], tags: [], done: false, index },
  };
}

/**
 * Computes the 12345 KPIs from work-order cases (their views or anything with the work
 * order's `context`) in process: the cases received in `[from, to)`, merged duplicates left out
 * (their master counts), grouped by district, street, department, channel, category or day.
 * It runs the aggregate `computeKpis` asks the store for over the same per-case figures, so both
 * give the same rows. Pure: the same cases give the same figures on any machine. Cases of other
 * services are ignored.
 *
 * @example
 * ```ts
 * const rows = kpisFromCases(views, { from: Date.parse('2026-03-01T00:00:00+08:00'), to: Date.parse('2026-04-01T00:00:00+08:00'), groupBy: 'district', calendar });
 * rows[0]?.satisfactionRate; // 0.75
 * ```
 */
export function kpisFromCases(views: Iterable<{ context: unknown }>, options: KpiOptions): KpiRow[] {
  const records: AggregatedRecord[] = [];
  for (const view of views) {
    const facts = factsOf(view);
    if (facts) records.push(asRecord(facts, options.calendar));
  }
  const filter = toAggregateFilter(kpiAggregate(options), FIELDS);
  return kpiRowsOf(aggregateRecords(filter, records), options.groupBy !== undefined);
}
