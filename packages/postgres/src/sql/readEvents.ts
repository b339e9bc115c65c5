import type { CaseEvent } from '@onecase/core';
import { EVENT_COLUMNS, type EventRow, toEvent } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

const eventsText = perSchema(
  (schema) =>
    `SELECT ${EVENT_COLUMNS} FROM ${schema}.events WHERE case_id = $1::text AND seq >= $2::int ORDER BY seq`,
);
const byKeyText = perSchema(
  (schema) =>
    `SELECT ${EVENT_COLUMNS} FROM ${schema}.events WHERE case_id = $1::text AND idempotency_key = $2::text`,
);

/**
 * Reads a case's events in order, from sequence number `fromSeq` (default 1).
 *
 * @example
 * ```ts
 * const history = await readEvents(client, 'onecase', caseId, 1);
 * ```
 */
export async function readEvents(
  client: SqlQueryable,
  schema: string,
  caseId: string,
  fromSeq = 1,
): Promise<CaseEvent[]> {
  const rows = await client.query<EventRow>(eventsText(schema), [caseId, fromSeq]);
  return rows.map(toEvent);
}

/**
 * Reads the event a case stored under an idempotency key, or `undefined` if none was applied.
 *
 * @example
 * ```ts
 * const applied = await eventByIdempotencyKey(client, 'onecase', caseId, 'call-42:info');
 * ```
 */
export async function eventByIdempotencyKey(
  client: SqlQueryable,
  schema: string,
  caseId: string,
  key: string,
): Promise<CaseEvent | undefined> {
  const [row] = await client.query<EventRow>(byKeyText(schema), [caseId, key]);
  return row ? toEvent(row) : undefined;
}
