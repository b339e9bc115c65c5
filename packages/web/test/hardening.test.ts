import { CaseError, isCaseError } from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRouterClient, createWebHandler } from '../src/index.js';
import { ADDRESS, call, startWeb, type WebFixture } from './helpers.js';

/** The header carries the principal as JSON, so a test can make `authenticate` return anything. */
const as = (principal: unknown) => ({ 'x-principal': JSON.stringify(principal) });
const TOKEN = 'tok-5ecret-77e1';
const logged: unknown[] = [];
const record = (obj: object, msg?: string) => logged.push({ obj, msg });

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb({
    logger: { error: record, warn: record },
    authenticate: (request) => {
      const header = request.headers.get('x-principal');
      if (header === null) return null;
      if (header === 'throw') throw new Error(`token ${TOKEN} has expired`);
      return JSON.parse(header);
    },
    wrap: (router) => ({
      ...router,
      async get(ref) {
        if (ref.startsWith('down'))
          throw new CaseError('STORE_UNAVAILABLE', 'The case store on 10.20.30.40:6543 is closed', {
            target: '10.20.30.40:6543',
          });
        return router.get(ref);
      },
    }),
  });
});
afterAll(() => web.close());

const STAFF = { kind: 'staff', id: 'clerk-1', role: 'clerk', channels: ['web', 'counter'] };

describe('a store failure (503)', () => {
  it('tells the client only that the store is unavailable; the host stays in the log and the error', async () => {
    logged.length = 0;
    const answer = await call(`${web.api}/cases/down-1`, { headers: as(STAFF) });
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ code: 'STORE_UNAVAILABLE', details: {} });
    expect(JSON.stringify(answer.body)).not.toMatch(/10\.20\.30\.40|6543/);
    expect(
      JSON.stringify(logged, (_k, v) => (v instanceof Error ? { ...v, message: v.message } : v)),
    ).toContain('10.20.30.40:6543');
    const error = await createHttpRouterClient(web.api, { headers: as(STAFF) })
      .get('down-1')
      .catch((e: unknown) => e);
    expect(isCaseError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect((error as CaseError).message).not.toContain('10.20.30.40');
  });
});

describe('authenticate results', () => {
  const malformed: unknown[] = [
    { id: 'x' },
    true,
    {},
    { kind: 'Citizen', id: 'x' },
    { kind: 'citizen' },
    { kind: 'citizen', id: 42 },
    { kind: 'citizen', id: '' },
    { kind: 'citizen', id: 'x', phone: 13800138000 },
    { kind: 'staff', id: 'x' },
    { kind: 'staff', id: 'x', role: 'clerk', channels: 'counter' },
    { kind: 'admin', id: 'x', role: 'root' },
    'staff',
    ['staff'],
    0,
  ];

  it('answers anything but a well-formed citizen or staff principal with 401, reading and writing nothing', async () => {
    const victim = await web.router.open({
      service: 'noise-complaint',
      input: ADDRESS,
      citizen: { phone: '13800138000' },
      via: { channel: 'counter', actor: { id: 'clerk-1' } },
    });
    for (const principal of malformed) {
      const listed = await call(`${web.api}/cases?phone=13800138000`, { headers: as(principal) });
      expect(listed.status, JSON.stringify(principal)).toBe(401);
      expect(listed.body.code).toBe('UNAUTHENTICATED');
      const opened = await call(`${web.api}/cases`, {
        headers: as(principal),
        body: { service: 'noise-complaint', input: ADDRESS, citizen: { phone: '13800138000' } },
      });
      expect(opened.status, JSON.stringify(principal)).toBe(401);
      const read = await call(`${web.api}/cases/${victim.ref}`, { headers: as(principal) });
      expect(read.status, JSON.stringify(principal)).toBe(401);
    }
    expect(await web.router.find({ phone: '13800138000' })).toHaveLength(1);
    // Nobody (null) still reads the catalogue.
    expect((await call(`${web.api}/services`)).status).toBe(200);
  });

  it('answers a throwing authenticate with 401, never 500, and keeps its token out of the log and the body', async () => {
    logged.length = 0;
    const answer = await call(`${web.api}/cases`, { headers: { 'x-principal': 'throw' } });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('UNAUTHENTICATED');
    expect(answer.headers.get('www-authenticate')).toContain('Bearer');
    expect(JSON.stringify(answer.body)).not.toContain(TOKEN);
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
    expect(
      JSON.stringify(logged.map((entry) => (entry as { obj: { err?: Error } }).obj.err?.message)),
    ).not.toContain(TOKEN);
  });
});

describe('idempotency scopes and internal accounts', () => {
  it('never lets a colon in a citizen id share another citizen scope', async () => {
    const first = await call(`${web.api}/cases`, {
      headers: { ...as({ kind: 'citizen', id: 'a', phone: '13100131000' }), 'idempotency-key': 'b:c' },
      body: { service: 'noise-complaint', input: ADDRESS },
    });
    const second = await call(`${web.api}/cases`, {
      headers: { ...as({ kind: 'citizen', id: 'a:b', phone: '13200132000' }), 'idempotency-key': 'c' },
      body: { service: 'noise-complaint', input: ADDRESS },
    });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await web.router.find({ accountId: 'a:b' })).map((view) => view.id)).toEqual([second.body.id]);
  });

  it('refuses a staff key written in a citizen or timer scope', async () => {
    for (const key of ['citizen:a:b:c', 'timer:t-1']) {
      const answer = await call(`${web.api}/cases`, {
        headers: { ...as(STAFF), 'idempotency-key': key },
        body: { service: 'noise-complaint', input: ADDRESS, citizen: { phone: '13300133000' } },
      });
      expect(answer.status, key).toBe(400);
      expect(answer.body.code).toBe('INVALID_INPUT');
    }
    expect(await web.router.find({ phone: '13300133000' })).toHaveLength(0);
  });

  it('never lets a citizen principal claim an internal queue account', async () => {
    // Filed as the hotline files its review items: under the queue's account, with the caller's phone inside.
    const item = await web.router.open({
      service: 'noise-complaint',
      input: { address: 'Call 17', description: 'caller 13900139000' },
      citizen: { accountId: 'queue:hotline-review' },
      via: { channel: 'counter', actor: { id: 'agent-1' } },
    });
    for (const principal of [
      { kind: 'citizen', id: 'queue:hotline-review' },
      { kind: 'citizen', id: 'mallory', accountId: 'queue:hotline-review' },
    ]) {
      const listed = await call(`${web.api}/cases`, { headers: as(principal) });
      expect(listed.status, JSON.stringify(principal)).toBe(401);
      expect(JSON.stringify(listed.body)).not.toContain(item.ref);
      const read = await call(`${web.api}/cases/${item.ref}`, { headers: as(principal) });
      expect(read.status).toBe(401);
    }
    const staffList = await call(`${web.api}/cases?accountId=queue:hotline-review`, { headers: as(STAFF) });
    expect(staffList.body.map((view: { id: string }) => view.id)).toEqual([item.id]);
  });
});

describe('user-supplied names never reach a prototype', () => {
  it('answers a method named like an Object.prototype member with 405', async () => {
    const handler = createWebHandler({ router: web.router, authenticate: () => null });
    for (const method of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const response = await handler(new Request('http://local/services', { method }));
      expect(response.status, method).toBe(405);
      expect((await response.json()).code).toBe('METHOD_NOT_ALLOWED');
    }
  });

  // Passes once the core router looks event types up as own properties (the lead's core change).
  it('answers event types named like Object.prototype members as unknown events (400), not 403', async () => {
    const view = await web.router.open({
      service: 'noise-complaint',
      input: ADDRESS,
      citizen: { phone: '13400134000' },
      via: { channel: 'counter', actor: { id: 'clerk-1' } },
    });
    const owner = { kind: 'citizen', id: 'erin', phone: '13400134000' };
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      for (const principal of [owner, STAFF]) {
        const answer = await call(`${web.api}/cases/${view.ref}/events`, {
          headers: as(principal),
          body: { type, note: 'x' },
        });
        expect(answer.status, `${type} as ${principal.kind}`).toBe(400);
        expect(answer.body.code).toBe('INVALID_INPUT');
      }
    }
    expect((await web.router.get(view.ref)).version).toBe(1);
  });
});
