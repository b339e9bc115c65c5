import pg from 'pg';
import { kpiFigures } from '../backOffice/kpiFigures.js';
import { envInt } from '../backOffice/measure.js';
import type { BenchSuite } from '../benchSuite.js';

/** Work orders `computeKpis` aggregates (about ten events each; a smoke run sets e.g. 2000). */
const KPI_ORDERS = envInt('BENCH_KPI_ORDERS', 100_000);

const suite: BenchSuite = {
  name: 'kpis',
  async run() {
    const url = process.env.DATABASE_URL;
    if (!url) return { postgresql: 'skipped: DATABASE_URL is not set' };
    const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5_000 });
    const schema = `bench_kpi_${process.pid}`;
    try {
      return {
        note: 'computeKpis (one router.aggregate: one SQL statement) against a hand-written SQL aggregate of the same figures over the same cases table, in the same rounds; ratio = reports/s measured / baseline per round',
        kpis: await kpiFigures(pool, schema, KPI_ORDERS),
      };
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  },
};

export default suite;
