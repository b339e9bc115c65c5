import type { CaseStore, Via } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { calendar, cst, jurisdictions } from './fixtures.js';
import { defineDirectory, defineWorkOrder } from '../src/index.js';

// Office hours 09:00–12:00, 13:30–17:30 (7 h a day); every case is received on Mon 2 Mar 2026 at 09:00.
export const MON = cst('2026-03-02T09:00:00');
const T = {
  h1: cst('2026-03-03T10:00:00'), // from a dispatch on Tue 09:00: 1 working hour
  h2: cst('2026-03-02T11:00:00'), // 2 working hours after MON
  h4: cst('2026-03-02T14:30:00'), // 3 + 1 = 4
  h8: cst('2026-03-03T10:00:00'), // 7 + 1 = 8
  h15: cst('2026-03-04T10:00:00'), // 7 + 7 + 1 = 15
  h36: cst('2026-03-09T10:00:00'), // 5 × 7 + 1 = 36
  tue9: cst('2026-03-03T09:00:00'),
};
const BEFORE = cst('2026-02-20T10:00:00');

const directory = defineDirectory({
  jurisdictions,
  departments: [
    { id: 'east-office', zh: '东城区办', en: 'East Office', unit: 'east', leads: ['lamp', 'pothole', 'tax'] },
    { id: 'west-office', zh: '西城区办', en: 'West Office', unit: 'west', leads: ['lamp', 'pothole', 'tax'] },
  ],
});

/** Sign for within 6 working hours (by Mon 16:30 for a Mon 09:00 dispatch), reply within 14. */
export const kpiOrder = defineWorkOrder({
  id: 'kpi-report',
  version: 1,
  title: 'KPI report',
  refPrefix: 'KR',
  categories: [
    { code: 'pothole', zh: '道路坑洼', en: 'Pothole' },
    { code: 'lamp', zh: '路灯不亮', en: 'Broken street lamp' },
    { code: 'tax', zh: '税务咨询', en: 'Tax question' },
  ],
  jurisdictions,
  directory,
  calendar,
  limits: { signFor: '6wh', resolve: { '*': '14wh' } },
  escalation: { remindBefore: '2wh', superviseAfter: '1wh', criticiseAfter: '5wd' },
});

const VIA: Record<string, Via> = {
  web: { channel: 'web', actor: { id: 'citizen-1' } },
  hotline: { channel: 'hotline', actor: { id: 'agent-3' } },
  counter: { channel: 'counter', actor: { id: 'clerk-2' } },
  centre: { channel: 'centre', actor: { id: 'agent-7', role: 'dispatcher' } },
  department: { channel: 'department', actor: { id: 'office-staff' } },
};
const ADDRESS = { east: '东城区安定门街道12号楼', west: '西城区西单北大街5号' };

type Step = [at: number, event: Record<string, unknown>, via: keyof typeof VIA];
interface Script {
  district: 'east' | 'west';
  channel?: 'web' | 'hotline' | 'counter';
  category?: 'lamp' | 'pothole' | 'tax';
  openedAt?: number;
  /** What happens to the case after it is received, given the references of the cases before it. */
  steps: (lead: string, refs: string[]) => Step[];
}

const dispatch = (lead: string, at = MON): Step => [at, { type: 'order.dispatch', lead }, 'centre'];
const sign = (lead: string, at: number): Step => [
  at,
  { type: 'order.signFor', department: lead },
  'department',
];
const reply = (lead: string, at: number): Step => [
  at,
  { type: 'order.reply', department: lead, answer: '已处理' },
  'department',
];
const rate = (at: number, score: number, resolved: boolean): Step => [
  at,
  { type: 'visit.rate', score, resolved },
  'centre',
];
const answer: Step = [MON, { type: 'order.answer', answer: '已在电话中答复' }, 'hotline'];
const conclude = (at: number): Step => [at, { type: 'order.conclude', conclusion: '督办后办结' }, 'centre'];
const merge = (master: string | undefined): Step => [T.h2, { type: 'order.merge', master }, 'centre'];
/** Dispatched at 09:00, signed for, replied and rated. */
const loop = (signAt: number, replyAt: number, score: number, resolved: boolean) => (lead: string) => [
  dispatch(lead),
  sign(lead, signAt),
  reply(lead, replyAt),
  rate(replyAt, score, resolved),
];

/**
 * 30 work orders: #12 and #30 are merged duplicates and #16 was received before the window, so 27
 * count. Reopened ones (#4, #7, #21) are rated twice: dissatisfied (≤ 2) after the first reply,
 * then again after the second; #7 and #21 stay dissatisfied and are concluded by supervision.
 */
export const SCRIPTS: Script[] = [
  /* 1 */ { district: 'east', steps: loop(T.h2, T.h8, 5, true) },
  /* 2 */ { district: 'east', steps: loop(T.h2, T.h8, 4, true) },
  /* 3 */ { district: 'east', channel: 'hotline', steps: loop(T.h4, T.h15, 3, true) },
  /* 4 */ {
    district: 'east',
    channel: 'hotline',
    // Signed for late (after Mon 16:30), reopened once, then satisfied.
    steps: (lead) => [
      dispatch(lead),
      sign(lead, T.h8),
      reply(lead, T.h8),
      rate(T.h8, 2, false),
      reply(lead, T.h15),
      rate(T.h15, 4, true),
    ],
  },
  /* 5 */ { district: 'east', channel: 'hotline', category: 'tax', steps: () => [answer] },
  /* 6 */ { district: 'east', channel: 'hotline', category: 'tax', steps: () => [answer] },
  /* 7 */ {
    district: 'east',
    channel: 'counter',
    // Reopened; the second reply misses its deadline (Thu 10:00); dissatisfied twice → supervision.
    steps: (lead) => [
      dispatch(lead),
      sign(lead, T.h2),
      reply(lead, T.h8),
      rate(T.h8, 1, false),
      reply(lead, T.h36),
      rate(T.h36, 1, false),
      conclude(T.h36),
    ],
  },
  /* 8 */ { district: 'east', steps: (lead) => [dispatch(lead), sign(lead, T.h2)] },
  /* 9 */ { district: 'east', category: 'pothole', steps: (lead) => [dispatch(lead)] },
  /* 10 */ { district: 'east', category: 'pothole', steps: (lead) => [dispatch(lead)] },
  /* 11 */ { district: 'east', steps: () => [[T.h2, { type: 'case.withdraw' }, 'web']] },
  /* 12 */ { district: 'east', steps: (_, refs) => [merge(refs[0])] },
  /* 13 */ {
    district: 'east',
    channel: 'hotline',
    steps: (lead) => [
      dispatch(lead),
      sign(lead, T.h2),
      reply(lead, T.h8),
      [T.h15, { type: 'visit.unreachable' }, 'centre'],
    ],
  },
  /* 14 */ { district: 'east', steps: loop(T.h4, T.h8, 5, false) },
  /* 15 */ { district: 'east', category: 'pothole', steps: loop(T.h2, T.h8, 5, true) },
  /* 16 */ { district: 'east', openedAt: BEFORE, steps: (lead) => [dispatch(lead, BEFORE)] },
  /* 17 */ { district: 'west', steps: loop(T.h2, T.h8, 5, true) },
  /* 18 */ { district: 'west', steps: loop(T.h2, T.h8, 4, true) },
  /* 19 */ { district: 'west', steps: loop(T.h2, T.h8, 4, true) },
  /* 20 */ { district: 'west', steps: loop(T.h4, T.h15, 3, true) },
  /* 21 */ {
    district: 'west',
    channel: 'hotline',
    category: 'pothole',
    // Signed for late; reopened; the second reply misses its deadline (Fri 10:00); supervised.
    steps: (lead) => [
      dispatch(lead),
      sign(lead, T.h8),
      reply(lead, T.h15),
      rate(T.h15, 2, false),
      reply(lead, T.h36),
      rate(T.h36, 2, false),
      conclude(T.h36),
    ],
  },
  /* 22 */ { district: 'west', channel: 'hotline', category: 'tax', steps: () => [answer] },
  /* 23 */ { district: 'west', channel: 'hotline', category: 'tax', steps: loop(T.h2, T.h8, 5, true) },
  /* 24 */ { district: 'west', channel: 'counter', category: 'pothole', steps: loop(T.h2, T.h8, 5, true) },
  /* 25 */ { district: 'west', category: 'pothole', steps: (lead) => [dispatch(lead), sign(lead, T.h2)] },
  /* 26 */ { district: 'west', category: 'pothole', steps: (lead) => [dispatch(lead)] },
  /* 27 */ { district: 'west', steps: (lead) => [dispatch(lead), sign(lead, T.h4)] },
  /* 28 */ { district: 'west', steps: loop(T.h2, T.h8, 5, true) },
  /* 29 */ {
    district: 'west',
    // Returned by the department, dispatched again on Tue 09:00, signed for an hour later.
    steps: (lead) => [
      dispatch(lead),
      [
        T.h2,
        { type: 'order.return', department: lead, reason: '不属本单位职责', rule: '三定方案' },
        'department',
      ],
      [T.tue9, { type: 'order.redispatch', lead }, 'centre'],
      sign(lead, T.h1),
      reply(lead, T.h15),
      rate(T.h15, 4, true),
    ],
  },
  /* 30 */ { district: 'west', steps: (_, refs) => [merge(refs[16])] },
];

/**
 * Runs the 30 scripts through a router on `store` with a fake clock: #16 is received first (in
 * February), the others at MON; then every step in time order, the clock advanced to it first,
 * so the deadlines' timers fire as they would.
 */
export async function runKpiScenario(store?: CaseStore) {
  const router = createTestRouter({ services: [kpiOrder], start: BEFORE, ...(store ? { store } : {}) });
  const refs: string[] = [];
  const steps: { at: number; order: number; ref: string; step: Step }[] = [];
  const sorted = SCRIPTS.map((script, i) => ({ script, i })).sort(
    (a, b) => (a.script.openedAt ?? MON) - (b.script.openedAt ?? MON) || a.i - b.i,
  );
  for (const { script, i } of sorted) {
    const at = script.openedAt ?? MON;
    if (at > router.clock.now()) await router.advance(at - router.clock.now());
    const view = await router.open({
      service: 'kpi-report',
      input: {
        category: script.category ?? 'lamp',
        description: '路灯不亮三天了',
        address: ADDRESS[script.district],
      },
      via: VIA[script.channel ?? 'web']!,
    });
    refs[i] = view.ref;
  }
  for (const [i, script] of SCRIPTS.entries()) {
    const lead = `${script.district}-office`;
    for (const step of script.steps(lead, refs))
      steps.push({ at: step[0], order: steps.length, ref: refs[i]!, step });
  }
  steps.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const { at, ref, step } of steps) {
    if (at > router.clock.now()) await router.advance(at - router.clock.now());
    await router.send(ref, step[1] as never, { via: VIA[step[2]]! });
  }
  return { router, refs };
}
