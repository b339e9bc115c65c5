import { createHash } from 'node:crypto';
import type { QueryIndex } from '@onecase/core';
import type { SqlClient } from '../sqlClient.js';

const FIELD = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

/** The index's name: stable for the same service and fields, within PostgreSQL's 63 characters. */
function indexName(index: QueryIndex): string {
  const key = `${index.service ?? '*'}|${index.fields.join(',')}`;
  return `cases_q_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

/** The `CREATE INDEX` of one query index: `(service_id?, (index_values->'f')…, id COLLATE "C")`. */
export function queryIndexStatement(schema: string, index: QueryIndex): string {
  for (const field of index.fields) {
    if (!FIELD.test(field)) throw new Error(`'${field}' is not an index field name`);
  }
  const columns = [
    ...(index.service !== undefined ? ['service_id'] : []),
    ...index.fields.map((field) => `(index_values->'${field}')`),
    'id COLLATE "C"',
  ];
  return `CREATE INDEX IF NOT EXISTS ${indexName(index)} ON ${schema}.cases (${columns.join(', ')})`;
}

/**
 * Builds the indexes the services' queries need, once per name, under the migration lock so
 * nodes starting together do not race on the same `CREATE INDEX`.
 *
 * @example
 * ```ts
 * await prepareQueryIndexes(client, 'onecase', [{ service: 'noise-complaint', fields: ['department', 'dueAt'] }]);
 * ```
 */
export async function prepareQueryIndexes(
  client: SqlClient,
  schema: string,
  indexes: readonly QueryIndex[],
): Promise<void> {
  const wanted = new Map(indexes.map((index) => [indexName(index), index]));
  const existing = await client.query<{ indexname: string }>(
    'SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = $2',
    [schema, 'cases'],
  );
  for (const { indexname } of existing) wanted.delete(indexname);
  if (wanted.size === 0) return;
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1)::bigint)', [`onecase.migrate:${schema}`]);
    for (const index of wanted.values()) await tx.query(queryIndexStatement(schema, index));
  });
}
