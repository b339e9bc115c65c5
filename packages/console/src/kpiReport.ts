import { CaseError, type RouterClient } from '@onecase/core';
import { computeKpis, type KpiGroupBy, type KpiRow, type WorkCalendar } from '@onecase/governance';

const GROUPS: readonly KpiGroupBy[] = ['district', 'street', 'department', 'channel', 'category', 'day'];

/** What the dashboard asks for: the receipt window `[from, to)`, the grouping and an opening channel. */
export interface KpiRequest {
  from: number;
  to: number;
  groupBy?: KpiGroupBy;
  /** Only work orders opened on this channel (the `channel` index field), when given. */
  channel?: string;
}

/** The KPI rows of a request, with the request they answer. */
export interface KpiReport extends KpiRequest {
  rows: KpiRow[];
}

/** The router a KPI report reads: `aggregate`, as `computeKpis` takes it. */
export type KpiRouter = Pick<RouterClient, 'aggregate'>;

/**
 * Reads a KPI request from a query string (`from`, `to` as epoch ms, `groupBy`, `channel`);
 * a missing or malformed value is `INVALID_INPUT` naming it.
 *
 * @example
 * ```ts
 * kpiRequestFromParams(new URLSearchParams('from=0&to=86400000&groupBy=district')).groupBy; // 'district'
 * ```
 */
export function kpiRequestFromParams(params: URLSearchParams): KpiRequest {
  const time = (name: 'from' | 'to') => {
    const text = params.get(name);
    const value = Number(text);
    if (text === null || text.trim() === '' || !Number.isSafeInteger(value)) {
      throw new CaseError('INVALID_INPUT', `KPI request: ${name} must be epoch milliseconds`, {
        [name]: text,
      });
    }
    return value;
  };
  const request: KpiRequest = { from: time('from'), to: time('to') };
  if (request.to <= request.from) {
    throw new CaseError('INVALID_INPUT', 'KPI request: to must be after from', { ...request });
  }
  const groupBy = params.get('groupBy');
  if (groupBy !== null) {
    if (!(GROUPS as readonly string[]).includes(groupBy)) {
      throw new CaseError('INVALID_INPUT', `KPI request: groupBy must be one of ${GROUPS.join(', ')}`, {
        groupBy,
      });
    }
    request.groupBy = groupBy as KpiGroupBy;
  }
  const channel = params.get('channel');
  if (channel !== null && channel !== '') request.channel = channel;
  return request;
}

/**
 * Computes a KPI report with `computeKpis` of `@onecase/governance` — the browser computes no
 * rate itself. A channel filter is `computeKpis`'s own: only the work orders whose `channel`
 * index (the channel they were opened on) is that channel are counted.
 *
 * @example
 * ```ts
 * const report = await kpiReport(router, { from, to, groupBy: 'district', channel: 'web' }, chinaWorkCalendar());
 * report.rows.find((row) => row.group === 'dongcheng')?.satisfactionRate; // 0.5
 * ```
 */
export async function kpiReport(
  router: KpiRouter,
  request: KpiRequest,
  calendar: WorkCalendar,
  services?: string[],
): Promise<KpiReport> {
  const rows = await computeKpis(router, {
    from: request.from,
    to: request.to,
    calendar,
    ...(request.groupBy !== undefined ? { groupBy: request.groupBy } : {}),
    ...(services !== undefined ? { services } : {}),
    ...(request.channel !== undefined ? { channel: request.channel } : {}),
  });
  return { ...request, rows };
}
