import type { SqlClient } from './sqlClient.js';

/**
 * One step of the schema, applied once per schema in version order.
 *
 * @example
 * ```ts
 * const latest: Migration = MIGRATIONS[MIGRATIONS.length - 1]!;
 * ```
 */
export interface Migration {
  version: number;
  name: string;
  /** Statements run in one transaction; `schema` is an already validated identifier. */
  statements(schema: string): string[];
}

/**
 * Every schema version this package knows, oldest first; a release only ever appends.
 *
 * @example
 * ```ts
 * for (const { version, name } of MIGRATIONS) console.log(version, name);
 * ```
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'cases, events and timers',
    statements: (s) => [
      `CREATE TABLE ${s}.cases (
        id text PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        service_id text NOT NULL,
        service_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        opened_at bigint NOT NULL,
        updated_at bigint NOT NULL,
        opened_via jsonb NOT NULL,
        citizen_keys text[] NOT NULL DEFAULT '{}',
        last_hash text NOT NULL
      )`,
      `CREATE INDEX cases_citizen_keys_idx ON ${s}.cases USING gin (citizen_keys)`,
      `CREATE TABLE ${s}.events (
        case_id text NOT NULL REFERENCES ${s}.cases (id),
        seq integer NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        via jsonb NOT NULL,
        at bigint NOT NULL,
        idempotency_key text,
        command_hash text NOT NULL,
        state_after jsonb NOT NULL,
        effects jsonb NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (case_id, seq),
        CONSTRAINT events_idempotency_key_unique UNIQUE (case_id, idempotency_key)
      )`,
      `CREATE TABLE ${s}.timers (
        id text PRIMARY KEY,
        case_id text NOT NULL,
        send_id text NOT NULL,
        event jsonb NOT NULL,
        due_at bigint NOT NULL,
        leased_until bigint NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX timers_due_idx ON ${s}.timers (due_at, id)`,
      `CREATE INDEX timers_case_idx ON ${s}.timers (case_id, send_id)`,
    ],
  },
  {
    version: 2,
    name: 'change-feed positions, queryable case fields and the effect outbox',
    statements: (s) => [
      // A position is (transaction id, sequence): readers only take events of transactions
      // older than every running one (pg_snapshot_xmin), so a late commit is never skipped.
      `ALTER TABLE ${s}.events
        ADD COLUMN origin text NOT NULL DEFAULT '',
        ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        ADD COLUMN position bigint`,
      `CREATE SEQUENCE ${s}.events_position_seq OWNED BY ${s}.events.position`,
      `UPDATE ${s}.events e SET position = o.n
        FROM (SELECT case_id, seq, row_number() OVER (ORDER BY at, case_id, seq) AS n FROM ${s}.events) o
        WHERE o.case_id = e.case_id AND o.seq = e.seq`,
      `SELECT setval('${s}.events_position_seq', coalesce((SELECT max(position) FROM ${s}.events), 0) + 1, false)`,
      `ALTER TABLE ${s}.events
        ALTER COLUMN position SET DEFAULT nextval('${s}.events_position_seq'),
        ALTER COLUMN position SET NOT NULL`,
      `CREATE INDEX events_feed_idx ON ${s}.events (tx, position)`,
      `ALTER TABLE ${s}.cases
        ADD COLUMN state_paths text[] NOT NULL DEFAULT '{}',
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN done boolean NOT NULL DEFAULT false,
        ADD COLUMN index_values jsonb NOT NULL DEFAULT '{}'`,
      // Cases opened before this version: what can be read off the snapshot; index values
      // are filled in by their next commit.
      `UPDATE ${s}.cases SET done = (snapshot->>'status' = 'done'),
        state_paths = CASE WHEN jsonb_typeof(snapshot->'value') = 'string' THEN ARRAY[snapshot->>'value'] ELSE '{}' END`,
      `CREATE INDEX cases_state_idx ON ${s}.cases USING gin (state_paths)`,
      `CREATE INDEX cases_index_idx ON ${s}.cases USING gin (index_values jsonb_path_ops)`,
      `CREATE INDEX cases_service_opened_idx ON ${s}.cases (service_id, opened_at, id COLLATE "C")`,
      `CREATE INDEX cases_service_updated_idx ON ${s}.cases (service_id, updated_at, id COLLATE "C")`,
      `CREATE TABLE ${s}.effects (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES ${s}.cases (id),
        seq integer NOT NULL,
        n integer NOT NULL,
        type text NOT NULL,
        effect jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        available_at bigint NOT NULL,
        leased_until bigint NOT NULL DEFAULT 0,
        last_error text,
        created_at bigint NOT NULL
      )`,
      `CREATE INDEX effects_pending_idx ON ${s}.effects (type, available_at) WHERE state = 'pending'`,
      `CREATE INDEX effects_case_idx ON ${s}.effects (case_id, seq, n)`,
      `CREATE INDEX effects_dead_idx ON ${s}.effects (created_at) WHERE state = 'dead'`,
    ],
  },
  {
    version: 3,
    name: 'signed case records and case heads for audit checkpoints',
    statements: (s) => [
      // Rows from before stay unsigned (NULL) until their next commit signs them.
      `ALTER TABLE ${s}.cases ADD COLUMN armed_timers jsonb, ADD COLUMN signature text`,
      `CREATE INDEX cases_heads_idx ON ${s}.cases (id COLLATE "C") INCLUDE (version, last_hash)`,
    ],
  },
  {
    version: 4,
    name: 'citizen identifier links',
    statements: (s) => [
      // One row per linked pair of keyed hashes (key_a < key_b in "C" order), with who linked them.
      `CREATE TABLE ${s}.citizen_links (
        key_a text NOT NULL,
        key_b text NOT NULL,
        via jsonb NOT NULL,
        reason text NOT NULL,
        at bigint NOT NULL,
        PRIMARY KEY (key_a, key_b)
      )`,
      `CREATE INDEX citizen_links_key_b_idx ON ${s}.citizen_links (key_b)`,
    ],
  },
];

/**
 * The newest schema version, what `migrate()` brings a schema to.
 *
 * @example
 * ```ts
 * const [row] = await client.query<{ v: number }>('SELECT max(version) AS v FROM onecase.migrations');
 * const current = row?.v === SCHEMA_VERSION;
 * ```
 */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

async function appliedVersion(client: Pick<SqlClient, 'query'>, schema: string): Promise<number> {
  const [table] = await client.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [
    `${schema}.migrations`,
  ]);
  if (!table?.exists) return 0;
  const [row] = await client.query<{ version: number }>(
    `SELECT coalesce(max(version), 0)::int AS version FROM ${schema}.migrations`,
  );
  return row?.version ?? 0;
}

/**
 * Brings `schema` to the newest version: creates it if needed and applies the missing
 * migrations in one transaction under an advisory lock, so nodes starting together apply
 * each step once. Returns at once, without locking, when the schema is current.
 *
 * @example
 * ```ts
 * await migrateSchema(pgliteClient(db), 'onecase');
 * ```
 */
export async function migrateSchema(client: SqlClient, schema: string): Promise<void> {
  if ((await appliedVersion(client, schema)) >= SCHEMA_VERSION) return;
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1)::bigint)', [`onecase.migrate:${schema}`]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const current = await appliedVersion(tx, schema);
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements(schema)) await tx.query(statement);
      await tx.query(`INSERT INTO ${schema}.migrations (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
