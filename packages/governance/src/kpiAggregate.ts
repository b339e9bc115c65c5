import type { AggregateMeasure, AggregateQuery, AggregateRow } from '@onecase/core';
import { KPI_FLAGS, type KpiFlag } from './workOrderKpiFields.js';

/** What KPIs can be grouped by (work-order index fields; `day` is the receipt day). */
export type KpiGroupBy = 'district' | 'street' | 'department' | 'channel' | 'category' | 'day';

/** The figures of one group; a rate is null when its denominator is zero. */
export interface KpiRow {
  group: string;
  counts: {
    received: number;
    dispatched: number;
    signedOnTime: number;
    rated: number;
    /** Rated cases whose citizen answered whether the problem was solved. */
    askedResolved: number;
    resolved: number;
    satisfied: number;
    reopened: number;
    closed: number;
    closedOnTime: number;
    hotline: number;
    answeredOnCall: number;
  };
  /** 响应率: signed for before the sign-for deadline ÷ dispatched. */
  responseRate: number | null;
  /** 解决率: said "resolved" at the return visit ÷ rated cases asked that question. */
  resolutionRate: number | null;
  /** 满意率: satisfied or very satisfied (4–5) ÷ rated. */
  satisfactionRate: number | null;
  /** 按时办结率: closed without missing the resolution deadline ÷ closed. */
  onTimeClosureRate: number | null;
  /** 重办率: reopened at least once ÷ rated. */
  reopenRate: number | null;
  /** 一次办结率 (hotline): answered and closed during the call ÷ hotline cases. */
  firstCallResolution: number | null;
  /** Working hours from the (last) dispatch to the sign-for: mean and nearest-rank 90th percentile. */
  signForHours: { mean: number | null; p90: number | null };
  /** Working hours from receipt to the (last) reply: mean and nearest-rank 90th percentile. */
  resolveHours: { mean: number | null; p90: number | null };
}

/** The work orders a KPI report counts: received in `[from, to)`, grouped or not. */
export interface KpiWindow {
  from: number;
  to: number;
  groupBy?: KpiGroupBy;
}

const MEASURES: Record<string, AggregateMeasure> = {
  received: { count: true },
  ...Object.fromEntries(KPI_FLAGS.map((flag) => [flag, { count: true, where: { [flag]: true } }])),
  signForMean: { mean: 'signForHours' },
  signForP90: { percentile: 'signForHours', p: 0.9 },
  resolveMean: { mean: 'resolveHours' },
  resolveP90: { percentile: 'resolveHours', p: 0.9 },
};

/**
 * The one aggregate the KPIs are: the work orders received in the window that were not merged
 * into another (their master counts), grouped by the index field of `groupBy`, with a count per
 * KPI flag and the mean and p90 of the working hours.
 *
 * @example
 * ```ts
 * const rows = await router.aggregate(kpiAggregate({ from, to, groupBy: 'district' }));
 * ```
 */
export function kpiAggregate(window: KpiWindow, services?: string[]): AggregateQuery {
  return {
    ...(services ? { service: services } : {}),
    where: { receivedAt: { gte: window.from, lt: window.to }, merged: false },
    ...(window.groupBy ? { groupBy: window.groupBy === 'day' ? 'receivedDay' : window.groupBy } : {}),
    measures: MEASURES,
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The KPI rows of an aggregate's rows: each rate from its counts (the one place the rates are
 * computed), groups named as text (`all` ungrouped, `(none)` for cases without a group value) in
 * text order, no empty row.
 *
 * @example
 * ```ts
 * const kpis = kpiRowsOf(await router.aggregate(kpiAggregate(window)), window.groupBy !== undefined);
 * ```
 */
export function kpiRowsOf(rows: readonly AggregateRow[], grouped: boolean): KpiRow[] {
  return rows
    .filter((row) => (row.values.received ?? 0) > 0)
    .map((row): KpiRow => {
      const n = (name: 'received' | KpiFlag) => row.values[name] ?? 0;
      const counts: KpiRow['counts'] = {
        received: n('received'),
        ...(Object.fromEntries(KPI_FLAGS.map((flag) => [flag, n(flag)])) as Record<KpiFlag, number>),
      };
      return {
        group: !grouped ? 'all' : row.group === null ? '(none)' : String(row.group),
        counts,
        responseRate: ratio(counts.signedOnTime, counts.dispatched),
        resolutionRate: ratio(counts.resolved, counts.askedResolved),
        satisfactionRate: ratio(counts.satisfied, counts.rated),
        onTimeClosureRate: ratio(counts.closedOnTime, counts.closed),
        reopenRate: ratio(counts.reopened, counts.rated),
        firstCallResolution: ratio(counts.answeredOnCall, counts.hotline),
        signForHours: { mean: row.values.signForMean ?? null, p90: row.values.signForP90 ?? null },
        resolveHours: { mean: row.values.resolveMean ?? null, p90: row.values.resolveP90 ?? null },
      };
    })
    .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}
