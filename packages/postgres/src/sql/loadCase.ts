import type { CaseRecord } from '@onecase/core';
import { CASE_COLUMNS, type CaseRow, toRecord } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

const loadText = perSchema((schema) => `SELECT ${CASE_COLUMNS} FROM ${schema}.cases WHERE id = $1::text`);
const resolveText = perSchema((schema) => `SELECT id FROM ${schema}.cases WHERE ref = $1::text`);

/**
 * Reads one case record by id, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * const record = await loadCase(client, 'onecase', caseId);
 * ```
 */
export async function loadCase(
  client: SqlQueryable,
  schema: string,
  caseId: string,
): Promise<CaseRecord | undefined> {
  const [row] = await client.query<CaseRow>(loadText(schema), [caseId]);
  return row ? toRecord(row) : undefined;
}

/**
 * Finds the id of the case a citizen-facing reference names, or `undefined`.
 *
 * @example
 * ```ts
 * const caseId = await resolveRef(client, 'onecase', 'NC-7K3Q-9X');
 * ```
 */
export async function resolveRef(
  client: SqlQueryable,
  schema: string,
  ref: string,
): Promise<string | undefined> {
  const [row] = await client.query<{ id: string }>(resolveText(schema), [ref]);
  return row?.id;
}
