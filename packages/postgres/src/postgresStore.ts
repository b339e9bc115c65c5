import {
  type CaseChange,
  CaseError,
  type CaseEvent,
  type CaseRecord,
  type CaseStore,
  type CommitInput,
  type CommitResult,
  type TimerRecord,
} from '@onecase/core';
import { migrateSchema } from './migrations.js';
import type { SqlClient, SqlListener } from './sqlClient.js';
import { storeError } from './storeError.js';

/**
 * How `postgresStore` reaches its database and names its tables.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = { client: pgliteClient(db), schema: 'city_cases', notify: false };
 * ```
 */
export interface PostgresStoreOptions {
  /** Where the store runs its SQL: `pgPoolClient(pool)` or `pgliteClient(db)`. */
  client: SqlClient;
  /** PostgreSQL schema holding the tables (lowercase identifier, default `onecase`), beside the app's own. */
  schema?: string;
  /**
   * Publish every commit with `NOTIFY` and offer `watch()`, so routers on other processes
   * see changes made here (default true). Without it each router only sees its own changes.
   */
  notify?: boolean;
}

/**
 * The SQL `CaseStore`, plus what an operator needs: explicit migration, a readiness check
 * and shutdown.
 *
 * @example
 * ```ts
 * const store: PostgresCaseStore = postgresStore({ client: pgPoolClient(pool) });
 * await store.ready();
 * ```
 */
export interface PostgresCaseStore extends CaseStore {
  /** The schema the tables live in. */
  readonly schema: string;
  /** Creates or upgrades the tables now (otherwise done on first use); safe from many nodes at once. */
  migrate(): Promise<void>;
  /** Resolves when the schema is migrated and, if anyone watches, the change feed is listening. */
  ready(): Promise<void>;
  /** Stops the change feed; later calls fail with `STORE_UNAVAILABLE`. Does not end a pool it was given. */
  close(): Promise<void>;
}

const SCHEMA_PATTERN = /^[a-z_][a-z0-9_]{0,54}$/;
const MAX_COMMIT_ATTEMPTS = 3;
const NOTIFY_BATCH = 200;
/** How long committed changes wait to be published together; the feed's added latency. */
const NOTIFY_WINDOW_MS = 10;

const CASE_COLUMNS =
  'id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash';
const EVENT_FIELDS = [
  'case_id',
  'seq',
  'type',
  'payload',
  'via',
  'at',
  'idempotency_key',
  'command_hash',
  'state_after',
  'effects',
  'prev_hash',
  'hash',
];
const EVENT_COLUMNS = EVENT_FIELDS.join(', ');
const TIMER_COLUMNS = 'id, case_id, send_id, event, due_at';

interface CaseRow {
  id: string;
  ref: string;
  service_id: string;
  service_version: number;
  snapshot: unknown;
  version: number;
  opened_at: number;
  updated_at: number;
  opened_via: CaseRecord['openedVia'];
  citizen_keys: string[];
  last_hash: string;
}

interface EventRow {
  case_id: string;
  seq: number;
  type: string;
  payload: CaseEvent['payload'];
  via: CaseEvent['via'];
  at: number;
  idempotency_key: string | null;
  command_hash: string;
  state_after: CaseEvent['stateAfter'];
  effects: CaseEvent['effects'];
  prev_hash: string;
  hash: string;
}

interface TimerRow {
  id: string;
  case_id: string;
  send_id: string;
  event: TimerRecord['event'];
  due_at: number;
}

const toRecord = (row: CaseRow): CaseRecord => ({
  id: row.id,
  ref: row.ref,
  serviceId: row.service_id,
  serviceVersion: row.service_version,
  snapshot: row.snapshot,
  version: row.version,
  openedAt: row.opened_at,
  updatedAt: row.updated_at,
  openedVia: row.opened_via,
  citizenKeys: row.citizen_keys,
  lastHash: row.last_hash,
});

const toEvent = (row: EventRow): CaseEvent => ({
  caseId: row.case_id,
  seq: row.seq,
  type: row.type,
  payload: row.payload,
  via: row.via,
  at: row.at,
  idempotencyKey: row.idempotency_key,
  commandHash: row.command_hash,
  stateAfter: row.state_after,
  effects: row.effects,
  prevHash: row.prev_hash,
  hash: row.hash,
});

const toTimer = (row: TimerRow): TimerRecord => ({
  id: row.id,
  caseId: row.case_id,
  sendId: row.send_id,
  event: row.event,
  dueAt: row.due_at,
});

const json = (value: unknown): string => JSON.stringify(value);

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
 * The statement of one commit. Each commit is a single statement — the case row's
 * compare-and-set, the event and the timer changes in data-modifying CTEs — so it is one
 * round trip and atomic: every part depends on the case row having been written, and a
 * failure anywhere rolls the whole statement back.
 */
function commitStatement(schema: string, input: CommitInput) {
  const { record, event, timers } = input;
  const p = createParams();
  const caseId = p.add(record.id, 'text');
  const key = event.idempotencyKey === null ? 'NULL::text' : p.add(event.idempotencyKey, 'text');
  const head =
    input.expectedVersion === 0
      ? `INSERT INTO ${schema}.cases (${CASE_COLUMNS})
         VALUES (${caseId}, ${p.add(record.ref, 'text')}, ${p.add(record.serviceId, 'text')},
           ${p.add(record.serviceVersion, 'int')}, ${p.add(json(record.snapshot), 'jsonb')}, ${p.add(record.version, 'int')},
           ${p.add(record.openedAt, 'bigint')}, ${p.add(record.updatedAt, 'bigint')}, ${p.add(json(record.openedVia), 'jsonb')},
           ARRAY(SELECT jsonb_array_elements_text(${p.add(json(record.citizenKeys), 'jsonb')})), ${p.add(record.lastHash, 'text')})
         ON CONFLICT DO NOTHING
         RETURNING id`
      : `UPDATE ${schema}.cases
         SET snapshot = ${p.add(json(record.snapshot), 'jsonb')}, version = ${p.add(record.version, 'int')},
           updated_at = ${p.add(record.updatedAt, 'bigint')}, last_hash = ${p.add(record.lastHash, 'text')}
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
      INSERT INTO ${schema}.events (${EVENT_COLUMNS})
      SELECT id, ${p.add(event.seq, 'int')}, ${p.add(event.type, 'text')}, ${p.add(json(event.payload), 'jsonb')},
        ${p.add(json(event.via), 'jsonb')}, ${p.add(event.at, 'bigint')}, ${key}, ${p.add(event.commandHash, 'text')},
        ${p.add(json(event.stateAfter), 'jsonb')}, ${p.add(json(event.effects), 'jsonb')}, ${p.add(event.prevHash, 'text')},
        ${p.add(event.hash, 'text')}
      FROM head)`,
  ];
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
  return { text: `WITH ${ctes.join(',\n')}\nSELECT 1 AS committed FROM head`, values: p.values };
}

/**
 * Publishes committed changes with `NOTIFY`, batched and outside the commits themselves.
 * PostgreSQL serialises every committing transaction that notifies behind one lock held
 * through its WAL flush; notifying inside each commit would make concurrent commands queue
 * one fsync at a time. Here commits stay independent, the changes committed within
 * `NOTIFY_WINDOW_MS` go out in one statement (one extra statement per command measurably
 * slowed sequential commands), and that statement skips the synchronous WAL flush (a
 * notification is a hint; the rows are the truth). The price: a process that dies
 * between a commit and its notification leaves other nodes unaware of that change until
 * they read the case.
 */
function createNotifier(client: SqlClient, channel: string) {
  const pending: string[] = [];
  let flushing: Promise<void> | undefined;
  async function flush(): Promise<void> {
    // Let the commits finishing meanwhile join the batch: one statement for many commits.
    await new Promise((resolve) => setTimeout(resolve, NOTIFY_WINDOW_MS));
    while (pending.length > 0) {
      const batch = pending.splice(0, NOTIFY_BATCH);
      try {
        await client.query(
          `SELECT set_config('synchronous_commit', 'off', true), pg_notify($1::text, payload)
           FROM jsonb_array_elements_text($2::jsonb) AS payload`,
          [channel, json(batch)],
        );
      } catch {
        // The database is unreachable: the commits stand, other nodes miss this hint.
      }
    }
    flushing = undefined;
  }
  return {
    publish(change: CaseChange): void {
      pending.push(json(change));
      flushing ??= flush();
    },
    async flushed(): Promise<void> {
      await flushing;
    },
  };
}

/**
 * Creates the SQL `CaseStore` for PostgreSQL and PGlite: one transaction (one statement)
 * per command with compare-and-set on the case version, idempotency keys unique per case,
 * durable timers claimed with `FOR UPDATE SKIP LOCKED`, and a change feed over
 * `LISTEN`/`NOTIFY` so routers on several processes see each other's changes.
 *
 * @example
 * ```ts
 * const store = postgresStore({ client: pgPoolClient(pool), schema: 'onecase' });
 * await store.migrate();
 * const router = createRouter({ services: [noise], store, secret });
 * ```
 */
export function postgresStore(options: PostgresStoreOptions): PostgresCaseStore {
  const { client } = options;
  const schema = options.schema ?? 'onecase';
  if (!client || typeof client.query !== 'function' || typeof client.transaction !== 'function') {
    throw new CaseError(
      'INVALID_INPUT',
      'postgresStore needs { client: pgPoolClient(pool) | pgliteClient(db) }',
    );
  }
  if (!SCHEMA_PATTERN.test(schema)) {
    throw new CaseError(
      'INVALID_INPUT',
      `postgresStore: schema '${schema}' must be a lowercase identifier (letters, digits, _; at most 55 characters)`,
      { schema },
    );
  }
  const channel = options.notify !== false && client.listen ? `${schema}_changes` : undefined;
  let closed = false;
  let migration: Promise<void> | undefined;

  const migrate = (): Promise<void> => {
    migration ??= migrateSchema(client, schema).catch((error: unknown) => {
      migration = undefined;
      throw error;
    });
    return migration;
  };

  async function run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      if (closed)
        throw new CaseError('STORE_UNAVAILABLE', `The case store on ${client.target} is closed`, {
          operation,
        });
      await migrate();
      return await work();
    } catch (error) {
      throw storeError(error, operation, client.target);
    }
  }

  const notifier = channel === undefined ? undefined : createNotifier(client, channel);

  async function explainRefusal(input: CommitInput): Promise<CommitResult | undefined> {
    const { record, event } = input;
    const rows = await client.query<EventRow & { actual_version: number | null; ref_owner: string | null }>(
      `SELECT c.version AS actual_version, r.id AS ref_owner, ${EVENT_FIELDS.map((f) => `e.${f}`).join(', ')}
       FROM (SELECT 1) AS one
       LEFT JOIN ${schema}.cases c ON c.id = $1::text
       LEFT JOIN ${schema}.cases r ON r.ref = $2::text
       LEFT JOIN ${schema}.events e ON e.case_id = $1::text AND e.idempotency_key = $3::text`,
      [record.id, record.ref, event.idempotencyKey],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (row.hash !== null && row.case_id !== null) return { status: 'duplicate', event: toEvent(row) };
    const actualVersion = row.actual_version ?? 0;
    if (actualVersion !== input.expectedVersion) return { status: 'conflict', actualVersion };
    if (input.expectedVersion === 0 && row.ref_owner !== null) return { status: 'ref-taken' };
    // Nothing explains the refusal any more (the competing change is gone): try again.
    return undefined;
  }

  async function commit(input: CommitInput): Promise<CommitResult> {
    const statement = commitStatement(schema, input);
    for (let attempt = 1; ; attempt++) {
      try {
        const rows = await client.query(statement.text, statement.values);
        if (rows.length > 0) {
          notifier?.publish({ caseId: input.record.id, version: input.record.version, origin: input.origin });
          return { status: 'committed' };
        }
      } catch (error) {
        // 23505: a unique index caught a racing duplicate (idempotency key, sequence number).
        if ((error as { code?: unknown })?.code !== '23505') throw error;
      }
      const refusal = await explainRefusal(input);
      if (refusal) return refusal;
      if (attempt >= MAX_COMMIT_ATTEMPTS) {
        return { status: 'conflict', actualVersion: input.expectedVersion };
      }
    }
  }

  const listeners = new Set<(change: CaseChange) => void>();
  let listener: SqlListener | undefined;
  const deliver = (payload: string) => {
    let change: CaseChange;
    try {
      change = JSON.parse(payload) as CaseChange;
    } catch {
      return;
    }
    if (typeof change?.caseId !== 'string' || typeof change.version !== 'number') return;
    for (const watcher of listeners) watcher(change);
  };
  const stopListening = async () => {
    const running = listener;
    listener = undefined;
    await running?.stop();
  };

  const store: PostgresCaseStore = {
    schema,
    migrate: () => run('migrate the schema', async () => {}),
    async ready() {
      await run('migrate the schema', async () => {});
      await listener?.ready;
    },
    load: (caseId) =>
      run('load a case', async () => {
        const [row] = await client.query<CaseRow>(
          `SELECT ${CASE_COLUMNS} FROM ${schema}.cases WHERE id = $1::text`,
          [caseId],
        );
        return row ? toRecord(row) : undefined;
      }),
    resolveRef: (ref) =>
      run('resolve a case reference', async () => {
        const [row] = await client.query<{ id: string }>(
          `SELECT id FROM ${schema}.cases WHERE ref = $1::text`,
          [ref],
        );
        return row?.id;
      }),
    commit: (input) => run('commit a command', () => commit(input)),
    events: (caseId, eventOptions) =>
      run('read events', async () => {
        const rows = await client.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM ${schema}.events WHERE case_id = $1::text AND seq >= $2::int ORDER BY seq`,
          [caseId, eventOptions?.fromSeq ?? 1],
        );
        return rows.map(toEvent);
      }),
    eventByIdempotencyKey: (caseId, key) =>
      run('read an event by idempotency key', async () => {
        const [row] = await client.query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM ${schema}.events WHERE case_id = $1::text AND idempotency_key = $2::text`,
          [caseId, key],
        );
        return row ? toEvent(row) : undefined;
      }),
    findByCitizenKeys: (keys) =>
      run('find cases by citizen', async () => {
        if (keys.length === 0) return [];
        const rows = await client.query<CaseRow>(
          `SELECT ${CASE_COLUMNS} FROM ${schema}.cases
           WHERE citizen_keys && ARRAY(SELECT jsonb_array_elements_text($1::jsonb))
           ORDER BY opened_at, id`,
          [json(keys)],
        );
        return rows.map(toRecord);
      }),
    claimDueTimers: (now, { limit, leaseMs }) =>
      run('claim due timers', async () => {
        const rows = await client.query<TimerRow>(
          `UPDATE ${schema}.timers SET leased_until = $1::bigint + $3::bigint
           WHERE id IN (
             SELECT id FROM ${schema}.timers
             WHERE due_at <= $1::bigint AND leased_until <= $1::bigint
             ORDER BY due_at, id
             LIMIT $2::int
             FOR UPDATE SKIP LOCKED)
           RETURNING ${TIMER_COLUMNS}`,
          [now, limit, leaseMs],
        );
        return rows
          .map(toTimer)
          .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      }),
    deleteTimer: (timerId) =>
      run('delete a timer', async () => {
        await client.query(`DELETE FROM ${schema}.timers WHERE id = $1::text`, [timerId]);
      }),
    timers: (caseId) =>
      run('read timers', async () => {
        const rows = await client.query<TimerRow>(
          `SELECT ${TIMER_COLUMNS} FROM ${schema}.timers WHERE case_id = $1::text ORDER BY due_at, id`,
          [caseId],
        );
        return rows.map(toTimer);
      }),
    async close() {
      closed = true;
      listeners.clear();
      await notifier?.flushed();
      await stopListening();
    },
  };

  if (channel !== undefined && client.listen) {
    const listen = client.listen.bind(client);
    store.watch = (watcher) => {
      listeners.add(watcher);
      if (!listener && !closed) listener = listen(channel, deliver);
      return () => {
        listeners.delete(watcher);
        if (listeners.size === 0) void stopListening();
      };
    };
  }
  return store;
}
