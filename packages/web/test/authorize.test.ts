import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Authorize, Principal } from '../src/index.js';
import { call, openAsCitizen, startWeb, type WebFixture } from './helpers.js';

// A department's handler (unit = department) may only act on its own department's cases.
const authorize: Authorize = ({ principal, case: view }) => {
  if (principal.kind !== 'staff' || principal.role !== 'department-handler') return true;
  return (view.context as { department: string | null }).department === principal.unit;
};

function authenticate(request: Request): Principal | null {
  const unit = request.headers.get('x-unit');
  if (unit) return { kind: 'staff', id: `h-${unit}`, role: 'department-handler', channels: ['staff'], unit };
  if (request.headers.get('x-centre'))
    return { kind: 'staff', id: 'agent', role: 'agent', channels: ['staff'] };
  const phone = request.headers.get('x-phone');
  return phone ? { kind: 'citizen', id: phone, phone } : null;
}

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb({ authenticate, authorize });
});
afterAll(() => web.close());

describe('createWebHandler({ authorize })', () => {
  it("answers 403 to a department handler acting on another department's case and changes nothing", async () => {
    const opened = await openAsCitizen(web.api, { 'x-phone': '13800138000' } as never);
    const dispatched = await call(`${web.api}/cases/${opened.ref}/events`, {
      headers: { 'x-centre': '1' },
      body: { type: 'case.dispatch', department: 'env' },
    });
    expect(dispatched.status).toBe(200);

    const foreign = await call(`${web.api}/cases/${opened.ref}/events`, {
      headers: { 'x-unit': 'roads' },
      body: { type: 'case.reply', answer: 'Not ours' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('FORBIDDEN');
    expect((await web.router.get(opened.ref)).version).toBe(dispatched.body.version);

    const own = await call(`${web.api}/cases/${opened.ref}/events`, {
      headers: { 'x-unit': 'env' },
      body: { type: 'info.add', note: 'Visited the site' },
    });
    expect(own.status).toBe(200);
    expect(own.body.version).toBe(dispatched.body.version + 1);
  });

  it('keeps the unit of a staff principal for authorize, and still lets citizens reach only their own cases', async () => {
    const seen: (string | undefined)[] = [];
    const spy = await startWeb({
      authenticate,
      authorize: ({ principal }) => {
        seen.push(principal.kind === 'staff' ? principal.unit : principal.id);
        return true;
      },
    });
    try {
      const opened = await openAsCitizen(spy.api, { 'x-phone': '13800138000' } as never);
      await call(`${spy.api}/cases/${opened.ref}/events`, {
        headers: { 'x-unit': 'env' },
        body: { type: 'info.add', note: 'x' },
      });
      const stranger = await call(`${spy.api}/cases/${opened.ref}/events`, {
        headers: { 'x-phone': '13900139000' },
        body: { type: 'info.add', note: 'x' },
      });
      expect(stranger.status).toBe(404);
      expect(seen).toEqual(['env']);
    } finally {
      await spy.close();
    }
  });
});
