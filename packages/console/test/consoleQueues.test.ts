import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { queuesFor, scopeOf } from '../app/src/console/queues.js';
import { centre, dept, order, web } from './workOrderFixture.js';

const lamp = { category: 'lamp' as const, description: '路灯不亮', address: '东城区安定门街道12号楼' };
const handler = { id: '王芳', role: 'department-handler', unit: 'east-a-office', channels: ['department'] };
const agent = { id: '张敏', role: 'centre-agent', unit: 'centre', channels: ['centre'] };

describe('the console work queues', () => {
  it("counts each role's queues on the router: new for the centre, to sign for and overdue for the department", async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
    const count = async (me: typeof agent, id: string) =>
      router.count(queuesFor(me, router.clock.now()).find((queue) => queue.id === id)!.query);
    const first = await router.open({ service: 'street-report', input: lamp, via: web });
    await router.open({ service: 'street-report', input: lamp, via: web });
    expect(await count(agent, 'new')).toBe(2);
    expect(await count(handler, 'toSignFor')).toBe(0);

    const dispatched = await router.send(first.ref, { type: 'order.dispatch' }, { via: centre });
    const dueAt = (dispatched.context as { clock: { dueAt: number } }).clock.dueAt;
    expect(await count(agent, 'new')).toBe(1);
    expect(await count(handler, 'toSignFor')).toBe(1);
    // Due soon in the last four hours before the sign-for deadline, overdue after it.
    expect(await count(handler, 'dueSoon')).toBe(0);
    await router.advance(dueAt - router.clock.now() - 3_600_000);
    expect(await count(handler, 'dueSoon')).toBe(1);
    await router.advance('2h');
    await router.runDueTimers();
    expect(await count(handler, 'overdue')).toBe(1);
    // Another department's handler sees none of it.
    expect(await count({ ...handler, unit: 'city-roads' }, 'overdue')).toBe(0);
    await router.send(
      first.ref,
      { type: 'order.signFor', department: 'east-a-office' },
      { via: dept('east-a-office') },
    );
    expect(await count(handler, 'inHand')).toBe(1);
  });

  it('scopes a district supervisor to the district and a city supervisor to everything open', () => {
    expect(scopeOf({ id: 'z', role: 'supervisor', unit: 'east', channels: ['centre'] }).where).toMatchObject({
      district: 'east',
    });
    expect(
      scopeOf({ id: 'z', role: 'supervisor', unit: 'city', channels: ['centre'] }).where,
    ).not.toHaveProperty('district');
    expect(scopeOf(handler).where).toMatchObject({ department: 'east-a-office' });
    expect(scopeOf(agent).sort).toEqual({ by: 'dueAt' });
  });
});
