import china from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import {
  type CalendarFallback,
  createWorkCalendar,
  type DayCounting,
  type WorkCalendar,
} from './createWorkCalendar.js';

/** Options of `chinaWorkCalendar`: the counting rule, the fallback past the data, office hours. */
export interface ChinaWorkCalendarOptions {
  counting?: DayCounting;
  fallback?: CalendarFallback;
  hours?: readonly string[];
}

interface ChinaData {
  holidays: string[];
  makeupWorkdays: string[];
  covers: { from: string; to: string };
}

let data: ChinaData | undefined;

// The package's JSON file, not its functions: those build their tables with UTC parsing and
// local formatting, which shifts every holiday by a day on machines west of UTC.
function loadChinaData(): ChinaData {
  if (data) return data;
  const holidays = Object.keys(china.holidays).sort();
  const years = holidays.map((key) => Number(key.slice(0, 4)));
  data = {
    holidays,
    makeupWorkdays: Object.keys(china.workdays).sort(),
    covers: { from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31` },
  };
  return data;
}

/**
 * The working-day calendar of mainland China: Monday to Friday in `Asia/Shanghai`, with the
 * State Council's public holidays and make-up workdays (调休) from the `chinese-days` package
 * (MIT; data from 2004 to the last year it ships, 2026 in 1.5.7). A deadline past that year
 * throws `CALENDAR_OUT_OF_RANGE` unless `fallback: 'weekends'` is chosen.
 *
 * @example
 * ```ts
 * const calendar = chinaWorkCalendar();
 * isWorkingDay(calendar, Date.parse('2026-10-01T10:00:00+08:00')); // false: National Day
 * ```
 */
export function chinaWorkCalendar(options: ChinaWorkCalendarOptions = {}): WorkCalendar {
  const china = loadChinaData();
  return createWorkCalendar({
    timeZone: 'Asia/Shanghai',
    workweek: [1, 2, 3, 4, 5],
    holidays: china.holidays,
    makeupWorkdays: china.makeupWorkdays,
    covers: china.covers,
    ...options,
  });
}
