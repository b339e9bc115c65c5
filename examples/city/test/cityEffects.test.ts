import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { createCityOutbox, startCityEffects } from '../src/effects/cityEffects.js';
import { cityServices } from '../src/services/cityServices.js';
import { NOISE_ACCEPT_LIMIT_MS } from '../src/services/noiseComplaintV1.js';

const web = { channel: 'web', actor: { id: 'c-1' } };
const agent = { channel: 'hotline', actor: { id: 'agent-1' } };
const centre = { channel: 'centre', actor: { id: 'dispatcher-1' } };
const cityAdmin = { channel: 'department', actor: { id: 'chaoyang.cityadmin:clerk' } };

describe('the city notifies departments and citizens through the outbox', () => {
  it('retries a failed department notification and notifies once, and texts the citizen the reply', async () => {
    const city = createTestRouter({ services: cityServices });
    const outbox = createCityOutbox();
    let failures = 1;
    const stop = startCityEffects(
      city,
      {
        departments: {
          deliver(message) {
            if (failures-- > 0) throw new Error('the department gateway timed out');
            outbox.departments.deliver(message);
          },
        },
        sms: outbox.sender,
      },
      { pollMs: 10, baseDelayMs: 0 },
    );
    const view = await city.open({
      service: 'noise-complaint',
      input: {
        category: 'noise.construction',
        address: '朝阳区望京街道阜通东大街6号',
        description: 'Drilling at night',
      },
      via: web,
    });
    await city.send(view.ref, { type: 'order.dispatch' }, { via: centre });
    await expect
      .poll(() => outbox.inbox)
      .toEqual([
        expect.objectContaining({ department: 'chaoyang.cityadmin', kind: 'dispatch', ref: view.ref }),
      ]);
    const [notice] = await city.effects(view.ref);
    expect(notice).toMatchObject({
      state: 'done',
      attempts: 2,
      lastError: 'the department gateway timed out',
    });
    await city.send(
      view.ref,
      { type: 'order.signFor', department: 'chaoyang.cityadmin' },
      { via: cityAdmin },
    );
    await city.send(
      view.ref,
      {
        type: 'order.reply',
        department: 'chaoyang.cityadmin',
        answer: 'The site stops at 22:00 from now on',
      },
      { via: cityAdmin },
    );
    await expect.poll(() => outbox.sms.map((sms) => sms.text)).toEqual([expect.stringContaining('22:00')]);
    await stop();
  });

  it('gives each department a work queue due soonest first (version 1 complaints)', async () => {
    const city = createTestRouter({ services: cityServices });
    const refs: string[] = [];
    for (const department of ['env', 'roads', 'env']) {
      city.clock.advance('1h');
      const view = await city.open({
        service: 'noise-complaint',
        version: 1,
        input: { address: 'Lane 5, No. 12', description: 'Drilling at night', source: 'construction' },
        via: web,
      });
      await city.send(view.ref, { type: 'case.dispatch', department }, { via: agent });
      refs.push(view.ref);
    }
    const queue = await city.list({
      service: 'noise-complaint',
      where: { department: 'env' },
      sort: { by: 'dueAt' },
    });
    expect(queue.cases.map((view) => view.ref)).toEqual([refs[0], refs[2]]);
    const due = (queue.cases[0]!.context as { dueAt: number }).dueAt;
    expect(due).toBe(queue.cases[0]!.updatedAt + NOISE_ACCEPT_LIMIT_MS);
    expect(await city.count({ where: { dueAt: { lt: city.clock.now() + NOISE_ACCEPT_LIMIT_MS } } })).toBe(2);
  });
});
