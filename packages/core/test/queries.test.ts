import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { type CaseView, isCaseError, memoryStore } from '../src/index.js';
import { staff, ticket } from './backOffice.fixtures.js';

async function seeded(n = 12) {
  const router = createTestRouter({ services: [ticket] });
  const views: CaseView[] = [];
  for (let i = 0; i < n; i++) {
    router.clock.advance(1000);
    const view = await router.open({
      service: 'ticket',
      input: { district: i % 2 ? 'tianhe' : 'yuexiu', priority: i % 3 },
      via: staff,
    });
    views.push(view);
    if (i % 3 !== 0) {
      await router.send(
        view.ref,
        { type: 'case.dispatch', department: i % 4 ? 'env' : 'roads', dueAt: 10_000_000 - i * 1000 },
        { via: staff },
      );
    }
  }
  return { router, views };
}

describe('router.list and router.count', () => {
  it('filters by state (a parent matches its children), index fields, tags and done', async () => {
    const { router } = await seeded();
    const handling = await router.list({ state: 'handling' });
    expect(handling.cases.length).toBe(8);
    expect(handling.cases.every((view) => JSON.stringify(view.state.value).includes('handling'))).toBe(true);
    expect((await router.list({ state: 'handling.assigned' })).cases.length).toBe(8);
    expect(await router.count({ where: { department: 'env' } })).toBe(
      (await router.list({ where: { department: 'env' } })).cases.length,
    );
    expect(await router.count({ tags: ['open'] })).toBe(8);
    expect(await router.count({ done: false })).toBe(12);
    expect(await router.count({ where: { department: null } })).toBe(4);
    expect(await router.count({ where: { district: { in: ['tianhe'] }, priority: { gte: 1 } } })).toBe(4);
  });

  it('sorts by an index field with missing values last, and pages with a cursor without duplicates or skips', async () => {
    const { router } = await seeded();
    const all = await router.list({ sort: { by: 'dueAt' }, limit: 1000 });
    const dues = all.cases.map((view) => (view.context as { dueAt: number | null }).dueAt);
    const present = dues.filter((due) => due !== null) as number[];
    expect(present).toEqual([...present].sort((a, b) => a - b));
    expect(dues.slice(present.length).every((due) => due === null)).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await router.list({ sort: { by: 'dueAt' }, limit: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...page.cases.map((view) => view.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all.cases.map((view) => view.id));
  });

  it('stays correct while cases change between pages (stable key: openedAt)', async () => {
    const { router, views } = await seeded();
    const first = await router.list({ sort: { by: 'openedAt', order: 'desc' }, limit: 4 });
    // Changes to cases already seen and not yet seen do not move them in an openedAt order.
    await router.send(views[11]!.ref, { type: 'case.reply', answer: 'done' }, { via: staff }).catch(() => {});
    await router.send(views[0]!.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    const rest: string[] = [];
    let cursor = first.next;
    while (cursor) {
      const page = await router.list({ sort: { by: 'openedAt', order: 'desc' }, limit: 4, cursor });
      rest.push(...page.cases.map((view) => view.id));
      cursor = page.next;
    }
    const ids = [...first.cases.map((view) => view.id), ...rest];
    expect(new Set(ids).size).toBe(12);
    expect(ids).toEqual([...views].reverse().map((view) => view.id));
  });

  it.each([
    [{ where: { nope: 'x' } }, /not an index field/],
    [{ where: { department: { like: 'x' } } }, /unknown condition 'like'/],
    [{ where: { department: ['a'] } }, /must be a string/],
    [{ limit: 0 }, /limit/],
    [{ limit: 1001 }, /limit/],
    [{ cursor: 'garbage' }, /cursor/],
    [{ sort: { by: 'title' } }, /cannot sort by 'title'/],
    [{ colour: 'red' }, /unknown condition 'colour'/],
  ])('refuses %j with INVALID_INPUT naming the problem', async (query, message) => {
    const router = createTestRouter({ services: [ticket] });
    await expect(router.list(query as never)).rejects.toSatisfy(
      (error: unknown) => isCaseError(error, 'INVALID_INPUT') && message.test((error as Error).message),
    );
  });

  it('a cursor from another sort order is refused', async () => {
    const { router } = await seeded();
    const page = await router.list({ sort: { by: 'dueAt' }, limit: 2 });
    await expect(router.list({ sort: { by: 'updatedAt' }, cursor: page.next! })).rejects.toThrow(
      /another sort/,
    );
  });
});

describe('router.watch (live queues)', () => {
  it('tells entered, changed and left as cases move, from this router and from another on the same store', async () => {
    const store = memoryStore();
    const a = createTestRouter({ services: [ticket], store, feedPollMs: 20 });
    const b = createTestRouter({ services: [ticket], store, clock: a.clock, feedPollMs: 20 });
    const existing = await a.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
    await a.send(existing.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    const seen: string[] = [];
    const stop = await a.watch({ state: 'handling', where: { department: 'env' } }, (change) =>
      seen.push(`${change.type}:${change.case.ref}:${change.case.version}`),
    );
    const fresh = await b.open({ service: 'ticket', input: { district: 'yuexiu' }, via: staff });
    await b.send(fresh.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    await b.send(existing.ref, { type: 'case.notify', to: 'x' }, { via: staff });
    await b.send(existing.ref, { type: 'case.reply', answer: 'fixed' }, { via: staff });
    await expect
      .poll(() => seen)
      .toEqual([`entered:${fresh.ref}:2`, `changed:${existing.ref}:3`, `left:${existing.ref}:4`]);
    stop();
    await Promise.all([a.close(), b.close()]);
  });
});

describe('index fields per service version', () => {
  it('a changed index in a new version applies to the cases on that version', async () => {
    const { defineService: define } = await import('../src/index.js');
    const v2 = define({
      ...ticket,
      version: 2,
      index: { ...ticket.index, district: ({ context }) => `v2:${context.district}` },
    });
    const store = memoryStore();
    const old = createTestRouter({ services: [ticket], store });
    const onV1 = await old.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
    const both = createTestRouter({ services: [ticket, v2], store, clock: old.clock });
    const onV2 = await both.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
    expect((await both.list({ where: { district: 'tianhe' } })).cases.map((view) => view.id)).toEqual([
      onV1.id,
    ]);
    expect((await both.list({ where: { district: 'v2:tianhe' } })).cases.map((view) => view.id)).toEqual([
      onV2.id,
    ]);
    // A command on the v1 case keeps computing its index with v1's functions.
    await both.send(onV1.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    expect(
      (await both.list({ where: { district: 'tianhe', department: 'env' } })).cases.map((view) => view.id),
    ).toEqual([onV1.id]);
  });
});
