import type { CaseQueryFilter, CaseRecord, FieldFilter } from '@onecase/core';
import { CASE_COLUMNS, type CaseRow, toRecord } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';

/** Placeholders numbered as they are written. */
function params() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown, type: string): string {
      values.push(value);
      return `$${values.length}::${type}`;
    },
  };
}

type Params = ReturnType<typeof params>;

const ID = 'id COLLATE "C"';
const fieldExpr = (field: string) => `(index_values->'${field}')`;

function fieldCondition(p: Params, filter: FieldFilter): string {
  const expr = fieldExpr(filter.field);
  if (filter.eq !== undefined) {
    // `->` equality, not `@>`: a queue's expression index can then deliver the rows already in
    // the sort order and stop after one page.
    return filter.eq === null ? `${expr} IS NULL` : `${expr} = ${p.add(JSON.stringify(filter.eq), 'jsonb')}`;
  }
  if (filter.in !== undefined) {
    const present = filter.in.filter((value) => value !== null);
    const parts =
      present.length > 0
        ? [
            `${expr} = ANY(${p.add(
              present.map((v) => JSON.stringify(v)),
              'jsonb[]',
            )})`,
          ]
        : [];
    if (present.length < filter.in.length) parts.push(`${expr} IS NULL`);
    return `(${parts.join(' OR ')})`;
  }
  const parts: string[] = [];
  const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  for (const key of ['gt', 'gte', 'lt', 'lte'] as const) {
    const bound = filter[key];
    if (bound === undefined) continue;
    // A range compares values of the bound's type only, as the memory store does.
    parts.push(`jsonb_typeof(${expr}) = '${typeof bound === 'number' ? 'number' : 'string'}'`);
    parts.push(`${expr} ${ops[key]} ${p.add(JSON.stringify(bound), 'jsonb')}`);
  }
  return parts.join(' AND ');
}

/** The WHERE clause of a query, without its cursor. */
function conditions(p: Params, filter: CaseQueryFilter): string[] {
  const where: string[] = [];
  // One service is a plain equality: `= ANY(array)` keeps PostgreSQL from reading an index in order.
  if (filter.services?.length === 1) where.push(`service_id = ${p.add(filter.services[0], 'text')}`);
  else if (filter.services) where.push(`service_id = ANY(${p.add(filter.services, 'text[]')})`);
  if (filter.states) where.push(`state_paths && ${p.add(filter.states, 'text[]')}`);
  if (filter.tags) where.push(`tags @> ${p.add(filter.tags, 'text[]')}`);
  if (filter.done !== undefined) where.push(`done = ${p.add(filter.done, 'boolean')}`);
  for (const [column, range] of [
    ['opened_at', filter.openedAt],
    ['updated_at', filter.updatedAt],
  ] as const) {
    if (range?.from !== undefined) where.push(`${column} >= ${p.add(range.from, 'bigint')}`);
    if (range?.to !== undefined) where.push(`${column} < ${p.add(range.to, 'bigint')}`);
  }
  for (const field of filter.where) where.push(fieldCondition(p, field));
  return where;
}

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
