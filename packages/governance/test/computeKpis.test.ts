import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { computeKpis, kpisFromCases } from '../src/index.js';
import { calendar, centre, cst, order, web } from './fixtures.js';

const lampInput = {
  category: 'lamp' as const,
  description: '路灯不亮三天了',
  address: '东城区安定门街道12号楼',
};

describe('computeKpis over a router', () => {
  it('gives the figures of the work orders received in the period, read through router.list and the index', async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
    const refs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { ref } = await router.open({ service: 'street-report', input: lampInput, via: web });
      if (i % 2 === 0) await router.send(ref, { type: 'order.dispatch' }, { via: centre });
      refs.push(ref);
      await router.advance('1d');
    }
    const from = cst('2026-03-02T00:00:00');
    const to = cst('2026-03-05T00:00:00');
    const rows = await computeKpis(router, { from, to, groupBy: 'district', calendar });
    const all = (await router.list({ limit: 1000 })).cases;
    expect(rows).toEqual(kpisFromCases(all, { from, to, groupBy: 'district', calendar }));
    expect(rows.reduce((sum, row) => sum + row.counts.received, 0)).toBe(3);
    expect(rows.reduce((sum, row) => sum + row.counts.dispatched, 0)).toBe(2);
    expect(await router.count({ where: { department: { in: [null] } } })).toBeGreaterThan(0);
  });
});
