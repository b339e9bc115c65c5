import type { RouterClient } from '@onecase/core';
import type { WorkCalendar } from './createWorkCalendar.js';
import { type KpiRow, type KpiWindow, kpiAggregate, kpiRowsOf } from './kpiAggregate.js';

/** Which work orders to count: received in `[from, to)`, optionally of some services or one channel only. */
export interface ComputeKpisOptions extends KpiWindow {
  /** Work-order service ids (default: every service whose cases carry the KPI index fields). */
  services?: string[];
  /** Only work orders opened on this channel (their `channel` index field), e.g. `'hotline'`. */
  channel?: string;
  /**
   * Not read any more: working hours and receipt days are computed at each commit with the
   * calendar the work order was defined with (kept so existing calls still type-check).
   */
  calendar?: WorkCalendar;
}

/**
 * Computes the 12345 KPIs of the work orders received in a period with ONE `router.aggregate`
 * call over their index fields, so the store does the counting (PostgreSQL: one SQL
 * statement), over any `RouterClient` (in process or over HTTP). The formulas are those of
 * `kpisFromCases`, which gives the same rows from views in process.
 *
 * @example
 * ```ts
 * const rows = await computeKpis(router, { from, to, groupBy: 'district' });
 * const byHotline = await computeKpis(router, { from, to, groupBy: 'district', channel: 'hotline' });
 * rows[0]?.responseRate; // 0.8
 * ```
 */
export async function computeKpis(
  router: Pick<RouterClient, 'aggregate'>,
  options: ComputeKpisOptions,
): Promise<KpiRow[]> {
  const query = kpiAggregate(options, options.services);
  if (options.channel !== undefined) query.where = { ...query.where, channel: options.channel };
  const rows = await router.aggregate(query);
  return kpiRowsOf(rows, options.groupBy !== undefined);
}
