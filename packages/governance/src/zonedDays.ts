// Day arithmetic in an IANA time zone without reading the machine's zone: a "day" is the
// number of local calendar days since 1970-01-01, so sets of holidays are sets of integers.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 200_000;

/** Offsets of one time zone, memoised per UTC hour (zones change offset on the hour at most). */
export interface Zone {
  readonly timeZone: string;
  /** Local time minus UTC at the instant `utc`, in ms. */
  offsetAt(utc: number): number;
}

const zones = new Map<string, Zone>();

/** The zone named `timeZone`; throws a RangeError for a name Intl does not know. */
export function zoneOf(timeZone: string): Zone {
  const known = zones.get(timeZone);
  if (known) return known;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const cache = new Map<number, number>();
  const compute = (utc: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(utc)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const local = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    );
    return local - (utc - (((utc % 1000) + 1000) % 1000));
  };
  const zone: Zone = {
    timeZone,
    offsetAt(utc) {
      const hour = Math.floor(utc / HOUR_MS);
      let offset = cache.get(hour);
      if (offset === undefined) {
        if (cache.size > MAX_CACHED_HOURS) cache.clear();
        offset = compute(hour * HOUR_MS);
        cache.set(hour, offset);
      }
      return offset;
    },
  };
  zones.set(timeZone, zone);
  return zone;
}

/** The local day number of an instant. */
export function dayOf(zone: Zone, utc: number): number {
  return Math.floor((utc + zone.offsetAt(utc)) / DAY_MS);
}

/** The instant of a local wall time: day number plus minutes after local midnight. */
export function instantOf(zone: Zone, day: number, minute: number): number {
  const wall = day * DAY_MS + minute * 60_000;
  const first = wall - zone.offsetAt(wall);
  return wall - zone.offsetAt(first);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DD` → day number; undefined when the text is not a real calendar date. */
export function parseDayKey(key: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return utc / DAY_MS;
}

/** Day number → `YYYY-MM-DD`. */
export function formatDayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
