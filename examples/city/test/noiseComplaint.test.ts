import { labelsFor } from '@onecase/core';
import { handleCall, parseTranscript } from '@onecase/hotline';
import type { WorkOrderContext } from '@onecase/governance';
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { cityHotlineRules } from '../src/hotlineRules.js';
import { cityServices, noiseComplaint, noiseComplaintV1 } from '../src/services/index.js';

const web = { channel: 'web', actor: { id: 'citizen-1' } };
const hotline = { channel: 'hotline', actor: { id: 'agent-12' } };
const centre = { channel: 'centre', actor: { id: 'dispatcher-3' } };
const staff = { channel: 'staff', actor: { id: 'env-1' } };
const office = (department: string) => ({ channel: 'department', actor: { id: `${department}:clerk` } });

function city() {
  return createTestRouter({ services: cityServices, start: '2026-03-02T09:00:00+08:00' });
}

describe('the noise complaint as a work order (version 2)', () => {
  it.each([
    ['noise.neighbour', '东城区安定门街道国子监街12号', 'dongcheng.andingmen.office', []],
    // A street without an office in the directory: the district's city administration.
    ['noise.neighbour', '东城区景山街道景山前街4号', 'dongcheng.cityadmin', []],
    ['noise.construction', '朝阳区望京街道阜通东大街6号', 'chaoyang.cityadmin', []],
    ['noise.business', '朝阳区三里屯街道工体北路8号', 'chaoyang.ecology', []],
    ['noise.business', '西城区德胜街道德胜门外大街3号', 'xicheng.ecology', ['xicheng.market']],
    // No district ecology bureau in Fengtai: the city's, with market regulation co-handling.
    ['noise.business', '丰台区方庄街道芳城园一区', 'city.ecology', ['city.market']],
    ['noise.traffic', '海淀区中关村街道中关村大街27号', 'haidian.traffic-police', []],
    ['noise.traffic', '东城区东四街道东四北大街3号', 'city.traffic-police', []],
    ['noise.other', '海淀区学院路街道学院路30号', 'haidian.ecology', []],
  ] as const)('routes %s at %s to %s', async (category, address, lead, coHandlers) => {
    const router = city();
    const view = await router.open({
      service: 'noise-complaint',
      input: { category, address, description: '噪声扰民' },
      via: web,
    });
    expect(view.service).toEqual({ id: 'noise-complaint', version: 2 });
    expect(view.ref).toMatch(/^NC-/);
    const dispatched = await router.send(view.ref, { type: 'order.dispatch' }, { via: centre });
    expect(dispatched.context as WorkOrderContext).toMatchObject({ lead, coHandlers });
  });

  it('sends a complaint without an address to the city level, and keeps when it happens', async () => {
    const router = city();
    const view = await router.open({
      service: 'noise-complaint',
      input: { category: 'noise.construction', description: '工地夜间打桩', when: '每晚 22 点以后' },
      via: hotline,
    });
    const context = view.context as WorkOrderContext;
    expect(context.details).toEqual({ when: '每晚 22 点以后' });
    expect(context.suggested).toMatchObject({ routed: true, lead: 'city.housing', unit: 'city' });
  });

  it('refuses a source that is not a category, changing nothing', async () => {
    const router = city();
    await expect(
      router.open({
        service: 'noise-complaint',
        input: { category: 'noise.fireworks' as never, description: '放鞭炮' },
        via: web,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await router.count({ service: 'noise-complaint' })).toBe(0);
  });

  it('lets the citizen read the reply and rate it on the web; a low rating reopens it once', async () => {
    const router = city();
    const view = await router.open({
      service: 'noise-complaint',
      input: {
        category: 'noise.business',
        address: '朝阳区三里屯街道工体北路8号',
        description: 'KTV 唱到凌晨',
      },
      via: web,
    });
    const department = 'chaoyang.ecology';
    await router.send(view.ref, { type: 'order.dispatch' }, { via: centre });
    expect((await router.get(view.ref)).allowed.web).not.toContain('visit.rate');
    await router.send(view.ref, { type: 'order.signFor', department }, { via: office(department) });
    const replied = await router.send(
      view.ref,
      { type: 'order.reply', department, answer: '已现场检查，责令夜间停止营业性演唱' },
      { via: office(department) },
    );
    expect((replied.context as WorkOrderContext).reply).toMatchObject({
      answer: '已现场检查，责令夜间停止营业性演唱',
      department,
    });
    expect(replied.allowed.web).toEqual(expect.arrayContaining(['visit.rate']));
    const reopened = await router.send(
      view.ref,
      { type: 'visit.rate', score: 2, resolved: false },
      { via: web },
    );
    expect(reopened.state.value).toBe('handling');
    await router.send(
      view.ref,
      { type: 'order.reply', department, answer: '已查封音响设备' },
      { via: office(department) },
    );
    const closed = await router.send(view.ref, { type: 'visit.rate', score: 5 }, { via: web });
    expect(closed.state).toMatchObject({ value: 'closed', done: true });
    expect((closed.context as WorkOrderContext).facts).toMatchObject({
      satisfaction: 5,
      reopened: 1,
      channel: 'web',
    });
  });

  it('labels every field, event and state in zh-CN and en', () => {
    const zh = labelsFor(noiseComplaint, 'zh-CN');
    const en = labelsFor(noiseComplaint, 'en');
    expect(zh.fields.category?.label).toBe('噪声类型');
    expect(zh.fields.when?.label).toBe('发生时段');
    expect(en.events['order.signFor']?.label).toBe('Sign for');
    expect(zh.states.supervision?.label).toBe('督办中');
    for (const labels of [zh, en]) {
      for (const [name, text] of Object.entries({ ...labels.fields, ...labels.events, ...labels.states })) {
        expect(text.label, name).not.toBe(name);
      }
    }
  });
});

describe('the noise complaint, version 1 beside version 2', () => {
  it('keeps running a case opened on version 1 while new complaints open on version 2', async () => {
    const router = city();
    const old = await router.open({
      service: 'noise-complaint',
      version: 1,
      input: { address: '8 Dongfeng Rd', description: 'Drilling at night', source: 'construction' },
      via: hotline,
    });
    const fresh = await router.open({
      service: 'noise-complaint',
      input: { category: 'noise.construction', description: 'Drilling at night' },
      via: hotline,
    });
    expect([old.service.version, fresh.service.version]).toEqual([1, 2]);
    await router.send(old.ref, { type: 'case.dispatch', department: 'Environment Bureau' }, { via: hotline });
    await router.send(old.ref, { type: 'case.accept' }, { via: staff });
    const replied = await router.send(
      old.ref,
      { type: 'case.reply', answer: 'Site warned.' },
      { via: staff },
    );
    expect(replied.service.version).toBe(1);
    expect(replied.state.value).toBe('replied');
    // The work order has no case.dispatch: each case takes the events of its own version.
    await expect(
      router.send(fresh.ref, { type: 'case.dispatch', department: 'Environment Bureau' } as never, {
        via: hotline,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(noiseComplaintV1.version).toBe(1);
  });

  it('opens a called-in complaint on version 2, filed by the source the caller names', async () => {
    const router = city();
    const call = parseTranscript(
      [
        'Call-Id: nc-v2-1',
        'Caller: 13800138111',
        '',
        '坐席：您好，12345热线。',
        '市民：我要投诉，我住在朝阳区望京街道阜通东大街6号，旁边工地每天晚上打桩，吵得睡不着。',
        '坐席：好的，已经帮您登记噪音投诉。',
      ].join('\n'),
    );
    const summary = await handleCall(router, call, cityHotlineRules);
    const opened = summary.actions.find((action) => action.outcome === 'opened');
    expect(opened).toMatchObject({ service: 'noise-complaint' });
    const view = await router.get(opened!.ref!);
    expect(view.service.version).toBe(2);
    expect(view.context as WorkOrderContext).toMatchObject({
      category: 'noise.construction',
      street: 'chaoyang.wangjing',
      suggested: { lead: 'chaoyang.cityadmin' },
    });
  });
});
