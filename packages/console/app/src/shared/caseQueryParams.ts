import type { CaseQuery } from '@onecase/core';

// The same encoding as `caseQueryToParams` of @onecase/web, which the browser cannot import
// (its module graph reaches node:crypto); the API's tests pin the format both follow.
function scalarText(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|".*")$/s.test(value)
    ? JSON.stringify(value)
    : value;
}

/**
 * The query string of `GET /cases`, `/cases/count` and `/cases/stream` for a case query.
 *
 * @example
 * ```ts
 * caseQueryParams({ state: 'dispatched', where: { district: 'xuhui' }, sort: { by: 'dueAt' } }).toString();
 * // 'state=dispatched&where.district=xuhui&sort=dueAt'
 * ```
 */
export function caseQueryParams(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const service of [query.service ?? []].flat()) params.append('service', service);
  for (const state of [query.state ?? []].flat()) params.append('state', state);
  for (const tag of query.tags ?? []) params.append('tag', tag);
  if (query.done !== undefined) params.set('done', String(query.done));
  for (const [field, condition] of Object.entries(query.where ?? {})) {
    if (condition === null || typeof condition !== 'object')
      params.set(`where.${field}`, scalarText(condition));
    else if ('in' in condition) params.set(`where.${field}.in`, JSON.stringify(condition.in));
    else
      for (const [key, bound] of Object.entries(condition))
        params.set(`where.${field}.${key}`, scalarText(bound));
  }
  for (const name of ['openedAt', 'updatedAt'] as const) {
    const range = query[name];
    if (range?.from !== undefined) params.set(`${name}.from`, String(range.from));
    if (range?.to !== undefined) params.set(`${name}.to`, String(range.to));
  }
  if (query.sort) {
    params.set('sort', query.sort.by);
    if (query.sort.order) params.set('order', query.sort.order);
  }
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.cursor !== undefined) params.set('cursor', query.cursor);
  return params;
}
