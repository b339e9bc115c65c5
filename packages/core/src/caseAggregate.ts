import { CaseError } from './caseError.js';
import {
  type CaseQuery,
  type CaseQueryFilter,
  compareValues,
  type FieldFilter,
  type IndexCondition,
  type IndexValue,
  matchesFilter,
  toQueryFilter,
  whereOf,
} from './caseQuery.js';
import type { CaseRecord } from './caseStore.js';
import type { IndexType } from './defineService.js';

/**
 * One figure of an aggregate, over the cases of a group that also satisfy its own `where`:
 * how many there are, or the sum, mean or `p`-th percentile of a numeric field among them
 * (cases whose field is missing or not a number are left out of a numeric figure).
 *
 * @example
 * ```ts
 * const measures: Record<string, AggregateMeasure> = {
 *   received: { count: true },
 *   signedOnTime: { count: true, where: { signedOnTime: true } },
 *   signForP90: { percentile: 'signForHours', p: 0.9 },
 * };
 * ```
 */
export type AggregateMeasure = { where?: Record<string, IndexCondition> } & (
  | { count: true }
  | { sum: string }
  | { mean: string }
  /** Nearest rank: the smallest value at or above a share `p` (0 to 1) of the values. */
  | { percentile: string; p: number }
);

/**
 * Counts and percentiles of index fields, grouped by an index field: which cases (the same
 * conditions as `CaseQuery`, without its sort and paging), the field to group by (one row per
 * value; one row for all when omitted) and the named figures of each row.
 *
 * @example
 * ```ts
 * const query: AggregateQuery = {
 *   service: 'street-report', where: { receivedAt: { gte: from, lt: to } }, groupBy: 'district',
 *   measures: { received: { count: true }, meanHours: { mean: 'resolveHours' } },
 * };
 * ```
 */
export interface AggregateQuery extends Omit<CaseQuery, 'sort' | 'limit' | 'cursor'> {
  /** An index field (or `openedAt` / `updatedAt`) whose values make the groups. */
  groupBy?: string;
  /** The figures of each group by name (letters, digits and `_`), at least one. */
  measures: Record<string, AggregateMeasure>;
}

/**
 * One group of an aggregate: its value of the `groupBy` field (null for the cases without one,
 * and for the single row of an ungrouped aggregate) and its figures by measure name — a count
 * is a number, a numeric figure is null when no case of the group has a number there.
 *
 * @example
 * ```ts
 * const [tianhe]: AggregateRow[] = await router.aggregate(query);
 * tianhe?.group; // 'tianhe'
 * tianhe?.values.received; // 42
 * ```
 */
export interface AggregateRow {
  group: IndexValue;
  values: Record<string, number | null>;
}

/** A measure after validation, as a store computes it. */
export interface MeasureFilter {
  name: string;
  kind: 'count' | 'sum' | 'mean' | 'percentile';
  /** The numeric field (not for a count). */
  field?: string;
  /** The share of a percentile, 0 to 1. */
  p?: number;
  /** The measure's own conditions, on top of the aggregate's. */
  where: FieldFilter[];
}

/** A validated aggregate as a store takes it: which cases, the group field, the measures in order. */
export interface AggregateFilter {
  /** The cases aggregated (its sort and limit are not used). */
  cases: CaseQueryFilter;
  groupBy?: string;
  measures: MeasureFilter[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
const KINDS = ['count', 'sum', 'mean', 'percentile'] as const;
const TIMES = new Set(['openedAt', 'updatedAt']);
const MAX_MEASURES = 64;

function invalid(message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_INPUT', `Invalid aggregate: ${message}`, details);
}

function fieldOf(at: string, field: unknown, indexFields: ReadonlySet<string>): string {
  if (typeof field !== 'string' || !(indexFields.has(field) || TIMES.has(field))) {
    throw invalid(
      `${at} '${String(field)}' is not openedAt, updatedAt or an index field of the services queried`,
      {
        field,
        indexFields: [...indexFields],
      },
    );
  }
  return field;
}

function measureOf(
  name: string,
  measure: unknown,
  indexFields: ReadonlySet<string>,
  indexTypes: ReadonlyMap<string, ReadonlySet<IndexType>>,
): MeasureFilter {
  if (!NAME.test(name))
    throw invalid(`measure name '${name}' must be letters, digits and _`, { measure: name });
  if (typeof measure !== 'object' || measure === null || Array.isArray(measure)) {
    throw invalid(`measure '${name}' must be { count: true }, { sum }, { mean } or { percentile, p }`, {
      measure: name,
    });
  }
  const m = measure as Record<string, unknown>;
  const kinds = KINDS.filter((kind) => kind in m);
  const allowed = new Set([...kinds, 'where', ...(kinds[0] === 'percentile' ? ['p'] : [])]);
  const stray = Object.keys(m).find((key) => !allowed.has(key));
  if (kinds.length !== 1 || stray !== undefined) {
    throw invalid(
      `measure '${name}' must be exactly one of { count: true }, { sum }, { mean }, { percentile, p }, with an optional where`,
      { measure: name, ...(stray !== undefined ? { key: stray } : {}) },
    );
  }
  const kind = kinds[0]!;
  const where = whereOf(m.where, indexFields, `measures.${name}.where`);
  if (kind === 'count') {
    if (m.count !== true) throw invalid(`measure '${name}': count must be true`, { measure: name });
    return { name, kind, where };
  }
  const field = fieldOf(`measures.${name}.${kind}`, m[kind], indexFields);
  const declared = [...(indexTypes.get(field) ?? [])].filter((type) => type !== 'number');
  if (declared.length > 0) {
    throw invalid(
      `measures.${name}.${kind} '${field}' is not a number field: the services queried declare it ${declared.join(', ')}`,
      { measure: name, field, types: declared },
    );
  }
  if (kind !== 'percentile') return { name, kind, field, where };
  const p = m.p;
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
    throw invalid(`measure '${name}': p must be a number from 0 to 1`, { measure: name, p });
  }
  return { name, kind, field, p, where };
}

/**
 * Validates an aggregate against the index fields the queried services declare (and the types
 * they declare for them: a sum, mean or percentile needs a field not declared other than
 * `number`) and turns it into the filter stores take; every problem is `INVALID_INPUT` naming
 * it, before anything runs.
 *
 * @example
 * ```ts
 * const filter = toAggregateFilter({ measures: { all: { count: true } } }, new Set());
 * ```
 */
export function toAggregateFilter(
  query: AggregateQuery,
  indexFields: ReadonlySet<string>,
  indexTypes: ReadonlyMap<string, ReadonlySet<IndexType>> = new Map(),
): AggregateFilter {
  if (typeof query !== 'object' || query === null || Array.isArray(query))
    throw invalid('an aggregate is an object');
  const { groupBy, measures, ...conditions } = query;
  for (const key of ['sort', 'limit', 'cursor']) {
    if (key in conditions) throw invalid(`'${key}' has no meaning in an aggregate`, { key });
  }
  const cases = toQueryFilter(conditions as CaseQuery, indexFields);
  if (typeof measures !== 'object' || measures === null || Array.isArray(measures)) {
    throw invalid('measures must be an object of named measures');
  }
  const entries = Object.entries(measures);
  if (entries.length === 0 || entries.length > MAX_MEASURES) {
    throw invalid(`measures must name 1 to ${MAX_MEASURES} measures`, { measures: entries.length });
  }
  const filter: AggregateFilter = {
    cases,
    measures: entries.map(([name, measure]) => measureOf(name, measure, indexFields, indexTypes)),
  };
  if (groupBy !== undefined) filter.groupBy = fieldOf('groupBy', groupBy, indexFields);
  return filter;
}

/** What an in-process aggregate reads of a case: its service, times and search fields. */
export type AggregatedRecord = Pick<CaseRecord, 'serviceId' | 'openedAt' | 'updatedAt' | 'search'>;

function fieldValue(record: AggregatedRecord, field: string): IndexValue {
  if (field === 'openedAt') return record.openedAt;
  if (field === 'updatedAt') return record.updatedAt;
  return record.search?.index[field] ?? null;
}

/**
 * Nearest rank, as PostgreSQL's `percentile_disc`: the value at 1-based position ⌈p·n⌉ (at
 * least 1) of the sorted values, computed with the same floating-point product.
 */
function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(Math.ceil(p * sorted.length), 1) - 1]!;
}

function figure(measure: MeasureFilter, records: readonly AggregatedRecord[]): number | null {
  const cases = measure.where.length === 0 ? records : records.filter((r) => matchesWhere(measure.where, r));
  if (measure.kind === 'count') return cases.length;
  const numbers: number[] = [];
  for (const record of cases) {
    const value = fieldValue(record, measure.field!);
    if (typeof value === 'number') numbers.push(value);
  }
  if (numbers.length === 0) return null;
  if (measure.kind === 'percentile')
    return nearestRank(
      numbers.sort((a, b) => a - b),
      measure.p!,
    );
  const sum = numbers.reduce((total, value) => total + value, 0);
  return measure.kind === 'sum' ? sum : sum / numbers.length;
}

const NO_CASES: CaseQueryFilter = { where: [], sort: { by: 'openedAt', order: 'asc' }, limit: 1 };
const matchesWhere = (where: FieldFilter[], record: AggregatedRecord) =>
  matchesFilter({ ...NO_CASES, where }, record);

/**
 * Computes an aggregate in process over records (what `memoryStore` does, and the reading
 * every store must match): the rows in group order (PostgreSQL's jsonb order, the cases without
 * a group value last); an ungrouped aggregate always has its one row.
 *
 * @example
 * ```ts
 * const rows = aggregateRecords(toAggregateFilter({ measures: { all: { count: true } } }, new Set()), records);
 * rows[0]?.values.all; // records.length
 * ```
 */
export function aggregateRecords(
  filter: AggregateFilter,
  records: Iterable<AggregatedRecord>,
): AggregateRow[] {
  const groups = new Map<IndexValue, AggregatedRecord[]>();
  if (filter.groupBy === undefined) groups.set(null, []);
  for (const record of records) {
    if (!matchesFilter(filter.cases, record)) continue;
    const key = filter.groupBy === undefined ? null : fieldValue(record, filter.groupBy);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareValues(a, b))
    .map(([group, members]) => ({
      group,
      values: Object.fromEntries(filter.measures.map((measure) => [measure.name, figure(measure, members)])),
    }));
}
