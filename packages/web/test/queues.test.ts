import type { CaseView, Via } from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregateQueryFromParams,
  aggregateQueryToParams,
  caseQueryFromParams,
  caseQueryToParams,
  createHttpRouterClient,
} from '../src/index.js';
import { ADDRESS, call, citizen, staff, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(() => web.close());

const clerk = () => createHttpRouterClient(web.api, { headers: staff('clerk-1') });
const STAFF: Via = { channel: 'staff', actor: { id: 'clerk-1', role: 'clerk' } };
const WEB: Via = { channel: 'web', actor: { id: 'alice', role: 'citizen' } };

async function dispatchedTo(department: string): Promise<CaseView> {
  const view = await web.router.open({
    service: 'noise-complaint',
    input: ADDRESS,
    via: WEB,
    citizen: { phone: '13700137000' },
  });
  return web.router.send(view.ref, { type: 'case.dispatch', department }, { via: STAFF });
}

describe('the query string of a case query', () => {
  it('round-trips every kind of condition, keeping text that looks like a number text', () => {
    const query = {
      service: ['noise-complaint', 'consultation'],
      state: 'handling',
      tags: ['open'],
      done: false,
      where: { department: 'env', code: '2', priority: { gte: 2, lt: 5 }, district: { in: ['a', null] } },
      openedAt: { from: 1, to: 2 },
      sort: { by: 'dueAt', order: 'desc' as const },
      limit: 20,
      cursor: 'abc',
    };
    expect(caseQueryFromParams(caseQueryToParams(query))).toEqual(query);
  });
});

describe('GET /cases?<query> and /cases/count through the client', () => {
  it('pages a work queue for staff, as the router does', async () => {
    const env = [await dispatchedTo('env'), await dispatchedTo('env'), await dispatchedTo('env')];
    await dispatchedTo('roads');
    const query = { service: 'noise-complaint', state: 'handling', where: { department: 'env' }, limit: 2 };
    const first = await clerk().list(query);
    expect(first).toEqual(await web.router.list(query));
    const second = await clerk().list({ ...query, cursor: first.next! });
    expect([...first.cases, ...second.cases].map((view) => view.id)).toEqual(
      expect.arrayContaining(env.map((view) => view.id)),
    );
    expect(await clerk().count({ where: { department: 'env' } })).toBe(
      await web.router.count({ where: { department: 'env' } }),
    );
  });

  it('refuses a bad query with 400 naming it, and keeps citizens to their own cases', async () => {
    const bad = await call(`${web.api}/cases?where.colour=red`, { headers: staff() });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/colour/);
    const mine = await call(`${web.api}/cases?state=handling`, { headers: citizen('zoe', '13600136000') });
    expect(mine.status).toBe(200);
    expect(mine.body.cases).toEqual([]);
    expect((await call(`${web.api}/cases/count`, { headers: citizen() })).status).toBe(403);
  });
});

describe('GET /cases/aggregate?<aggregate> through the client', () => {
  it('round-trips groups, every kind of measure and their own conditions through the query string', () => {
    const query = {
      service: 'noise-complaint',
      where: { department: { in: ['env', 'roads'] } },
      groupBy: 'department',
      measures: {
        n: { count: true as const },
        late: { count: true as const, where: { overdue: true, dueAt: { lt: 5 } } },
        total: { sum: 'hours' },
        mean: { mean: 'hours' },
        p90: { percentile: 'hours', p: 0.9 },
      },
    };
    expect(aggregateQueryFromParams(aggregateQueryToParams(query))).toEqual(query);
  });

  it('answers staff with the router’s rows, refuses a bad measure with 400 and citizens with 403', async () => {
    await dispatchedTo('env');
    await dispatchedTo('roads');
    const query = {
      service: 'noise-complaint',
      groupBy: 'department',
      measures: { n: { count: true as const } },
    };
    const rows = await clerk().aggregate(query);
    expect(rows).toEqual(await web.router.aggregate(query));
    expect(rows.find((row) => row.group === 'env')?.values.n).toBeGreaterThan(0);
    const bad = await call(`${web.api}/cases/aggregate?measure.p=percentile:department:2`, {
      headers: staff(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/p must be a number from 0 to 1/);
    const stray = await call(`${web.api}/cases/aggregate?measure.n=count&measure.m.where.department=env`, {
      headers: staff(),
    });
    expect(stray.status).toBe(400);
    expect((await call(`${web.api}/cases/aggregate?measure.n=count`, { headers: citizen() })).status).toBe(
      403,
    );
  });
});

describe('GET /cases/stream?<query>', () => {
  it('sends entered, changed and left as cases move through a staff queue', async () => {
    const controller = new AbortController();
    const response = await fetch(`${web.api}/cases/stream?state=handling&where.department=parks`, {
      headers: staff(),
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${pattern}`);
        text += decoder.decode(value);
      }
    };
    await until(/event: ready/);
    const view = await dispatchedTo('parks');
    await until(/event: entered/);
    await web.router.send(view.ref, { type: 'info.add', note: 'more' }, { via: STAFF });
    await until(/event: changed/);
    await web.router.send(view.ref, { type: 'case.reply', answer: 'done' }, { via: STAFF });
    await until(/event: left/);
    expect(text.match(/event: (entered|changed|left)/g)).toEqual([
      'event: entered',
      'event: changed',
      'event: left',
    ]);
    controller.abort();
  });

  it('is for staff only', async () => {
    expect((await call(`${web.api}/cases/stream?state=handling`, { headers: citizen() })).status).toBe(403);
  });
});
