import type { CommittedChange, FeedPosition } from '@onecase/core';
import {
  CASE_COLUMNS,
  type CaseRow,
  EVENT_FIELDS,
  type EventRow,
  fromPosition,
  toEvent,
  toPosition,
  toRecord,
} from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';

/** Only events of transactions older than every one still running: none can commit before them later. */
const VISIBLE = 'k.tx < pg_snapshot_xmin(pg_current_snapshot())';
const CASE_FIELDS = CASE_COLUMNS.split(', ')
  .map((column) => `c.${column}`)
  .join(', ');
const EVENT_SELECTED = EVENT_FIELDS.map((field) => `e.${field}`).join(', ');

function invalidPosition(position: string): Error {
  return Object.assign(new Error(`'${position}' is not a feed position of this store`), {
    code: 'ONECASE_POSITION',
  });
}

/**
 * Reads committed events after a position in feed order, in one round trip: the positions
 * first (cheap), then the event and the case as it is now for each one not left out.
 *
 * @example
 * ```ts
 * const { changes, last } = await readChanges(client, 'onecase', { after, limit: 500, excludeOrigin: nodeId });
 * ```
 */
export async function readChanges(
  client: SqlQueryable,
  schema: string,
  options: { after?: FeedPosition; limit: number; excludeOrigin?: string },
): Promise<{ changes: CommittedChange[]; last?: FeedPosition }> {
  const after = options.after === undefined ? undefined : fromPosition(options.after);
  if (options.after !== undefined && !after) throw invalidPosition(options.after);
  const values: unknown[] = [options.limit, options.excludeOrigin ?? null];
  let range = '';
  if (after) {
    values.push(after.tx, after.position);
    range = 'AND (k.tx, k.position) > ($3::xid8, $4::bigint)';
  }
  const rows = await client.query<
    { k_tx: string; k_position: string; k_origin: string } & Partial<EventRow> & Partial<CaseRow>
  >(
    `SELECT k.tx::text AS k_tx, k.position AS k_position, k.origin AS k_origin, d.*
     FROM (SELECT tx, position, origin, case_id, seq FROM ${schema}.events k
           WHERE ${VISIBLE} ${range}
           ORDER BY tx, position LIMIT $1::int) k
     LEFT JOIN LATERAL (
       SELECT ${EVENT_SELECTED}, ${CASE_FIELDS}
       FROM ${schema}.events e JOIN ${schema}.cases c ON c.id = e.case_id
       WHERE e.case_id = k.case_id AND e.seq = k.seq AND k.origin IS DISTINCT FROM $2::text
     ) d ON true
     ORDER BY k.tx, k.position`,
    values,
  );
  const changes: CommittedChange[] = [];
  for (const row of rows) {
    if (row.hash === undefined || row.hash === null) continue;
    changes.push({
      position: toPosition(row.k_tx, row.k_position),
      origin: row.k_origin,
      event: toEvent(row as EventRow),
      record: toRecord(row as CaseRow),
    });
  }
  const lastRow = rows[rows.length - 1];
  return lastRow ? { changes, last: toPosition(lastRow.k_tx, lastRow.k_position) } : { changes };
}

/**
 * The position of the last event a reader can see now, or `undefined` for an empty feed.
 *
 * @example
 * ```ts
 * const head = await headPosition(client, 'onecase');
 * ```
 */
export async function headPosition(client: SqlQueryable, schema: string): Promise<FeedPosition | undefined> {
  const [row] = await client.query<{ tx: string; position: string }>(
    `SELECT k.tx::text AS tx, k.position FROM ${schema}.events k WHERE ${VISIBLE}
     ORDER BY k.tx DESC, k.position DESC LIMIT 1`,
  );
  return row ? toPosition(row.tx, row.position) : undefined;
}
