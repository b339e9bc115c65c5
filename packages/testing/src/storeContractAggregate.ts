import { type AggregateQuery, type CaseStore, toAggregateFilter } from '@onecase/core';
import { expect, it } from 'vitest';
import { commitInput, event, record, uniqueId } from './contractRecords.js';

const FIELDS = new Set(['district', 'flag', 'hours']);

/** The aggregate's part of the store contract: groups, filtered counts, sums, means and nearest-rank percentiles. */
export function describeAggregateContract(getStore: () => CaseStore): void {
  it('aggregates index fields by group: filtered counts, sums, means, nearest-rank percentiles, non-numbers left out', async () => {
    const store = getStore();
    const service = `aggregate-${uniqueId()}`;
    // district, hours, flag, done: the hand-computed figures below read these rows.
    const rows: [string | null, number | string | null, boolean, boolean][] = [
      ['tianhe', 1, true, false],
      ['tianhe', 3, false, false],
      ['tianhe', 2, true, false],
      ['tianhe', 'n/a', true, false],
      ['yuexiu', 10, true, false],
      ['yuexiu', null, false, false],
      [null, 5, true, false],
      ['tianhe', 4, true, true],
    ];
    for (const [i, [district, hours, flag, done]] of rows.entries()) {
      const id = uniqueId();
      const rec = record(id, 1, {
        serviceId: service,
        openedAt: 5_000 + i,
        search: {
          states: ['step'],
          tags: [],
          done,
          index: { flag, ...(district !== null ? { district } : {}), ...(hours !== null ? { hours } : {}) },
        },
      });
      const result = await store.commit(commitInput(rec, event(id, 1), 0));
      if (result.status !== 'committed') throw new Error(`could not open ${id}: ${result.status}`);
    }
    const aggregate = (query: Omit<AggregateQuery, 'service'>) =>
      store.aggregate(toAggregateFilter({ service, ...query }, FIELDS));

    expect(
      await aggregate({
        done: false,
        groupBy: 'district',
        measures: {
          n: { count: true },
          flagged: { count: true, where: { flag: true } },
          short: { count: true, where: { hours: { lt: 3 } } },
          total: { sum: 'hours' },
          mean: { mean: 'hours' },
          flaggedMean: { mean: 'hours', where: { flag: true } },
          p90: { percentile: 'hours', p: 0.9 },
          median: { percentile: 'hours', p: 0.5 },
          p0: { percentile: 'hours', p: 0 },
          meanOpened: { mean: 'openedAt' },
        },
      }),
    ).toEqual([
      {
        group: 'tianhe',
        values: {
          n: 4,
          flagged: 3,
          short: 2,
          total: 6,
          mean: 2,
          flaggedMean: 1.5,
          p90: 3,
          median: 2,
          p0: 1,
          meanOpened: 5_001.5,
        },
      },
      {
        group: 'yuexiu',
        values: {
          n: 2,
          flagged: 1,
          short: 0,
          total: 10,
          mean: 10,
          flaggedMean: 10,
          p90: 10,
          median: 10,
          p0: 10,
          meanOpened: 5_004.5,
        },
      },
      {
        group: null,
        values: {
          n: 1,
          flagged: 1,
          short: 0,
          total: 5,
          mean: 5,
          flaggedMean: 5,
          p90: 5,
          median: 5,
          p0: 5,
          meanOpened: 5_006,
        },
      },
    ]);
    // A group with no number for a figure gets null there; booleans group false before true.
    expect(
      await aggregate({
        groupBy: 'flag',
        measures: { n: { count: true }, p90: { percentile: 'hours', p: 0.9 } },
      }),
    ).toEqual([
      { group: false, values: { n: 2, p90: 3 } },
      { group: true, values: { n: 6, p90: 10 } },
    ]);
    expect(
      await aggregate({
        where: { flag: false, district: 'yuexiu' },
        measures: { p90: { percentile: 'hours', p: 0.9 } },
      }),
    ).toEqual([{ group: null, values: { p90: null } }]);
    // Ungrouped: always its one row, zero counts and null figures when nothing matches.
    expect(
      await aggregate({ done: true, measures: { n: { count: true }, mean: { mean: 'hours' } } }),
    ).toEqual([{ group: null, values: { n: 1, mean: 4 } }]);
    expect(
      await aggregate({
        where: { district: 'nowhere' },
        measures: { n: { count: true }, total: { sum: 'hours' } },
      }),
    ).toEqual([{ group: null, values: { n: 0, total: null } }]);
    expect(
      await aggregate({
        where: { district: 'nowhere' },
        groupBy: 'district',
        measures: { n: { count: true } },
      }),
    ).toEqual([]);
  });
}
