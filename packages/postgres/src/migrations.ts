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
