import type { CaseRecord } from '@onecase/core';
import { CASE_COLUMNS, type CaseRow, json, toRecord } from '../rows.js';
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

/**
 * Reads the case a citizen-facing reference names in one statement, or `undefined`.
 *
 * @example
 * ```ts
 * const record = await loadCaseByRef(client, 'onecase', 'NC-7K4M9-QXH2T');
 * ```
 */
export async function loadCaseByRef(
  client: SqlQueryable,
  schema: string,
  ref: string,
): Promise<CaseRecord | undefined> {
  const [row] = await client.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${schema}.cases WHERE ref = $1::text`,
    [ref],
  );
  return row ? toRecord(row) : undefined;
}

/**
 * Reads the cases of these ids that exist, in one statement.
 *
 * @example
 * ```ts
 * const records = await loadCases(client, 'onecase', due.map((timer) => timer.caseId));
 * ```
 */
export async function loadCases(
  client: SqlQueryable,
  schema: string,
  caseIds: string[],
): Promise<CaseRecord[]> {
  if (caseIds.length === 0) return [];
  const rows = await client.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM ${schema}.cases WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))`,
    [json([...new Set(caseIds)])],
  );
  return rows.map(toRecord);
}
