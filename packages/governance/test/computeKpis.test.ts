import { PGlite } from '@electric-sql/pglite';
import type { CaseStore } from '@onecase/core';
import { pgliteClient, pgPoolClient, postgresStore, type SqlClient } from '@onecase/postgres';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { computeKpis, kpisFromCases } from '../src/index.js';
import { calendar, cst } from './fixtures.js';
import { runKpiScenario } from './kpiScenario.js';

const window = { from: cst('2026-03-01T00:00:00'), to: cst('2026-04-01T00:00:00') };

/** The figures of the 30 scripted work orders, computed by hand (see kpiScenario.ts for each case). */
async function expectHandComputedFigures(store?: CaseStore) {
  const { router } = await runKpiScenario(store);
  try {
    const [all, ...none] = await computeKpis(router, window);
    expect(none).toEqual([]);
    expect(all!.group).toBe('all');
    expect(all!.counts).toEqual({
      received: 27, // 30 − 2 merged − 1 received in February
      dispatched: 23, // all but #5, #6, #22 (answered on the call) and #11 (withdrawn first)
      signedOnTime: 18, // 20 signed for, minus #4 and #21 signed after the 6-hour limit
      rated: 16,
      askedResolved: 16,
      resolved: 13, // rated, minus #7, #14, #21
      satisfied: 12, // 4–5 at the last rating: #1 #2 #4 #14 #15 #17 #18 #19 #23 #24 #28 #29
      reopened: 3, // #4 #7 #21
      closed: 20, // 16 rated (#7 and #21 by supervision) + 3 answered + #13 not reached
      closedOnTime: 18, // all closed but #7 and #21, whose second reply came late
      hotline: 8, // #3 #4 #5 #6 #13 #21 #22 #23
      answeredOnCall: 3, // #5 #6 #22
    });
    expect(all!.responseRate).toBeCloseTo(18 / 23);
    expect(all!.resolutionRate).toBeCloseTo(13 / 16);
    expect(all!.satisfactionRate).toBeCloseTo(12 / 16);
    expect(all!.onTimeClosureRate).toBeCloseTo(18 / 20);
    expect(all!.reopenRate).toBeCloseTo(3 / 16);
    expect(all!.firstCallResolution).toBeCloseTo(3 / 8);
    // sign-for hours: 1×1 (#29, dispatched again Tue 09:00), 13×2, 4×4, 2×8 → 59 / 20; the 18th of 20 is 4
    expect(all!.signForHours.mean).toBeCloseTo(59 / 20);
    expect(all!.signForHours.p90).toBe(4);
    // resolve hours (receipt to last reply): 3×0, 11×8, 4×15, 2×36 → 220 / 20 = 11; the 18th is 15
    expect(all!.resolveHours.mean).toBeCloseTo(11);
    expect(all!.resolveHours.p90).toBe(15);

    const [east, west] = await computeKpis(router, { ...window, groupBy: 'district' });
    expect(east).toMatchObject({ group: 'east', counts: { received: 14 } });
    expect(east!.responseRate).toBeCloseTo(8 / 11);
    expect(east!.resolutionRate).toBeCloseTo(5 / 7);
    expect(east!.satisfactionRate).toBeCloseTo(5 / 7);
    expect(east!.onTimeClosureRate).toBeCloseTo(9 / 10);
    expect(east!.reopenRate).toBeCloseTo(2 / 7);
    expect(east!.firstCallResolution).toBeCloseTo(2 / 5);
    expect(east!.signForHours).toEqual({ mean: expect.closeTo(28 / 9), p90: 8 });
    expect(east!.resolveHours).toEqual({ mean: expect.closeTo(10.6), p90: 15 });
    expect(west).toMatchObject({ group: 'west', counts: { received: 13 } });
    expect(west!.responseRate).toBeCloseTo(10 / 12);
    expect(west!.resolutionRate).toBeCloseTo(8 / 9);
    expect(west!.satisfactionRate).toBeCloseTo(7 / 9);
    expect(west!.onTimeClosureRate).toBeCloseTo(9 / 10);
    expect(west!.reopenRate).toBeCloseTo(1 / 9);
    expect(west!.firstCallResolution).toBeCloseTo(1 / 3);
    expect(west!.signForHours).toEqual({ mean: expect.closeTo(31 / 11), p90: 4 });
    expect(west!.resolveHours).toEqual({ mean: expect.closeTo(11.4), p90: 15 });

    const byChannel = await computeKpis(router, { ...window, groupBy: 'channel' });
    expect(byChannel.map((row) => [row.group, row.counts.received, row.firstCallResolution])).toEqual([
      ['counter', 2, null],
      ['hotline', 8, 3 / 8],
      ['web', 17, null],
    ]);
    // Never dispatched (#5 #6 #22 answered, #11 withdrawn) have no department: '(none)' sorts first.
    const byDepartment = await computeKpis(router, { ...window, groupBy: 'department' });
    expect(byDepartment.map((row) => [row.group, row.counts.received, row.counts.dispatched])).toEqual([
      ['(none)', 4, 0],
      ['east-office', 11, 11],
      ['west-office', 12, 12],
    ]);
    const byCategory = await computeKpis(router, { ...window, groupBy: 'category' });
    expect(byCategory.map((row) => [row.group, row.counts.received])).toEqual([
      ['lamp', 16],
      ['pothole', 7],
      ['tax', 4],
    ]);
    const byDay = await computeKpis(router, { ...window, groupBy: 'day' });
    expect(byDay.map((row) => [row.group, row.counts.received])).toEqual([['2026-03-02', 27]]);
    const february = await computeKpis(router, { from: cst('2026-02-01T00:00:00'), to: window.from });
    expect(february.map((row) => [row.group, row.counts.received, row.counts.dispatched])).toEqual([
      ['all', 1, 1],
    ]);
    expect(await computeKpis(router, { from: window.to, to: window.to + 1 })).toEqual([]);

    // The in-process reference over the same cases' views gives the same rows.
    const views = (await router.list({ limit: 1000 })).cases;
    for (const groupBy of [undefined, 'district', 'channel', 'day'] as const) {
      const options = { ...window, ...(groupBy ? { groupBy } : {}) };
      expect(kpisFromCases(views, { ...options, calendar })).toEqual(await computeKpis(router, options));
    }
  } finally {
    await router.close();
  }
}

describe('computeKpis over 30 work orders driven through the router', () => {
  it('gives every hand-computed figure on the memory store', async () => {
    await expectHandComputedFigures();
  });

  it('gives the same figures on PGlite', async () => {
    const db = new PGlite();
    try {
      const store = postgresStore({ client: pgliteClient(db) });
      await store.migrate();
      await expectHandComputedFigures(store);
    } finally {
      await db.close();
    }
  }, 30_000);
});

const DATABASE_URL = process.env.DATABASE_URL;
describe.runIf(DATABASE_URL)('computeKpis on the PostgreSQL server', () => {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4, connectionTimeoutMillis: 3_000 });
  const schema = `oc_test_kpis_${Math.random().toString(36).slice(2, 10)}`;
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });

  it('gives the same figures, each report in ONE SQL statement', async () => {
    const client = pgPoolClient(pool);
    const statements: string[] = [];
    const spy: SqlClient = {
      ...client,
      query: (text, params) => {
        statements.push(text);
        return client.query(text, params);
      },
    };
    const store = postgresStore({ client: spy, schema, notify: false });
    await store.migrate();
    await expectHandComputedFigures(store);
    const { router } = await runKpiScenario(store);
    try {
      statements.length = 0;
      await computeKpis(router, { ...window, groupBy: 'district' });
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/GROUP BY/);
      expect(statements[0]).toMatch(/percentile_disc/);
    } finally {
      await router.close();
    }
  }, 30_000);
});
