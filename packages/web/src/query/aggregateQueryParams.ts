import { type AggregateMeasure, type AggregateQuery, CaseError } from '@onecase/core';
import { caseQueryFromParams, caseQueryToParams } from './caseQueryParams.js';

const MEASURE = /^measure\.([A-Za-z][A-Za-z0-9_]*)(?:\.(where\..+))?$/;

function invalid(message: string, details: Record<string, unknown> = {}): CaseError {
  return new CaseError('INVALID_INPUT', `Invalid aggregate: ${message}`, details);
}

function measureText(measure: AggregateMeasure): string {
  if ('count' in measure) return 'count';
  if ('sum' in measure) return `sum:${measure.sum}`;
  if ('mean' in measure) return `mean:${measure.mean}`;
  return `percentile:${measure.percentile}:${measure.p}`;
}

function readMeasure(name: string, text: string): AggregateMeasure {
  const [kind, field, p, ...rest] = text.split(':');
  if (kind === 'count' && field === undefined) return { count: true };
  if ((kind === 'sum' || kind === 'mean') && field && p === undefined)
    return kind === 'sum' ? { sum: field } : { mean: field };
  if (kind === 'percentile' && field && p !== undefined && rest.length === 0 && p.trim() !== '')
    return { percentile: field, p: Number(p) };
  throw invalid(
    `measure.${name} must be count, sum:<field>, mean:<field> or percentile:<field>:<p>, not '${text}'`,
    { measure: name },
  );
}

/**
 * The query string of `GET /cases/aggregate` for an aggregate: the case conditions as
 * `caseQueryToParams` writes them, `groupBy=<field>`, one `measure.<name>=count` |
 * `sum:<field>` | `mean:<field>` | `percentile:<field>:<p>` per measure, and a measure's own
 * conditions as `measure.<name>.where.<field>[.in|gt|gte|lt|lte]=…`.
 *
 * @example
 * ```ts
 * aggregateQueryToParams({ groupBy: 'district', measures: { late: { count: true, where: { overdue: true } } } }).toString();
 * // 'groupBy=district&measure.late=count&measure.late.where.overdue=true'
 * ```
 */
export function aggregateQueryToParams(query: AggregateQuery): URLSearchParams {
  const { groupBy, measures, ...conditions } = query;
  const params = caseQueryToParams(conditions);
  if (groupBy !== undefined) params.set('groupBy', groupBy);
  for (const [name, measure] of Object.entries(measures)) {
    params.set(`measure.${name}`, measureText(measure));
    if (measure.where) {
      for (const [key, value] of caseQueryToParams({ where: measure.where }))
        params.append(`measure.${name}.${key}`, value);
    }
  }
  return params;
}

/**
 * Reads an aggregate from a query string (see `aggregateQueryToParams`); an unknown parameter
 * or a malformed measure is `INVALID_INPUT`. The router then validates the fields.
 *
 * @example
 * ```ts
 * aggregateQueryFromParams(new URLSearchParams('groupBy=district&measure.n=count')); // { groupBy: 'district', measures: { n: { count: true } } }
 * ```
 */
export function aggregateQueryFromParams(params: URLSearchParams): AggregateQuery {
  const rest = new URLSearchParams();
  const measures: Record<string, AggregateMeasure> = {};
  const whereParams = new Map<string, URLSearchParams>();
  let groupBy: string | undefined;
  for (const [name, value] of params) {
    if (name === 'groupBy') {
      groupBy = value;
      continue;
    }
    if (!name.startsWith('measure.')) {
      rest.append(name, value);
      continue;
    }
    const match = MEASURE.exec(name);
    if (!match) throw invalid(`'${name}' is not measure.<name>[.where.<field>…]`, { parameter: name });
    const [, measure, where] = match as unknown as [string, string, string | undefined];
    if (where === undefined) measures[measure] = readMeasure(measure, value);
    else {
      const list = whereParams.get(measure) ?? new URLSearchParams();
      list.append(where, value);
      whereParams.set(measure, list);
    }
  }
  for (const [name, list] of whereParams) {
    const measure = measures[name];
    if (!measure) throw invalid(`measure.${name}.where is given without measure.${name}`, { measure: name });
    const { where } = caseQueryFromParams(list);
    if (where) measure.where = where;
  }
  const query: AggregateQuery = { ...caseQueryFromParams(rest), measures };
  if (groupBy !== undefined) query.groupBy = groupBy;
  return query;
}
