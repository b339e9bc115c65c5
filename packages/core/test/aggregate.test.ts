import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import {
  type AggregateQuery,
  type CaseStore,
  defineService,
  isCaseError,
  memoryStore,
} from '../src/index.js';
import { staff, ticket } from './backOffice.fixtures.js';

/** 12 tickets: district alternates, priority i % 3, dispatched unless i % 3 === 0 (to env, or roads when i % 4 === 0). */
async function seeded(store: CaseStore = memoryStore()) {
  const router = createTestRouter({ services: [ticket], store });
  for (let i = 0; i < 12; i++) {
    const view = await router.open({
      service: 'ticket',
      input: { district: i % 2 ? 'tianhe' : 'yuexiu', priority: i % 3 },
      via: staff,
    });
    if (i % 3 !== 0) {
      await router.send(
        view.ref,
        { type: 'case.dispatch', department: i % 4 ? 'env' : 'roads', dueAt: 10_000_000 - i * 1000 },
        { via: staff },
      );
    }
  }
  return router;
}

describe('router.aggregate', () => {
  it('groups the matching cases by an index field and computes each measure over its own conditions', async () => {
    const router = await seeded();
    const rows = await router.aggregate({
      service: 'ticket',
      groupBy: 'department',
      measures: {
        n: { count: true },
        inTianhe: { count: true, where: { district: 'tianhe' } },
        priorities: { sum: 'priority' },
        meanPriority: { mean: 'priority' },
        p90Priority: { percentile: 'priority', p: 0.9 },
        meanDue: { mean: 'dueAt' },
      },
    });
    // env: cases 1 2 5 7 10 11; roads: 4 8; not dispatched: 0 3 6 9.
    expect(rows).toEqual([
      {
        group: 'env',
        values: { n: 6, inTianhe: 4, priorities: 9, meanPriority: 1.5, p90Priority: 2, meanDue: 9_994_000 },
      },
      {
        group: 'roads',
        values: { n: 2, inTianhe: 0, priorities: 3, meanPriority: 1.5, p90Priority: 2, meanDue: 9_994_000 },
      },
      {
        group: null,
        values: { n: 4, inTianhe: 2, priorities: 0, meanPriority: 0, p90Priority: 0, meanDue: null },
      },
    ]);
    const [open] = await router.aggregate({ state: 'handling', measures: { n: { count: true } } });
    expect(open).toEqual({ group: null, values: { n: 8 } });
  });

  it('refuses a malformed aggregate with INVALID_INPUT naming the problem, before the store is asked', async () => {
    const store = memoryStore();
    let asked = 0;
    const counting: CaseStore = {
      ...store,
      aggregate: (filter) => {
        asked++;
        return store.aggregate(filter);
      },
    };
    const router = await seeded(counting);
    const bad: [unknown, RegExp][] = [
      [{ measures: {} }, /1 to 64 measures/],
      [{ groupBy: 'colour', measures: { n: { count: true } } }, /groupBy 'colour' is not/],
      [{ measures: { n: { count: true, where: { colour: 'red' } } } }, /'colour' in measures\.n\.where/],
      [{ measures: { s: { sum: 'colour' } } }, /measures\.s\.sum 'colour'/],
      [
        { measures: { m: { mean: 'district' } } },
        /'district' is not a number field: the services queried declare it string/,
      ],
      [{ measures: { p: { percentile: 'priority', p: 1.5 } } }, /p must be a number from 0 to 1/],
      [{ measures: { p: { percentile: 'priority' } } }, /p must be a number from 0 to 1/],
      [{ measures: { p: { mean: 'priority', p: 0.5 } } }, /exactly one of/],
      [{ measures: { n: { count: true, sum: 'priority' } } }, /exactly one of/],
      [{ measures: { n: { count: false } } }, /count must be true/],
      [{ measures: { 'bad name': { count: true } } }, /letters, digits and _/],
      [{ limit: 10, measures: { n: { count: true } } }, /'limit' has no meaning/],
      [{ where: { priority: { near: 2 } }, measures: { n: { count: true } } }, /unknown condition 'near'/],
      [
        { service: 'other', groupBy: 'district', measures: { n: { count: true } } },
        /not openedAt, updatedAt or an index field/,
      ],
    ];
    for (const [query, message] of bad) {
      const error = await router.aggregate(query as AggregateQuery).catch((e: unknown) => e);
      expect(isCaseError(error) && error.code, JSON.stringify(query)).toBe('INVALID_INPUT');
      expect((error as Error).message).toMatch(message);
    }
    expect(asked).toBe(0);
    await router.aggregate({ groupBy: 'openedAt', measures: { n: { count: true } } });
    expect(asked).toBe(1);
  });

  it('holds a service to the types it declares for its index fields', async () => {
    expect(() => defineService({ ...ticket, indexTypes: { colour: 'string' } })).toThrow(
      /indexTypes\.colour must name an index field/,
    );
    const lying = defineService({ ...ticket, id: 'lying', indexTypes: { district: 'number' } });
    const router = createTestRouter({ services: [lying] });
    const error = await router
      .open({ service: 'lying', input: { district: 'tianhe' }, via: staff })
      .catch((e: unknown) => e);
    expect(isCaseError(error) && error.code).toBe('INVALID_DEFINITION');
    expect((error as Error).message).toMatch(
      /index field 'district' gave string; its indexTypes says number/,
    );
    expect(await router.count()).toBe(0);
  });
});
