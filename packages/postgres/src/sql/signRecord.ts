import type { TimerRecord } from '@onecase/core';
import { json } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';

/**
 * Signs a row written before record signatures, if it is still at `version` and unsigned.
 *
 * @example
 * ```ts
 * const signed = await signRecord(client, 'onecase', caseId, 3, { armedTimers: [], signature });
 * ```
 */
export async function signRecord(
  client: SqlQueryable,
  schema: string,
  caseId: string,
  version: number,
  signed: { armedTimers: TimerRecord[]; signature: string },
): Promise<boolean> {
  const rows = await client.query<{ id: string }>(
    `UPDATE ${schema}.cases SET armed_timers = $3::jsonb, signature = $4::text
     WHERE id = $1::text AND version = $2::int AND signature IS NULL
     RETURNING id`,
    [caseId, version, json(signed.armedTimers), signed.signature],
  );
  return rows.length > 0;
}
