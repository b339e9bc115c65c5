import { type CaseEffect, labelsFor } from '@onecase/core';
import type { WorkOrderContext } from '@onecase/governance';
import { defineHotlineRules, handleCall, parseTranscript } from '@onecase/hotline';
import { coverWorkflow, createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import {
  CITY_CATEGORIES,
  CITY_DISTRICTS,
  cityDirectory,
  cityJurisdictions,
  formatKpiTable,
  runGovernanceScenario,
  streetFacilityHotline,
} from '../src/governance/index.js';
import { noiseComplaint } from '../src/services/noiseComplaint.js';
import { streetFacility } from '../src/services/streetFacility.js';

const cst = (local: string) => Date.parse(`${local}+08:00`);
const iso = (ms: number | null | undefined) =>
  ms == null ? null : new Date(ms + 8 * 3_600_000).toISOString().replace('.000Z', '+08:00');
const hotline = { channel: 'hotline', actor: { id: 'agent-12' } };
const centre = { channel: 'centre', actor: { id: 'dispatcher-3' } };
const office = (id: string) => ({ channel: 'department', actor: { id: `${id}-clerk` } });

function cityRouter(start: string) {
  const router = createTestRouter({ services: [streetFacility, noiseComplaint], start });
  const effects: CaseEffect[] = [];
  router.on('case.effect', ({ effect }) => effects.push(effect));
  const context = async (ref: string) => (await router.get(ref)).context as WorkOrderContext;
  return { router, effects, context };
}

describe('the city governance data', () => {
  it('has 16 districts with 3 to 6 streets each and about 40 departments on every level', () => {
    expect(CITY_DISTRICTS).toHaveLength(16);
    for (const district of CITY_DISTRICTS) {
      const streets = cityJurisdictions.children(district);
      expect(streets.length, district).toBeGreaterThanOrEqual(3);
      expect(streets.length, district).toBeLessThanOrEqual(6);
    }
    expect(cityDirectory.departments.length).toBeGreaterThanOrEqual(38);
    const levels = new Set(cityDirectory.departments.map((d) => cityJurisdictions.get(d.unit)!.level));
    expect([...levels].sort()).toEqual(['city', 'district', 'street']);
  });

  it('routes every facility category from every street, and leaves a policy question with the centre', () => {
    const facility = CITY_CATEGORIES.filter((c) => !c.code.startsWith('consultation.'));
    for (const street of cityJurisdictions.units.filter((u) => u.level === 'street')) {
      for (const { code } of facility) {
        expect(
          cityDirectory.route({ category: code, unit: street.id }).routed,
          `${code} @ ${street.id}`,
        ).toBe(true);
      }
    }
    expect(
      cityDirectory.route({ category: 'consultation.policy', unit: 'dongcheng.andingmen' }),
    ).toMatchObject({
      routed: false,
      reason: 'no-department',
    });
  });
});

describe('street-facility report (work order) through a router', () => {
  it('sends a broken lamp in an old-town lane to its street office', async () => {
    const { router, effects, context } = cityRouter('2026-03-02T09:00:00+08:00');
    const { ref } = await router.open({
      service: 'street-facility',
      input: {
        category: 'lamp.broken',
        description: '胡同里的路灯一直不亮',
        address: '东城区安定门街道国子监街12号',
      },
      via: hotline,
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    expect(effects.at(-1)).toMatchObject({ type: 'order.dispatched', lead: 'dongcheng.andingmen.office' });
    expect(await context(ref)).toMatchObject({ district: 'dongcheng', street: 'dongcheng.andingmen' });
  });

  it('sends a pothole to the district commission with the traffic police as co-handler, then 退单 → 改派', async () => {
    const { router, effects, context } = cityRouter('2026-03-02T09:00:00+08:00');
    const { ref } = await router.open({
      service: 'street-facility',
      input: {
        category: 'road.pothole',
        description: '阜通东大街有个大坑',
        address: '朝阳区望京街道阜通东大街6号',
      },
      via: hotline,
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    expect(effects.at(-1)).toMatchObject({
      lead: 'chaoyang.cityadmin',
      coHandlers: ['chaoyang.traffic-police'],
    });
    await router.send(
      ref,
      {
        type: 'order.return',
        department: 'chaoyang.cityadmin',
        reason: '阜通东大街属市管城市道路',
        rule: '城市道路分级管理办法',
      },
      { via: office('chaoyang.cityadmin') },
    );
    await router.send(ref, { type: 'order.redispatch', lead: 'city.transport' }, { via: centre });
    const ctx = await context(ref);
    expect(ctx.lead).toBe('city.transport');
    expect(ctx.facts.returns).toBe(1);
  });

  it('runs a 3-working-day lamp deadline across National Day 2026 onto the 调休 Saturday 10 Oct', async () => {
    const { router, effects, context } = cityRouter('2026-09-29T14:00:00+08:00');
    const { ref } = await router.open({
      service: 'street-facility',
      input: { category: 'lamp.broken', description: '路灯不亮', address: '西城区新街口街道西直门内大街' },
      via: hotline,
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    router.clock.set(cst('2026-09-30T10:00:00'));
    await router.send(
      ref,
      { type: 'order.signFor', department: 'xicheng.xinjiekou.office' },
      { via: office('xinjiekou') },
    );
    // Oct 1–7 off (National Day), Thu 8 and Fri 9 worked, Sat 10 Oct a 调休 working day.
    expect(iso((await context(ref)).clock?.dueAt)).toBe('2026-10-10T17:30:00+08:00');
    const ladder = () =>
      effects.filter((e) => e.type.startsWith('escalation.') || e.type === 'deadline.missed');
    router.clock.set(cst('2026-10-09T23:00:00'));
    await router.runDueTimers();
    expect(ladder()).toEqual([]); // nothing fired over the holiday
    router.clock.set(cst('2026-10-10T15:30:00'));
    await router.runDueTimers();
    expect(ladder().map((e) => e.type)).toEqual(['escalation.remind']);
    router.clock.set(cst('2026-10-10T17:30:00'));
    await router.runDueTimers();
    expect(ladder().map((e) => e.type)).toEqual(['escalation.remind', 'deadline.missed']);
    // 督办 an hour into the next working day: Sun 11 Oct is off, so Mon 12 Oct 10:00
    router.clock.set(cst('2026-10-12T09:59:00'));
    await router.runDueTimers();
    expect(ladder()).toHaveLength(2);
    await router.advance('1m');
    expect(ladder().at(-1)).toMatchObject({
      type: 'escalation.supervise',
      department: 'xicheng.xinjiekou.office',
    });
  });

  it('gives a missing manhole cover one working day', async () => {
    const { router, context } = cityRouter('2026-03-06T16:00:00+08:00'); // a Friday
    const { ref } = await router.open({
      service: 'street-facility',
      input: { category: 'facility.manhole', description: '井盖丢了，很危险', address: '海淀区中关村街道' },
      via: hotline,
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(
      ref,
      { type: 'order.signFor', department: 'haidian.cityadmin' },
      { via: office('haidian') },
    );
    expect(iso((await context(ref)).clock?.dueAt)).toBe('2026-03-09T17:30:00+08:00');
  });
});

describe('street-facility report at the end of the holiday data', () => {
  it('keeps taking reports in late December 2026 by the explicit weekends-only fallback', async () => {
    const { router, context } = cityRouter('2026-12-30T10:00:00+08:00');
    const { ref } = await router.open({
      service: 'street-facility',
      input: { category: 'road.pothole', description: '路面塌陷', address: '通州区中仓街道' },
      via: hotline,
    });
    await router.send(ref, { type: 'order.dispatch' }, { via: centre });
    await router.send(
      ref,
      { type: 'order.signFor', department: 'tongzhou.cityadmin' },
      { via: office('tongzhou') },
    );
    // 5 working days from Wed 30 Dec: Thu 31, then 2027 without holiday data: Fri 1, Mon 4, Tue 5, Wed 6 Jan
    expect(iso((await context(ref)).clock?.dueAt)).toBe('2027-01-06T17:30:00+08:00');
  });
});

describe('street-facility report coverage', () => {
  it('reaches every state of the loop through the router', async () => {
    const lead = 'dongcheng.andingmen.office';
    const report = await coverWorkflow(streetFacility, {
      input: { category: 'lamp.broken', description: '路灯不亮', address: '东城区安定门街道国子监街12号' },
      start: '2026-03-02T09:00:00+08:00',
      samples: {
        'info.add': [{ note: '附照片' }],
        'order.answer': [{ answer: '已电话答复' }],
        'order.redispatch': [{ lead: 'dongcheng.cityadmin' }],
        'order.insist': [{ note: '路灯属街道管养' }],
        'order.refuseExtension': [{ reason: '理由不足' }],
        'order.merge': [{ master: 'SF-MASTER' }],
        'order.attach': [{ duplicate: 'SF-DUP' }],
        'visit.rate': [
          { score: 5, resolved: true },
          { score: 1, resolved: false },
        ],
        'order.supervise': [{ reason: '答复未解决问题' }],
        'order.conclude': [{ conclusion: '已督办解决' }],
        'order.signFor': [{ department: lead }],
        'order.return': [{ department: lead, reason: '非本单位职责', rule: '三定方案' }],
        'order.extend': [{ department: lead, by: '2wd', reason: '需更换电缆' }],
        'order.suspend': [{ department: lead, reason: '等待供电部门' }],
        'order.resume': [{ department: lead }],
        'order.reply': [{ department: lead, answer: '已修复' }],
      },
      channels: {
        'info.add': 'hotline',
        'visit.rate': 'centre',
        'order.answer': 'centre',
        'visit.unreachable': 'centre',
      },
    });
    expect(report.states).toHaveLength(10);
    expect(report.paths.map((p) => p.state)).toEqual(
      expect.arrayContaining(['supervision', 'merged', 'suspended']),
    );
  });
});

describe('street-facility report from a 12345 call', () => {
  const rules = defineHotlineRules({ services: [streetFacilityHotline] });
  const call = (id: string, lines: string) =>
    parseTranscript(`Call-Id: ${id}\nCaller: 13900000001\nStarted: 2026-03-02T10:00:00+08:00\n\n${lines}`);

  it('opens a work order with the category from the words and the street from the address', async () => {
    const { router, context } = cityRouter('2026-03-02T10:00:00+08:00');
    const summary = await handleCall(
      router,
      call(
        'sf-1',
        '坐席：您好，12345热线。\n市民：我要反映一下，东城区安定门街道国子监街12号门口的路灯不亮了，晚上很黑。',
      ),
      rules,
    );
    const opened = summary.actions.find((action) => action.outcome === 'opened');
    expect(opened?.ref).toMatch(/^SF-/);
    expect(await context(opened!.ref!)).toMatchObject({
      category: 'lamp.broken',
      street: 'dongcheng.andingmen',
      suggested: { routed: true, lead: 'dongcheng.andingmen.office' },
    });
    const status = await handleCall(
      router,
      call('sf-2', `市民：我想问一下${opened!.ref}现在进度怎么样了`),
      rules,
    );
    // The state is read in the service's own label (one place for what a state is called).
    expect(status.reply.join(' ')).toContain(
      `目前状态：${labelsFor(streetFacility, 'zh-CN').states.received!.label}`,
    );
  });
});

describe('the governance scenario (for the demo)', () => {
  it('plays dispatch, 退单/改派, National Day, 挂起, 催办/督办, 并单, 重办 and a noise complaint rated online, and ends with a KPI table', async () => {
    const { router, context } = cityRouter('2026-09-28T08:00:00+08:00');
    const lines: string[] = [];
    const { refs, effects, kpis } = await runGovernanceScenario({
      router,
      clock: router.clock,
      write: (l) => lines.push(l),
    });
    const states = Object.fromEntries(
      await Promise.all(
        Object.entries(refs).map(async ([name, ref]) => [name, (await router.get(ref)).state.value]),
      ),
    );
    expect(states).toEqual({
      streetOffice: 'closed',
      returned: 'closed',
      nationalDay: 'closed',
      suspended: 'closed',
      escalated: 'closed',
      master: 'closed',
      duplicate: 'merged',
      neighbourNoise: 'closed',
    });
    // One street office, two services: the lamp and the neighbours' noise, the latter rated on the portal.
    expect(await context(refs.neighbourNoise)).toMatchObject({
      lead: 'dongcheng.andingmen.office',
      category: 'noise.neighbour',
      facts: { satisfaction: 5, closeReason: 'rated' },
    });
    expect((await router.history(refs.neighbourNoise)).at(-1)?.via.channel).toBe('web');
    expect((await context(refs.streetOffice)).lead).toBe('dongcheng.andingmen.office');
    expect((await context(refs.streetOffice)).facts.reopened).toBe(1);
    expect((await context(refs.returned)).lead).toBe('city.transport');
    expect(lines.find((l) => l.startsWith(refs.nationalDay) && l.includes('办理时限'))).toContain(
      '2026-10-10T09:30:00.000Z',
    );
    const escalations = effects
      .filter((e) => e.type.startsWith('escalation.') || e.type === 'deadline.missed')
      .filter((e) => e.stage === 'sign-for')
      .map((e) => e.type);
    expect(escalations).toEqual(['escalation.remind', 'deadline.missed', 'escalation.supervise']);
    expect(
      effects.find((e) => e.type === 'citizen.reply' && (e.alsoTell as string[]).includes(refs.duplicate)),
    ).toBeDefined();
    expect((await context(refs.suspended)).log.map((f) => f.type)).toContain('order.resumed');

    expect(kpis.map((row) => row.group)).toEqual(['chaoyang', 'dongcheng', 'fengtai', 'haidian', 'xicheng']);
    const dongcheng = kpis.find((row) => row.group === 'dongcheng')!;
    expect(dongcheng).toMatchObject({
      responseRate: 1,
      satisfactionRate: 1,
      onTimeClosureRate: 1,
    });
    // Three Dongcheng work orders (two lamps and the neighbours' noise), one of them reopened.
    expect(dongcheng.counts.received).toBe(3);
    expect(dongcheng.reopenRate).toBeCloseTo(1 / 3);
    const haidian = kpis.find((row) => row.group === 'haidian')!;
    expect(haidian).toMatchObject({ responseRate: 0, satisfactionRate: 0, resolutionRate: 1 });
    expect(formatKpiTable(kpis).split('\n')).toHaveLength(6);
  });
});
