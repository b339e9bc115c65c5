import type { CaseQueryFilter, FieldFilter } from '@onecase/core';

// The WHERE conditions a case query compiles to, shared by the statements that read cases
// (`listCases`, `aggregateCases`), so every statement reads a query alike.

/** Placeholders numbered as they are written. */
export function params() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown, type: string): string {
      values.push(value);
      return `$${values.length}::${type}`;
    },
  };
}

export type Params = ReturnType<typeof params>;

export const ID = 'id COLLATE "C"';
const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** An index field's jsonb value; the name is written into the SQL, so it must be a plain identifier. */
export function fieldExpr(field: string): string {
  if (!FIELD.test(field)) throw new Error(`'${field}' is not an index field name`);
  return `(index_values->'${field}')`;
}

export function fieldCondition(p: Params, filter: FieldFilter): string {
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
export function conditions(p: Params, filter: CaseQueryFilter): string[] {
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
