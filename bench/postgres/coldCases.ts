import { randomBytes } from 'node:crypto';
import { createCaseRef } from '@onecase/core';
import type { SqlClient } from '@onecase/postgres';

/**
 * Clones the case `templateId` into `rows` cases (ids `cold-<n>`) with a single
 * `INSERT … SELECT generate_series`, so a million rows take seconds. Only `sample` of them,
 * spread evenly over the table, get a well-formed reference (the router checks the check
 * symbol before it looks anything up); the others get a placeholder that never matches one.
 * Returns the sampled references, shuffled: each is visited once, so none is in a cache.
 */
export async function cloneColdCases(
  client: SqlClient,
  schema: string,
  templateId: string,
  rows: number,
  sample: number,
  prefix: string,
): Promise<string[]> {
  const stride = Math.max(1, Math.floor(rows / sample));
  const refs = Array.from({ length: Math.min(sample, rows) }, () => createCaseRef(prefix, randomBytes(9)));
  await client.query(
    `INSERT INTO ${schema}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash)
     SELECT 'cold-' || g, coalesce(r.ref, 'cold-' || g), t.service_id, t.service_version, t.snapshot, t.version,
       t.opened_at, t.updated_at, t.opened_via, t.citizen_keys, t.last_hash
     FROM ${schema}.cases t
     CROSS JOIN generate_series(1, $2::int) AS g
     LEFT JOIN jsonb_array_elements_text($3::jsonb) WITH ORDINALITY AS r(ref, n) ON g = r.n * $4::int
     WHERE t.id = $1::text`,
    [templateId, rows, JSON.stringify(refs), stride],
  );
  await client.query(`ANALYZE ${schema}.cases`);
  for (let i = refs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [refs[i], refs[j]] = [refs[j]!, refs[i]!];
  }
  return refs;
}
