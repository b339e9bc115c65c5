import type { CaseQueryFilter, CaseRecord } from '@onecase/core';
import { CASE_COLUMNS, type CaseRow, toRecord } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { conditions, fieldExpr, ID, type Params, params } from './caseConditions.js';

/** The sort expression and the keyset condition after a cursor, missing index values last ascending. */
function ordering(p: Params, filter: CaseQueryFilter): { order: string; after?: string } {
  const { sort, after } = filter;
  const asc = sort.order === 'asc';
  const expr =
    sort.by === 'openedAt' ? 'opened_at' : sort.by === 'updatedAt' ? 'updated_at' : fieldExpr(sort.field!);
  const order = `${expr} ${asc ? 'ASC NULLS LAST' : 'DESC NULLS FIRST'}, ${ID} ${asc ? 'ASC' : 'DESC'}`;
  if (!after) return { order };
  const id = p.add(after.id, 'text');
  const cmp = asc ? '>' : '<';
  if (after.value === null) {
    return {
      order,
      after: asc
        ? `(${expr} IS NULL AND ${ID} > ${id})`
        : `((${expr} IS NULL AND ${ID} < ${id}) OR ${expr} IS NOT NULL)`,
    };
  }
  const value =
    sort.by === 'index' ? p.add(JSON.stringify(after.value), 'jsonb') : p.add(after.value, 'bigint');
  // A row comparison, which a B-tree index on (sort value, id) answers directly.
  const beyond = `(${expr}, ${ID}) ${cmp} (${value}, ${id})`;
  // Missing values come last ascending, unless a condition on the sort field rules them out.
  const nullsFollow =
    asc &&
    sort.by === 'index' &&
    !filter.where.some(
      (condition) => condition.field === sort.field && condition.eq !== null && !condition.in?.includes(null),
    );
  return { order, after: nullsFollow ? `(${beyond} OR ${expr} IS NULL)` : beyond };
}

/**
 * One page of the cases matching a query, in its order (keyset pagination: correct while
 * cases change, and as fast on the thousandth page as on the first).
 *
 * @example
 * ```ts
 * const page = await listCases(client, 'onecase', toQueryFilter({ service: 'noise-complaint' }, new Set()));
 * ```
 */
export async function listCases(
  client: SqlQueryable,
  schema: string,
  filter: CaseQueryFilter,
): Promise<CaseRecord[]> {
  const p = params();
  const where = conditions(p, filter);
  const { order, after } = ordering(p, filter);
  if (after) where.push(after);
  const rows = await client.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${schema}.cases
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${order} LIMIT ${p.add(filter.limit, 'int')}`,
    p.values,
  );
  return rows.map(toRecord);
}

/**
 * How many cases match a query.
 *
 * @example
 * ```ts
 * const open = await countCases(client, 'onecase', toQueryFilter({ done: false }, new Set()));
 * ```
 */
export async function countCases(
  client: SqlQueryable,
  schema: string,
  filter: CaseQueryFilter,
): Promise<number> {
  const p = params();
  const where = conditions(p, filter);
  const [row] = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${schema}.cases ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    p.values,
  );
  return row?.n ?? 0;
}
