import { workingTimeBetween } from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';
import type { WorkOrderFacts } from './workOrderTypes.js';
import { dayOf, formatDayKey } from './zonedDays.js';

/** What KPIs can be grouped by. */
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
  /** Working hours from the (last) dispatch to the sign-for. */
  signForHours: { mean: number | null; p90: number | null };
  /** Working hours from receipt to the (last) reply. */
  resolveHours: { mean: number | null; p90: number | null };
}

/** Options of `kpisFromCases`: the receipt window `[from, to)` and the grouping. */
export interface KpiOptions {
  from: number;
  to: number;
  groupBy?: KpiGroupBy;
  /** The calendar working hours are measured on (and days read in, for `groupBy: 'day'`). */
  calendar: WorkCalendar;
}

const HOUR = 3_600_000;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function stats(values: number[]): { mean: number | null; p90: number | null } {
  if (values.length === 0) return { mean: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value at or above 90 % of the cases.
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { mean: values.reduce((sum, v) => sum + v, 0) / values.length, p90 };
}

function factsOf(view: { context: unknown }): WorkOrderFacts | undefined {
  const facts = (view.context as { facts?: WorkOrderFacts } | null)?.facts;
  return facts && typeof facts.receivedAt === 'number' && typeof facts.channel === 'string'
    ? facts
    : undefined;
}

function row(group: string, cases: WorkOrderFacts[], calendar: WorkCalendar): KpiRow {
  const dispatched = cases.filter((c) => c.firstDispatchedAt !== null);
  const signedOnTime = dispatched.filter((c) => c.signedAt !== null && !c.signForMissed);
  const rated = cases.filter((c) => c.satisfaction !== null);
  const askedResolved = rated.filter((c) => c.resolved !== null);
  const resolved = askedResolved.filter((c) => c.resolved === true);
  const satisfied = rated.filter((c) => c.satisfaction! >= 4);
  const reopened = rated.filter((c) => c.reopened > 0);
  const closed = cases.filter((c) => c.closeReason !== null);
  const closedOnTime = closed.filter((c) => !c.resolveMissed);
  const hotline = cases.filter((c) => c.channel === 'hotline');
  const answeredOnCall = hotline.filter((c) => c.closeReason === 'answered');
  const hours = (from: number | null, to: number | null) =>
    from === null || to === null ? [] : [workingTimeBetween(calendar, from, to) / HOUR];
  return {
    group,
    counts: {
      received: cases.length,
      dispatched: dispatched.length,
      signedOnTime: signedOnTime.length,
      rated: rated.length,
      askedResolved: askedResolved.length,
      resolved: resolved.length,
      satisfied: satisfied.length,
      reopened: reopened.length,
      closed: closed.length,
      closedOnTime: closedOnTime.length,
      hotline: hotline.length,
      answeredOnCall: answeredOnCall.length,
    },
    responseRate: ratio(signedOnTime.length, dispatched.length),
    resolutionRate: ratio(resolved.length, askedResolved.length),
    satisfactionRate: ratio(satisfied.length, rated.length),
    onTimeClosureRate: ratio(closedOnTime.length, closed.length),
    reopenRate: ratio(reopened.length, rated.length),
    firstCallResolution: ratio(answeredOnCall.length, hotline.length),
    signForHours: stats(cases.flatMap((c) => hours(c.dispatchedAt, c.signedAt))),
    resolveHours: stats(cases.flatMap((c) => hours(c.receivedAt, c.repliedAt))),
  };
}

/**
 * Computes the 12345 KPIs from work-order cases (their views or anything with the work
 * order's `context`): the cases received in `[from, to)`, merged duplicates left out (their
 * master counts), grouped by district, street, department, channel, category or day. Pure:
 * the same cases give the same figures on any machine. Cases of other services are ignored.
 *
 * @example
 * ```ts
 * const rows = kpisFromCases(views, { from: Date.parse('2026-03-01T00:00:00+08:00'), to: Date.parse('2026-04-01T00:00:00+08:00'), groupBy: 'district', calendar });
 * rows[0]?.satisfactionRate; // 0.75
 * ```
 */
export function kpisFromCases(views: Iterable<{ context: unknown }>, options: KpiOptions): KpiRow[] {
  const groups = new Map<string, WorkOrderFacts[]>();
  const keyOf = (facts: WorkOrderFacts): string => {
    switch (options.groupBy) {
      case undefined:
        return 'all';
      case 'day':
        return formatDayKey(dayOf(options.calendar.zone, facts.receivedAt));
      default:
        return String(facts[options.groupBy] ?? '(none)');
    }
  };
  for (const view of views) {
    const facts = factsOf(view);
    if (!facts || facts.merged || facts.receivedAt < options.from || facts.receivedAt >= options.to) continue;
    const key = keyOf(facts);
    const list = groups.get(key);
    if (list) list.push(facts);
    else groups.set(key, [facts]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, cases]) => row(group, cases, options.calendar));
}
