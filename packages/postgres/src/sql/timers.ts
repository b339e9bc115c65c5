import type { TimerRecord } from '@onecase/core';
import { TIMER_COLUMNS, type TimerRow, toTimer } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { perSchema } from './perSchema.js';

const byDueThenId = (a: TimerRecord, b: TimerRecord) =>
  a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const claimText = perSchema(
  (schema) =>
    `UPDATE ${schema}.timers SET leased_until = $1::bigint + $3::bigint
     WHERE id IN (
       SELECT id FROM ${schema}.timers
       WHERE due_at <= $1::bigint AND leased_until <= $1::bigint
       ORDER BY due_at, id
       LIMIT $2::int
       FOR UPDATE SKIP LOCKED)
     RETURNING ${TIMER_COLUMNS}`,
);
const deleteText = perSchema((schema) => `DELETE FROM ${schema}.timers WHERE id = $1::text`);
const caseTimersText = perSchema(
  (schema) => `SELECT ${TIMER_COLUMNS} FROM ${schema}.timers WHERE case_id = $1::text ORDER BY due_at, id`,
);

/**
 * Leases up to `limit` timers due at `now` for `leaseMs`, skipping those another node holds
 * (`FOR UPDATE SKIP LOCKED`), so several nodes never fire the same timer at once.
 *
 * @example
 * ```ts
 * const due = await claimDueTimers(client, 'onecase', clock.now(), { limit: 100, leaseMs: 30_000 });
 * ```
 */
export async function claimDueTimers(
  client: SqlQueryable,
  schema: string,
  now: number,
  { limit, leaseMs }: { limit: number; leaseMs: number },
): Promise<TimerRecord[]> {
  const rows = await client.query<TimerRow>(claimText(schema), [now, limit, leaseMs]);
  // UPDATE … RETURNING has no order of its own.
  return rows.map(toTimer).sort(byDueThenId);
}

/**
 * Removes one timer (a timer whose case no longer wants it).
 *
 * @example
 * ```ts
 * await deleteTimer(client, 'onecase', timer.id);
 * ```
 */
export async function deleteTimer(client: SqlQueryable, schema: string, timerId: string): Promise<void> {
  await client.query(deleteText(schema), [timerId]);
}

/**
 * Reads the timers armed for one case, soonest first.
 *
 * @example
 * ```ts
 * const armed = await caseTimers(client, 'onecase', caseId);
 * ```
 */
export async function caseTimers(
  client: SqlQueryable,
  schema: string,
  caseId: string,
): Promise<TimerRecord[]> {
  const rows = await client.query<TimerRow>(caseTimersText(schema), [caseId]);
  return rows.map(toTimer);
}
