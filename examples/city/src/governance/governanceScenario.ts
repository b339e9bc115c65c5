import type { CaseEffect, CaseView, Via } from '@onecase/core';
import { chinaWorkCalendar, type KpiRow, kpisFromCases, type WorkOrderContext } from '@onecase/governance';

/** What the scenario needs of a router: any router with the street-facility and noise-complaint work orders registered. */
export interface ScenarioRouter {
  open(command: {
    service: 'street-facility' | 'noise-complaint';
    /** The work order's input; `never` so any router's typed `open` fits. */
    input: never;
    via: Via;
    citizen?: { phone?: string };
  }): Promise<CaseView>;
  send(
    ref: string,
    event: { type: string; [field: string]: unknown },
    options: { via: Via },
  ): Promise<CaseView>;
  get(ref: string): Promise<CaseView>;
  runDueTimers(): Promise<number>;
  on(type: 'case.effect', listener: (payload: { case: CaseView; effect: CaseEffect }) => void): () => void;
}

/** A clock the scenario moves (the fake clock of `@onecase/testing`). */
export interface ScenarioClock {
  now(): number;
  set(to: number | Date): number;
}

const hotline: Via = { channel: 'hotline', actor: { id: 'agent-12' } };
const portal: Via = { channel: 'web', actor: { id: 'citizen-13900000008' } };
const centre: Via = { channel: 'centre', actor: { id: 'dispatcher-3' } };
const office = (department: string): Via => ({ channel: 'department', actor: { id: `${department}:clerk` } });
const at = (local: string) => Date.parse(`${local}+08:00`);

/** The cases the scenario opens, by what they show. */
export interface GovernanceScenarioResult {
  refs: {
    streetOffice: string;
    returned: string;
    nationalDay: string;
    suspended: string;
    escalated: string;
    master: string;
    duplicate: string;
    /** A neighbour-noise complaint the same street office mediates; the citizen rates it online. */
    neighbourNoise: string;
  };
  effects: CaseEffect[];
  /** The KPI table per district over every case of the scenario. */
  kpis: KpiRow[];
}

/**
 * Plays a fortnight of the 12345 centre on street-facility reports from 28 Sep 2026: a lamp
 * dispatched to a street office, a 退单 and 改派, a deadline that runs across National Day and
 * lands on its 调休 Saturday, a 挂起, a 催办 then a 督办, a 并单 of two callers' reports, a return
 * visit that reopens a case, a neighbour-noise complaint the same street office mediates and the
 * citizen rates on the portal, and a KPI table per district at the end.
 *
 * @example
 * ```ts
 * const result = await runGovernanceScenario({ router, clock, write: console.log });
 * console.table(result.kpis.map((row) => ({ district: row.group, satisfaction: row.satisfactionRate })));
 * ```
 */
export async function runGovernanceScenario(options: {
  router: ScenarioRouter;
  clock: ScenarioClock;
  write?: (line: string) => void;
}): Promise<GovernanceScenarioResult> {
  const { router, clock } = options;
  const write = options.write ?? (() => {});
  const effects: CaseEffect[] = [];
  const stop = router.on('case.effect', ({ effect }) => effects.push(effect));
  const when = async (local: string) => {
    clock.set(Math.max(clock.now(), at(local)));
    await router.runDueTimers();
  };
  const report = async (category: string, description: string, address: string, phone: string) => {
    const view = await router.open({
      service: 'street-facility',
      input: { category, description, address } as never,
      via: hotline,
      citizen: { phone },
    });
    write(`${view.ref}  受理 ${category} @ ${address}`);
    return view.ref;
  };
  const send = async (ref: string, event: { type: string; [field: string]: unknown }, via: Via) => {
    const view = await router.send(ref, event, { via });
    write(`${ref}  ${event.type} → ${String(view.state.value)}`);
    return view;
  };
  const lead = async (ref: string) => ((await router.get(ref)).context as WorkOrderContext).lead!;

  try {
    await when('2026-09-28T09:00:00');
    const streetOffice = await report(
      'lamp.broken',
      '胡同路灯不亮',
      '东城区安定门街道国子监街12号',
      '13900000001',
    );
    await send(streetOffice, { type: 'order.dispatch' }, centre); // → the Andingmen street office
    // The same street office mediates between neighbours: a noise complaint filed on the portal.
    const noise = await router.open({
      service: 'noise-complaint',
      input: {
        category: 'noise.neighbour',
        description: '楼上每晚 23 点后拖动家具、蹦跳，协商未果',
        address: '东城区安定门街道安德路16号',
        when: '每晚 23 点以后',
      } as never,
      via: portal,
      citizen: { phone: '13900000008' },
    });
    const neighbourNoise = noise.ref;
    write(`${neighbourNoise}  受理 noise.neighbour @ 东城区安定门街道安德路16号 (web)`);
    await send(neighbourNoise, { type: 'order.dispatch' }, centre);
    const returned = await report(
      'road.pothole',
      '阜通东大街有大坑',
      '朝阳区望京街道阜通东大街6号',
      '13900000002',
    );
    await send(returned, { type: 'order.dispatch' }, centre);
    const escalated = await report(
      'facility.manhole',
      '井盖丢了',
      '海淀区中关村街道中关村大街27号',
      '13900000003',
    );
    await send(escalated, { type: 'order.dispatch' }, centre);
    const master = await report(
      'road.pothole',
      '方庄路口路面塌陷',
      '丰台区方庄街道芳城园一区',
      '13900000004',
    );
    const duplicate = await report(
      'road.pothole',
      '芳城园路口塌了一块',
      '丰台区方庄街道芳城园一区',
      '13900000005',
    );
    await send(duplicate, { type: 'order.merge', master }, centre);
    await send(master, { type: 'order.attach', duplicate }, centre);
    await send(master, { type: 'order.dispatch' }, centre);

    await when('2026-09-28T11:00:00');
    await send(
      streetOffice,
      { type: 'order.signFor', department: await lead(streetOffice) },
      office(await lead(streetOffice)),
    );
    await send(
      returned,
      {
        type: 'order.return',
        department: 'chaoyang.cityadmin',
        reason: '阜通东大街属市管城市道路',
        rule: '城市道路分级管理办法',
      },
      office('chaoyang.cityadmin'),
    );
    await send(returned, { type: 'order.redispatch', lead: 'city.transport' }, centre);
    await send(master, { type: 'order.signFor', department: await lead(master) }, office(await lead(master)));
    await send(
      neighbourNoise,
      { type: 'order.signFor', department: await lead(neighbourNoise) },
      office(await lead(neighbourNoise)),
    );

    await when('2026-09-28T15:00:00');
    await send(
      streetOffice,
      { type: 'order.reply', department: await lead(streetOffice), answer: '已更换灯泡' },
      office(await lead(streetOffice)),
    );
    await send(returned, { type: 'order.signFor', department: 'city.transport' }, office('city.transport'));
    const suspended = await report(
      'lamp.broken',
      '路灯杆歪了',
      '西城区新街口街道西直门内大街',
      '13900000006',
    );
    await send(suspended, { type: 'order.dispatch' }, centre);
    await send(
      suspended,
      { type: 'order.signFor', department: await lead(suspended) },
      office(await lead(suspended)),
    );
    await send(
      suspended,
      { type: 'order.suspend', department: await lead(suspended), reason: '等待供电公司断电作业' },
      office(await lead(suspended)),
    );

    // 催办 at 15:30 (2 working hours before the manhole's sign-for deadline), missed at 17:30 on the 29th, 督办 at 10:00 on the 30th.
    await when('2026-09-29T10:00:00');
    await send(
      neighbourNoise,
      {
        type: 'order.reply',
        department: await lead(neighbourNoise),
        answer: '社区民警与居委会上门调解，楼上住户承诺 22 点后不再拖动家具',
      },
      office(await lead(neighbourNoise)),
    );
    // The citizen reads the reply on the portal and rates it there.
    await send(neighbourNoise, { type: 'visit.rate', score: 5, resolved: true }, portal);
    await send(streetOffice, { type: 'visit.rate', score: 2 }, hotline); // dissatisfied: 重办
    await when('2026-09-30T10:00:00');
    const nationalDay = await report(
      'lamp.broken',
      '小区门口路灯不亮',
      '东城区安定门街道安德路',
      '13900000007',
    );
    await send(nationalDay, { type: 'order.dispatch' }, centre);
    await send(
      nationalDay,
      { type: 'order.signFor', department: await lead(nationalDay) },
      office(await lead(nationalDay)),
    );
    write(
      `${nationalDay}  办理时限 ${new Date(((await router.get(nationalDay)).context as WorkOrderContext).clock!.dueAt).toISOString()} (调休 Saturday 10 Oct, 17:30 in Beijing)`,
    );
    await send(
      escalated,
      { type: 'order.signFor', department: await lead(escalated) },
      office(await lead(escalated)),
    );
    await send(
      streetOffice,
      { type: 'order.reply', department: await lead(streetOffice), answer: '已更换整套灯具' },
      office(await lead(streetOffice)),
    );
    await send(
      master,
      { type: 'order.reply', department: await lead(master), answer: '已回填路面' },
      office(await lead(master)),
    );

    await when('2026-10-08T10:00:00');
    await send(
      suspended,
      { type: 'order.resume', department: await lead(suspended) },
      office(await lead(suspended)),
    );
    await send(
      escalated,
      { type: 'order.reply', department: await lead(escalated), answer: '已补装井盖' },
      office(await lead(escalated)),
    );
    await send(
      returned,
      { type: 'order.reply', department: 'city.transport', answer: '已修补' },
      office('city.transport'),
    );
    await send(streetOffice, { type: 'visit.rate', score: 4, resolved: true }, hotline);
    await send(master, { type: 'visit.rate', score: 5, resolved: true }, hotline);
    await send(escalated, { type: 'visit.rate', score: 3, resolved: true }, hotline);
    await send(returned, { type: 'visit.rate', score: 5, resolved: true }, hotline);

    await when('2026-10-10T16:00:00');
    await send(
      nationalDay,
      { type: 'order.reply', department: await lead(nationalDay), answer: '已修复' },
      office(await lead(nationalDay)),
    );
    await send(
      suspended,
      { type: 'order.reply', department: await lead(suspended), answer: '已扶正灯杆' },
      office(await lead(suspended)),
    );
    await when('2026-10-12T10:00:00');
    await send(nationalDay, { type: 'visit.rate', score: 5, resolved: true }, hotline);
    await send(suspended, { type: 'visit.rate', score: 4, resolved: true }, hotline);
    await when('2026-10-16T17:30:00');

    const refs = {
      streetOffice,
      returned,
      nationalDay,
      suspended,
      escalated,
      master,
      duplicate,
      neighbourNoise,
    };
    const views = await Promise.all(Object.values(refs).map((ref) => router.get(ref)));
    const kpis = kpisFromCases(views, {
      from: at('2026-09-01T00:00:00'),
      to: at('2026-11-01T00:00:00'),
      groupBy: 'district',
      calendar: chinaWorkCalendar(),
    });
    return { refs, effects, kpis };
  } finally {
    stop();
  }
}

/**
 * Formats KPI rows as a fixed-width table, one row per group, rates in percent.
 *
 * @example
 * ```ts
 * console.log(formatKpiTable(result.kpis));
 * ```
 */
export function formatKpiTable(rows: readonly KpiRow[]): string {
  const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
  const hours = (value: number | null) => (value === null ? '—' : value.toFixed(1));
  const header = ['group', 'cases', '响应率', '解决率', '满意率', '按时办结', '重办率', '签收h', '办理h'];
  const lines = rows.map((row) => [
    row.group,
    String(row.counts.received),
    pct(row.responseRate),
    pct(row.resolutionRate),
    pct(row.satisfactionRate),
    pct(row.onTimeClosureRate),
    pct(row.reopenRate),
    hours(row.signForHours.mean),
    hours(row.resolveHours.mean),
  ]);
  return [header, ...lines]
    .map((cells) => cells.map((cell, i) => cell.padEnd(i === 0 ? 12 : 8)).join(' '))
    .join('\n');
}
