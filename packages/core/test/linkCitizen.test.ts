import { Writable } from 'node:stream';
import { createFakeClock } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { type CaseError, citizenKeys, createRouter, memoryStore, type Via } from '../src/index.js';

const SECRET = 'city-secret';
const ID = '11010519491231002X';
const PHONE = '13800138000';
const clerk: Via = { channel: 'counter', actor: { id: 'clerk-17', role: 'clerk' } };
const web: Via = { channel: 'web', actor: { id: 'portal' } };
const input = { address: 'Lane 5', description: 'Drilling' };

async function wangFang() {
  const clock = createFakeClock('2026-03-02T09:00:00+08:00');
  const store = memoryStore();
  const router = createRouter({ services: [noise], store, clock, secret: SECRET });
  const open = async (citizen: { phone?: string; idNumber?: string; accountId?: string }) => {
    clock.advance('1m');
    return (await router.open({ service: 'noise-complaint', input, citizen, via: web })).id;
  };
  const both = await open({ idNumber: ID, phone: PHONE });
  const byPhone = await open({ phone: `+86 ${PHONE}` });
  const byId = await open({ idNumber: ID.toLowerCase() });
  return { router, store, clock, ids: [both, byPhone, byId] };
}

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: CaseError) => error.code,
  );

describe('linking a citizen’s identifiers', () => {
  it('makes find by any linked identifier return all her cases, oldest first, each once', async () => {
    const { router, ids } = await wangFang();
    const [both, byPhone, byId] = ids;
    const found = async (query: { phone?: string; idNumber?: string }) =>
      (await router.find(query)).map((view) => view.id);
    expect(await found({ idNumber: ID })).toEqual([both, byId]);
    expect(await found({ phone: PHONE })).toEqual([both, byPhone]);

    expect(
      await router.linkCitizen({ idNumber: ID, phone: PHONE }, { via: clerk, reason: 'resident ID checked' }),
    ).toEqual({ added: 1 });
    expect(await found({ idNumber: ID })).toEqual(ids);
    expect(await found({ phone: '+86 138-0013-8000' })).toEqual(ids);
    expect(await found({ idNumber: ID, phone: PHONE })).toEqual(ids);
  });

  it('follows links transitively: an account linked to her ID also finds her phone’s cases', async () => {
    const { router, ids } = await wangFang();
    await router.linkCitizen({ idNumber: ID, phone: PHONE }, { via: clerk, reason: 'resident ID checked' });
    await router.linkCitizen({ idNumber: ID, accountId: 'wf-1' }, { via: clerk, reason: 'service code' });
    expect((await router.find({ accountId: 'wf-1' })).map((view) => view.id)).toEqual(ids);
  });

  it('is idempotent and audits who linked, through which channel, when and why, as hashes only', async () => {
    const { router, store, clock } = await wangFang();
    const at = clock.now();
    await router.linkCitizen({ phone: PHONE, idNumber: ID }, { via: clerk, reason: 'resident ID checked' });
    clock.advance('1h');
    const again = { channel: 'counter', actor: { id: 'clerk-2' } };
    expect(await router.linkCitizen({ idNumber: ID, phone: PHONE }, { via: again, reason: 'again' })).toEqual(
      {
        added: 0,
      },
    );
    const links = await router.citizenLinks({ phone: PHONE });
    expect(links).toEqual([
      {
        keys: [...citizenKeys(SECRET, { phone: PHONE, idNumber: ID })].sort(),
        via: clerk,
        reason: 'resident ID checked',
        at,
      },
    ]);
    expect(JSON.stringify(await store.citizenLinks(links[0]!.keys))).not.toContain(PHONE);
    expect(JSON.stringify(links)).not.toContain(ID);
  });

  it('refuses fewer than two identifiers, a missing reason or via, and links nothing', async () => {
    const { router, ids } = await wangFang();
    const [both, byPhone] = ids;
    const reason = 'resident ID checked';
    expect(await refusal(router.linkCitizen({ phone: PHONE }, { via: clerk, reason }))).toBe('INVALID_INPUT');
    expect(await refusal(router.linkCitizen({}, { via: clerk, reason }))).toBe('INVALID_INPUT');
    expect(await refusal(router.linkCitizen({ phone: PHONE, idNumber: ' ' }, { via: clerk, reason }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      await refusal(router.linkCitizen({ phone: PHONE, email: 'x' } as never, { via: clerk, reason })),
    ).toBe('INVALID_INPUT');
    expect(
      await refusal(router.linkCitizen({ phone: PHONE, idNumber: ID }, { via: clerk, reason: '' })),
    ).toBe('INVALID_INPUT');
    expect(
      await refusal(
        router.linkCitizen({ phone: PHONE, idNumber: ID }, { via: { channel: 'counter' }, reason } as never),
      ),
    ).toBe('INVALID_INPUT');
    expect((await router.find({ phone: PHONE })).map((view) => view.id)).toEqual([both, byPhone]);
    expect(await router.citizenLinks({ phone: PHONE })).toEqual([]);
  });

  it('logs which kinds were linked and by whom, never the identifiers', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const router = createRouter({
      services: [noise],
      secret: SECRET,
      logger: pino({ level: 'debug' }, sink),
    });
    await router.linkCitizen({ phone: PHONE, idNumber: ID }, { via: clerk, reason: 'resident ID checked' });
    const logged = lines.join('');
    expect(logged).toContain('clerk-17');
    expect(logged).not.toContain(PHONE);
    expect(logged).not.toContain(ID);
  });
});
