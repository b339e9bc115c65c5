import {
  type AggregateFilter,
  type AggregateRow,
  compareValues,
  type IndexValue,
  type MeasureFilter,
} from '@onecase/core';
import type { SqlQueryable } from '../sqlClient.js';
import { conditions, fieldCondition, fieldExpr, params } from './caseConditions.js';

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

/**
 * The statement of an aggregate and its parameters (exported so a test can explain it). The
 * inner query reads each row's index values once into a few narrow columns (the group, each
 * measure's condition, each numeric field); `OFFSET 0` keeps the planner from flattening it, so
 * the sort by group carries those columns rather than every row's whole `index_values`.
 */
export function aggregateStatement(
  schema: string,
  filter: AggregateFilter,
): { text: string; values: unknown[] } {
  const p = params();
  const grouped = filter.groupBy !== undefined;
  const inner: string[] = grouped ? [`${valueExpr(filter.groupBy!)} AS g`] : ['1 AS one'];
  // Measures over the same condition or the same field share its column.
  const columns = new Map<string, string>();
  const column = (key: string, expr: () => string) => {
    let name = columns.get(key);
    if (name === undefined) {
      name = `c${columns.size}`;
      columns.set(key, name);
      inner.push(`${expr()} AS ${name}`);
    }
    return name;
  };
  const outer = filter.measures.map((measure: MeasureFilter, i) => {
    const where =
      measure.where.length === 0
        ? ''
        : ` FILTER (WHERE ${column(
            `where:${JSON.stringify(measure.where)}`,
            () => `(${measure.where.map((condition) => fieldCondition(p, condition)).join(' AND ')})`,
          )})`;
    if (measure.kind === 'count') return `(count(*)${where})::int AS m${i}`;
    const value = column(`number:${measure.field}`, () => numberExpr(measure.field!));
    if (measure.kind === 'sum') return `sum(${value})${where} AS m${i}`;
    if (measure.kind === 'mean') return `avg(${value})${where} AS m${i}`;
    // percentile_disc is nearest rank: the first value at position ceil(p * n), as memory reads it.
    return `percentile_disc(${p.add(measure.p, 'float8')}) WITHIN GROUP (ORDER BY ${value})${where} AS m${i}`;
  });
  const where = conditions(p, filter.cases);
  const text = `SELECT ${grouped ? 'g' : 'NULL AS g'}, ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${schema}.cases
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} OFFSET 0) AS c${grouped ? ' GROUP BY g' : ''}`;
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
