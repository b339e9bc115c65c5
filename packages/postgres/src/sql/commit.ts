import type { CommitInput, CommitResult } from '@onecase/core';
import { CASE_COLUMNS, EVENT_COLUMNS, json, searchColumns, toPosition } from '../rows.js';
import type { SqlQueryable } from '../sqlClient.js';
import { explainRefusal } from './explainRefusal.js';

/** How often a commit refused without a lasting reason (the competing change is gone) is tried again. */
const MAX_COMMIT_ATTEMPTS = 3;

/** Placeholders `$n::type` numbered in the order they are written, so statement text and values line up. */
function createParams() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown, type: string): string {
      values.push(value);
      return `$${values.length}::${type}`;
    },
  };
}

/**
 * Builds the statement of one commit. Each commit is a single statement — the case row's
 * compare-and-set, the event and the timer changes in data-modifying CTEs — so it is one
 * round trip and atomic: every part depends on the case row having been written, and a
 * failure anywhere rolls the whole statement back. It returns a row only if it committed.
 *
 * @example
 * ```ts
 * const { text, values } = commitStatement('onecase', input);
 * const committed = (await client.query(text, values)).length > 0;
 * ```
 */
export function commitStatement(schema: string, input: CommitInput): { text: string; values: unknown[] } {
  const { record, event, timers } = input;
  const p = createParams();
  const caseId = p.add(record.id, 'text');
  const key = event.idempotencyKey === null ? 'NULL::text' : p.add(event.idempotencyKey, 'text');
  const search = searchColumns(record);
  const armedTimers =
    record.armedTimers === undefined ? 'NULL::jsonb' : p.add(json(record.armedTimers), 'jsonb');
  const signature = record.signature === undefined ? 'NULL::text' : p.add(record.signature, 'text');
  const head =
    input.expectedVersion === 0
      ? `INSERT INTO ${schema}.cases (${CASE_COLUMNS})
         VALUES (${caseId}, ${p.add(record.ref, 'text')}, ${p.add(record.serviceId, 'text')},
           ${p.add(record.serviceVersion, 'int')}, ${p.add(json(record.snapshot), 'jsonb')}, ${p.add(record.version, 'int')},
           ${p.add(record.openedAt, 'bigint')}, ${p.add(record.updatedAt, 'bigint')}, ${p.add(json(record.openedVia), 'jsonb')},
           ARRAY(SELECT jsonb_array_elements_text(${p.add(json(record.citizenKeys), 'jsonb')})), ${p.add(record.lastHash, 'text')},
           ARRAY(SELECT jsonb_array_elements_text(${p.add(search.states, 'jsonb')})),
           ARRAY(SELECT jsonb_array_elements_text(${p.add(search.tags, 'jsonb')})),
           ${p.add(search.done, 'boolean')}, ${p.add(search.index, 'jsonb')}, ${armedTimers}, ${signature})
         ON CONFLICT DO NOTHING
         RETURNING id`
      : `UPDATE ${schema}.cases
         SET snapshot = ${p.add(json(record.snapshot), 'jsonb')}, version = ${p.add(record.version, 'int')},
           updated_at = ${p.add(record.updatedAt, 'bigint')}, last_hash = ${p.add(record.lastHash, 'text')},
           state_paths = ARRAY(SELECT jsonb_array_elements_text(${p.add(search.states, 'jsonb')})),
           tags = ARRAY(SELECT jsonb_array_elements_text(${p.add(search.tags, 'jsonb')})),
           done = ${p.add(search.done, 'boolean')}, index_values = ${p.add(search.index, 'jsonb')},
           armed_timers = ${armedTimers}, signature = ${signature}
         WHERE id = ${caseId} AND version = ${p.add(input.expectedVersion, 'int')}${
           event.idempotencyKey === null
             ? ''
             : ` AND NOT EXISTS (SELECT 1 FROM ${schema}.events WHERE case_id = ${caseId} AND idempotency_key = ${key})`
         }
         RETURNING id`;
  // Arming a send id replaces its timer; the DELETE sees the table as it was before this
  // statement, so it never removes what the INSERT arms (cancel applies before arm).
  const replaced = [...new Set([...timers.cancel, ...timers.arm.map((timer) => timer.sendId)])];
  const ctes = [
    `head AS (${head})`,
    `event AS (
      INSERT INTO ${schema}.events (${EVENT_COLUMNS}, origin)
      SELECT id, ${p.add(event.seq, 'int')}, ${p.add(event.type, 'text')}, ${p.add(json(event.payload), 'jsonb')},
        ${p.add(json(event.via), 'jsonb')}, ${p.add(event.at, 'bigint')}, ${key}, ${p.add(event.commandHash, 'text')},
        ${p.add(json(event.stateAfter), 'jsonb')}, ${p.add(json(event.effects), 'jsonb')}, ${p.add(event.prevHash, 'text')},
        ${p.add(event.hash, 'text')}, ${p.add(input.origin, 'text')}
      FROM head
      RETURNING tx::text AS tx, position)`,
  ];
  if (event.effects.length > 0) {
    // The outbox: each effect stored with its event, delivered later by handleEffects.
    const seq = p.add(event.seq, 'int');
    const at = p.add(event.at, 'bigint');
    ctes.push(`outbox AS (
      INSERT INTO ${schema}.effects (id, case_id, seq, n, type, effect, available_at, created_at)
      SELECT head.id || ':' || ${seq} || ':' || (e.ord - 1), head.id, ${seq}, e.ord - 1, e.value->>'type', e.value, ${at}, ${at}
      FROM head, jsonb_array_elements(${p.add(json(event.effects), 'jsonb')}) WITH ORDINALITY AS e(value, ord))`);
  }
  const removals: string[] = [];
  if (replaced.length > 0) {
    removals.push(
      `(case_id = ${caseId} AND send_id = ANY (ARRAY(SELECT jsonb_array_elements_text(${p.add(json(replaced), 'jsonb')}))))`,
    );
  }
  if (timers.fired !== undefined) removals.push(`id = ${p.add(timers.fired, 'text')}`);
  if (removals.length > 0) {
    ctes.push(`dropped AS (
      DELETE FROM ${schema}.timers WHERE EXISTS (SELECT 1 FROM head) AND (${removals.join(' OR ')}))`);
  }
  if (timers.arm.length > 0) {
    const armed = timers.arm.map(({ id, sendId, event: timerEvent, dueAt }) => ({
      id,
      sendId,
      event: timerEvent,
      dueAt,
    }));
    ctes.push(`armed AS (
      INSERT INTO ${schema}.timers (id, case_id, send_id, event, due_at)
      SELECT a.id, head.id, a."sendId", a.event, a."dueAt"
      FROM head, jsonb_to_recordset(${p.add(json(armed), 'jsonb')}) AS a(id text, "sendId" text, event jsonb, "dueAt" bigint)
      ON CONFLICT (id) DO UPDATE
      SET send_id = excluded.send_id, event = excluded.event, due_at = excluded.due_at, leased_until = 0)`);
  }
  return { text: `WITH ${ctes.join(',\n')}\nSELECT tx, position FROM event`, values: p.values };
}

/**
 * Commits one command: runs its statement and, when it wrote nothing, asks the database
 * why (duplicate idempotency key, version conflict, reference taken), trying again a
 * bounded number of times when the reason has gone away meanwhile.
 *
 * @example
 * ```ts
 * const result = await commit(client, 'onecase', input);
 * if (result.status === 'committed') notifier.publish(change);
 * ```
 */
export async function commit(
  client: SqlQueryable,
  schema: string,
  input: CommitInput,
): Promise<CommitResult> {
  const statement = commitStatement(schema, input);
  for (let attempt = 1; ; attempt++) {
    try {
      const [row] = await client.query<{ tx: string; position: string }>(statement.text, statement.values);
      if (row) return { status: 'committed', position: toPosition(row.tx, row.position) };
    } catch (error) {
      // 23505: a unique index caught a racing duplicate (idempotency key, sequence number).
      if ((error as { code?: unknown })?.code !== '23505') throw error;
    }
    const refusal = await explainRefusal(client, schema, input);
    if (refusal) return refusal;
    if (attempt >= MAX_COMMIT_ATTEMPTS) {
      return { status: 'conflict', actualVersion: input.expectedVersion };
    }
  }
}
