import { type CaseQueryFilter, type CaseStore, toQueryFilter } from '@onecase/core';
import { expect, it } from 'vitest';
import { commitInput, event, record, uniqueId } from './contractRecords.js';

const FIELDS = new Set(['n', 'district', 'flag', 'dueAt']);

/** The back office's part of the store contract: the change feed, queries and the effect outbox. */
export function describeBackOfficeContract(getStore: () => CaseStore): void {
  const filterFor = (service: string, query: Parameters<typeof toQueryFilter>[0] = {}): CaseQueryFilter =>
    toQueryFilter({ service, ...query }, FIELDS);

  async function openIn(service: string, extra: Parameters<typeof record>[2] = {}, effects = 0) {
    const id = uniqueId();
    const rec = record(id, 1, { serviceId: service, ...extra });
    const ev = event(id, 1, {
      effects: Array.from({ length: effects }, (_, n) => ({ type: `fx.${service}`, n })),
    });
    const result = await getStore().commit({ ...commitInput(rec, ev, 0), origin: `origin-${service}` });
    if (result.status !== 'committed') throw new Error(`could not open ${id}: ${result.status}`);
    return { rec, position: result.position };
  }

  it('gives every commit a position; readChanges returns them in order, after a cursor, with the case now', async () => {
    const store = getStore();
    const head = await store.headPosition();
    const service = `feed-${uniqueId()}`;
    const first = await openIn(service);
    const second = await openIn(service);
    const next = record(first.rec.id, 2, { ref: first.rec.ref, serviceId: service });
    const third = await store.commit({ ...commitInput(next, event(first.rec.id, 2), 1), origin: 'other' });
    if (third.status !== 'committed') throw new Error('expected a commit');
    const read = await store.readChanges({ ...(head !== undefined ? { after: head } : {}), limit: 100 });
    const mine = read.changes.filter((change) => change.record.serviceId === service);
    expect(mine.map((change) => [change.event.caseId, change.event.seq, change.position])).toEqual([
      [first.rec.id, 1, first.position],
      [second.rec.id, 1, second.position],
      [first.rec.id, 2, third.position],
    ]);
    expect(mine[0]!.record.version).toBe(2);
    expect(mine.map((change) => change.origin)).toEqual([`origin-${service}`, `origin-${service}`, 'other']);
    const after = await store.readChanges({ after: second.position, limit: 100 });
    expect(after.changes[0]?.position).toBe(third.position);
    expect(await store.headPosition()).toBeDefined();
  });

  it('leaves out an origin yet moves the cursor past it', async () => {
    const store = getStore();
    const head = await store.headPosition();
    const service = `own-${uniqueId()}`;
    const own = await openIn(service);
    const read = await store.readChanges({
      ...(head !== undefined ? { after: head } : {}),
      limit: 100,
      excludeOrigin: `origin-${service}`,
    });
    expect(read.changes.some((change) => change.record.serviceId === service)).toBe(false);
    expect(read.last).toBeDefined();
    // Nothing of this service follows its own change (other tests may commit meanwhile).
    const later = await store.readChanges({
      after: own.position,
      limit: 100,
      excludeOrigin: `origin-${service}`,
    });
    expect(later.changes.filter((change) => change.record.serviceId === service)).toEqual([]);
  });

  it('lists by service, state, tags, index conditions and time, sorted, paged, and counts', async () => {
    const store = getStore();
    const service = `query-${uniqueId()}`;
    const made: Awaited<ReturnType<typeof openIn>>[] = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await openIn(service, {
          openedAt: 5_000 + i,
          search: {
            states: i % 2 ? ['handling', 'handling.site'] : ['received'],
            tags: i % 3 ? ['open'] : [],
            done: i === 6,
            index: {
              n: i,
              district: i < 4 ? 'tianhe' : 'yuexiu',
              ...(i === 2 ? {} : { dueAt: 100 - i * 10 }),
            },
          },
        }),
      );
    }
    const ids = (records: { id: string }[]) => records.map((r) => made.findIndex((m) => m.rec.id === r.id));
    expect(
      ids(await store.list(filterFor(service, { state: 'handling', sort: { by: 'openedAt' } }))),
    ).toEqual([1, 3, 5]);
    expect(
      ids(await store.list(filterFor(service, { tags: ['open'], where: { district: 'tianhe' } }))),
    ).toEqual([1, 2]);
    expect(ids(await store.list(filterFor(service, { where: { n: { gte: 2, lt: 5 } } })))).toEqual([2, 3, 4]);
    expect(ids(await store.list(filterFor(service, { where: { n: { in: [0, 6] } }, done: true })))).toEqual([
      6,
    ]);
    expect(ids(await store.list(filterFor(service, { where: { dueAt: null } })))).toEqual([2]);
    expect(ids(await store.list(filterFor(service, { openedAt: { from: 5_002, to: 5_004 } })))).toEqual([
      2, 3,
    ]);
    expect(ids(await store.list(filterFor(service, { sort: { by: 'dueAt' } })))).toEqual([
      6, 5, 4, 3, 1, 0, 2,
    ]);
    expect(ids(await store.list(filterFor(service, { sort: { by: 'dueAt', order: 'desc' } })))).toEqual([
      2, 0, 1, 3, 4, 5, 6,
    ]);
    const page = filterFor(service, { sort: { by: 'dueAt' }, limit: 3 });
    const firstPage = await store.list(page);
    const last = firstPage[firstPage.length - 1]!;
    const rest = await store.list({
      ...page,
      after: { value: last.search?.index.dueAt ?? null, id: last.id },
      limit: 10,
    });
    expect(ids([...firstPage, ...rest])).toEqual([6, 5, 4, 3, 1, 0, 2]);
    expect(await store.count(filterFor(service, { where: { district: 'yuexiu' } }))).toBe(3);
    expect(await store.count(filterFor(service))).toBe(7);
  });

  it('keeps each effect with its commit, claims it for one node with a lease, and records its fate', async () => {
    const store = getStore();
    const service = `fx-${uniqueId()}`;
    const { rec } = await openIn(service, {}, 2);
    const type = `fx.${service}`;
    expect((await store.effects(rec.id)).map((e) => [e.id, e.state, e.attempts])).toEqual([
      [`${rec.id}:1:0`, 'pending', 0],
      [`${rec.id}:1:1`, 'pending', 0],
    ]);
    const claimed = await store.claimEffects(10_000, { types: [type], limit: 10, leaseMs: 1_000 });
    expect(claimed.map((e) => [e.id, e.attempts, e.effect])).toEqual([
      [`${rec.id}:1:0`, 1, { type, n: 0 }],
      [`${rec.id}:1:1`, 1, { type, n: 1 }],
    ]);
    expect(await store.claimEffects(10_500, { types: [type], limit: 10, leaseMs: 1_000 })).toEqual([]);
    await store.completeEffect(claimed[0]!.id);
    await store.failEffect(claimed[1]!.id, { error: 'boom', retryAt: 20_000 });
    expect(await store.claimEffects(15_000, { types: [type], limit: 10, leaseMs: 1_000 })).toEqual([]);
    const again = await store.claimEffects(20_000, { types: [type], limit: 10, leaseMs: 1_000 });
    expect(again.map((e) => [e.id, e.attempts, e.lastError])).toEqual([[`${rec.id}:1:1`, 2, 'boom']]);
    await store.failEffect(again[0]!.id, { error: 'still down', retryAt: null });
    expect((await store.deadEffects({ types: [type], limit: 10 })).map((e) => [e.id, e.lastError])).toEqual([
      [`${rec.id}:1:1`, 'still down'],
    ]);
    expect(await store.retryEffect(again[0]!.id, 30_000)).toBe(true);
    expect(
      (await store.claimEffects(30_000, { types: [type], limit: 10, leaseMs: 1_000 }))[0]?.attempts,
    ).toBe(1);
    expect((await store.effects(rec.id)).map((e) => e.state)).toEqual(['done', 'pending']);
    expect(await store.retryEffect(claimed[0]!.id, 30_000)).toBe(false);
    expect(
      await store.claimEffects(40_000, { types: ['nobody-handles-this'], limit: 10, leaseMs: 1 }),
    ).toEqual([]);
  });

  it('keeps a record’s signature and armed timers as given, and none on a record without them', async () => {
    const store = getStore();
    const service = `signed-${uniqueId()}`;
    const armed = (id: string, dueAt: number) => [
      { id: `${id}:1:t`, caseId: id, sendId: 't', event: { type: 'xstate.after.t' }, dueAt },
    ];
    const { rec } = await openIn(service, { signature: 'sig-1' });
    expect(await store.load(rec.id)).toEqual(rec);
    const withTimers = record(rec.id, 2, {
      ref: rec.ref,
      serviceId: service,
      signature: 'sig-2',
      armedTimers: armed(rec.id, 9_000),
    });
    await store.commit(commitInput(withTimers, event(rec.id, 2), 1));
    expect(await store.load(rec.id)).toEqual(withTimers);
    const [listed] = await store.list(filterFor(service));
    expect([listed?.signature, listed?.armedTimers]).toEqual(['sig-2', armed(rec.id, 9_000)]);
    const plain = await openIn(service);
    const loaded = await store.load(plain.rec.id);
    expect([loaded?.signature, loaded?.armedTimers]).toEqual([undefined, undefined]);
    // signRecord signs an unsigned record at its version, once.
    const later = { armedTimers: armed(plain.rec.id, 7_000), signature: 'late' };
    expect(await store.signRecord(plain.rec.id, 2, later)).toBe(false);
    expect(await store.signRecord(plain.rec.id, 1, later)).toBe(true);
    expect(await store.signRecord(plain.rec.id, 1, { ...later, signature: 'again' })).toBe(false);
    expect(await store.signRecord(rec.id, 2, later)).toBe(false);
    expect(await store.load(plain.rec.id)).toEqual({ ...plain.rec, ...later });
  });

  it('pages every case head (id, version, last hash) in id order after a cursor', async () => {
    const store = getStore();
    const service = `heads-${uniqueId()}`;
    const mine = new Set<string>();
    for (let i = 0; i < 5; i++) mine.add((await openIn(service)).rec.id);
    const first = [...mine][0]!;
    await store.commit(
      commitInput(record(first, 2, { ref: 'unused', serviceId: service }), event(first, 2), 1),
    );
    const seen: { id: string; version: number; lastHash: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.caseHeads({ ...(after !== undefined ? { after } : {}), limit: 50 });
      seen.push(...page);
      if (page.length < 50) break;
      after = page[page.length - 1]!.id;
    }
    const ids = seen.map((head) => head.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const heads = seen.filter((head) => mine.has(head.id));
    expect(heads.map((head) => head.id)).toEqual([...mine].sort());
    expect(heads.find((head) => head.id === first)).toEqual({ id: first, version: 2, lastHash: 'hash-2' });
    const sorted = [...mine].sort();
    const next = await store.caseHeads({ after: sorted[2]!, limit: 1 });
    expect((next[0]?.id ?? '') > sorted[2]!).toBe(true);
  });

  it('writes no effect of a commit that lost its race', async () => {
    const store = getStore();
    const service = `fx-lost-${uniqueId()}`;
    const { rec } = await openIn(service);
    const stale = await store.commit(
      commitInput(
        record(rec.id, 3, { ref: rec.ref, serviceId: service }),
        event(rec.id, 3, { effects: [{ type: 'x' }] }),
        2,
      ),
    );
    expect(stale.status).toBe('conflict');
    expect(await store.effects(rec.id)).toEqual([]);
  });
}
