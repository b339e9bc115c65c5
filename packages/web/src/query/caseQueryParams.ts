import { CaseError, type CaseQuery, type IndexCondition, type IndexValue } from '@onecase/core';

/**
 * The query string of `GET /cases` and `GET /cases/stream` for a case query:
 * `service` and `state` and `tag` repeated; `done=true|false`; `where.<field>=<value>`
 * (equality), `where.<field>.in=<json list>`, `where.<field>.gte=…` (`gt`, `gte`, `lt`, `lte`);
 * `openedAt.from`, `openedAt.to`, `updatedAt.from`, `updatedAt.to` (epoch ms); `sort`,
 * `order` (`asc`|`desc`), `limit`, `cursor`. A value reads as JSON when it is a JSON number,
 * `true`, `false`, `null` or a quoted string, and as text otherwise (send `"2"` for the text 2).
 *
 * @example
 * ```ts
 * caseQueryToParams({ service: 'noise-complaint', where: { department: 'env' }, sort: { by: 'dueAt' } }).toString();
 * // 'service=noise-complaint&where.department=env&sort=dueAt'
 * ```
 */
export function caseQueryToParams(query: CaseQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const service of [query.service ?? []].flat()) params.append('service', service);
  for (const state of [query.state ?? []].flat()) params.append('state', state);
  for (const tag of query.tags ?? []) params.append('tag', tag);
  if (query.done !== undefined) params.set('done', String(query.done));
  for (const [field, condition] of Object.entries(query.where ?? {})) {
    if (condition === null || typeof condition !== 'object') {
      params.set(`where.${field}`, scalarText(condition));
    } else if ('in' in condition) {
      params.set(`where.${field}.in`, JSON.stringify(condition.in));
    } else {
      for (const [key, bound] of Object.entries(condition))
        params.set(`where.${field}.${key}`, scalarText(bound));
    }
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

/** A scalar as it travels: text that would read back as another type is quoted. */
function scalarText(value: IndexValue | string | number): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return readScalar(value) === value ? value : JSON.stringify(value);
}

function readScalar(text: string): IndexValue {
  if (/^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|".*")$/s.test(text)) {
    try {
      return JSON.parse(text) as IndexValue;
    } catch {
      return text;
    }
  }
  return text;
}

function number(name: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new CaseError('INVALID_INPUT', `Invalid case query: ${name} must be a number`, { [name]: text });
  }
  return value;
}

const LIST_PARAMS =
  /^(?:service|state|tag|done|sort|order|limit|cursor|where\..+|(?:openedAt|updatedAt)\.(?:from|to))$/;

/** Whether a query string asks for a case list (rather than a look-up by citizen). */
export function isCaseListQuery(params: URLSearchParams): boolean {
  for (const name of params.keys()) if (LIST_PARAMS.test(name)) return true;
  return false;
}

/** Reads a case query from a query string; an unknown parameter or a malformed value is `INVALID_INPUT`. */
export function caseQueryFromParams(params: URLSearchParams, ignore: readonly string[] = []): CaseQuery {
  const query: CaseQuery = {};
  const where: Record<string, IndexCondition> = {};
  for (const [name, value] of params) {
    if (ignore.includes(name)) continue;
    if (name === 'service' || name === 'state') {
      const before = query[name];
      query[name] = before === undefined ? value : [...[before].flat(), value];
    } else if (name === 'tag') {
      query.tags = [...(query.tags ?? []), value];
    } else if (name === 'done') {
      if (value !== 'true' && value !== 'false') {
        throw new CaseError('INVALID_INPUT', 'Invalid case query: done must be true or false', {
          done: value,
        });
      }
      query.done = value === 'true';
    } else if (name === 'sort') {
      query.sort = { ...query.sort, by: value };
    } else if (name === 'order') {
      query.sort = { by: query.sort?.by ?? 'openedAt', order: value as 'asc' };
    } else if (name === 'limit') {
      query.limit = number('limit', value);
    } else if (name === 'cursor') {
      query.cursor = value;
    } else if (/^(?:openedAt|updatedAt)\.(?:from|to)$/.test(name)) {
      const [range, bound] = name.split('.') as ['openedAt' | 'updatedAt', 'from' | 'to'];
      query[range] = { ...query[range], [bound]: number(name, value) };
    } else if (name.startsWith('where.')) {
      const match = /^where\.([A-Za-z][A-Za-z0-9_]*)(?:\.(in|gt|gte|lt|lte))?$/.exec(name);
      if (!match)
        throw new CaseError(
          'INVALID_INPUT',
          `Invalid case query: '${name}' is not where.<field>[.in|gt|gte|lt|lte]`,
        );
      const [, field, op] = match as unknown as [string, string, string | undefined];
      if (op === undefined) where[field] = readScalar(value);
      else if (op === 'in') {
        let list: unknown;
        try {
          list = JSON.parse(value);
        } catch {
          list = undefined;
        }
        if (!Array.isArray(list))
          throw new CaseError('INVALID_INPUT', `Invalid case query: ${name} must be a JSON list`);
        where[field] = { in: list as IndexValue[] };
      } else {
        const previous = where[field];
        const bounds =
          typeof previous === 'object' && previous !== null && !('in' in previous) ? previous : {};
        where[field] = { ...bounds, [op]: readScalar(value) as string | number };
      }
    } else {
      throw new CaseError('INVALID_INPUT', `Invalid case query: unknown parameter '${name}'`, {
        parameter: name,
      });
    }
  }
  if (Object.keys(where).length > 0) query.where = where;
  return query;
}
