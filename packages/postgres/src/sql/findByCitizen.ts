import type { CaseRecord } from '@onecase/core';
import { CASE_COLUMNS, type CaseRow, json, toRecord } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

const findText = perSchema(
  (schema) =>
    `SELECT ${CASE_COLUMNS} FROM ${schema}.cases
     WHERE citizen_keys && ARRAY(SELECT jsonb_array_elements_text($1::jsonb))
     ORDER BY opened_at, id`,
);

/**
 * Reads the cases filed under any of the given citizen keys (keyed hashes), oldest first.
 *
 * @example
 * ```ts
 * const cases = await findByCitizenKeys(client, 'onecase', ['phone:3f9a…']);
 * ```
 */
export async function findByCitizenKeys(
  client: SqlQueryable,
  schema: string,
  keys: readonly string[],
): Promise<CaseRecord[]> {
  if (keys.length === 0) return [];
  const rows = await client.query<CaseRow>(findText(schema), [json(keys)]);
  return rows.map(toRecord);
}
