import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { createWebSimulator, type WebSimulator } from '../src/sim/web/createWebSimulator.js';
import { staffFromCookie } from '../src/sim/web/staffSignIn.js';

const city = createCity({ secret: 'sim-staff-test' });
let sim: WebSimulator;
beforeAll(async () => {
  sim = await createWebSimulator({ router: city });
});
afterAll(async () => {
  await sim.close();
  await city.close();
});

const LAMP = { category: 'lamp.broken', description: '路灯不亮', address: '东城区安定门街道外馆斜街3号' };
const AGENT = 'centre-agent:centre:张敏';
const ANDINGMEN = 'department-handler:dongcheng.andingmen.office:王芳';
const DONGSI = 'department-handler:dongcheng.dongsi.office:李强';

async function send(who: string, ref: string, event: object) {
  const response = await fetch(`${sim.url}/api/staff/cases/${ref}/events`, {
    method: 'POST',
    headers: { cookie: `sim_staff=${encodeURIComponent(who)}`, 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  return { status: response.status, body: (await response.json()) as { code?: string; version?: number } };
}

describe('console sign-in on the web simulator', () => {
  it('reads a role and a unit from the cookie, and refuses a unit the role cannot have', () => {
    expect(staffFromCookie(ANDINGMEN)).toEqual({
      kind: 'staff',
      id: '王芳',
      role: 'department-handler',
      channels: ['department'],
      unit: 'dongcheng.andingmen.office',
    });
    expect(staffFromCookie('supervisor:dongcheng:赵刚')?.channels).toEqual(['centre']);
    expect(staffFromCookie('department-handler:nowhere:x')).toBeNull();
    expect(staffFromCookie('supervisor:dongcheng.andingmen:x')).toBeNull();
    expect(staffFromCookie('mayor:centre:x')).toBeNull();
    expect(staffFromCookie('officer-9')?.role).toBe('officer');
  });

  it('lets a department handler act only for their own department, refused by the server with nothing changed', async () => {
    const opened = await fetch(`${sim.url}/api/citizen/cases`, {
      method: 'POST',
      headers: { cookie: 'sim_citizen=13800138000', 'content-type': 'application/json' },
      body: JSON.stringify({ service: 'street-facility', input: LAMP }),
    });
    const { ref } = (await opened.json()) as { ref: string };
    expect((await send(AGENT, ref, { type: 'order.dispatch' })).status).toBe(200);
    const before = await city.get(ref);
    expect((before.context as { lead: string }).lead).toBe('dongcheng.andingmen.office');

    // Another street office, in its own name or in Andingmen's, may not sign for it.
    for (const department of ['dongcheng.dongsi.office', 'dongcheng.andingmen.office']) {
      const refused = await send(DONGSI, ref, { type: 'order.signFor', department });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
    }
    // Andingmen's handler may not sign in another department's name either.
    expect(
      (await send(ANDINGMEN, ref, { type: 'order.signFor', department: 'dongcheng.dongsi.office' })).status,
    ).toBe(403);
    expect((await city.get(ref)).version).toBe(before.version);

    const signed = await send(ANDINGMEN, ref, {
      type: 'order.signFor',
      department: 'dongcheng.andingmen.office',
    });
    expect(signed.status).toBe(200);
    expect((await city.get(ref)).state.value).toBe('handling');
    // A department handler acts on the department channel only: dispatching is the centre's.
    expect((await send(ANDINGMEN, ref, { type: 'order.redispatch', lead: 'x' })).body.code).toBe(
      'CHANNEL_FORBIDDEN',
    );
  });

  it('serves the console routes to staff beside the staff API', async () => {
    const kpis = await fetch(
      `${sim.url}/api/staff/console/kpis?from=0&to=${Date.now() + 1}&groupBy=district`,
      {
        headers: { cookie: `sim_staff=${encodeURIComponent(AGENT)}` },
      },
    );
    expect(kpis.status).toBe(200);
    const body = (await kpis.json()) as { rows: { group: string; counts: { received: number } }[] };
    expect(body.rows.find((row) => row.group === 'dongcheng')?.counts.received).toBeGreaterThan(0);
    const chart = await fetch(`${sim.url}/api/staff/console/charts/street-facility`, {
      headers: { cookie: 'sim_citizen=13800138000' },
    });
    expect(chart.status).toBe(401);
  });
});
