import { CaseError, type Citizen, isCaseError, type RouterClient } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import { createCounterSession, createOfflineSwitch, issueServiceCode } from '../src/index.js';
import { makeResidentId } from './helpers.js';

const idNumber = makeResidentId('440305', '19850312', '042');
const phone = '13800138000';
const web = { channel: 'web', actor: { id: 'portal' } };
const hotline = { channel: 'hotline', actor: { id: 'agent-12' } };
const input = { address: '18 Zhongshan Road', description: 'Karaoke every night' };
const SECRET = 'hall-secret';

/** Wang Fang's three cases, each filed under whichever identifiers were given when it was opened. */
async function wangFang(wrap: (router: RouterClient) => RouterClient = (router) => router) {
  const router = createTestRouter({ services: [noise], start: '2026-01-05T09:00:00+08:00' });
  const refs: string[] = [];
  for (const [citizen, via] of [
    [{ idNumber, phone }, web],
    [{ phone }, hotline],
    [{ idNumber }, web],
  ] as const) {
    router.clock.advance('1m');
    refs.push((await router.open({ service: 'noise-complaint', input, citizen, via })).ref);
  }
  const client = wrap(router);
  const counter = (name: string) =>
    createCounterSession({
      client,
      counter: name,
      clerk: { id: `clerk-${name}`, role: 'clerk' },
      secret: SECRET,
      clock: router.clock,
    });
  const refsBy = async (citizen: Citizen) => (await router.find(citizen)).map((view) => view.ref);
  return { router, refs, counter, refsBy };
}

describe('linking the identifiers a clerk saw proven', () => {
  it('reproduces the finding: the banner says 3, her ID shows 2, her phone 2 others; after a checked ID with her phone every look-up shows all 3', async () => {
    const { router, refs, counter, refsBy } = await wangFang();
    const [both, byPhone, byId] = refs;
    expect(await refsBy({ idNumber, phone })).toEqual(refs);
    expect(await refsBy({ idNumber })).toEqual([both, byId]);
    expect(await refsBy({ phone })).toEqual([both, byPhone]);

    const desk = counter('3');
    expect(desk.identify({ idNumber, phone: '138 0013 8000' })).toMatchObject({
      identified: true,
      method: 'resident-id',
      citizen: { idNumber, phone },
    });
    expect((await desk.cases()).map((view) => view.ref)).toEqual(refs);

    expect(await refsBy({ idNumber })).toEqual(refs);
    expect(await refsBy({ phone })).toEqual(refs);
    // Another counter that only sees her ID, and the hotline that only hears her phone, now find all three.
    const other = counter('5');
    other.identify(idNumber);
    expect((await other.cases()).map((view) => view.ref)).toEqual(refs);
    other.identify(phone);
    expect((await other.cases()).map((view) => view.ref)).toEqual(refs);

    const links = await router.citizenLinks({ phone });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      via: { channel: 'counter', actor: { id: 'clerk-3', role: 'clerk' } },
      reason: 'resident ID checked at counter 3',
      at: router.clock.now(),
    });
  });

  it('links what a verified service code carries', async () => {
    const { router, refs, counter, refsBy } = await wangFang();
    const code = issueServiceCode({ secret: SECRET, citizen: { idNumber, phone }, now: router.clock.now() });
    const desk = counter('3');
    expect(await desk.scan(code)).toMatchObject({ identified: true, method: 'service-code' });
    expect(await refsBy({ phone })).toEqual(refs);
    expect((await router.citizenLinks({ idNumber }))[0]?.reason).toBe('service code verified at counter 3');
  });

  it('links nothing on a resident ID alone, a phone alone, a one-identifier code or a misread ID', async () => {
    const { router, refs, counter, refsBy } = await wangFang();
    const desk = counter('3');
    desk.identify(idNumber);
    expect(await desk.cases()).toHaveLength(2);
    desk.identify(phone);
    expect(await desk.cases()).toHaveLength(2);
    await desk.scan(issueServiceCode({ secret: SECRET, citizen: { idNumber }, now: router.clock.now() }));
    await desk.cases();
    expect(desk.identify({ idNumber, phone: '12345' })).toMatchObject({
      identified: false,
      reason: 'format',
    });
    const misread = `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}`;
    expect(desk.identify({ idNumber: misread, phone })).toMatchObject({
      identified: false,
      reason: 'check-digit',
    });
    expect(await router.citizenLinks({ phone })).toEqual([]);
    expect(await refsBy({ phone })).toEqual([refs[0], refs[1]]);
  });

  it('links once the router is back when she was identified offline', async () => {
    let network!: ReturnType<typeof createOfflineSwitch<RouterClient>>;
    const { refs, counter, refsBy } = await wangFang((router) => {
      network = createOfflineSwitch(router);
      return network.client;
    });
    const desk = counter('3');
    network.goOffline();
    expect(desk.identify({ idNumber, phone })).toMatchObject({ identified: true });
    expect(await desk.cases().catch((error: unknown) => isCaseError(error, 'STORE_UNAVAILABLE'))).toBe(true);
    network.goOnline();
    expect((await desk.cases()).map((view) => view.ref)).toEqual(refs);
    expect(await refsBy({ idNumber })).toEqual(refs);
  });

  it('tells the clerk once when the router refuses the link, then lists her cases', async () => {
    const { refs, counter } = await wangFang((router) => ({
      ...router,
      find: (query) => router.find(query),
      linkCitizen: () =>
        Promise.reject(new CaseError('CHANNEL_FORBIDDEN', 'You may not act on channel counter')),
    }));
    const desk = counter('3');
    desk.identify({ idNumber, phone });
    expect(await desk.cases().catch((error: unknown) => isCaseError(error, 'CHANNEL_FORBIDDEN'))).toBe(true);
    expect((await desk.cases()).map((view) => view.ref)).toEqual(refs);
  });
});
