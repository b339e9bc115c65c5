import type { CaseQuery, CaseView, RouterClient } from '@onecase/core';
import { type KpiOptions, type KpiRow, kpisFromCases } from './kpisFromCases.js';

/** Which work orders to count: received in `[from, to)`, optionally of some services only. */
export interface ComputeKpisOptions extends KpiOptions {
  /** Work-order service ids (default: every service with a `receivedAt` index). */
  services?: string[];
}

/**
 * Computes the 12345 KPIs of the work orders received in a period straight from the router,
 * over any `RouterClient` (in process or over HTTP): it pages through `router.list` by the
 * work orders' `receivedAt` index and applies the formulas of `kpisFromCases`.
 *
 * @example
 * ```ts
 * const rows = await computeKpis(router, { from, to, groupBy: 'district', calendar: chinaWorkCalendar() });
 * ```
 */
export async function computeKpis(
  router: Pick<RouterClient, 'list'>,
  options: ComputeKpisOptions,
): Promise<KpiRow[]> {
  const views: CaseView[] = [];
  const query: CaseQuery = {
    ...(options.services ? { service: options.services } : {}),
    where: { receivedAt: { gte: options.from, lt: options.to } },
    sort: { by: 'receivedAt' },
    limit: 1_000,
  };
  let cursor: string | undefined;
  do {
    const page = await router.list({ ...query, ...(cursor !== undefined ? { cursor } : {}) });
    views.push(...page.cases);
    cursor = page.next;
  } while (cursor !== undefined);
  return kpisFromCases(views, options);
}
