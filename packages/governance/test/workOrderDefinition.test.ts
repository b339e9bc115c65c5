import { type InputFrom, isCaseError } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  defineDirectory,
  defineJurisdictions,
  defineWorkOrder,
  kpisFromCases,
  type WorkOrderContext,
  workingDelays,
  workOrderIndex,
} from '../src/index.js';
import { calendar, centre, cst, dept, directory, iso, jurisdictions, order, web } from './fixtures.js';

const base = {
  id: 'bad-order',
  version: 1,
  title: 'x',
  categories: [{ code: 'lamp', zh: '路灯', en: 'Lamp' }],
  jurisdictions,
  directory,
  calendar,
  limits: { resolve: { lamp: '3wd' as const } },
};

function culprit(config: object): string {
  try {
    defineWorkOrder(config as typeof base);
  } catch (error) {
    if (isCaseError(error, 'INVALID_DEFINITION')) return error.message;
    throw error;
  }
  throw new Error('expected INVALID_DEFINITION');
}

describe('defineWorkOrder definitions', () => {
  it('refuses bad configuration naming the culprit', () => {
    expect(culprit({ ...base, categories: [] })).toMatch(/at least one category/);
    expect(culprit({ ...base, categories: [...base.categories, ...base.categories] })).toMatch(
      /'lamp' is listed twice/,
    );
    expect(culprit({ ...base, limits: { resolve: {} } })).toMatch(/'lamp' has no resolution limit/);
    expect(culprit({ ...base, limits: { resolve: { lamp: '3d' } } })).toMatch(/limits\.resolve\.lamp/);
    expect(culprit({ ...base, limits: { resolve: { lamp: '3wd', pothole: '2wd' } } })).toMatch(
      /unknown category 'pothole'/,
    );
    expect(culprit({ ...base, escalation: { remindBefore: '1wd' } })).toMatch(/remindBefore/);
    const other = defineJurisdictions({
      levels: [{ id: 'c', zh: '市', en: 'City' }],
      units: [{ id: 'x', zh: 'X', en: 'X' }],
    });
    expect(
      culprit({ ...base, directory: defineDirectory({ jurisdictions: other, departments: [] }) }),
    ).toMatch(/other jurisdictions/);
    expect(culprit({ ...base, id: 'Not Kebab' })).toMatch(/kebab-case/);
  });
});

describe('workOrderIndex', () => {
  it('gives the queue fields of a case as it moves', async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
    const opened = await router.open({
      service: 'street-report',
      input: { category: 'lamp', description: '路灯不亮', address: '安定门街道3号' },
      via: web,
    });
    const fields = async () => {
      const view = await router.get(opened.ref);
      const args = { context: view.context as WorkOrderContext, state: view.state };
      return Object.fromEntries(
        Object.entries(workOrderIndex(calendar)).map(([name, fn]) => [name, fn(args)]),
      );
    };
    expect(await fields()).toMatchObject({
      district: 'east',
      street: 'east-a',
      department: null,
      stateGroup: 'centre',
      dueAt: null,
      overdue: false,
    });
    await router.send(opened.ref, { type: 'order.dispatch' }, { via: centre });
    const dispatched = await fields();
    expect(dispatched).toMatchObject({
      department: 'east-a-office',
      stateGroup: 'awaiting-sign-for',
      overdue: false,
    });
    expect(iso(dispatched.dueAt as number)).toBe('2026-03-03T17:30:00+08:00');
    await router.advance('2d');
    expect(await fields()).toMatchObject({ overdue: true });
    for (const value of Object.values(await fields())) {
      expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
    }
  });
});

describe('kpisFromCases over cases a router ran', () => {
  it('reads the facts the work order keeps', async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T09:00:00+08:00' });
    const refs: string[] = [];
    for (const address of ['安定门街道1号', '安定门街道2号']) {
      const { ref } = await router.open({
        service: 'street-report',
        input: { category: 'lamp', description: '灯坏了', address },
        via: web,
      });
      refs.push(ref);
      await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    }
    await router.advance('2h');
    await router.send(refs[0]!, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    await router.send(
      refs[0]!,
      { type: 'order.reply', department: 'east-a-office', answer: '修好了' },
      { via: dept('a') },
    );
    await router.send(refs[0]!, { type: 'visit.rate', score: 4, resolved: true }, { via: centre });
    await router.advance('2d'); // the second misses its sign-for deadline
    const views = await Promise.all(refs.map((ref) => router.get(ref)));
    const [row] = kpisFromCases(views, {
      from: cst('2026-03-01T00:00:00'),
      to: cst('2026-03-31T00:00:00'),
      calendar,
    });
    expect(row).toMatchObject({
      responseRate: 0.5,
      satisfactionRate: 1,
      onTimeClosureRate: 1,
      signForHours: { mean: 2, p90: 2 },
    });
  });
});

describe('workingDelays', () => {
  it('turns a working-day delay into a durable timer due at the right working moment', async () => {
    const machine = setup({
      types: { events: {} as { type: 'go'; at: number } },
      delays: workingDelays(calendar, { signFor: '3wd' }),
    }).createMachine({ initial: 'waiting', states: { waiting: { after: { signFor: 'late' } }, late: {} } });
    const { defineService } = await import('@onecase/core');
    const { z } = await import('zod');
    const service = defineService({
      id: 'delay-demo',
      version: 1,
      title: 'x',
      refPrefix: 'DD',
      machine,
      input: z.object({}),
      events: {},
      channels: { web: [] },
    });
    const router = createTestRouter({ services: [service], start: '2026-09-30T10:00:00+08:00' });
    const { ref } = await router.open({ service: 'delay-demo', input: {}, via: web });
    const [timer] = await router.timers(ref);
    expect(iso(timer!.dueAt)).toBe('2026-10-10T17:30:00+08:00'); // across National Day, onto the 调休 Saturday
    router.clock.set(cst('2026-10-10T17:29:00'));
    expect(await router.runDueTimers()).toBe(0);
    expect(await router.advance('1m')).toBe(1);
    expect((await router.get(ref)).state.value).toBe('late');
  });
});

describe('defineWorkOrder details', () => {
  const noise = defineWorkOrder({
    ...base,
    id: 'noise-order',
    categories: [{ code: 'noise', zh: '噪声扰民', en: 'Noise' }],
    limits: { resolve: { noise: '5wd' } },
    details: z.object({
      source: z.enum(['neighbour', 'construction', 'business', 'other']).default('other'),
      when: z.string().trim().min(1).max(200).optional(),
    }),
  });

  it('takes extra input fields, validates them and keeps them in context.details', async () => {
    const typed: InputFrom<typeof noise> = {
      category: 'noise',
      description: '夜间施工',
      source: 'construction',
    };
    // @ts-expect-error a source outside the enum does not type-check
    const wrong: InputFrom<typeof noise> = { category: 'noise', description: 'x', source: 'aliens' };
    expect(wrong.category).toBe('noise');
    const router = createTestRouter({ services: [noise], start: '2026-03-02T10:00:00+08:00' });
    const view = await router.open({
      service: 'noise-order',
      input: { ...typed, when: 'every night after 23:00', address: '安定门街道' },
      via: web,
    });
    expect((view.context as WorkOrderContext).details).toEqual({
      source: 'construction',
      when: 'every night after 23:00',
    });
    const defaulted = await router.open({
      service: 'noise-order',
      input: { category: 'noise', description: '吵' },
      via: web,
    });
    expect((defaulted.context as WorkOrderContext).details).toEqual({ source: 'other' });
    await expect(
      router.open({
        service: 'noise-order',
        input: { category: 'noise', description: '吵', source: 'aliens' } as never,
        via: web,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses details that clash with the work order input', () => {
    expect(culprit({ ...base, details: z.object({ address: z.string() }) })).toMatch(
      /details field 'address'/,
    );
  });
});
