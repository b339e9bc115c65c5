import type { WorkCalendar } from './createWorkCalendar.js';
import { GovernanceError } from './governanceError.js';
import { dayOf, instantOf } from './zonedDays.js';

/**
 * A span of working time: whole working days (`'5wd'`), working hours (`'4wh'`), working
 * minutes (`'30wm'`) or a number of working milliseconds.
 */
export type WorkingDuration = `${number}wd` | `${number}wh` | `${number}wm` | number;

// No deadline in a public-service workflow is years away; a calendar that never works is caught here.
const MAX_DAYS_SCANNED = 3660;

/**
 * Reads a working duration into whole days or working milliseconds; throws `INVALID_DURATION`.
 *
 * @example
 * ```ts
 * parseWorkingDuration('4wh'); // { ms: 14400000 }
 * ```
 */
export function parseWorkingDuration(duration: WorkingDuration): { days: number } | { ms: number } {
  if (typeof duration === 'number') {
    if (Number.isFinite(duration) && duration >= 0) return { ms: duration };
  } else {
    const match = /^(\d+)(wd|wh|wm)$/.exec(String(duration).trim());
    if (match) {
      const amount = Number(match[1]);
      if (match[2] === 'wd' && amount >= 1) return { days: amount };
      if (match[2] === 'wh') return { ms: amount * 3_600_000 };
      if (match[2] === 'wm') return { ms: amount * 60_000 };
    }
  }
  throw new GovernanceError(
    'INVALID_DURATION',
    `Invalid working duration '${String(duration)}': use e.g. '5wd' (working days, at least 1), '4wh', '30wm' or working milliseconds`,
    { duration: String(duration) },
  );
}

function closeOfBusiness(calendar: WorkCalendar, day: number): number {
  return instantOf(calendar.zone, day, calendar.hours[calendar.hours.length - 1]!.to);
}

function outOfWork(calendar: WorkCalendar): never {
  throw new GovernanceError(
    'CALENDAR_OUT_OF_RANGE',
    `No working day within ${MAX_DAYS_SCANNED} days in calendar ${calendar.timeZone}`,
    {},
  );
}

function addDays(calendar: WorkCalendar, at: number, days: number): number {
  let day = dayOf(calendar.zone, at);
  let left = days;
  // 'start-day' counts the day of `at` while its office is still open.
  if (calendar.counting === 'start-day' && calendar.worksOn(day) && at < closeOfBusiness(calendar, day)) {
    left -= 1;
  }
  for (let scanned = 0; left > 0; scanned++) {
    if (scanned > MAX_DAYS_SCANNED) outOfWork(calendar);
    day += 1;
    if (calendar.worksOn(day)) left -= 1;
  }
  return closeOfBusiness(calendar, day);
}

function addMs(calendar: WorkCalendar, at: number, ms: number): number {
  let left = ms;
  let day = dayOf(calendar.zone, at);
  let from = at;
  for (let scanned = 0; scanned <= MAX_DAYS_SCANNED; scanned++, day++) {
    if (calendar.worksOn(day)) {
      for (const span of calendar.hours) {
        const end = instantOf(calendar.zone, day, span.to);
        if (from >= end) continue;
        const start = Math.max(from, instantOf(calendar.zone, day, span.from));
        if (left <= end - start) return start + left;
        left -= end - start;
        from = end;
      }
    }
  }
  return outOfWork(calendar);
}

/**
 * Adds working time to an instant (epoch ms in, epoch ms out): whole working days end at the
 * close of business of the last one (counted from the next working day, or from the start day
 * when the calendar counts it), hours and minutes run through office hours only. Throws
 * `CALENDAR_OUT_OF_RANGE` when the deadline passes the calendar's data and no fallback was chosen.
 *
 * @example
 * ```ts
 * // Signed for on Wed 30 Sep 2026: Oct 1–7 is National Day, so 3 working days end on the 调休 Saturday.
 * addWorkingTime(chinaWorkCalendar(), Date.parse('2026-09-30T10:00:00+08:00'), '3wd');
 * // → 2026-10-10T17:30:00+08:00
 * ```
 */
export function addWorkingTime(calendar: WorkCalendar, at: number, duration: WorkingDuration): number {
  if (!Number.isFinite(at)) {
    throw new GovernanceError('INVALID_DURATION', `addWorkingTime: 'at' must be epoch ms, got ${at}`, {});
  }
  const parsed = parseWorkingDuration(duration);
  return 'days' in parsed ? addDays(calendar, at, parsed.days) : addMs(calendar, at, parsed.ms);
}

/**
 * Measures the working time between two instants in milliseconds (office hours of working
 * days only; negative when `to` is before `from`), e.g. a KPI's time to sign for.
 *
 * @example
 * ```ts
 * workingTimeBetween(calendar, receivedAt, signedAt) / 3_600_000; // working hours
 * ```
 */
export function workingTimeBetween(calendar: WorkCalendar, from: number, to: number): number {
  if (to < from) return -workingTimeBetween(calendar, to, from);
  let total = 0;
  const last = dayOf(calendar.zone, to);
  for (let day = dayOf(calendar.zone, from); day <= last; day++) {
    if (!calendar.worksOn(day)) continue;
    for (const span of calendar.hours) {
      const start = Math.max(from, instantOf(calendar.zone, day, span.from));
      const end = Math.min(to, instantOf(calendar.zone, day, span.to));
      if (end > start) total += end - start;
    }
  }
  return total;
}
