import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the server-side tests use; they are skipped when it is unset. */
export const DATABASE_URL = process.env.DATABASE_URL;

/** A schema name of its own for one test run, so runs never see each other's rows. */
export function uniqueSchema(label: string): string {
  return `oc_test_${label}_${randomBytes(4).toString('hex')}`;
}

/** A pool on `DATABASE_URL` that fails fast instead of hanging when the server is gone. */
export function testPool(options: pg.PoolConfig = {}): pg.Pool {
  return new pg.Pool({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3_000, max: 8, ...options });
}

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  const pool = testPool({ max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await pool.end();
  }
}
