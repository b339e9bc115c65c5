import { CaseError } from '@onecase/core';
import { GovernanceError } from './governanceError.js';
import { dayOf, formatDayKey, instantOf, isoWeekday, parseDayKey, type Zone, zoneOf } from './zonedDays.js';

/** How whole working days are counted: from the next working day (default) or including the start day. */
export type DayCounting = 'next-working-day' | 'start-day';

/** What to do for a day outside the years the calendar has holiday data for. */
export type CalendarFallback = 'none' | 'weekends';

/** Options of `createWorkCalendar`; dates are local `YYYY-MM-DD` in the calendar's time zone. */
export interface WorkCalendarOptions {
  /** IANA time zone the calendar's days and hours are in, e.g. `Asia/Shanghai`. */
  timeZone: string;
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  workweek: readonly number[];
  /** Days off although they fall in the workweek (public holidays). */
  holidays?: readonly string[];
  /** Days worked although they fall outside the workweek (make-up workdays, 调休上班). */
  makeupWorkdays?: readonly string[];
  /** Office hours of a working day as `HH:MM-HH:MM` spans (default `09:00-12:00`, `13:30-17:30`). */
  hours?: readonly string[];
  /** The days the holiday data covers; outside them a deadline is an error unless `fallback` is `weekends`. */
  covers?: { from: string; to: string };
  /** `weekends`: outside `covers`, use the workweek alone. Default `none` (refuse). */
  fallback?: CalendarFallback;
  /** How whole working days are counted (default `next-working-day`). */
  counting?: DayCounting;
}

/** A working-day calendar: which local days are worked and the office hours of each. */
export interface WorkCalendar {
  readonly timeZone: string;
  readonly workweek: readonly number[];
  readonly counting: DayCounting;
  readonly fallback: CalendarFallback;
  /** The covered days as `YYYY-MM-DD`, or null when the calendar has no bound. */
  readonly covers: { readonly from: string; readonly to: string } | null;
  /** Office hours as minutes after local midnight, sorted, not overlapping. */
  readonly hours: readonly { readonly from: number; readonly to: number }[];
  /** Working minutes in one working day. */
  readonly minutesPerDay: number;
  /** @internal the zone's offsets. */
  readonly zone: Zone;
  /** @internal whether a local day number is a working day (throws outside the covered days). */
  readonly worksOn: (day: number) => boolean;
  /** A copy of this calendar with other counting or fallback rules. */
  with(changes: { counting?: DayCounting; fallback?: CalendarFallback }): WorkCalendar;
}

const DEFAULT_HOURS = ['09:00-12:00', '13:30-17:30'];

function invalid(message: string, details: Record<string, unknown>): CaseError {
  return new CaseError('INVALID_DEFINITION', `Work calendar: ${message}`, details);
}

function parseHours(spans: readonly string[]): { from: number; to: number }[] {
  const parsed = spans.map((span) => {
    const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(span);
    const from = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
    const to = match ? Number(match[3]) * 60 + Number(match[4]) : Number.NaN;
    if (!(from >= 0 && to <= 24 * 60 && from < to)) {
      throw invalid(`office hours '${span}' must be HH:MM-HH:MM with the start before the end`, {
        hours: span,
      });
    }
    return { from, to };
  });
  parsed.sort((a, b) => a.from - b.from);
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]!.from < parsed[i - 1]!.to) {
      throw invalid(`office hours overlap at '${spans[i]}'`, { hours: spans });
    }
  }
  if (parsed.length === 0) throw invalid('hours must name at least one span', { hours: spans });
  return parsed;
}

function daySet(keys: readonly string[], what: string): Set<number> {
  const days = new Set<number>();
  for (const key of keys) {
    const day = parseDayKey(key);
    if (day === undefined) throw invalid(`${what} '${key}' is not a YYYY-MM-DD date`, { [what]: key });
    days.add(day);
  }
  return days;
}

/**
 * Creates a working-day calendar from a workweek, holidays, make-up workdays and office
 * hours, all read in its own time zone whatever the machine's zone is. Bad options throw
 * `CaseError('INVALID_DEFINITION')` naming the option.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar({
 *   timeZone: 'Europe/Paris', workweek: [1, 2, 3, 4, 5],
 *   holidays: ['2026-07-14'], hours: ['09:00-17:00'],
 * });
 * ```
 */
export function createWorkCalendar(options: WorkCalendarOptions): WorkCalendar {
  try {
    zoneOf(options.timeZone);
  } catch {
    throw invalid(`unknown time zone '${String(options.timeZone)}'`, { timeZone: options.timeZone });
  }
  const workweek = [...new Set(options.workweek ?? [])].sort();
  if (workweek.length === 0 || workweek.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    throw invalid('workweek must list ISO weekdays 1 (Monday) to 7 (Sunday)', { workweek: options.workweek });
  }
  const holidays = daySet(options.holidays ?? [], 'holiday');
  const makeup = daySet(options.makeupWorkdays ?? [], 'makeupWorkday');
  const both = [...holidays].find((day) => makeup.has(day));
  if (both !== undefined) {
    throw invalid(`${formatDayKey(both)} is both a holiday and a make-up workday`, {
      day: formatDayKey(both),
    });
  }
  let range: { from: number; to: number } | null = null;
  if (options.covers) {
    const from = parseDayKey(options.covers.from);
    const to = parseDayKey(options.covers.to);
    if (from === undefined || to === undefined || from > to) {
      throw invalid('covers must be { from, to } YYYY-MM-DD dates in order', { covers: options.covers });
    }
    range = { from, to };
  }
  const fallback = options.fallback ?? 'none';
  const counting = options.counting ?? 'next-working-day';
  if (fallback !== 'none' && fallback !== 'weekends') throw invalid(`unknown fallback '${fallback}'`, {});
  if (counting !== 'next-working-day' && counting !== 'start-day') {
    throw invalid(`unknown counting '${counting}'`, {});
  }
  const hours = parseHours(options.hours ?? DEFAULT_HOURS);
  const weekdays = new Set(workweek);
  const zone = zoneOf(options.timeZone);

  const worksOn = (day: number): boolean => {
    if (range && (day < range.from || day > range.to)) {
      if (fallback !== 'weekends') {
        throw new GovernanceError(
          'CALENDAR_OUT_OF_RANGE',
          `The work calendar has no holiday data for ${formatDayKey(day)} (it covers ${formatDayKey(range.from)} to ${formatDayKey(range.to)}); update the data or choose fallback: 'weekends' explicitly`,
          { day: formatDayKey(day), covers: { from: formatDayKey(range.from), to: formatDayKey(range.to) } },
        );
      }
      return weekdays.has(isoWeekday(day));
    }
    if (makeup.has(day)) return true;
    if (holidays.has(day)) return false;
    return weekdays.has(isoWeekday(day));
  };

  const calendar: WorkCalendar = Object.freeze({
    timeZone: options.timeZone,
    workweek,
    counting,
    fallback,
    covers: range ? Object.freeze({ from: formatDayKey(range.from), to: formatDayKey(range.to) }) : null,
    hours: Object.freeze(hours.map((span) => Object.freeze(span))),
    minutesPerDay: hours.reduce((sum, span) => sum + span.to - span.from, 0),
    zone,
    worksOn,
    with(changes: { counting?: DayCounting; fallback?: CalendarFallback }): WorkCalendar {
      return createWorkCalendar({ ...options, ...changes });
    },
  });
  return calendar;
}

/**
 * Tells whether the local day of an instant is a working day of the calendar (holidays and
 * make-up workdays included); throws `CALENDAR_OUT_OF_RANGE` past the calendar's data.
 *
 * @example
 * ```ts
 * isWorkingDay(chinaWorkCalendar(), Date.parse('2026-10-10T10:00:00+08:00')); // true: 调休 Saturday
 * ```
 */
export function isWorkingDay(calendar: WorkCalendar, at: number): boolean {
  return calendar.worksOn(dayOf(calendar.zone, at));
}

/**
 * Tells whether an instant is within office hours of a working day (the close of business
 * itself included, since deadlines fall on it).
 *
 * @example
 * ```ts
 * isWorkingTime(calendar, Date.parse('2026-10-09T17:30:00+08:00')); // true
 * ```
 */
export function isWorkingTime(calendar: WorkCalendar, at: number): boolean {
  const day = dayOf(calendar.zone, at);
  if (!calendar.worksOn(day)) return false;
  return calendar.hours.some(
    (span) => at >= instantOf(calendar.zone, day, span.from) && at <= instantOf(calendar.zone, day, span.to),
  );
}
