import type { CaseEffect } from '@onecase/core';
import { coverWorkflow, createFakeClock, createTestRouter, workflowSpec } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import type { WorkOrderContext } from '../src/index.js';
import { centre, cst, dept, iso, order, web } from './fixtures.js';

const lampInput = {
  category: 'lamp' as const,
  description: '路灯不亮三天了',
  address: '东城区安定门街道12号楼',
};

async function setup(start = '2026-03-02T10:00:00+08:00') {
  const router = createTestRouter({ services: [order], clock: createFakeClock(start) });
  const effects: CaseEffect[] = [];
  router.on('case.effect', ({ effect }) => effects.push(effect));
  const opened = await router.open({ service: 'street-report', input: lampInput, via: web });
  const context = async () => (await router.get(opened.ref)).context as WorkOrderContext;
  return { router, effects, ref: opened.ref, context };
}

describe('defineWorkOrder: the closed loop through a router', () => {
  it("lists the department's events as allowed once it has something to sign for or answer", async () => {
    const { router, ref } = await setup();
    expect((await router.get(ref)).allowed.department).toEqual(['info.add']);
    const dispatched = await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    expect(dispatched.allowed.department).toEqual(['info.add', 'order.signFor', 'order.return']);
    const signed = await router.send(
      ref,
      { type: 'order.signFor', department: 'east-a-office' },
      { via: dept('east-a') },
    );
    expect(signed.allowed.department).toEqual(
      expect.arrayContaining(['order.extend', 'order.suspend', 'order.reply']),
    );
    // Still only the lead may act: the payload decides.
    await expect(
      router.send(
        ref,
        { type: 'order.reply', department: 'east-power', answer: '已修复' },
        { via: dept('east') },
      ),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
  });

  it('receives, dispatches by the directory, signs for, replies, visits and closes', async () => {
    const { router, effects, ref, context } = await setup();
    expect(await context()).toMatchObject({
      unit: 'east-a',
      district: 'east',
      street: 'east-a',
      suggested: { routed: true, lead: 'east-a-office', coHandlers: ['east-power'] },
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    expect(effects.at(-1)).toMatchObject({
      type: 'order.dispatched',
      lead: 'east-a-office',
      coHandlers: ['east-power'],
    });
    // sign-for: 1 working day from Mon 10:00 → close of business Tue 17:30
    expect(iso((await context()).clock?.dueAt)).toBe('2026-03-03T17:30:00+08:00');
    await router.advance('2h');
    const signed = await router.send(
      ref,
      { type: 'order.signFor', department: 'east-a-office' },
      { via: dept('east-a') },
    );
    expect(signed.state.value).toBe('handling');
    // lamp: 3 working days from the sign-for (Mon 12:00) → Thu 17:30
    expect(iso((await context()).clock?.dueAt)).toBe('2026-03-05T17:30:00+08:00');
    await router.send(
      ref,
      { type: 'order.reply', department: 'east-a-office', answer: '已更换灯泡' },
      { via: dept('east-a') },
    );
    expect(effects.at(-1)).toMatchObject({ type: 'citizen.reply', answer: '已更换灯泡' });
    // The hotline's return visit sends the city-wide `visit.rate { score }`.
    const hotline = { channel: 'hotline', actor: { id: 'agent-12' } };
    const closed = await router.send(ref, { type: 'visit.rate', score: 5 }, { via: hotline });
    expect(closed.state.value).toBe('closed');
    const { facts, log } = await context();
    expect(facts).toMatchObject({
      closeReason: 'rated',
      satisfaction: 5,
      resolved: null,
      signForMissed: false,
      resolveMissed: false,
    });
    expect(log.map((f) => f.type)).toEqual([
      'order.received',
      'order.dispatched',
      'order.signedFor',
      'order.replied',
      'order.rated',
    ]);
  });

  it('tells the department of notes and urging only once there is one', async () => {
    const { router, ref, effects, context } = await setup();
    await router.send(ref, { type: 'info.add', note: '灯杆上有编号 A-17' }, { via: web });
    await router.send(ref, { type: 'case.urge' }, { via: web });
    expect(effects).toEqual([]);
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(ref, { type: 'case.urge' }, { via: web });
    expect(effects.map((e) => e.type)).toEqual(['order.dispatched', 'department.urged']);
    expect(effects.at(-1)).toMatchObject({ department: 'east-a-office' });
    const ctx = await context();
    expect(ctx.urges).toBe(2);
    expect(ctx.notes.map((n) => n.note)).toEqual(['灯杆上有编号 A-17']);
    expect(ctx.log.filter((f) => f.type === 'case.urged').map((f) => f.department)).toEqual([
      null,
      'east-a-office',
    ]);
  });

  it('lets only the lead department sign for, reply or return', async () => {
    const { router, ref } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await expect(
      router.send(ref, { type: 'order.signFor', department: 'east-power' }, { via: dept('east-power') }),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
    await expect(
      router.send(ref, { type: 'order.signFor', department: 'east-a-office' }, { via: web }),
    ).rejects.toMatchObject({ code: 'CHANNEL_FORBIDDEN' });
  });

  it('退单 then 改派: the centre re-dispatches and the sign-for clock restarts', async () => {
    const { router, ref, context, effects } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.advance('3h');
    const returned = await router.send(
      ref,
      {
        type: 'order.return',
        department: 'east-a-office',
        reason: '属于区道路所职责',
        rule: '《城市道路管理条例》第十条',
      },
      { via: dept('east-a') },
    );
    expect(returned.state.value).toBe('returned');
    expect(effects.at(-1)).toMatchObject({ type: 'centre.review', rule: '《城市道路管理条例》第十条' });
    await router.advance('1d');
    await router.send(ref, { type: 'order.redispatch', lead: 'east-roads' }, { via: centre });
    const ctx = await context();
    expect(ctx.lead).toBe('east-roads');
    // re-dispatched Tue 13:00 → due Wed 17:30, not Tue 17:30 as the first dispatch
    expect(iso(ctx.clock?.dueAt)).toBe('2026-03-04T17:30:00+08:00');
    expect(ctx.facts).toMatchObject({ returns: 1, firstDispatchedAt: cst('2026-03-02T10:00:00') });
    expect(ctx.log.find((f) => f.type === 'order.returned')).toMatchObject({
      rule: '《城市道路管理条例》第十条',
    });
  });

  it('退单 then the centre insists: back to the same department with a fresh clock', async () => {
    const { router, ref, context } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(
      ref,
      { type: 'order.return', department: 'east-a-office', reason: '不归我们', rule: '三定方案' },
      { via: dept('x') },
    );
    await router.advance('1d');
    const view = await router.send(ref, { type: 'order.insist', note: '路灯属街道管养' }, { via: centre });
    expect(view.state.value).toBe('dispatched');
    expect((await context()).lead).toBe('east-a-office');
    expect(iso((await context()).clock?.dueAt)).toBe('2026-03-04T17:30:00+08:00');
  });

  it('延期: an approved extension moves the deadline; a refused one does not; none after the deadline', async () => {
    const { router, ref, context } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(ref, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    const due = (await context()).clock!.dueAt; // Thu 5 Mar 17:30
    await router.send(
      ref,
      { type: 'order.extend', department: 'east-a-office', by: '2wd', reason: '需更换线缆' },
      { via: dept('a') },
    );
    await expect(
      router.send(
        ref,
        { type: 'order.extend', department: 'east-a-office', by: '2wd', reason: 'again' },
        { via: dept('a') },
      ),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
    await router.send(ref, { type: 'order.refuseExtension', reason: '材料不足' }, { via: centre });
    expect((await context()).clock!.dueAt).toBe(due);
    await router.send(
      ref,
      { type: 'order.extend', department: 'east-a-office', by: '2wd', reason: '需更换线缆' },
      { via: dept('a') },
    );
    await router.send(ref, { type: 'order.approveExtension' }, { via: centre });
    expect(iso((await context()).clock!.dueAt)).toBe('2026-03-09T17:30:00+08:00');
    expect((await context()).facts.extensions).toBe(1);
    await router.clock.set(cst('2026-03-10T09:00:00'));
    await expect(
      router.send(
        ref,
        { type: 'order.extend', department: 'east-a-office', by: '1wd', reason: 'late' },
        { via: dept('a') },
      ),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
  });

  it('挂起 pauses the clock and resuming continues it with the working time that was left', async () => {
    const { router, ref, context, effects } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(ref, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    // Thu 5 Mar 15:30: two working hours left before the Thu 17:30 deadline
    router.clock.set(cst('2026-03-05T15:30:00'));
    await router.runDueTimers(); // the 催办 reminder, due now
    await router.send(
      ref,
      { type: 'order.suspend', department: 'east-a-office', reason: '等待市民提供照片' },
      { via: dept('a') },
    );
    const remindsBefore = effects.filter((e) => e.type === 'escalation.remind').length;
    expect(await router.advance('7d')).toBe(0); // no timer while suspended
    expect(effects.filter((e) => e.type === 'deadline.missed')).toHaveLength(0);
    await router.send(ref, { type: 'order.resume', department: 'east-a-office' }, { via: dept('a') });
    // resumed Thu 12 Mar 15:30 with 2 wh left → Thu 17:30
    expect(iso((await context()).clock!.dueAt)).toBe('2026-03-12T17:30:00+08:00');
    expect(remindsBefore).toBe(1);
    await router.advance('3h');
    expect(effects.filter((e) => e.type === 'escalation.remind')).toHaveLength(1); // not reminded twice
    expect((await context()).facts.resolveMissed).toBe(true);
  });

  it('催办 → 超时 → 督办 → 通报 on working time, each an effect and a fact', async () => {
    const { router, ref, context, effects } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    const ladder = () =>
      effects
        .filter((e) => e.type.startsWith('escalation.') || e.type === 'deadline.missed')
        .map((e) => e.type);
    router.clock.set(cst('2026-03-03T15:29:00'));
    expect(await router.runDueTimers()).toBe(0);
    await router.advance('1m'); // Tue 15:30: 2 working hours before the sign-for deadline
    expect(ladder()).toEqual(['escalation.remind']);
    await router.advance('2h'); // Tue 17:30
    expect(ladder()).toEqual(['escalation.remind', 'deadline.missed']);
    router.clock.set(cst('2026-03-04T09:59:00'));
    await router.runDueTimers();
    expect(ladder()).toHaveLength(2);
    await router.advance('1m'); // Wed 10:00: one working hour after the missed deadline
    expect(ladder().at(-1)).toBe('escalation.supervise');
    router.clock.set(cst('2026-03-11T17:30:00')); // 5 working days later
    await router.runDueTimers();
    expect(ladder()).toEqual([
      'escalation.remind',
      'deadline.missed',
      'escalation.supervise',
      'escalation.criticise',
    ]);
    const ctx = await context();
    expect(ctx.facts.signForMissed).toBe(true);
    expect(ctx.log.filter((f) => f.type.startsWith('escalation.')).map((f) => f.level)).toEqual([
      '催办',
      '督办',
      '通报',
    ]);
    const history = await router.history(ref);
    expect(history.filter((e) => e.type.startsWith('xstate.after.')).length).toBe(4);
  });

  it('并单: the duplicate follows the master, whose reply tells both citizens', async () => {
    const { router, ref: master, effects } = await setup();
    const duplicate = (await router.open({ service: 'street-report', input: lampInput, via: web })).ref;
    const merged = await router.send(duplicate, { type: 'order.merge', master }, { via: centre });
    expect(merged.state.value).toBe('merged');
    expect(effects.at(-1)).toMatchObject({ type: 'order.merged', master });
    await router.send(master, { type: 'order.attach', duplicate }, { via: centre });
    await router.send(master, { type: 'order.dispatch' }, { via: centre });
    await router.send(master, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    await router.send(
      master,
      { type: 'order.reply', department: 'east-a-office', answer: '已修复' },
      { via: dept('a') },
    );
    expect(effects.at(-1)).toMatchObject({ type: 'citizen.reply', alsoTell: [duplicate] });
    expect(((await router.get(duplicate)).context as WorkOrderContext).mergedInto).toBe(master);
  });

  it('重办 once after a dissatisfied rating, then 督办 after a second one', async () => {
    const { router, ref, context } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(ref, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    await router.send(
      ref,
      { type: 'order.reply', department: 'east-a-office', answer: '已处理' },
      { via: dept('a') },
    );
    await router.advance('1d');
    const reopened = await router.send(
      ref,
      { type: 'visit.rate', score: 2, resolved: false },
      { via: centre },
    );
    expect(reopened.state.value).toBe('handling');
    // reopened Tue 10:00 → a fresh 3-working-day limit
    expect(iso((await context()).clock!.dueAt)).toBe('2026-03-06T17:30:00+08:00');
    await router.send(
      ref,
      { type: 'order.reply', department: 'east-a-office', answer: '再次处理' },
      { via: dept('a') },
    );
    const supervised = await router.send(
      ref,
      { type: 'visit.rate', score: 1, resolved: false },
      { via: centre },
    );
    expect(supervised.state.value).toBe('supervision');
    const closed = await router.send(
      ref,
      { type: 'order.conclude', conclusion: '督办后已解决' },
      { via: centre },
    );
    expect(closed.state.value).toBe('closed');
    expect((await context()).facts).toMatchObject({
      reopened: 1,
      satisfaction: 1,
      closeReason: 'supervised',
    });
  });

  it('reminds the centre when the return visit is a working day late', async () => {
    const { router, ref, effects } = await setup();
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(ref, { type: 'order.signFor', department: 'east-a-office' }, { via: dept('a') });
    await router.send(
      ref,
      { type: 'order.reply', department: 'east-a-office', answer: '已处理' },
      { via: dept('a') },
    );
    router.clock.set(cst('2026-03-03T17:29:00'));
    await router.runDueTimers();
    expect(effects.some((e) => e.type === 'visit.overdue')).toBe(false);
    await router.advance('1m');
    expect(effects.at(-1)).toMatchObject({ type: 'visit.overdue' });
  });

  it('keeps an unroutable case with the centre instead of guessing', async () => {
    const router = createTestRouter({ services: [order], start: '2026-03-02T10:00:00+08:00' });
    const view = await router.open({
      service: 'street-report',
      input: { category: 'tax', description: '个税怎么申报', address: '西城区' },
      via: web,
    });
    expect((view.context as WorkOrderContext).suggested).toMatchObject({
      routed: false,
      reason: 'no-department',
    });
    await expect(router.send(view.ref, { type: 'order.dispatch' }, { via: centre })).rejects.toMatchObject({
      code: 'EVENT_NOT_ALLOWED',
    });
    await expect(
      router.send(view.ref, { type: 'order.dispatch', lead: 'no-such-dept' }, { via: centre }),
    ).rejects.toMatchObject({ code: 'EVENT_NOT_ALLOWED' });
    const answered = await router.send(
      view.ref,
      { type: 'order.answer', answer: '请登录个税App申报' },
      { via: centre },
    );
    expect(answered.state.value).toBe('closed');
    expect((answered.context as WorkOrderContext).facts.closeReason).toBe('answered');
  });

  it('reads as a workflow spec', async () => {
    const spec = workflowSpec(order, { input: lampInput, via: web, start: '2026-03-02T10:00:00+08:00' });
    await spec
      .given({ type: 'order.dispatch', via: centre }, { advance: '1h' })
      .when({ type: 'order.signFor', department: 'east-a-office' }, dept('a'))
      .then({ state: 'handling', tags: ['clock'], context: { lead: 'east-a-office' } });
    await spec
      .given({ type: 'order.dispatch', via: centre })
      .when({ advance: '2d' })
      .then({
        state: 'dispatched',
        context: { facts: { signForMissed: true } },
      });
  });

  it('reaches every state through the router, with a JSON context at each step', async () => {
    const report = await coverWorkflow(order, {
      input: lampInput,
      start: '2026-03-02T10:00:00+08:00',
      samples: {
        'info.add': [{ note: 'photo attached' }],
        'order.answer': [{ answer: '已答复' }],
        'order.redispatch': [{ lead: 'east-roads' }],
        'order.insist': [{ note: '请办理' }],
        'order.refuseExtension': [{ reason: 'no' }],
        'order.merge': [{ master: 'SR-MASTER' }],
        'order.attach': [{ duplicate: 'SR-DUP' }],
        'visit.rate': [
          { score: 5, resolved: true },
          { score: 1, resolved: false },
        ],
        'order.conclude': [{ conclusion: 'done' }],
        'order.supervise': [{ reason: 'reply does not answer the question' }],
        'order.signFor': [{ department: 'east-a-office' }],
        'order.return': [{ department: 'east-a-office', reason: 'not ours', rule: 'rule 1' }],
        'order.extend': [{ department: 'east-a-office', by: '1wd', reason: 'parts' }],
        'order.suspend': [{ department: 'east-a-office', reason: 'waiting' }],
        'order.resume': [{ department: 'east-a-office' }],
        'order.reply': [{ department: 'east-a-office', answer: 'fixed' }],
      },
      channels: {
        'info.add': 'web',
        'visit.rate': 'centre',
        'order.answer': 'centre',
        'visit.unreachable': 'centre',
      },
    });
    expect(report.paths.map((p) => p.state)).toEqual(
      expect.arrayContaining([
        'received',
        'dispatched',
        'returned',
        'handling',
        'suspended',
        'replied',
        'supervision',
        'closed',
        'merged',
        'withdrawn',
      ]),
    );
  });
});

describe('a work order past the calendar data', () => {
  it('refuses to start a deadline it cannot compute, with a typed error and no change', async () => {
    const router = createTestRouter({ services: [order], start: '2026-12-29T10:00:00+08:00' });
    const { ref } = await router.open({ service: 'street-report', input: lampInput, via: web });
    const error = await router
      .send(ref, { type: 'order.dispatch' }, { via: centre })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GovernanceError', code: 'CALENDAR_OUT_OF_RANGE' });
    const view = await router.get(ref);
    expect(view.state.value).toBe('received');
    expect(view.version).toBe(1);
  });
});
