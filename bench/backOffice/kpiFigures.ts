import { type AnyServiceDefinition, createRouter } from '@onecase/core';
import { chinaWorkCalendar, computeKpis, type KpiOptions, kpisFromCases } from '@onecase/governance';
import { pgPoolClient, postgresStore } from '@onecase/postgres';
import { createFakeClock } from '@onecase/testing';
import type pg from 'pg';
import { alternate, medianOf, ratioSpread, round } from '../benchSuite.js';
import { LAMP_OFFICE, workOrder } from './benchServices.js';
import { cloneWorkOrders } from './cloneRows.js';
import { latencySide } from './measure.js';
import { explain, listSpy, SECRET } from './queueFigures.js';

const TEMPLATES = 20;
const web = { channel: 'web', actor: { id: 'citizen-1' } };
const centre = { channel: 'centre', actor: { id: 'agent-7', role: 'dispatcher' } };
const office = { channel: 'department', actor: { id: `${LAMP_OFFICE}-staff` } };

/** Real work orders through the router, one in five at each step of the loop (received … rated). */
async function openTemplates(
  router: ReturnType<typeof createRouter>,
  clock: ReturnType<typeof createFakeClock>,
) {
  const send = (ref: string, event: Record<string, unknown>, as: typeof web) =>
    router.send(ref, event as never, { via: as });
  for (let i = 0; i < TEMPLATES; i++) {
    const { ref } = await router.open({
      service: 'bench-order',
      input: { category: 'lamp', description: '路灯不亮三天了', address: '东城区安定门街道12号楼' },
      via: web,
    } as never);
    const stage = i % 5;
    if (stage >= 1) await send(ref, { type: 'order.dispatch' }, centre);
    if (stage >= 2) await send(ref, { type: 'order.signFor', department: LAMP_OFFICE }, office);
    if (stage >= 3)
      await send(ref, { type: 'order.reply', department: LAMP_OFFICE, answer: '已修复' }, office);
    if (stage >= 4)
      await send(ref, { type: 'visit.rate', score: 5 - (i % 3), resolved: i % 2 === 0 }, centre);
    clock.advance('2h');
  }
}

/**
 * `computeKpis` over `orders` work orders (real ones cloned in SQL) against the same figures
 * computed by hand from the same rows: one raw SQL query for the contexts of the work orders
 * received in the period, then the same formulas (`kpisFromCases`). The formulas are shared on
 * purpose: what is measured is the read path (paging through `router.list`, building views),
 * since the working-hour figures need the calendar and have no SQL equivalent to compare with.
 */
export async function kpiFigures(pool: pg.Pool, schema: string, orders: number) {
  const clock = createFakeClock('2026-03-02T09:00:00+08:00');
  const { spy, last } = listSpy(pgPoolClient(pool));
  const router = createRouter({
    services: [workOrder] as AnyServiceDefinition[],
    store: postgresStore({ client: spy, schema, notify: false }),
    clock,
    secret: SECRET,
  });
  try {
    const from = clock.now() - 86_400_000;
    await openTemplates(router, clock);
    const start = performance.now();
    await cloneWorkOrders(pool, schema, Math.max(0, Math.ceil(orders / TEMPLATES) - 1));
    const buildSeconds = round((performance.now() - start) / 1000, 1);
    const options: KpiOptions = {
      from,
      to: clock.now() + 86_400_000,
      groupBy: 'department',
      calendar: chinaWorkCalendar(),
    };
    const ours = () => computeKpis(router, { ...options, services: ['bench-order'] });
    const statement = {
      name: `bench-kpi-${schema}`,
      text: `SELECT snapshot->'context' AS context FROM ${schema}.cases
        WHERE service_id = $1 AND jsonb_typeof(index_values->'receivedAt') = 'number'
          AND index_values->'receivedAt' >= $2::jsonb AND index_values->'receivedAt' < $3::jsonb`,
      values: ['bench-order', String(options.from), String(options.to)],
    };
    const raw = async () => kpisFromCases((await pool.query(statement)).rows, options);
    const [mine, theirs] = [await ours(), await raw()];
    const received = mine.reduce((sum, row) => sum + row.counts.received, 0);
    if (JSON.stringify(mine) !== JSON.stringify(theirs) || received === 0)
      throw new Error('computeKpis and the hand computation disagree');
    const sides = { computeKpis: latencySide(ours), raw: latencySide(raw) };
    const rates = await alternate({ computeKpis: sides.computeKpis.run, raw: sides.raw.run });
    return {
      workOrders: (await pool.query(`SELECT count(*)::int AS n FROM ${schema}.cases`)).rows[0].n as number,
      received,
      buildSeconds,
      groups: mine.length,
      ms: { computeKpis: medianOf(sides.computeKpis.p50, 1), raw: medianOf(sides.raw.p50, 1) },
      // Target ≥ 0.8 (issue 13): computations per second over the hand-written one's.
      computeKpisVsRaw: ratioSpread(rates.computeKpis, rates.raw),
      // The last page computeKpis asked the store for (it reads ceil(workOrders / 1000) of them).
      explainLastPage: await explain(pool, last()),
    };
  } finally {
    await router.close();
  }
}
