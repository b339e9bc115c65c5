import type { CaseHead } from '@onecase/core';
import type { SqlQueryable } from '../sqlClient.js';

/**
 * One page of case heads (id, version, last hash) in byte order of the id, after `after`:
 * an index-only walk of `cases_heads_idx`, never touching snapshots.
 *
 * @example
 * ```ts
 * const page = await caseHeads(client, 'onecase', { limit: 1000 });
 * ```
 */
export async function caseHeads(
  client: SqlQueryable,
  schema: string,
  options: { after?: string; limit: number },
): Promise<CaseHead[]> {
  const rows = await client.query<{ id: string; version: number; last_hash: string }>(
    `SELECT id, version, last_hash FROM ${schema}.cases
     ${options.after === undefined ? '' : 'WHERE id COLLATE "C" > $2::text'}
     ORDER BY id COLLATE "C" LIMIT $1::int`,
    options.after === undefined ? [options.limit] : [options.limit, options.after],
  );
  return rows.map((row) => ({ id: row.id, version: row.version, lastHash: row.last_hash }));
}
