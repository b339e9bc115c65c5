/** The offset of a time zone from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - ms;
}

/** Midnight at the start of a calendar day (`2026-12-01`) in a time zone, as epoch ms. */
export function zonedDayStart(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(year, month - 1, date);
  const first = guess - offsetAt(guess, timeZone);
  // A second pass settles days on which the offset changes (daylight saving elsewhere).
  return guess - offsetAt(first, timeZone);
}

/** The calendar day (`2026-12-01`) an instant falls on in a time zone. */
export function zonedDayOf(ms: number, timeZone: string): string {
  const shifted = new Date(ms + offsetAt(ms, timeZone));
  return shifted.toISOString().slice(0, 10);
}

/** The day `days` after a calendar day. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
