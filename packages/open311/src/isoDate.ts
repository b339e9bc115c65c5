const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(at: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/**
 * Writes epoch ms as ISO 8601 with the time zone's offset, as GeoReport v2 wants its dates
 * (`2026-01-05T09:00:00+08:00`).
 *
 * @example
 * ```ts
 * isoWithOffset(Date.UTC(2026, 0, 5, 1), 'Asia/Shanghai'); // '2026-01-05T09:00:00+08:00'
 * ```
 */
export function isoWithOffset(at: number, timeZone = 'Asia/Shanghai'): string {
  const offset = offsetMinutes(at, timeZone);
  const local = new Date(at + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads an ISO 8601 date of a query (`start_date`), or `undefined` when it is not one. */
export function parseIsoDate(text: string): number | undefined {
  if (!ISO_DATE.test(text.trim())) return undefined;
  const at = Date.parse(text.trim());
  return Number.isFinite(at) ? at : undefined;
}
