import type { CitizenLinkAudit, CitizenLinkRecord } from '@onecase/core';
import { json } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

/**
 * A `reach(key)` CTE: the keys in `$1` (a jsonb array) and every key linked to them,
 * transitively; `UNION` drops keys already reached, so a cycle of links ends.
 *
 * @example
 * ```ts
 * const text = `WITH RECURSIVE ${reachCte('onecase')} SELECT key FROM reach`;
 * ```
 */
export function reachCte(schema: string): string {
  return `reach(key) AS (
      SELECT jsonb_array_elements_text($1::jsonb)
      UNION
      SELECT CASE WHEN l.key_a = r.key THEN l.key_b ELSE l.key_a END
      FROM reach r JOIN ${schema}.citizen_links l ON r.key = l.key_a OR r.key = l.key_b
    )`;
}

// Pairs are written in "C" order so a pair has one row whichever order the keys came in.
const linkText = perSchema(
  (schema) =>
    `WITH k AS (SELECT DISTINCT jsonb_array_elements_text($1::jsonb) AS key)
     INSERT INTO ${schema}.citizen_links (key_a, key_b, via, reason, at)
     SELECT a.key, b.key, $2::jsonb, $3::text, $4::bigint
     FROM k a JOIN k b ON a.key COLLATE "C" < b.key COLLATE "C"
     ON CONFLICT DO NOTHING
     RETURNING key_a`,
);

const linksText = perSchema(
  (schema) =>
    `WITH RECURSIVE ${reachCte(schema)}
     SELECT key_a, key_b, via, reason, at FROM ${schema}.citizen_links
     WHERE key_a IN (SELECT key FROM reach)
     ORDER BY at, key_a COLLATE "C", key_b COLLATE "C"`,
);

interface LinkRow {
  key_a: string;
  key_b: string;
  via: CitizenLinkRecord['via'];
  reason: string;
  at: number;
}

/**
 * Links every pair of these citizen keys not linked yet, with the audit, in one statement;
 * resolves with how many pairs were new.
 *
 * @example
 * ```ts
 * await linkCitizenKeys(client, 'onecase', ['id:…', 'phone:…'], { via, reason, at: Date.now() });
 * ```
 */
export async function linkCitizenKeys(
  client: SqlQueryable,
  schema: string,
  keys: readonly string[],
  audit: CitizenLinkAudit,
): Promise<{ added: number }> {
  if (keys.length < 2) return { added: 0 };
  const rows = await client.query(linkText(schema), [json(keys), json(audit.via), audit.reason, audit.at]);
  return { added: rows.length };
}

/**
 * Reads the links of everyone these keys reach, oldest first.
 *
 * @example
 * ```ts
 * const links = await citizenLinks(client, 'onecase', ['phone:…']);
 * ```
 */
export async function citizenLinks(
  client: SqlQueryable,
  schema: string,
  keys: readonly string[],
): Promise<CitizenLinkRecord[]> {
  if (keys.length === 0) return [];
  const rows = await client.query<LinkRow>(linksText(schema), [json(keys)]);
  return rows.map((row) => ({ keys: [row.key_a, row.key_b], via: row.via, reason: row.reason, at: row.at }));
}
