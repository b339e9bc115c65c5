import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const department = text(100);
const duration = z.string().regex(/^\d+(wd|wh|wm)$/, "a working duration such as '3wd' or '4wh'");

/**
 * Builds the opening input schema of a work order for its category codes.
 *
 * @example
 * ```ts
 * workOrderInput(['road.pothole', 'lamp.broken']).parse({ category: 'lamp.broken', description: '路灯不亮' });
 * ```
 */
export function workOrderInput<const TCategory extends string>(codes: readonly [TCategory, ...TCategory[]]) {
  return z.object({
    category: z.enum(codes),
    description: text(4000),
    /** Where it is, in the citizen's words; the jurisdiction is matched from it. */
    address: text(300).optional(),
    /** The jurisdiction unit when the channel already knows it (a map pick, a counter clerk). */
    unit: text(100).optional(),
  });
}

/**
 * The zod schemas of every work-order event, by who sends it: the citizen, the 12345 centre, a department.
 *
 * @example
 * ```ts
 * workOrderEvents['order.return'].parse({ department: 'dc-roads', reason: '不属本单位职责', rule: '三定方案' });
 * ```
 */
export const workOrderEvents = {
  // citizen (web, counter, hotline)
  'info.add': z.object({ note: text(2000) }),
  'case.urge': z.object({ note: text(500).optional() }),
  'case.withdraw': z.object({ reason: text(500).optional() }),
  // the centre
  'order.dispatch': z.object({
    lead: department.optional(),
    coHandlers: z.array(department).max(10).optional(),
  }),
  'order.answer': z.object({ answer: text(4000) }),
  'order.redispatch': z.object({ lead: department, coHandlers: z.array(department).max(10).optional() }),
  'order.insist': z.object({ note: text(1000) }),
  'order.approveExtension': z.object({ note: text(500).optional() }),
  'order.refuseExtension': z.object({ reason: text(500) }),
  'order.merge': z.object({ master: text(40) }),
  'order.attach': z.object({ duplicate: text(40) }),
  // The same shape as every city service's return-visit rating, so the hotline's return visits rate work orders too.
  'visit.rate': z.object({
    /** 1 非常不满意 … 5 非常满意 (`SATISFACTION_LEVELS`). */
    score: z.number().int().min(1).max(5),
    /** Whether the citizen says the problem was solved (the 解决率 question), when asked. */
    resolved: z.boolean().optional(),
    comment: text(1000).optional(),
  }),
  'visit.unreachable': z.object({ note: text(500).optional() }),
  'order.supervise': z.object({ reason: text(1000) }),
  'order.conclude': z.object({ conclusion: text(2000) }),
  // a department
  'order.signFor': z.object({ department }),
  'order.return': z.object({ department, reason: text(1000), rule: text(300) }),
  'order.extend': z.object({ department, by: duration, reason: text(1000) }),
  'order.suspend': z.object({ department, reason: text(1000) }),
  'order.resume': z.object({ department }),
  'order.reply': z.object({ department, answer: text(4000) }),
};

/**
 * Who may send what by default: citizens' channels, the 12345 centre and departments.
 *
 * @example
 * ```ts
 * defineWorkOrder({ ...config, channels: { ...WORK_ORDER_CHANNELS, app: ['info.add', 'case.urge'] } });
 * ```
 */
export const WORK_ORDER_CHANNELS = {
  web: ['info.add', 'case.urge', 'case.withdraw'],
  counter: ['info.add', 'case.urge', 'case.withdraw'],
  hotline: ['info.add', 'case.urge', 'case.withdraw', 'order.answer', 'visit.rate', 'visit.unreachable'],
  centre: [
    'info.add',
    'order.dispatch',
    'order.answer',
    'order.redispatch',
    'order.insist',
    'order.approveExtension',
    'order.refuseExtension',
    'order.merge',
    'order.attach',
    'visit.rate',
    'visit.unreachable',
    'order.supervise',
    'order.conclude',
  ],
  department: [
    'info.add',
    'order.signFor',
    'order.return',
    'order.extend',
    'order.suspend',
    'order.resume',
    'order.reply',
  ],
} as const satisfies Record<string, readonly (keyof typeof workOrderEvents)[]>;

/**
 * Satisfaction on five levels, 5 best; 2 and below is dissatisfied and reopens (重办) once.
 *
 * @example
 * ```ts
 * SATISFACTION_LEVELS.find((level) => level.score === 4)?.zh; // '满意'
 * ```
 */
export const SATISFACTION_LEVELS = [
  { score: 5, zh: '非常满意', en: 'Very satisfied' },
  { score: 4, zh: '满意', en: 'Satisfied' },
  { score: 3, zh: '基本满意', en: 'Fairly satisfied' },
  { score: 2, zh: '不满意', en: 'Dissatisfied' },
  { score: 1, zh: '非常不满意', en: 'Very dissatisfied' },
] as const;
