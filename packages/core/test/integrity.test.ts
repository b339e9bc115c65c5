import { createFakeClock } from '@onecase/testing';
import { noise, TWO_DAYS } from '@onecase/testing/fixtures';
import { describe, expect, it } from 'vitest';
import {
  type CaseRecord,
  type CaseStore,
  citizenKeys,
  createRouter,
  isCaseError,
  isTamperedError,
  memoryStore,
  TAMPERED_REASON,
} from '../src/index.js';
import { freshRouter, input, secret, staff, tamperableStore, web } from './integrity.fixtures.js';

async function openedCase(store: CaseStore, citizen = { phone: '13800138000' }) {
  const router = freshRouter(store);
  const view = await router.open({ service: 'noise-complaint', input, via: web, citizen });
  return { router, view };
}

const problems = async (router: ReturnType<typeof freshRouter>, ref: string) =>
  (await router.verify(ref)).problems.map((p) => p.problem).join('\n');

describe('signed case records', () => {
  it('refuses a case whose snapshot was replaced, so it never takes an event its real state forbids', async () => {
    const db = tamperableStore();
    const { router, view } = await openedCase(db.store);
    await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    await router.send(view.ref, { type: 'case.reply', answer: 'done' }, { via: staff });
    const replied = (await db.store.load(view.id))!;
    expect(replied.snapshot).toMatchObject({ status: 'done' });
    // The attacker puts the snapshot of a case still being handled in place of the closed one.
    const handling = { ...(replied.snapshot as object), status: 'active', value: 'handling' };
    db.replace(view.id, { ...replied, snapshot: handling });

    const node = freshRouter(db.store);
    const errors: unknown[] = [];
    node.on('error', ({ error }) => errors.push(error));
    const withdraw = node.send(view.ref, { type: 'case.withdraw' }, { via: web });
    await expect(withdraw).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      details: { reason: TAMPERED_REASON, caseId: view.id },
    });
    await expect(node.get(view.ref)).rejects.toSatisfy(isTamperedError);
    expect(errors.some(isTamperedError)).toBe(true);
    const found = await problems(node, view.ref);
    expect(found).toMatch(/does not match its signature/);
    expect(found).toMatch(/snapshot is not what the events produce/);
    // Nothing was decided on it: still the three genuine events.
    expect(await db.store.events(view.id)).toHaveLength(3);
  });

  it('refuses a case moved to another citizen, for her and for everyone', async () => {
    const db = tamperableStore();
    const { view } = await openedCase(db.store);
    const record = (await db.store.load(view.id))!;
    const other = { phone: '13900139000' };
    db.replace(view.id, { ...record, citizenKeys: citizenKeys(secret, other) });
    const node = freshRouter(db.store);
    await expect(node.find(other)).rejects.toSatisfy(isTamperedError);
    await expect(node.get(view.ref)).rejects.toSatisfy(isTamperedError);
    expect(await problems(node, view.ref)).toMatch(/does not match its signature/);
  });

  it.each([
    [
      'opened_via',
      (r: CaseRecord) => ({ ...r, openedVia: { channel: 'counter', actor: { id: 'clerk-x' } } }),
    ],
    ['service_version', (r: CaseRecord) => ({ ...r, serviceVersion: 2 })],
    ['the queryable fields', (r: CaseRecord) => ({ ...r, search: { ...r.search!, tags: [] } })],
  ])('refuses a record whose %s was edited, in get, list and find', async (_, edit) => {
    const db = tamperableStore();
    const { view } = await openedCase(db.store);
    db.replace(view.id, edit((await db.store.load(view.id))!));
    const node = freshRouter(db.store);
    await expect(node.get(view.ref)).rejects.toSatisfy(isTamperedError);
    await expect(node.list({ service: 'noise-complaint' })).rejects.toSatisfy(isTamperedError);
    await expect(node.find({ phone: '13800138000' })).rejects.toSatisfy(isTamperedError);
  });

  it('leaves a tampered record out of the change feed instead of publishing it', async () => {
    const db = tamperableStore();
    const { router, view } = await openedCase(db.store);
    const node = createRouter({ services: [noise], store: db.store, secret, feedPollMs: 10 });
    const seen: string[] = [];
    const errors: unknown[] = [];
    node.on('error', ({ error }) => errors.push(error));
    node.on('case.changed', ({ case: c }) => seen.push(c.ref), { from: 'start' });
    await expect.poll(() => seen).toEqual([view.ref]);
    db.patch(view.id, (record) => ({ ...record, openedAt: 1 }));
    await router.send(view.ref, { type: 'info.add', note: 'again' }, { via: web });
    await expect.poll(() => errors.filter(isTamperedError).length).toBeGreaterThan(0);
    expect(seen).toEqual([view.ref]);
    await node.close();
  });

  it('serves a record written before signatures and signs it at its next commit; refuses it when signatures are required', async () => {
    const base = memoryStore();
    const unsigning: CaseStore = {
      ...base,
      commit: ({ record, ...rest }) => {
        const { signature: _s, armedTimers: _t, ...old } = record;
        return base.commit({ ...rest, record: old });
      },
    };
    const { view } = await openedCase(unsigning);
    const strict = freshRouter(base, { requireSignedRecords: true });
    await expect(strict.get(view.ref)).rejects.toMatchObject({
      details: { reason: TAMPERED_REASON, problem: 'the record is not signed' },
    });
    expect(await strict.verify(view.ref)).toMatchObject({
      ok: false,
      problems: [{ problem: 'the record is not signed' }],
    });
    const upgrading = freshRouter(base);
    expect((await upgrading.get(view.ref)).version).toBe(1);
    expect(await upgrading.verify(view.ref)).toMatchObject({ ok: true });
    await upgrading.send(view.ref, { type: 'info.add', note: 'after the upgrade' }, { via: web });
    expect((await base.load(view.id))?.signature).toEqual(expect.any(String));
    expect((await strict.get(view.ref)).version).toBe(2);
    expect(await strict.verify(view.ref)).toMatchObject({ ok: true, problems: [] });
  });

  it('without required signatures, a removed signature hides a moved citizen but not a replaced snapshot from verify()', async () => {
    const db = tamperableStore();
    const { view } = await openedCase(db.store);
    db.patch(view.id, ({ signature: _, ...record }) => ({
      ...record,
      snapshot: { ...(record.snapshot as object), value: 'handling' },
      openedVia: { channel: 'counter', actor: { id: 'clerk-x' } },
    }));
    const lenient = freshRouter(db.store);
    expect((await lenient.get(view.ref)).state.value).toBe('handling');
    expect(await problems(lenient, view.ref)).toMatch(
      /opened-via[\s\S]*snapshot is not what the events produce/,
    );
    await expect(freshRouter(db.store, { requireSignedRecords: true }).get(view.ref)).rejects.toSatisfy(
      isTamperedError,
    );
  });

  it('signs every unsigned record once with signRecords(), except one whose audit fails', async () => {
    const base = memoryStore();
    const db = tamperableStore(base);
    const unsigning: CaseStore = {
      ...base,
      commit: ({ record, ...rest }) => {
        const { signature: _s, armedTimers: _t, ...old } = record;
        return base.commit({ ...rest, record: old });
      },
    };
    const { router, view: dormant } = await openedCase(unsigning);
    await router.send(dormant.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    const edited = await router.open({ service: 'noise-complaint', input, via: web });
    db.patch(edited.id, (record) => ({
      ...record,
      snapshot: { ...(record.snapshot as object), value: 'handling' },
    }));

    const upgrading = freshRouter(db.store);
    const report = await upgrading.signRecords();
    expect(report).toEqual({
      signed: 1,
      alreadySigned: 0,
      refused: [{ caseId: edited.id, problems: ['the stored snapshot is not what the events produce'] }],
    });
    expect(await upgrading.signRecords()).toMatchObject({ signed: 0, alreadySigned: 1 });
    const strict = freshRouter(db.store, { requireSignedRecords: true });
    expect(await strict.verify(dormant.ref)).toMatchObject({ ok: true });
    expect((await base.load(dormant.id))?.armedTimers).toEqual(await base.timers(dormant.id));
    await expect(strict.get(edited.ref)).rejects.toSatisfy(isTamperedError);
  });
});

describe('verify() replays the events', () => {
  it('is ok for a case that went through timers, effects and many events', async () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 5));
    const router = createRouter({ services: [noise], clock, secret });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    clock.advance(TWO_DAYS);
    expect(await router.runDueTimers()).toBe(1);
    await router.send(view.ref, { type: 'info.add', note: 'still loud' }, { via: web });
    expect(await router.verify(view.ref)).toEqual({ ok: true, caseId: view.id, events: 4, problems: [] });
  });

  it('reports an armed deadline timer that was deleted, which would never fire', async () => {
    const store = memoryStore();
    const clock = createFakeClock(Date.UTC(2026, 0, 5));
    const router = createRouter({ services: [noise], store, clock, secret });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    const [deadline] = await store.timers(view.id);
    await store.deleteTimer(deadline!.id);
    const report = await router.verify(view.ref);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { seq: 2, problem: expect.stringMatching(new RegExp(`timer ${deadline!.id} .*not stored`)) },
    ]);
  });

  it('refuses to fire a timer whose due time was moved, and reports it', async () => {
    const base = memoryStore();
    const clock = createFakeClock(Date.UTC(2026, 0, 5));
    let shift = 0;
    const store: CaseStore = {
      ...base,
      claimDueTimers: async (now, claim) =>
        (await base.claimDueTimers(now + shift, claim)).map((t) => ({ ...t, dueAt: t.dueAt - shift })),
      timers: async (caseId) => (await base.timers(caseId)).map((t) => ({ ...t, dueAt: t.dueAt - shift })),
    };
    const router = createRouter({ services: [noise], store, clock, secret });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    await router.send(view.ref, { type: 'case.dispatch', department: 'env' }, { via: staff });
    shift = TWO_DAYS; // the deadline now reads as due at once
    const errors: unknown[] = [];
    router.on('error', ({ error }) => errors.push(error));
    expect(await router.runDueTimers()).toBe(0);
    expect((await router.get(view.ref)).context).toMatchObject({ reminders: 0 });
    expect(errors.some(isTamperedError)).toBe(true);
    expect(await problems(router, view.ref)).toMatch(/is due at .*not .* as armed/);
  });
});

describe('audit checkpoints', () => {
  it('detect a case rolled back to an earlier head and a case removed, which verify() cannot', async () => {
    const db = tamperableStore();
    const { router, view } = await openedCase(db.store);
    const other = await router.open({ service: 'noise-complaint', input, via: web });
    await router.send(view.ref, { type: 'info.add', note: 'one' }, { via: web });
    const earlier = (await db.store.load(view.id))!;
    await router.send(view.ref, { type: 'info.add', note: 'two' }, { via: web });
    await router.send(view.ref, { type: 'info.add', note: 'three' }, { via: web });
    const checkpoint = JSON.parse(JSON.stringify(await router.auditCheckpoint()));
    expect(checkpoint).toMatchObject({ cases: 2, heads: expect.any(Array) });
    expect(await router.verifyCheckpoint(checkpoint)).toMatchObject({ ok: true, problems: [] });

    // Truncate the last two events and roll the head back to the stored, signed version 2.
    db.truncate(view.id, 2);
    db.replace(view.id, earlier);
    db.replace(other.id, null);
    const node = freshRouter(db.store);
    expect(await node.verify(view.ref)).toMatchObject({ ok: true });
    const report = await node.verifyCheckpoint(checkpoint);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        {
          caseId: view.id,
          problem: 'rolled-back',
          expected: { version: 4, lastHash: expect.any(String) },
          found: { version: 2, lastHash: earlier.lastHash },
        },
        {
          caseId: other.id,
          problem: 'removed',
          expected: { version: 1, lastHash: other.id && expect.any(String) },
        },
      ]),
    );
    expect(report.problems).toHaveLength(2);
  });

  it('accepts cases that moved on since and refuses a checkpoint that was edited or signed by another secret', async () => {
    const store = memoryStore();
    const { router, view } = await openedCase(store);
    const checkpoint = await router.auditCheckpoint();
    await router.send(view.ref, { type: 'info.add', note: 'later' }, { via: web });
    await router.open({ service: 'noise-complaint', input, via: web });
    expect(await router.verifyCheckpoint(checkpoint)).toMatchObject({ ok: true, cases: 1 });

    const edited = { ...checkpoint, heads: checkpoint.heads.filter(([id]) => id !== view.id), cases: 0 };
    const refusal = await router.verifyCheckpoint(edited).catch((e) => e);
    expect(isCaseError(refusal, 'INVALID_INPUT')).toBe(true);
    const stranger = createRouter({ services: [noise], store, secret: 'another-secret' });
    await expect(stranger.verifyCheckpoint(checkpoint)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
