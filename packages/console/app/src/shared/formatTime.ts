const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * An epoch-millisecond time as a local date and time (`2026/12/01 17:41`), in a time zone
 * (default Asia/Shanghai) whatever the browser's own zone is.
 *
 * @example
 * ```ts
 * formatDateTime(Date.UTC(2026, 11, 1, 9, 41), 'zh-CN'); // '2026/12/01 17:41'
 * ```
 */
export function formatDateTime(ms: number, locale: string, timeZone = 'Asia/Shanghai'): string {
  return formatOf(locale, timeZone, true).format(ms);
}

/**
 * An epoch-millisecond time as a local date (`2026/12/01`).
 *
 * @example
 * ```ts
 * formatDate(Date.UTC(2026, 11, 1, 20), 'zh-CN'); // '2026/12/02'
 * ```
 */
export function formatDate(ms: number, locale: string, timeZone = 'Asia/Shanghai'): string {
  return formatOf(locale, timeZone, false).format(ms);
}

/**
 * A duration in words at the precision a queue needs (`2 天 3 小时`, `45 分钟`).
 *
 * @example
 * ```ts
 * formatDuration(27 * 3_600_000, 'zh-CN'); // '1 天 3 小时'
 * ```
 */
export function formatDuration(ms: number, locale: string): string {
  const zh = locale.startsWith('zh');
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(zh ? `${days} 天` : `${days} d`);
  if (hours > 0) parts.push(zh ? `${hours} 小时` : `${hours} h`);
  if (days === 0 && (mins > 0 || parts.length === 0)) parts.push(zh ? `${mins} 分钟` : `${mins} min`);
  return parts.join(' ');
}
