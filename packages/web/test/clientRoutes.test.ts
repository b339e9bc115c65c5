import { isCaseError, type Via } from '@onecase/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRouterClient } from '../src/index.js';
import { ADDRESS, call, citizen, staff, startWeb, type WebFixture } from './helpers.js';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(() => web.close());

const alice = () => createHttpRouterClient(web.api, { headers: citizen('alice', '13800138000') });
const bob = () => createHttpRouterClient(web.api, { headers: citizen('bob', '13900139000') });
const clerk = () => createHttpRouterClient(web.api, { headers: staff('clerk-1') });
const WEB: Via = { channel: 'web', actor: { id: 'alice', role: 'citizen' } };
const STAFF: Via = { channel: 'staff', actor: { id: 'clerk-1', role: 'clerk' } };

async function aliceCase() {
  return alice().open({ service: 'noise-complaint', input: ADDRESS, via: WEB });
}

describe('GET /services through the client', () => {
  it('gives the catalogue the router gives, without signing in', async () => {
    const anonymous = createHttpRouterClient(web.api);
    expect(await anonymous.catalogue()).toEqual(await web.router.catalogue());
  });
});

describe('GET /cases/:ref/timers through the client', () => {
  it('lists the armed timers of her own case to the citizen and to staff, not to another citizen', async () => {
    const view = await aliceCase();
    // Handling arms the two-day reminder.
    await clerk().send(view.ref, { type: 'case.dispatch', department: 'environment' }, { via: STAFF });
    const armed = await web.router.timers(view.ref);
    expect(armed.length).toBeGreaterThan(0);
    expect(await alice().timers(view.ref)).toEqual(armed);
    expect(await clerk().timers(view.ref)).toEqual(armed);
    const error = await bob()
      .timers(view.ref)
      .catch((e: unknown) => e);
    expect(isCaseError(error, 'UNKNOWN_CASE')).toBe(true);
  });
});

describe('GET /cases/:ref/history?idempotencyKey= through the client', () => {
  it('finds the event her key produced, scoped to her, and nothing for a key she never used', async () => {
    const view = await aliceCase();
    const sent = await alice().send(
      view.ref,
      { type: 'info.add', note: 'Again' },
      { via: WEB, idempotencyKey: 'k-1' },
    );
    const applied = await alice().appliedEvent(view.ref, 'k-1');
    expect(applied).toMatchObject({ seq: sent.version, type: 'info.add', payload: { note: 'Again' } });
    expect(await alice().appliedEvent(view.ref, 'k-2')).toBeUndefined();
    // Stored in her scope: staff asking for the bare key find nothing, and a staff key is not hers.
    expect(await clerk().appliedEvent(view.ref, 'k-1')).toBeUndefined();
    await clerk().send(
      view.ref,
      { type: 'info.add', note: 'Called back' },
      { via: STAFF, idempotencyKey: 'k-3' },
    );
    expect((await clerk().appliedEvent(view.ref, 'k-3'))?.payload).toEqual({ note: 'Called back' });
    expect(await alice().appliedEvent(view.ref, 'k-3')).toBeUndefined();
  });

  it('answers another citizen as for an unknown case, even with the right key', async () => {
    const view = await aliceCase();
    await alice().send(view.ref, { type: 'info.add', note: 'Mine' }, { via: WEB, idempotencyKey: 'k-9' });
    const error = await bob()
      .appliedEvent(view.ref, 'k-9')
      .catch((e: unknown) => e);
    expect(isCaseError(error, 'UNKNOWN_CASE')).toBe(true);
    const raw = await call(`${web.api}/cases/${view.ref}/history?idempotencyKey=k-9`, {
      headers: citizen('bob', '13900139000'),
    });
    expect(raw.status).toBe(404);
    expect(JSON.stringify(raw.body)).not.toContain('Mine');
  });
});
