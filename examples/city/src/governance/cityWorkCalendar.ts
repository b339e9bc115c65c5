import { chinaWorkCalendar } from '@onecase/governance';

/**
 * The working days the city's 12345 deadlines count: the official China calendar (holidays
 * and 调休 make-up workdays). chinese-days 1.5.7 ships holidays up to 2026; until a release
 * carries the State Council's 2027 notice, deadlines in 2027 count weekends only (New Year's
 * Day would be a working day), rather than refusing every report whose escalation ladder
 * reaches into January.
 *
 * @example
 * ```ts
 * const due = addWorkingTime(cityWorkCalendar, Date.parse('2026-09-30T10:00:00+08:00'), '3wd');
 * ```
 */
export const cityWorkCalendar = chinaWorkCalendar({ fallback: 'weekends' });
