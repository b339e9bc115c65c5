import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';
/** `prepared` is the cheapest protocol PostgreSQL offers: the physical limit. */
const MODE = process.env.BENCH_PGBENCH_MODE ?? 'prepared';

/** The values one pgbench transaction writes, taken from a real commit so its rows are the router's size. */
export interface PgbenchRow {
  schema: string;
  /** Case ids are `${idPrefix}${client_id}`: every pgbench client writes its own case. */
  idPrefix: string;
  snapshot: string;
  eventType: string;
  payload: string;
  via: string;
  commandHash: string;
  stateAfter: string;
  effects: string;
  hash: string;
}

/**
 * A SQL string literal pgbench leaves alone: it reads `:name` anywhere as a variable (JSON's
 * `"lastNote":null` would be one), so each colon is its own `':'` piece, which the planner folds.
 */
const literal = (text: string): string =>
  `(${text
    .split(':')
    .map((part) => `'${part.replace(/'/g, "''")}'`)
    .join(" || ':' || ")})`;

/**
 * The pgbench script of one command: the same writes as the router's commit (the case row's
 * new snapshot, version, time and hash; the event row) in one statement, hence one
 * transaction and one round trip. The version is bumped by the server rather than compared,
 * which is the least a database can do for the same rows.
 */
export function pgbenchScript(row: PgbenchRow): string {
  const s = row.schema;
  return `WITH head AS (
  UPDATE ${s}.cases SET snapshot = ${literal(row.snapshot)}::jsonb, version = version + 1,
    updated_at = updated_at + 1, last_hash = ${literal(row.hash)}
  WHERE id = ${literal(row.idPrefix)} || :client_id
  RETURNING id, version, updated_at)
INSERT INTO ${s}.events (case_id, seq, type, payload, via, at, idempotency_key, command_hash, state_after, effects, prev_hash, hash)
SELECT id, version, ${literal(row.eventType)}, ${literal(row.payload)}::jsonb, ${literal(row.via)}::jsonb, updated_at, NULL,
  ${literal(row.commandHash)}, ${literal(row.stateAfter)}::jsonb, ${literal(row.effects)}::jsonb, ${literal(row.hash)}, ${literal(row.hash)}
FROM head;
`;
}

/** Runs `script` with pgbench for `ms` (whole seconds, at least one) and returns its transactions per second. */
export async function pgbench(url: string, script: string, clients: number, ms: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'onecase-pgbench-'));
  const file = join(dir, 'command.sql');
  writeFileSync(file, script);
  const seconds = Math.max(1, Math.round(ms / 1000));
  const threads = Math.min(clients, 2);
  const { stdout } = await run(
    PGBENCH,
    ['-n', '-M', MODE, '-f', file, '-c', String(clients), '-j', String(threads), '-T', String(seconds), url],
    { maxBuffer: 1 << 20 },
  ).finally(() => rmSync(dir, { recursive: true, force: true }));
  const failed = /number of failed transactions: (\d+)/.exec(stdout);
  if (failed && Number(failed[1]) > 0)
    throw new Error(`pgbench: ${failed[1]} transactions failed\n${stdout}`);
  const tps = /tps = ([\d.]+)/.exec(stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
  return Number(tps[1]);
}

/** The protocol pgbench uses (`-M`), for the report. */
export const PGBENCH_MODE = MODE;
