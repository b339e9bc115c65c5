import pg from 'pg';
import { effectFigures } from '../backOffice/effectFigures.js';
import { feedFigures } from '../backOffice/feedFigures.js';
import { envInt } from '../backOffice/measure.js';
import { queueFigures } from '../backOffice/queueFigures.js';
import type { BenchSuite } from '../benchSuite.js';

/** Cases of the big queue table (a smoke run sets e.g. 20000). */
const QUEUE_ROWS = envInt('BENCH_QUEUE_ROWS', 1_000_000);
/** Pending effects seeded per side of a round. */
const EFFECTS = envInt('BENCH_EFFECTS', 10_000);
/** The reader's change-feed poll interval (the router's default). */
const FEED_POLL_MS = envInt('BENCH_FEED_POLL_MS', 1_000);

const suite: BenchSuite = {
  name: 'backOffice',
  async run() {
    const url = process.env.DATABASE_URL;
    if (!url) return { postgresql: 'skipped: DATABASE_URL is not set' };
    const pool = new pg.Pool({ connectionString: url, max: 16, connectionTimeoutMillis: 5_000 });
    const suffix = `${process.pid}`;
    const schemas = {
      small: `bench_bo_q1k_${suffix}`,
      big: `bench_bo_qbig_${suffix}`,
      effects: `bench_bo_effects_${suffix}`,
      feed: `bench_bo_feed_${suffix}`,
    };
    try {
      return {
        note: 'router.list, handleEffects, send and the change feed on PostgreSQL (computeKpis: the kpis suite), each against a baseline doing the same work in the same rounds; ratio = measured / baseline per round',
        queue: await queueFigures(pool, schemas, QUEUE_ROWS),
        effects: await effectFigures(pool, schemas.effects, EFFECTS),
        feed: await feedFigures(pool, schemas.feed, FEED_POLL_MS),
      };
    } finally {
      for (const schema of Object.values(schemas))
        await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    }
  },
};

export default suite;
