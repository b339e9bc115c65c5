import type { CommitInput, CommitResult } from '@onecase/core';
import { EVENT_FIELDS, type EventRow, toEvent } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

const SELECTED_EVENT = EVENT_FIELDS.map((field) => `e.${field}`).join(', ');
const explainText = perSchema(
  (schema) =>
    `SELECT c.version AS actual_version, r.id AS ref_owner, ${SELECTED_EVENT}
     FROM (SELECT 1) AS one
     LEFT JOIN ${schema}.cases c ON c.id = $1::text
     LEFT JOIN ${schema}.cases r ON r.ref = $2::text
     LEFT JOIN ${schema}.events e ON e.case_id = $1::text AND e.idempotency_key = $3::text`,
);

/**
 * Tells why a commit statement wrote nothing, in one round trip: the idempotency key was
 * already applied (`duplicate`, with the stored event), the case moved on (`conflict`), or
 * a new case's reference is taken (`ref-taken`). `undefined` when nothing explains it any
 * more, so the caller tries again.
 *
 * @example
 * ```ts
 * const refusal = await explainRefusal(client, 'onecase', input);
 * if (refusal?.status === 'duplicate') return refusal;
 * ```
 */
export async function explainRefusal(
  client: SqlQueryable,
  schema: string,
  input: CommitInput,
): Promise<CommitResult | undefined> {
  const { record, event } = input;
  const rows = await client.query<EventRow & { actual_version: number | null; ref_owner: string | null }>(
    explainText(schema),
    [record.id, record.ref, event.idempotencyKey],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.hash !== null && row.case_id !== null) return { status: 'duplicate', event: toEvent(row) };
  const actualVersion = row.actual_version ?? 0;
  if (actualVersion !== input.expectedVersion) return { status: 'conflict', actualVersion };
  if (input.expectedVersion === 0 && row.ref_owner !== null) return { status: 'ref-taken' };
  return undefined;
}
