import { CaseError } from './caseError.js';
import type { CaseRecord } from './caseStore.js';

/** A value a service's index declares for a case: a scalar, so every store can index it. */
export type IndexValue = string | number | boolean | null;

/** A condition on one index field: a value (equality), one of several, or a range. */
export type IndexCondition =
  | IndexValue
  | { in: IndexValue[] }
  | { gt?: string | number; gte?: string | number; lt?: string | number; lte?: string | number };

/** A time range in epoch ms: `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from?: number;
  to?: number;
}

/**
 * Which cases to list, in what order: the back office's work queues ("waiting for my
 * department, due soonest"). Every condition given must hold.
 *
 * @example
 * ```ts
 * const query: CaseQuery = {
 *   service: 'noise-complaint', state: 'handling', where: { department: 'env' },
 *   sort: { by: 'dueAt' }, limit: 50,
 * };
 * ```
 */
export interface CaseQuery {
  /** One service id or several. */
  service?: string | string[];
  /** A state path or several; a parent matches its children (`handling` matches `handling.site`). */
  state?: string | string[];
  /** Every one of these tags. */
  tags?: string[];
  done?: boolean;
  /** Conditions on the services' declared index fields. */
  where?: Record<string, IndexCondition>;
  openedAt?: TimeRange;
  updatedAt?: TimeRange;
  /** `openedAt`, `updatedAt` or an index field; ascending by default (an index field's missing values last). */
  sort?: { by: string; order?: 'asc' | 'desc' };
  /** Page size, 1 to 1,000 (default 50). */
  limit?: number;
  /** The `next` of the previous page. */
  cursor?: string;
}

/** One page of a case list; `next` is there when more cases may follow. */
export interface CasePage<TView> {
  cases: TView[];
  next?: string;
}

/** A range or set over one field, after validation. */
export interface FieldFilter {
  field: string;
  eq?: IndexValue;
  in?: IndexValue[];
  gt?: string | number;
  gte?: string | number;
  lt?: string | number;
  lte?: string | number;
}

/** Where the next page starts: after the case with this sort value and id. */
export interface QueryPosition {
  value: IndexValue;
  id: string;
}

/** A validated query as a store takes it. */
export interface CaseQueryFilter {
  services?: string[];
  states?: string[];
  tags?: string[];
  done?: boolean;
  where: FieldFilter[];
  openedAt?: TimeRange;
  updatedAt?: TimeRange;
  sort: { by: 'openedAt' | 'updatedAt' | 'index'; field?: string; order: 'asc' | 'desc' };
  limit: number;
  after?: QueryPosition;
}

export const MAX_PAGE = 1_000;
const DEFAULT_PAGE = 50;
const RANGE_KEYS = ['gt', 'gte', 'lt', 'lte'] as const;

function invalid(message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_INPUT', `Invalid case query: ${message}`, details);
}

/** Whether a value can be an index value: a string, a finite number, a boolean or null. */
export const isScalar = (value: unknown): value is IndexValue =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

function listOf(name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    !list.every((item) => typeof item === 'string' && item.length > 0)
  ) {
    throw invalid(`${name} must be a non-empty string or list of strings`, { [name]: value });
  }
  return list;
}

function rangeOf(name: string, value: unknown): TimeRange | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) throw invalid(`${name} must be { from?, to? }`);
  for (const [key, bound] of Object.entries(value)) {
    if ((key !== 'from' && key !== 'to') || typeof bound !== 'number' || !Number.isFinite(bound)) {
      throw invalid(`${name}.${key} must be 'from' or 'to' with epoch ms`, { [name]: value });
    }
  }
  return value as TimeRange;
}

function conditionOf(field: string, condition: unknown, at: string): FieldFilter {
  if (isScalar(condition)) return { field, eq: condition };
  if (typeof condition !== 'object' || Array.isArray(condition)) {
    throw invalid(`${at}.${field} must be a string, number, boolean, null, { in } or a range`, { field });
  }
  const entries = Object.entries(condition as object);
  if (entries.length === 0) throw invalid(`${at}.${field} has no condition`, { field });
  const filter: FieldFilter = { field };
  for (const [key, value] of entries) {
    if (key === 'in') {
      if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) {
        throw invalid(`${at}.${field}.in must be a non-empty list of scalars`, { field });
      }
      filter.in = value;
    } else if ((RANGE_KEYS as readonly string[]).includes(key)) {
      if (!((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string')) {
        throw invalid(`${at}.${field}.${key} must be a number or a string`, { field });
      }
      filter[key as (typeof RANGE_KEYS)[number]] = value;
    } else {
      throw invalid(`${at}.${field} has an unknown condition '${key}' (in, gt, gte, lt, lte)`, { field });
    }
  }
  return filter;
}

/**
 * Validates conditions on index fields (a query's `where`, an aggregate measure's) against the
 * index fields of the services queried; `at` names them in errors.
 */
export function whereOf(where: unknown, indexFields: ReadonlySet<string>, at = 'where'): FieldFilter[] {
  const filters: FieldFilter[] = [];
  if (where === undefined) return filters;
  if (typeof where !== 'object' || where === null || Array.isArray(where))
    throw invalid(`${at} must be an object of index fields`);
  for (const [field, condition] of Object.entries(where)) {
    if (!indexFields.has(field)) {
      throw invalid(`'${field}' in ${at} is not an index field of the services queried`, {
        field,
        indexFields: [...indexFields],
      });
    }
    filters.push(conditionOf(field, condition, at));
  }
  return filters;
}

/**
 * Validates a query against the index fields the queried services declare and turns it into
 * the filter stores take; every problem is `INVALID_INPUT` naming it.
 */
export function toQueryFilter(
  query: CaseQuery | undefined,
  indexFields: ReadonlySet<string>,
): CaseQueryFilter {
  const q = (query ?? {}) as CaseQuery;
  if (typeof q !== 'object' || q === null || Array.isArray(q)) throw invalid('a query is an object');
  const known = new Set([
    'service',
    'state',
    'tags',
    'done',
    'where',
    'openedAt',
    'updatedAt',
    'sort',
    'limit',
    'cursor',
  ]);
  for (const key of Object.keys(q)) if (!known.has(key)) throw invalid(`unknown condition '${key}'`, { key });
  const limit = q.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw invalid(`limit must be an integer from 1 to ${MAX_PAGE}`, { limit: q.limit });
  }
  if (q.done !== undefined && typeof q.done !== 'boolean') throw invalid('done must be a boolean');
  const where = whereOf(q.where, indexFields);
  const sortBy = q.sort?.by ?? 'openedAt';
  const order = q.sort?.order ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw invalid(`sort.order must be 'asc' or 'desc'`);
  if (sortBy !== 'openedAt' && sortBy !== 'updatedAt' && !indexFields.has(sortBy)) {
    throw invalid(`cannot sort by '${sortBy}': use openedAt, updatedAt or an index field`, {
      sort: sortBy,
      indexFields: [...indexFields],
    });
  }
  const sort: CaseQueryFilter['sort'] =
    sortBy === 'openedAt' || sortBy === 'updatedAt'
      ? { by: sortBy, order }
      : { by: 'index', field: sortBy, order };
  const filter: CaseQueryFilter = { where, sort, limit };
  const services = listOf('service', q.service);
  if (services) filter.services = services;
  const states = listOf('state', q.state);
  if (states) filter.states = states;
  if (q.tags !== undefined) filter.tags = listOf('tags', q.tags)!;
  if (q.done !== undefined) filter.done = q.done;
  const openedAt = rangeOf('openedAt', q.openedAt);
  if (openedAt) filter.openedAt = openedAt;
  const updatedAt = rangeOf('updatedAt', q.updatedAt);
  if (updatedAt) filter.updatedAt = updatedAt;
  if (q.cursor !== undefined) filter.after = decodeCursor(q.cursor, sortBy, order);
  return filter;
}

/** The cursor after a record in a query's order; it also names the sort, so it cannot be reused for another. */
export function encodeCursor(filter: CaseQueryFilter, record: CaseRecord): string {
  const by = filter.sort.by === 'index' ? filter.sort.field! : filter.sort.by;
  const body = { b: by, o: filter.sort.order, v: sortValue(filter, record), i: record.id };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

function decodeCursor(cursor: unknown, by: string, order: string): QueryPosition {
  let body: { b?: unknown; o?: unknown; v?: unknown; i?: unknown } | undefined;
  try {
    body =
      typeof cursor === 'string' ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    body = undefined;
  }
  if (!body || typeof body.i !== 'string' || !isScalar(body.v ?? null))
    throw invalid('the cursor is not one this router made');
  if (body.b !== by || body.o !== order)
    throw invalid('the cursor belongs to a query with another sort order');
  return { value: (body.v ?? null) as IndexValue, id: body.i };
}

/** A record's value under the query's sort (null when its index has no value). */
export function sortValue(filter: CaseQueryFilter, record: CaseRecord): IndexValue {
  if (filter.sort.by === 'openedAt') return record.openedAt;
  if (filter.sort.by === 'updatedAt') return record.updatedAt;
  return record.search?.index[filter.sort.field!] ?? null;
}

const TYPE_RANK = { string: 1, number: 2, boolean: 3 } as Record<string, number>;
/**
 * The order of index values every store sorts in (PostgreSQL's jsonb order of types): strings,
 * then numbers, then booleans, a missing value (null) last.
 *
 * @example
 * ```ts
 * ['b', null, 2, 'a'].sort(compareValues); // ['a', 'b', 2, null]
 * ```
 */
export function compareValues(a: IndexValue, b: IndexValue): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values sort last ascending
  if (b === null) return -1;
  const rank = (TYPE_RANK[typeof a] ?? 0) - (TYPE_RANK[typeof b] ?? 0);
  if (rank !== 0) return rank;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders two records as the query sorts them (ties broken by id, in the same direction). */
export function compareRecords(filter: CaseQueryFilter, a: CaseRecord, b: CaseRecord): number {
  const byValue = compareValues(sortValue(filter, a), sortValue(filter, b));
  const order = byValue !== 0 ? byValue : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return filter.sort.order === 'asc' ? order : -order;
}

function inRange(value: number, range: TimeRange | undefined): boolean {
  return (
    !range ||
    ((range.from === undefined || value >= range.from) && (range.to === undefined || value < range.to))
  );
}

function fieldMatches(value: IndexValue, filter: FieldFilter): boolean {
  if (filter.eq !== undefined) return compareValues(value, filter.eq) === 0;
  if (filter.in !== undefined) return filter.in.some((candidate) => compareValues(value, candidate) === 0);
  if (value === null) return false;
  const against = (bound: string | number) =>
    typeof value === typeof bound ? compareValues(value, bound) : Number.NaN;
  if (filter.gt !== undefined && !(against(filter.gt) > 0)) return false;
  if (filter.gte !== undefined && !(against(filter.gte) >= 0)) return false;
  if (filter.lt !== undefined && !(against(filter.lt) < 0)) return false;
  if (filter.lte !== undefined && !(against(filter.lte) <= 0)) return false;
  return true;
}

/** Whether a record satisfies a query's conditions (sort and cursor aside): the one reading every store must match. */
export function matchesFilter(
  filter: CaseQueryFilter,
  record: Pick<CaseRecord, 'serviceId' | 'openedAt' | 'updatedAt' | 'search'>,
): boolean {
  const search = record.search;
  if (filter.services && !filter.services.includes(record.serviceId)) return false;
  if (filter.states && !filter.states.some((state) => search?.states.includes(state))) return false;
  if (filter.tags && !filter.tags.every((tag) => search?.tags.includes(tag))) return false;
  if (filter.done !== undefined && (search?.done ?? false) !== filter.done) return false;
  if (!inRange(record.openedAt, filter.openedAt) || !inRange(record.updatedAt, filter.updatedAt))
    return false;
  return filter.where.every((condition) => fieldMatches(search?.index[condition.field] ?? null, condition));
}

/** Whether a record comes after the cursor position in the query's order. */
export function isAfter(filter: CaseQueryFilter, record: CaseRecord, after: QueryPosition): boolean {
  const byValue = compareValues(sortValue(filter, record), after.value);
  const order = byValue !== 0 ? byValue : record.id < after.id ? -1 : record.id > after.id ? 1 : 0;
  return filter.sort.order === 'asc' ? order > 0 : order < 0;
}
