import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCity } from '../src/createCity.js';
import { createWebSimulator, type WebSimulator } from '../src/sim/web/createWebSimulator.js';

const city = createCity({ secret: 'sim-web-test' });
let sim: WebSimulator;
beforeAll(async () => {
  sim = await createWebSimulator({ router: city });
});
afterAll(async () => {
  await sim.close();
  await city.close();
});

const NOISE = {
  category: 'noise.construction',
  address: '东城区安定门街道外馆斜街3号',
  description: 'Drilling after midnight',
};

describe('web simulator server', () => {
  it('serves the citizen and staff pages and their script, with nothing fetched from elsewhere', async () => {
    for (const path of ['/', '/citizen', '/staff', '/app.js', '/style.css']) {
      const response = await fetch(`${sim.url}${path}`);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text, path).not.toMatch(/(?:src|href)="https?:/);
    }
    expect((await fetch(`${sim.url}/nope`)).status).toBe(404);
  });

  it('signs citizens and staff in with separate cookies, each valid only on its own API', async () => {
    const citizenCookie = { cookie: 'sim_citizen=13800138000' };
    const opened = await fetch(`${sim.url}/api/citizen/cases`, {
      method: 'POST',
      headers: { ...citizenCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ service: 'noise-complaint', input: NOISE }),
    });
    expect(opened.status).toBe(201);
    const { ref } = (await opened.json()) as { ref: string };
    expect(
      (await fetch(`${sim.url}/api/staff/cases?phone=13800138000`, { headers: citizenCookie })).status,
    ).toBe(401);
    const found = await fetch(`${sim.url}/api/staff/cases?phone=13800138000`, {
      headers: { cookie: 'sim_staff=officer-9' },
    });
    expect(((await found.json()) as { ref: string }[]).map((view) => view.ref)).toEqual([ref]);
    const dispatched = await fetch(`${sim.url}/api/staff/cases/${ref}/events`, {
      method: 'POST',
      headers: {
        cookie: 'sim_staff=officer-9',
        'content-type': 'application/json',
        'onecase-channel': 'centre',
      },
      body: JSON.stringify({ type: 'order.dispatch' }),
    });
    expect(dispatched.status).toBe(200);
    expect(((await dispatched.json()) as { context: { lead: string } }).context.lead).toBe(
      'dongcheng.cityadmin',
    );
    const other = await fetch(`${sim.url}/api/citizen/cases/${ref}`, {
      headers: { cookie: 'sim_citizen=13900139000' },
    });
    expect(other.status).toBe(404);
  });

  it('lets the department sign for and reply, and the citizen read the reply and rate it online', async () => {
    const citizen = { cookie: 'sim_citizen=13700137000', 'content-type': 'application/json' };
    const post = async (path: string, body: unknown, headers: Record<string, string>) =>
      fetch(`${sim.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const opened = await post('/api/citizen/cases', { service: 'noise-complaint', input: NOISE }, citizen);
    const { ref } = (await opened.json()) as { ref: string };
    const as = (channel: string) => ({
      cookie: 'sim_staff=officer-9',
      'content-type': 'application/json',
      'onecase-channel': channel,
    });
    const department = 'dongcheng.cityadmin';
    for (const [channel, event] of [
      ['centre', { type: 'order.dispatch' }],
      ['department', { type: 'order.signFor', department }],
      ['department', { type: 'order.reply', department, answer: 'Night work stopped; the site was fined.' }],
    ] as const) {
      expect((await post(`/api/staff/cases/${ref}/events`, event, as(channel))).status, event.type).toBe(200);
    }
    const mine = (await (
      await fetch(`${sim.url}/api/citizen/cases/${ref}`, { headers: citizen })
    ).json()) as {
      context: { reply: { answer: string; department: string } };
      allowed: Record<string, string[]>;
    };
    expect(mine.context.reply).toMatchObject({
      answer: 'Night work stopped; the site was fined.',
      department,
    });
    expect(mine.allowed.web).toContain('visit.rate');
    const rated = await post(`/api/citizen/cases/${ref}/events`, { type: 'visit.rate', score: 4 }, citizen);
    expect(rated.status).toBe(200);
    expect(((await rated.json()) as { state: { value: string } }).state.value).toBe('closed');
  });

  it('serves the ~600-service catalogue a page at a time, revalidated by its ETag', async () => {
    const first = await fetch(`${sim.url}/api/citizen/services?page=1&pageSize=100`);
    expect(first.status).toBe(200);
    expect(Number(first.headers.get('x-total-count'))).toBeGreaterThanOrEqual(600);
    const page = (await first.json()) as { id: string }[];
    expect(page).toHaveLength(100);
    expect(page[0]?.id).toBe('business-licence');
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBe('/api/citizen/services?page=2&pageSize=100');
    const again = await fetch(`${sim.url}/api/citizen/services?page=1&pageSize=100`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const second = (await (await fetch(`${sim.url}${next}`)).json()) as { id: string }[];
    expect(second[0]?.id).not.toBe(page[0]?.id);
    const one = await fetch(`${sim.url}/api/citizen/services/yanqing-street-light-fault`);
    expect(((await one.json()) as { title: string }).title).toBe('路灯故障（延庆区）');
  });
});
