import { assign, emit, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type CaseEffect,
  type CaseStore,
  createRouter,
  defineService,
  isCaseError,
  memoryStore,
  type Via,
} from '../src/index.js';
import { noise, TWO_DAYS } from '@onecase/testing/fixtures';

const web: Via = { channel: 'web', actor: { id: 'citizen-1' } };
const counter: Via = { channel: 'counter', actor: { id: 'clerk-1' } };
const input = { address: '1 Zhongshan Rd', description: 'Drilling at 6am' };

function permitV(version: number, steps: string[]) {
  const events = { 'step.next': z.object({}) };
  const states = Object.fromEntries(
    steps.map((step, i) => [
      step,
      i + 1 < steps.length ? { on: { 'step.next': steps[i + 1]! } } : { type: 'final' as const },
    ]),
  );
  const machine = setup({ types: { events: {} as { type: 'step.next' } } }).createMachine({
    id: `permit-v${version}`,
    initial: steps[0]!,
    states,
  });
  return defineService({
    id: 'parking-permit',
    version,
    title: 'Parking permit',
    refPrefix: 'PP',
    machine,
    input: z.object({}),
    events,
    channels: { web: '*' },
  });
}

describe('createRouter', () => {
  it('opens new cases on the highest version while old cases keep theirs', async () => {
    const v1 = permitV(1, ['applied', 'approved']);
    const oldRouter = createRouter({ services: [v1], secret: 's' });
    const store = memoryStore();
    const before = await createRouter({ services: [v1], store, secret: 's' }).open({
      service: 'parking-permit',
      input: {},
      via: web,
    });
    expect(oldRouter.service('parking-permit')?.version).toBe(1);

    const both = createRouter({
      services: [v1, permitV(2, ['applied', 'checked', 'approved'])],
      store,
      secret: 's',
    });
    const after = await both.open({ service: 'parking-permit', input: {}, via: web });
    expect(after.service).toEqual({ id: 'parking-permit', version: 2 });
    expect((await both.send(after.ref, { type: 'step.next' }, { via: web })).state.value).toBe('checked');
    const old = await both.send(before.ref, { type: 'step.next' }, { via: web });
    expect(old.service.version).toBe(1);
    expect(old.state).toMatchObject({ value: 'approved', done: true });
  });

  it('opens on an older registered version when the command names it, and refuses an unknown one', async () => {
    const both = createRouter({
      services: [permitV(1, ['applied', 'approved']), permitV(2, ['applied', 'checked', 'approved'])],
      secret: 's',
    });
    const old = await both.open({ service: 'parking-permit', version: 1, input: {}, via: web });
    expect(old.service).toEqual({ id: 'parking-permit', version: 1 });
    expect((await both.send(old.ref, { type: 'step.next' }, { via: web })).state.value).toBe('approved');
    const keyed = { service: 'parking-permit' as const, input: {}, via: web, idempotencyKey: 'import-1' };
    expect((await both.open({ ...keyed, version: 1 })).service.version).toBe(1);
    // The same key on the newest version is another command, not a retry of the first.
    await expect(both.open(keyed)).rejects.toMatchObject({ code: 'IDEMPOTENCY_MISMATCH' });
    await expect(both.open({ ...keyed, version: 3, idempotencyKey: 'x' })).rejects.toMatchObject({
      code: 'UNKNOWN_SERVICE',
      details: { version: 3, versions: [1, 2] },
    });
    await expect(both.open({ ...keyed, version: 1.5, idempotencyKey: 'y' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('refuses to register the same service version twice or a raw object', () => {
    const v1 = permitV(1, ['a', 'b']);
    expect(() => createRouter({ services: [v1, v1] })).toThrow(/registered twice/);
    expect(() => createRouter({ services: [{ id: 'x' } as never] })).toThrow(/defineService/);
  });

  it('gives the stored outcome for a retried open or send, and records one event', async () => {
    const router = createRouter({ services: [noise], secret: 's' });
    const opened = [
      await router.open({ service: 'noise-complaint', input, via: web, idempotencyKey: 'form-77' }),
      await router.open({ service: 'noise-complaint', input, via: web, idempotencyKey: 'form-77' }),
    ];
    expect(opened[1]!.id).toBe(opened[0]!.id);
    const other = await router.open({
      service: 'noise-complaint',
      input,
      via: web,
      idempotencyKey: 'form-78',
    });
    expect(other.id).not.toBe(opened[0]!.id);
    const mismatch = await router
      .open({
        service: 'noise-complaint',
        input: { ...input, description: 'other' },
        via: web,
        idempotencyKey: 'form-77',
      })
      .catch((e: unknown) => e);
    expect(isCaseError(mismatch, 'IDEMPOTENCY_MISMATCH')).toBe(true);

    const sends = await Promise.all(
      [1, 2, 3].map(() =>
        router.send(opened[0]!.ref, { type: 'info.add', note: 'n' }, { via: web, idempotencyKey: 'add-1' }),
      ),
    );
    expect(sends.map((v) => v.version)).toEqual([2, 2, 2]);
    expect(await router.history(opened[0]!.ref)).toHaveLength(2);
  });

  it('publishes emitted effects after the commit, never for refused commands', async () => {
    const order: string[] = [];
    const base = memoryStore();
    const store: CaseStore = {
      ...base,
      async commit(c) {
        const result = await base.commit(c);
        order.push(`commit v${c.record.version}`);
        return result;
      },
    };
    const router = createRouter({ services: [noise], store, secret: 's' });
    const effects: CaseEffect[] = [];
    router.on('case.effect', ({ effect, case: c }) => {
      order.push(`effect v${c.version}`);
      effects.push(effect);
    });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    await router.send(view.ref, { type: 'case.reply', answer: 'x' }, { via: counter }).catch(() => undefined);
    await router.send(view.ref, { type: 'case.dispatch', department: 'Environment' }, { via: counter });
    expect(effects).toEqual([{ type: 'department.notify', department: 'Environment' }]);
    expect(order).toEqual(['commit v1', 'commit v2', 'effect v2']);
    expect((await router.history(view.ref))[1]!.effects).toEqual(effects);
  });

  it('cancels a timer when its state is left and fires it once with many routers', async () => {
    let now = 0;
    const clock = { now: () => now };
    const store = memoryStore();
    const routers = [1, 2, 3].map(() => createRouter({ services: [noise], store, clock, secret: 's' }));
    const a = routers[0]!;
    const fired: string[] = [];
    for (const r of routers) r.on('timer.fired', ({ case: c }) => fired.push(c.ref));

    const left = await a.open({ service: 'noise-complaint', input, via: web });
    await a.send(left.ref, { type: 'case.dispatch', department: 'd' }, { via: counter });
    await a.send(left.ref, { type: 'case.reply', answer: 'fixed' }, { via: counter });
    expect(await a.timers(left.ref)).toEqual([]);

    const waiting = await a.open({ service: 'noise-complaint', input, via: web });
    await a.send(waiting.ref, { type: 'case.dispatch', department: 'd' }, { via: counter });
    now += TWO_DAYS - 1;
    expect(await a.runDueTimers()).toBe(0);
    now += 1;
    const counts = await Promise.all(routers.map((r) => r.runDueTimers()));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(1);
    expect(fired).toEqual([waiting.ref]);
    expect((await a.get(waiting.ref)).context).toMatchObject({ reminders: 1 });
    expect(await a.timers(waiting.ref)).toHaveLength(1);
  });

  it('fires overdue timers as soon as a new router starts its scheduler', async () => {
    let now = 0;
    const store = memoryStore();
    const first = createRouter({ services: [noise], store, clock: { now: () => now }, secret: 's' });
    const view = await first.open({ service: 'noise-complaint', input, via: web });
    await first.send(view.ref, { type: 'case.dispatch', department: 'd' }, { via: counter });
    await first.close();
    now += 3 * TWO_DAYS;
    const restarted = createRouter({ services: [noise], store, clock: { now: () => now }, secret: 's' });
    const fired = new Promise((resolve) => restarted.on('timer.fired', resolve));
    restarted.startScheduler({ intervalMs: 60_000 });
    await fired;
    await restarted.close();
    expect((await restarted.get(view.ref)).context).toMatchObject({ reminders: 1 });
  });

  it('verify() detects an edited or a removed event', async () => {
    const base = memoryStore();
    let tamper: ((events: Awaited<ReturnType<CaseStore['events']>>) => typeof events) | undefined;
    const store: CaseStore = {
      ...base,
      async events(caseId, options) {
        const events = await base.events(caseId, options);
        return tamper ? tamper(events) : events;
      },
    };
    const router = createRouter({ services: [noise], store, secret: 's' });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    for (const note of ['one', 'two', 'three'])
      await router.send(view.ref, { type: 'info.add', note }, { via: web });
    expect(await router.verify(view.ref)).toMatchObject({ ok: true, events: 4 });

    tamper = (events) => events.map((e) => (e.seq === 2 ? { ...e, payload: { note: 'edited' } } : e));
    const edited = await router.verify(view.ref);
    expect(edited.ok).toBe(false);
    expect(edited.problems[0]).toMatchObject({ seq: 2, problem: expect.stringMatching(/edited/) });

    tamper = (events) => events.filter((e) => e.seq !== 3);
    expect((await router.verify(view.ref)).problems.map((p) => p.problem).join()).toMatch(/removed/);

    tamper = (events) => events.slice(0, -1);
    expect((await router.verify(view.ref)).ok).toBe(false);
  });

  it('hands out views that callers cannot use to change the stored case', async () => {
    const router = createRouter({ services: [noise], secret: 's' });
    const view = await router.open({ service: 'noise-complaint', input, via: web });
    expect(() => (view.context as { notes: string[] }).notes.push('sneaky')).toThrow(TypeError);
    const history = await router.history(view.ref);
    expect(() => {
      (history[0]!.payload as { address: string }).address = 'changed';
    }).toThrow();
    const again = await router.get(view.ref);
    expect((again.context as { notes: string[] }).notes).toEqual([]);
    expect((await router.history(view.ref))[0]!.payload).toMatchObject({ address: input.address });
  });

  it('gives timers their event time from the router clock and keeps machine timestamps from event.at', async () => {
    const events = { 'case.note': z.object({}) };
    const machine = setup({
      types: { context: {} as { seenAt: number[] }, events: {} as { type: 'case.note'; at: number } },
    }).createMachine({
      context: { seenAt: [] },
      on: {
        'case.note': {
          actions: [
            assign({ seenAt: ({ context, event }) => [...context.seenAt, event.at] }),
            emit({ type: 'noted' }),
          ],
        },
      },
    });
    const svc = defineService({
      id: 'stamp',
      version: 1,
      title: 'Stamp',
      refPrefix: 'ST',
      machine,
      input: z.object({}),
      events,
      channels: { web: '*' },
    });
    let now = 1_000;
    const router = createRouter({ services: [svc], clock: { now: () => now }, secret: 's' });
    const view = await router.open({ service: 'stamp', input: {}, via: web });
    now = 5_000;
    const after = await router.send(view.ref, { type: 'case.note' }, { via: web });
    expect(after.context).toEqual({ seenAt: [5_000] });
    expect(after.updatedAt).toBe(5_000);
    expect(after.openedAt).toBe(1_000);
  });
});
