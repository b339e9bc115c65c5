import { isCaseError } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { cityCatalogue } from '../src/catalogue/index.js';
import { createCity } from '../src/createCity.js';
import { cityServices } from '../src/services/index.js';

const web = { channel: 'web', actor: { id: 'citizen-1' } };
const counter = { channel: 'counter', actor: { id: 'clerk-3', role: 'clerk' } };
const hotline = { channel: 'hotline', actor: { id: 'agent-12', role: 'agent' } };
const staff = { channel: 'staff', actor: { id: 'officer-5', role: 'department' } };

function cityRouter() {
  return createTestRouter({ services: cityServices, start: '2026-03-02T09:00:00+08:00' });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isCaseError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the command to be refused');
}

const licenceInput = {
  businessName: 'Lychee Tea House',
  legalRepresentative: 'Chen Jing',
  address: '21 Zhongshan Rd',
  activity: 'catering' as const,
  registeredCapital: 50_000,
  documents: ['articles of association', 'lease contract'],
};

describe('createCity', () => {
  const own = [
    'business-licence@1',
    'consultation@1',
    'hotline-review@1',
    'noise-complaint@1',
    'noise-complaint@2',
    'parking-permit@1',
    'street-facility@1',
  ];

  it('registers every city service (the noise complaint in both versions) and the catalogue of the 16 districts', async () => {
    const city = createCity();
    const keys = city.services.map((s) => s.key);
    expect(keys.slice(0, own.length).sort()).toEqual(own);
    expect(keys).toHaveLength(own.length + cityCatalogue().length);
    expect(city.services.map((s) => s.id)).toContain('yanqing-street-light-fault');
    expect(city.service('noise-complaint')?.version).toBe(2);
    await city.close();
  });

  it('leaves the catalogue out when asked', async () => {
    const city = createCity({ catalogue: false });
    expect(city.services.map((s) => s.key).sort()).toEqual(own);
    await city.close();
  });
});

describe('business licence', () => {
  it('goes from online submission through the counter and review to the certificate handed over', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'business-licence', input: licenceInput, via: web });
    expect(opened.state.value).toBe('submitted');
    expect(opened.ref).toMatch(/^BL-/);

    const partial = await router.send(
      opened.ref,
      { type: 'originals.check', complete: false, missing: ['lease contract'] },
      { via: counter },
    );
    expect(partial.state.value).toBe('submitted');
    expect((partial.context as { missingOriginals: string[] }).missingOriginals).toEqual(['lease contract']);

    await router.send(opened.ref, { type: 'originals.check', complete: true }, { via: counter });
    await router.send(opened.ref, { type: 'info.request', items: ['fire safety plan'] }, { via: staff });
    const back = await router.send(
      opened.ref,
      { type: 'info.add', note: 'Fire safety plan uploaded' },
      { via: web },
    );
    expect(back.state.value).toBe('review');
    await router.send(
      opened.ref,
      { type: 'licence.approve', licenceNumber: '91440300MA5FXXXX1Q' },
      { via: staff },
    );
    const issued = await router.send(
      opened.ref,
      { type: 'certificate.handover', receivedBy: 'Chen Jing' },
      { via: counter },
    );
    expect(issued.state).toMatchObject({ value: 'issued', done: true });
  });

  it('accepts the originals check and the certificate handover only at a counter', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'business-licence', input: licenceInput, via: web });
    expect(opened.allowed.web).not.toContain('originals.check');
    const refused = await refusal(
      router.send(opened.ref, { type: 'originals.check', complete: true }, { via: web }),
    );
    expect(refused.code).toBe('CHANNEL_FORBIDDEN');
    expect((await router.get(opened.ref)).version).toBe(1);
  });

  it('lapses when requested information does not arrive within 30 days', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'business-licence', input: licenceInput, via: web });
    await router.send(opened.ref, { type: 'originals.check', complete: true }, { via: counter });
    await router.send(opened.ref, { type: 'info.request', items: ['tax registration'] }, { via: staff });
    expect(await router.advance('29d')).toBe(0);
    expect(await router.advance('1d')).toBe(1);
    expect((await router.get(opened.ref)).state.value).toBe('lapsed');
  });

  it('rejects a malformed licence number and changes nothing', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'business-licence', input: licenceInput, via: web });
    await router.send(opened.ref, { type: 'originals.check', complete: true }, { via: counter });
    const refused = await refusal(
      router.send(opened.ref, { type: 'licence.approve', licenceNumber: '123' }, { via: staff }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
    expect((await router.get(opened.ref)).state.value).toBe('review');
  });
});

describe('noise complaint, version 1 (the cases opened before the work order keep running)', () => {
  const input = {
    address: '8 Dongfeng Rd, flat 402',
    description: 'Drilling upstairs after midnight',
    source: 'neighbour' as const,
  };

  it('is dispatched, handled and replied to, then closed by a satisfied return visit', async () => {
    const router = cityRouter();
    const opened = await router.open({
      service: 'noise-complaint',
      version: 1,
      input,
      via: hotline,
      citizen: { phone: '13800138000' },
    });
    const dispatched = await router.send(
      opened.ref,
      { type: 'case.dispatch', department: 'Environment Bureau' },
      { via: hotline },
    );
    expect(dispatched.state.value).toBe('dispatched');
    await router.send(opened.ref, { type: 'case.accept', handler: 'Officer Li' }, { via: staff });
    const replied = await router.send(
      opened.ref,
      { type: 'case.reply', answer: 'The builder was told to stop at 22:00.' },
      { via: staff },
    );
    expect(replied.state.value).toBe('replied');
    expect(replied.allowed.hotline).toEqual(['visit.rate']);
    const closed = await router.send(opened.ref, { type: 'visit.rate', score: 5 }, { via: hotline });
    expect(closed.state).toMatchObject({ value: 'closed', done: true });
    expect((closed.context as { closeReason: string }).closeReason).toBe('satisfied');
  });

  it('reopens when the citizen is dissatisfied and reminds the department again', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'noise-complaint', version: 1, input, via: web });
    await router.send(
      opened.ref,
      { type: 'case.dispatch', department: 'Environment Bureau' },
      { via: hotline },
    );
    await router.send(opened.ref, { type: 'case.accept' }, { via: staff });
    await router.send(
      opened.ref,
      { type: 'case.reply', answer: 'Inspected, nothing heard.' },
      { via: staff },
    );
    const reopened = await router.send(
      opened.ref,
      { type: 'visit.rate', score: 1, comment: 'Still drilling' },
      { via: web },
    );
    expect(reopened.state.value).toBe('handling');
    expect((reopened.context as { reopened: number }).reopened).toBe(1);
    const effects: string[] = [];
    router.on('case.effect', ({ effect }) => effects.push(effect.type));
    expect(await router.advance('3d')).toBe(1);
    expect(effects).toEqual(['department.reminder']);
  });

  it('reminds the department once when it has not accepted within a day, and counts urges', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'noise-complaint', version: 1, input, via: counter });
    await router.send(
      opened.ref,
      { type: 'case.dispatch', department: 'Urban Management' },
      { via: hotline },
    );
    const urged = await router.send(opened.ref, { type: 'case.urge', note: 'It is 2am' }, { via: web });
    expect((urged.context as { urges: number }).urges).toBe(1);
    expect(await router.advance('23h')).toBe(0);
    expect(await router.advance('1h')).toBe(1);
    expect(await router.advance('5d')).toBe(0);
    const view = await router.get(opened.ref);
    expect(view.state.value).toBe('dispatched');
    expect((view.context as { reminders: number }).reminders).toBe(1);
  });

  it('goes back to the centre when the department returns it', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'noise-complaint', version: 1, input, via: hotline });
    await router.send(opened.ref, { type: 'case.dispatch', department: 'Water Bureau' }, { via: hotline });
    const returned = await router.send(
      opened.ref,
      { type: 'case.return', reason: 'Not our responsibility' },
      { via: staff },
    );
    expect(returned.state.value).toBe('received');
    expect(await router.advance('2d')).toBe(0);
  });

  it('closes without a rating when the return visit does not happen within 3 days', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'noise-complaint', version: 1, input, via: hotline });
    await router.send(
      opened.ref,
      { type: 'case.dispatch', department: 'Environment Bureau' },
      { via: hotline },
    );
    await router.send(opened.ref, { type: 'case.accept' }, { via: staff });
    await router.send(opened.ref, { type: 'case.reply', answer: 'Done' }, { via: staff });
    await router.advance('3d');
    const view = await router.get(opened.ref);
    expect(view.state.value).toBe('closed');
    expect((view.context as { closeReason: string }).closeReason).toBe('no-visit');
  });

  it('refuses an urge after the case is closed, naming the state', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'noise-complaint', version: 1, input, via: web });
    await router.send(opened.ref, { type: 'case.withdraw', reason: 'It stopped' }, { via: web });
    const refused = await refusal(router.send(opened.ref, { type: 'case.urge' }, { via: web }));
    expect(refused.code).toBe('EVENT_NOT_ALLOWED');
    expect(refused.message).toContain('withdrawn');
  });
});

describe('parking permit', () => {
  const input = { plate: '粤B·D1234 5', address: '3 Lychee Lane' };

  it('normalises the plate and refuses one that is not a plate', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'parking-permit', input, via: web });
    expect((opened.context as { plate: string }).plate).toBe('粤BD12345');
    const refused = await refusal(
      router.open({ service: 'parking-permit', input: { ...input, plate: 'ABC' }, via: web }),
    );
    expect(refused.code).toBe('INVALID_INPUT');
  });

  it('is identified at the counter, approved, renewed in its window and expires when not renewed', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'parking-permit', input, via: web });
    expect(opened.allowed.web).not.toContain('identity.verify');
    await router.send(opened.ref, { type: 'identity.verify', method: 'service-code' }, { via: counter });
    const active = await router.send(opened.ref, { type: 'permit.approve', zone: 'T3' }, { via: staff });
    expect(active.state.value).toEqual({ active: 'valid' });
    expect(active.allowed.web).toEqual(['case.withdraw']);

    await router.advance('335d');
    const due = await router.get(opened.ref);
    expect(due.state.value).toEqual({ active: 'renewalDue' });
    const renewed = await router.send(opened.ref, { type: 'permit.renew' }, { via: web });
    expect(renewed.state.value).toEqual({ active: 'valid' });
    const { validFrom, validUntil } = renewed.context as { validFrom: number; validUntil: number };
    expect(validUntil - validFrom).toBe(2 * 365 * 86_400_000);

    // The renewal counts from the old expiry: the next window opens 365 days later, not 335.
    await router.advance('364d');
    expect((await router.get(opened.ref)).state.value).toEqual({ active: 'valid' });
    await router.advance('1d');
    expect((await router.get(opened.ref)).state.value).toEqual({ active: 'renewalDue' });
    await router.advance('30d');
    expect((await router.get(opened.ref)).state).toMatchObject({ value: 'expired', done: true });
  });

  it('lapses when the applicant is not identified within 14 days', async () => {
    const router = cityRouter();
    const opened = await router.open({ service: 'parking-permit', input, via: web });
    await router.advance('14d');
    expect((await router.get(opened.ref)).state.value).toBe('lapsed');
  });
});

describe('consultation', () => {
  it('is answered and closed in the same call', async () => {
    const router = cityRouter();
    const opened = await router.open({
      service: 'consultation',
      input: { question: 'Where do I renew my parking permit?', topic: 'parking' },
      via: hotline,
    });
    const answered = await router.send(
      opened.ref,
      { type: 'case.answer', answer: 'Online or at any service counter.' },
      { via: hotline },
    );
    expect(answered.state).toMatchObject({ value: 'answered', done: true });
    expect((answered.context as { answeredBy: string }).answeredBy).toBe('agent-12');
    expect(answered.allowed.hotline).toEqual([]);
  });

  it('cannot be opened by department staff', async () => {
    const router = cityRouter();
    const refused = await refusal(
      router.open({ service: 'consultation', input: { question: 'Opening hours?' }, via: staff }),
    );
    expect(refused.code).toBe('CHANNEL_FORBIDDEN');
  });
});
