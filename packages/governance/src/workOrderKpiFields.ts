import { workingTimeBetween } from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';
import type { WorkOrderFacts } from './workOrderTypes.js';
import { dayOf, formatDayKey } from './zonedDays.js';

/** The per-case yes/no figures the KPIs count, each a share of another (see `kpiRowOf`). */
export const KPI_FLAGS = [
  'dispatched',
  'signedOnTime',
  'rated',
  'askedResolved',
  'resolved',
  'satisfied',
  'reopened',
  'closed',
  'closedOnTime',
  'hotline',
  'answeredOnCall',
] as const;

/** One of `KPI_FLAGS`. */
export type KpiFlag = (typeof KPI_FLAGS)[number];

/**
 * What one work order contributes to the KPIs, as index values: the yes/no figures of
 * `KPI_FLAGS`, the working hours to sign for and to resolve (null until both ends happened),
 * whether it was merged into another (the master counts), and its receipt day.
 */
export type WorkOrderKpiFields = Record<KpiFlag, boolean> & {
  merged: boolean;
  signForHours: number | null;
  resolveHours: number | null;
  /** `YYYY-MM-DD` of the receipt in the calendar's time zone, for `groupBy: 'day'`. */
  receivedDay: string;
};

const HOUR = 3_600_000;

/**
 * The KPI figures of one work order from its facts, in working hours of `calendar`: the one
 * place each per-case KPI formula lives (the index computes it at every commit; `kpisFromCases`
 * reads it from views).
 *
 * @example
 * ```ts
 * workOrderKpiFields((view.context as WorkOrderContext).facts, chinaWorkCalendar()).signedOnTime; // true
 * ```
 */
export function workOrderKpiFields(facts: WorkOrderFacts, calendar: WorkCalendar): WorkOrderKpiFields {
  const hours = (from: number | null, to: number | null) =>
    from === null || to === null ? null : workingTimeBetween(calendar, from, to) / HOUR;
  const dispatched = facts.firstDispatchedAt !== null;
  const rated = facts.satisfaction !== null;
  const closed = facts.closeReason !== null;
  const hotline = facts.channel === 'hotline';
  return {
    // 响应率 = signedOnTime ÷ dispatched: signed for before the sign-for deadline.
    dispatched,
    signedOnTime: dispatched && facts.signedAt !== null && !facts.signForMissed,
    // 满意率 = satisfied ÷ rated; 解决率 = resolved ÷ askedResolved; 重办率 = reopened ÷ rated.
    rated,
    askedResolved: rated && facts.resolved !== null,
    resolved: rated && facts.resolved === true,
    satisfied: rated && facts.satisfaction! >= 4,
    reopened: rated && facts.reopened > 0,
    // 按时办结率 = closedOnTime ÷ closed.
    closed,
    closedOnTime: closed && !facts.resolveMissed,
    // 一次办结率 = answeredOnCall ÷ hotline: answered and closed during the call.
    hotline,
    answeredOnCall: hotline && facts.closeReason === 'answered',
    merged: facts.merged,
    signForHours: hours(facts.dispatchedAt, facts.signedAt),
    resolveHours: hours(facts.receivedAt, facts.repliedAt),
    receivedDay: formatDayKey(dayOf(calendar.zone, facts.receivedAt)),
  };
}
