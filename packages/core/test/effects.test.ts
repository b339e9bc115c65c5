import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { type CaseStore, memoryStore, routerUnreachable } from '../src/index.js';
import { staff, ticket } from './backOffice.fixtures.js';

const fast = { pollMs: 10, baseDelayMs: 0, maxDelayMs: 0 };

async function dispatched(router: ReturnType<typeof createTestRouter<[typeof ticket]>>, department = 'env') {
  const view = await router.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
  await router.send(view.ref, { type: 'case.dispatch', department }, { via: staff });
  return view;
}

describe('durable effects', () => {
  it('stores each effect with the commit under a stable id, delivered once to its handler', async () => {
    const router = createTestRouter({ services: [ticket] });
    const delivered: { id: string; department: unknown; attempt: number; ref: string }[] = [];
    const stop = router.handleEffects(
      {
        'department.notify': ({ id, effect, attempt, case: view }) =>
          void delivered.push({ id, department: effect.department, attempt, ref: view.ref }),
      },
      fast,
    );
    const view = await dispatched(router);
    await expect
      .poll(() => delivered)
      .toEqual([{ id: `${view.id}:2:0`, department: 'env', attempt: 1, ref: view.ref }]);
    await expect
      .poll(async () => (await router.effects(view.ref)).map((effect) => effect.state))
      .toEqual(['done']);
    await stop();
  });

  it('a handler that throws 3 times then succeeds is attempted 4 times', async () => {
    const router = createTestRouter({ services: [ticket] });
    const attempts: number[] = [];
    const stop = router.handleEffects(
      {
        'department.notify': ({ attempt }) => {
          attempts.push(attempt);
          if (attempt <= 3) throw new Error(`down ${attempt}`);
        },
      },
      fast,
    );
    const view = await dispatched(router);
    await expect.poll(() => attempts, { timeout: 3000 }).toEqual([1, 2, 3, 4]);
    await expect.poll(async () => (await router.effects(view.ref))[0]?.state).toBe('done');
    await stop();
  });

  it('dead-letters after maxAttempts with the last error, and a redrive delivers it', async () => {
    const router = createTestRouter({ services: [ticket] });
    let healthy = false;
    let calls = 0;
    const stop = router.handleEffects(
      {
        'department.notify': () => {
          calls++;
          if (!healthy) throw new Error('the SMS gateway is down');
        },
      },
      { ...fast, maxAttempts: 3 },
    );
    const view = await dispatched(router);
    await expect
      .poll(async () => (await router.failedEffects()).map((effect) => effect.id))
      .toEqual([`${view.id}:2:0`]);
    const [dead] = await router.failedEffects();
    expect(dead).toMatchObject({ state: 'dead', attempts: 3, lastError: 'the SMS gateway is down' });
    expect(calls).toBe(3);
    healthy = true;
    expect(await router.retryEffect(dead!.id)).toBe(true);
    await expect.poll(async () => (await router.effects(view.ref))[0]?.state).toBe('done');
    expect(await router.failedEffects()).toEqual([]);
    expect(await router.retryEffect('no-such-effect')).toBe(false);
    await stop();
  });

  it('an effect no node handles stays pending, never dropped', async () => {
    const router = createTestRouter({ services: [ticket] });
    const stop = router.handleEffects({ 'sms.send': () => {} }, fast);
    const view = await dispatched(router);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await router.effects(view.ref)).map((effect) => [effect.type, effect.state])).toEqual([
      ['department.notify', 'pending'],
    ]);
    await stop();
  });

  it('a lost reply retried with its key still delivers the effect exactly once to a deduplicating handler', async () => {
    const store = memoryStore();
    const router = createTestRouter({ services: [ticket], store });
    const view = await router.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
    let lose = true;
    const lossy: CaseStore = {
      ...store,
      async commit(input) {
        const result = await store.commit(input);
        if (lose) {
          lose = false;
          throw routerUnreachable('reply lost');
        }
        return result;
      },
    };
    const client = createTestRouter({ services: [ticket], store: lossy, clock: router.clock });
    const command = { type: 'case.dispatch', department: 'env' } as const;
    await expect(client.send(view.ref, command, { via: staff, idempotencyKey: 'k1' })).rejects.toThrow();
    await client.send(view.ref, command, { via: staff, idempotencyKey: 'k1' });
    const handled = new Set<string>();
    let deliveries = 0;
    const stop = router.handleEffects(
      {
        'department.notify': ({ id }) => {
          deliveries++;
          handled.add(id);
        },
      },
      fast,
    );
    await expect.poll(() => handled.size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(deliveries).toBe(1);
    await Promise.all([stop(), client.close(), router.close()]);
  });

  it('three routers × many effects: each delivered, never by two at once', async () => {
    const store = memoryStore();
    const routers = [0, 1, 2].map(() => createTestRouter({ services: [ticket], store }));
    const inFlight = new Set<string>();
    const done = new Map<string, number>();
    let overlap = 0;
    const stops = routers.map((router) =>
      router.handleEffects(
        {
          'sms.send': async ({ id }) => {
            if (inFlight.has(id)) overlap++;
            inFlight.add(id);
            await new Promise((resolve) => setTimeout(resolve, 1));
            inFlight.delete(id);
            done.set(id, (done.get(id) ?? 0) + 1);
          },
        },
        { ...fast, batch: 16 },
      ),
    );
    const view = await routers[0]!.open({ service: 'ticket', input: { district: 'tianhe' }, via: staff });
    for (let i = 0; i < 300; i++)
      await routers[i % 3]!.send(view.ref, { type: 'case.notify', to: `p${i}` }, { via: staff });
    await expect.poll(() => done.size, { timeout: 10_000 }).toBe(300);
    expect(overlap).toBe(0);
    expect([...done.values()].every((n) => n === 1)).toBe(true);
    await Promise.all(stops.map((stop) => stop()));
  });

  it('case.effect is an in-process notice on the committing router only', async () => {
    const store = memoryStore();
    const a = createTestRouter({ services: [ticket], store, feedPollMs: 10 });
    const b = createTestRouter({ services: [ticket], store, clock: a.clock, feedPollMs: 10 });
    const onA: string[] = [];
    const onB: string[] = [];
    const changedOnB: number[] = [];
    a.on('case.effect', ({ effect, remote }) => onA.push(`${effect.type}:${remote}`));
    b.on('case.effect', ({ effect }) => onB.push(effect.type));
    b.on('case.changed', ({ event }) => changedOnB.push(event.seq));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await dispatched(a);
    await expect.poll(() => changedOnB).toEqual([1, 2]);
    expect(onA).toEqual(['department.notify:false']);
    expect(onB).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it('close() waits for deliveries in flight', async () => {
    const router = createTestRouter({ services: [ticket] });
    let finished = false;
    let started = false;
    router.handleEffects(
      {
        'department.notify': async () => {
          started = true;
          await new Promise((resolve) => setTimeout(resolve, 50));
          finished = true;
        },
      },
      fast,
    );
    await dispatched(router);
    await expect.poll(() => started).toBe(true);
    await router.close();
    expect(finished).toBe(true);
  });
});
