import type pg from 'pg';

/** Departments the queue rows are spread over: a department's queue is 1/10 of the table, so at 1,000 cases a page is still full. */
export const QUEUE_DEPARTMENTS = 10;
/** One case in this many is closed (state `closed`, done), so the state filter has work to do. */
const CLOSED_EVERY = 10;

/**
 * Fills `schema.cases` with `rows` copies of one real queue case (`templateId`), in one
 * `INSERT … SELECT generate_series`, writing every column the store writes: each copy gets its
 * own department and due time, in the snapshot's context and in `index_values` alike, and one
 * in ten is closed (`state_paths`, `tags`, `done` and the snapshot's value and status), as the
 * store would have written them at that case's last commit. Then `ANALYZE`.
 */
export async function cloneQueueCases(
  pool: pg.Pool,
  schema: string,
  templateId: string,
  rows: number,
): Promise<void> {
  await pool.query(
    `INSERT INTO ${schema}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at,
       opened_via, citizen_keys, last_hash, state_paths, tags, done, index_values)
     SELECT 'q-' || g, 'BQ-' || g, t.service_id, t.service_version,
       CASE WHEN closed
         THEN jsonb_set(jsonb_set(context_set, '{value}', '"closed"'), '{status}', '"done"')
         ELSE context_set END,
       t.version, t.opened_at + g, t.updated_at + g, t.opened_via, t.citizen_keys, t.last_hash,
       CASE WHEN closed THEN ARRAY['closed'] ELSE t.state_paths END,
       CASE WHEN closed THEN '{}'::text[] ELSE t.tags END,
       closed,
       jsonb_build_object('department', department, 'dueAt', due_at)
     FROM ${schema}.cases t,
       LATERAL generate_series(1, $2::int) AS g,
       LATERAL (SELECT 'd' || ((g / ${CLOSED_EVERY}) % ${QUEUE_DEPARTMENTS}) AS department,
                       t.opened_at + ((g::bigint * 7919) % $2::int) * 60000 AS due_at,
                       g % ${CLOSED_EVERY} = 0 AS closed) AS v,
       LATERAL (SELECT jsonb_set(jsonb_set(t.snapshot, '{context,department}', to_jsonb(department)),
                                 '{context,dueAt}', to_jsonb(due_at)) AS context_set) AS s
     WHERE t.id = $1::text`,
    [templateId, rows],
  );
  await pool.query(`ANALYZE ${schema}.cases`);
}

/**
 * Adds `perTemplate` pending copies of each template effect (real effects of real events), ids
 * `<caseId>:<seq>:<n>` with n past `offset`, so a delivery reads a real case and event.
 */
export async function cloneEffects(
  pool: pg.Pool,
  schema: string,
  templateIds: string[],
  perTemplate: number,
  offset: number,
): Promise<void> {
  await pool.query(
    `INSERT INTO ${schema}.effects (id, case_id, seq, n, type, effect, state, attempts, available_at, leased_until, last_error, created_at)
     SELECT e.case_id || ':' || e.seq || ':' || ($3::int + g), e.case_id, e.seq, $3::int + g, e.type, e.effect,
       'pending', 0, e.available_at, 0, NULL, e.created_at + g
     FROM ${schema}.effects e, generate_series(1, $2::int) AS g
     WHERE e.id = ANY($1::text[])`,
    [templateIds, perTemplate, offset],
  );
}

/** Copies every case of `schema` `copies` times (the work-order templates), then `ANALYZE`. */
export async function cloneWorkOrders(pool: pg.Pool, schema: string, copies: number): Promise<void> {
  await pool.query(
    `INSERT INTO ${schema}.cases (id, ref, service_id, service_version, snapshot, version, opened_at, updated_at,
       opened_via, citizen_keys, last_hash, state_paths, tags, done, index_values)
     SELECT t.id || '-' || g, t.ref || '-' || g, t.service_id, t.service_version, t.snapshot, t.version,
       t.opened_at, t.updated_at, t.opened_via, t.citizen_keys, t.last_hash, t.state_paths, t.tags, t.done, t.index_values
     FROM ${schema}.cases t, generate_series(1, $1::int) AS g`,
    [copies],
  );
  await pool.query(`ANALYZE ${schema}.cases`);
}

/**
 * Copies the events of every template work order `copies` times, to the cases
 * `cloneWorkOrders` made (`<id>-<g>`), so the log holds as many events as the cases imply (run it
 * right after `cloneWorkOrders`, while the events table holds only the templates' events).
 */
export async function cloneWorkOrderEvents(pool: pg.Pool, schema: string, copies: number): Promise<void> {
  await pool.query(
    `INSERT INTO ${schema}.events (case_id, seq, type, payload, via, at, idempotency_key, command_hash,
       state_after, effects, prev_hash, hash, origin)
     SELECT e.case_id || '-' || g, e.seq, e.type, e.payload, e.via, e.at, e.idempotency_key, e.command_hash,
       e.state_after, e.effects, e.prev_hash, e.hash, e.origin
     FROM ${schema}.events e, generate_series(1, $1::int) AS g`,
    [copies],
  );
  await pool.query(`ANALYZE ${schema}.events`);
}
