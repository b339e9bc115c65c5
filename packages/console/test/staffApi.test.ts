import { addWorkingTime, computeKpis, kpisFromCases, workingTimeBetween } from '@onecase/governance';
import { createTestRouter } from '@onecase/testing';
import type { Principal } from '@onecase/web';
import { describe, expect, it } from 'vitest';
import { createStaffApi, serviceChart } from '../src/index.js';
import { calendar, centre, dept, directory, hotline, order, web } from './workOrderFixture.js';

const authenticate = (request: Request): Principal | null => {
  const who = request.headers.get('x-who');
  if (who === 'staff') return { kind: 'staff', id: 'agent-7', role: 'centre-agent', channels: ['centre'] };
  if (who === 'citizen') return { kind: 'citizen', id: 'c1', phone: '13800138000' };
  return null;
};

async function cityDay() {
  const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
  const lamp = { category: 'lamp' as const, description: '路灯不亮', address: '东城区安定门街道12号楼' };
  const rate = async (via: typeof web, score: number) => {
    const { ref } = await router.open({ service: 'street-report', input: lamp, via });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(
      ref,
      { type: 'order.signFor', department: 'east-a-office' },
      { via: dept('east-a-office') },
    );
    await router.send(
      ref,
      { type: 'order.reply', department: 'east-a-office', answer: '已修复' },
      { via: dept('east-a-office') },
    );
    await router.send(ref, { type: 'visit.rate', score, resolved: score > 2 }, { via: centre });
    return ref;
  };
  await rate(web, 5);
  await rate(web, 2);
  await rate(hotline, 4);
  await router.open({ service: 'street-report', input: { ...lamp, address: '西城区' }, via: hotline });
  const api = createStaffApi({
    router,
    authenticate,
    basePath: '/api/staff',
    calendar,
    directory,
    clock: router.clock,
  });
  const get = (path: string, who = 'staff') =>
    api(new Request(`http://x/api/staff/console/${path}`, { headers: { 'x-who': who } }));
  return { router, get };
}

describe('createStaffApi', () => {
  it('answers the figures of computeKpis, and with a channel filter those of computeKpis over that channel only', async () => {
    const { router, get } = await cityDay();
    const from = Date.parse('2026-03-01T00:00:00+08:00');
    const to = Date.parse('2026-04-01T00:00:00+08:00');
    const all = await (await get(`kpis?from=${from}&to=${to}&groupBy=district`))!.json();
    expect(all.rows).toEqual(await computeKpis(router, { from, to, groupBy: 'district', calendar }));
    const east = all.rows.find((row: { group: string }) => row.group === 'east');
    expect(east.satisfactionRate).toBeCloseTo(2 / 3);

    const webOnly = await (await get(`kpis?from=${from}&to=${to}&groupBy=district&channel=web`))!.json();
    const webCases = (await router.list({ where: { channel: 'web' }, limit: 100 })).cases;
    expect(webCases).toHaveLength(2);
    expect(webOnly.rows).toEqual(kpisFromCases(webCases, { from, to, groupBy: 'district', calendar }));
    expect(webOnly.rows.find((row: { group: string }) => row.group === 'east').satisfactionRate).toBe(0.5);
  });

  it('refuses citizens, nobody and a malformed request, and leaves other paths to the web handler', async () => {
    const { get } = await cityDay();
    expect((await get('kpis?from=0&to=1', 'citizen'))!.status).toBe(403);
    expect((await get('kpis?from=0&to=1', 'nobody'))!.status).toBe(401);
    const bad = await get('kpis?from=yesterday&to=1');
    expect(bad!.status).toBe(400);
    expect((await bad!.json()).detail).toMatch(/from must be epoch milliseconds/);
    expect((await get('kpis?from=0&to=1&groupBy=colour'))!.status).toBe(400);
    expect(await get('elsewhere')).toBeUndefined();
  });

  it('serves the state chart, the working time left on a deadline and the directory', async () => {
    const { router, get } = await cityDay();
    const chart = await (await get('charts/street-report'))!.json();
    expect(chart).toEqual(serviceChart(order));
    expect(chart.initial).toBe('received');
    expect(chart.transitions).toContainEqual(
      expect.objectContaining({
        from: 'dispatched',
        to: 'handling',
        event: 'order.signFor',
        channels: ['department'],
      }),
    );
    // An event taken without moving is kept, marked internal, so a client can offer it.
    expect(chart.transitions).toContainEqual(
      expect.objectContaining({
        from: 'handling',
        to: 'handling',
        event: 'order.extend',
        guard: 'canExtend',
        internal: true,
      }),
    );
    expect(chart.transitions).toContainEqual(
      expect.objectContaining({ from: '*', event: 'info.add', internal: true }),
    );
    expect((await get('charts/nothing'))!.status).toBe(404);

    const { ref } = await router.open({
      service: 'street-report',
      input: { category: 'lamp', description: '灯', address: '东城区安定门街道' },
      via: web,
    });
    expect((await (await get(`cases/${ref}/deadline`))!.json()).deadline).toBeNull();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    const { deadline } = await (await get(`cases/${ref}/deadline`))!.json();
    expect(deadline.stage).toBe('sign-for');
    // Dispatched just now with one working day to sign for: exactly that working time is left.
    const at = router.clock.now();
    expect(deadline.workingMsLeft).toBe(
      workingTimeBetween(calendar, at, addWorkingTime(calendar, at, '1wd')),
    );
    await router.advance('2h');
    const later = await (await get(`cases/${ref}/deadline`))!.json();
    expect(later.deadline.workingMsLeft).toBe(deadline.workingMsLeft - 2 * 3_600_000);

    const names = await (await get('directory'))!.json();
    expect(names.departments).toContainEqual({
      id: 'east-a-office',
      zh: '安定门街道办事处',
      en: 'Andingmen Office',
      unit: 'east-a',
    });
    expect(names.units.map((unit: { id: string }) => unit.id)).toContain('east');
  });
});
