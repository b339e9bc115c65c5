import {
  type AggregateFilter,
  type AggregateRow,
  compareValues,
  type IndexValue,
  type MeasureFilter,
} from '@onecase/core';
import type { SqlQueryable } from '../sqlClient.js';
import { conditions, fieldCondition, fieldExpr, type Params, params } from './caseConditions.js';

const TIME_COLUMNS: Record<string, string> = { openedAt: 'opened_at', updatedAt: 'updated_at' };

/** A field's value as the groups see it: a time column, or the index field's jsonb value. */
const valueExpr = (field: string) => TIME_COLUMNS[field] ?? fieldExpr(field);

/** A field as a number, null where it is missing or holds something else (left out, as in memory). */
function numberExpr(field: string): string {
  const column = TIME_COLUMNS[field];
  if (column) return `${column}::float8`;
  const expr = fieldExpr(field);
  return `CASE WHEN jsonb_typeof(${expr}) = 'number' THEN ${expr}::float8 END`;
}

/** One measure as an aggregate call with its FILTER clause; the column is named by position. */
function measureExpr(p: Params, measure: MeasureFilter, column: string): string {
  const where = measure.where.map((condition) => fieldCondition(p, condition));
  const filter = where.length > 0 ? ` FILTER (WHERE ${where.join(' AND ')})` : '';
  switch (measure.kind) {
    case 'count':
      return `(count(*)${filter})::int AS ${column}`;
    case 'sum':
      return `sum(${numberExpr(measure.field!)})${filter} AS ${column}`;
    case 'mean':
      return `avg(${numberExpr(measure.field!)})${filter} AS ${column}`;
    case 'percentile':
      // percentile_disc is nearest rank: the first value at position ceil(p * n), as memory reads it.
      return `percentile_disc(${p.add(measure.p, 'float8')}) WITHIN GROUP (ORDER BY ${numberExpr(
        measure.field!,
      )})${filter} AS ${column}`;
  }
}

/** The statement of an aggregate and its parameters (exported so a test can explain it). */
export function aggregateStatement(
  schema: string,
  filter: AggregateFilter,
): { text: string; values: unknown[] } {
  const p = params();
  const columns = filter.measures.map((measure, i) => measureExpr(p, measure, `m${i}`));
  const where = conditions(p, filter.cases);
  const group = filter.groupBy === undefined ? undefined : valueExpr(filter.groupBy);
  const text = `SELECT ${group ?? 'NULL'} AS g, ${columns.join(', ')} FROM ${schema}.cases
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}${group ? ' GROUP BY 1' : ''}`;
  return { text, values: p.values };
}

/**
 * Counts, sums, means and percentiles of index fields over the cases matching a query, grouped
 * by one field, in ONE statement over the search columns: `GROUP BY` the field, each measure an
 * aggregate with its own `FILTER (WHERE …)`, percentiles by `percentile_disc` (nearest rank).
 * The few group rows are put in the memory store's order here, not by the database's collation.
 *
 * @example
 * ```ts
 * const rows = await aggregateCases(client, 'onecase', toAggregateFilter({ groupBy: 'district', measures: { n: { count: true } } }, new Set(['district'])));
 * ```
 */
export async function aggregateCases(
  client: SqlQueryable,
  schema: string,
  filter: AggregateFilter,
): Promise<AggregateRow[]> {
  const { text, values } = aggregateStatement(schema, filter);
  const rows = await client.query<Record<string, unknown>>(text, values);
  return rows
    .map((row) => ({
      group: (row.g ?? null) as IndexValue,
      values: Object.fromEntries(
        filter.measures.map((measure, i) => {
          const value = row[`m${i}`];
          return [measure.name, value === null || value === undefined ? null : Number(value)];
        }),
      ),
    }))
    .sort((a, b) => compareValues(a.group, b.group));
}
