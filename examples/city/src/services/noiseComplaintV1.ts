import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { commonEventLabels, commonEvents, DAY } from './commonEvents.js';

/** How long a department has to accept a dispatched complaint before it is reminded (签收时限). */
export const NOISE_ACCEPT_LIMIT_MS = 1 * DAY;
/** How long a department has to reply once it accepted (办理时限) before it is reminded. */
export const NOISE_RESPONSE_LIMIT_MS = 3 * DAY;
/** How long the hotline tries the return visit (回访) before the case closes without a rating. */
export const NOISE_VISIT_LIMIT_MS = 3 * DAY;
/** Ratings at or below this count as dissatisfied and reopen the case. */
export const NOISE_DISSATISFIED_MAX_SCORE = 2;

const noiseEvents = {
  'info.add': commonEvents['info.add'],
  'case.urge': commonEvents['case.urge'],
  'case.withdraw': commonEvents['case.withdraw'],
  'visit.rate': commonEvents['visit.rate'],
  /** The 12345 centre dispatches (派单) the complaint to the department responsible. */
  'case.dispatch': z.object({ department: z.string().trim().min(1).max(100) }),
  /** The department signs for (签收) the dispatched complaint. */
  'case.accept': z.object({ handler: z.string().trim().min(1).max(100).optional() }),
  /** The department sends it back (退单): not its responsibility. */
  'case.return': z.object({ reason: z.string().trim().min(1).max(500) }),
  /** The department's reply to the citizen (答复). */
  'case.reply': z.object({ answer: z.string().trim().min(1).max(4000) }),
};

const noiseInput = z.object({
  address: z.string().trim().min(3).max(200),
  description: z.string().trim().min(5).max(2000),
  source: z.enum(['neighbour', 'construction', 'business', 'traffic', 'other']).default('other'),
  /** When the noise usually happens, in the citizen's words ("every night after 23:00"). */
  when: z.string().trim().min(1).max(200).optional(),
});

interface NoiseContext {
  address: string;
  description: string;
  source: string;
  when: string | null;
  notes: { note: string; at: number; channel: string }[];
  department: string | null;
  /** When the step the case waits on is due (sign-for, reply or return visit), epoch ms; null when nothing is. */
  dueAt: number | null;
  handler: string | null;
  answer: string | null;
  urges: number;
  reminders: number;
  reopened: number;
  returns: string[];
  rating: { score: number; comment: string | null; at: number } | null;
  receivedAt: number;
  closedAt: number | null;
  closeReason: 'satisfied' | 'no-visit' | 'withdrawn' | null;
}

/** The first noise-complaint machine (version 1): receive, dispatch, handle, reply, return visit. */
export const noiseComplaintMachine = setup({
  types: {
    context: {} as NoiseContext,
    events: {} as CaseMachineEvents<typeof noiseEvents>,
    input: {} as CaseMachineInput<typeof noiseInput>,
  },
  delays: {
    acceptLimit: NOISE_ACCEPT_LIMIT_MS,
    responseLimit: NOISE_RESPONSE_LIMIT_MS,
    visitLimit: NOISE_VISIT_LIMIT_MS,
  },
  guards: {
    dissatisfied: ({ event }) => event.type === 'visit.rate' && event.score <= NOISE_DISSATISFIED_MAX_SCORE,
  },
  actions: {
    addNote: assign({
      notes: ({ context, event }) =>
        event.type === 'info.add'
          ? [...context.notes, { note: event.note, at: event.at, channel: event.via.channel }]
          : context.notes,
    }),
    countUrge: assign({ urges: ({ context }) => context.urges + 1 }),
    notifyDepartmentOfInfo: emit(({ context }) => ({
      type: 'department.notify',
      department: context.department,
      reason: 'info',
    })),
    urgeDepartment: emit(({ context }) => ({ type: 'department.urged', department: context.department })),
    closeAsWithdrawn: assign({ closedAt: ({ event }) => event.at, closeReason: 'withdrawn' as const }),
    remind: assign({ reminders: ({ context }) => context.reminders + 1 }),
    rate: assign({
      rating: ({ event }) =>
        event.type === 'visit.rate'
          ? { score: event.score, comment: event.comment ?? null, at: event.at }
          : null,
    }),
  },
}).createMachine({
  id: 'noiseComplaint',
  initial: 'received',
  context: ({ input }) => ({
    address: input.address,
    description: input.description,
    source: input.source,
    when: input.when ?? null,
    notes: [],
    department: null,
    dueAt: null,
    handler: null,
    answer: null,
    urges: 0,
    reminders: 0,
    reopened: 0,
    returns: [],
    rating: null,
    receivedAt: input.at,
    closedAt: null,
    closeReason: null,
  }),
  states: {
    received: {
      tags: ['open'],
      entry: assign({ dueAt: null }),
      on: {
        'case.dispatch': {
          target: 'dispatched',
          actions: [
            assign({ department: ({ event }) => event.department }),
            emit(({ event }) => ({ type: 'department.notify', department: event.department })),
          ],
        },
        'info.add': { actions: 'addNote' },
        'case.urge': { actions: 'countUrge' },
        'case.withdraw': { target: 'withdrawn', actions: 'closeAsWithdrawn' },
      },
    },
    dispatched: {
      tags: ['open', 'with-department'],
      entry: assign({ dueAt: ({ event }) => (event as { at: number }).at + NOISE_ACCEPT_LIMIT_MS }),
      after: {
        acceptLimit: {
          actions: [
            'remind',
            emit(({ context }) => ({
              type: 'department.reminder',
              department: context.department,
              limit: 'accept',
            })),
          ],
        },
      },
      on: {
        'case.accept': {
          target: 'handling',
          actions: assign({ handler: ({ event }) => event.handler ?? null }),
        },
        'case.return': {
          target: 'received',
          actions: assign({
            returns: ({ context, event }) => [
              ...context.returns,
              `${context.department ?? '?'}: ${event.reason}`,
            ],
            department: null,
          }),
        },
        'info.add': { actions: ['addNote', 'notifyDepartmentOfInfo'] },
        'case.urge': { actions: ['countUrge', 'urgeDepartment'] },
        'case.withdraw': { target: 'withdrawn', actions: 'closeAsWithdrawn' },
      },
    },
    handling: {
      tags: ['open', 'with-department'],
      entry: assign({ dueAt: ({ event }) => (event as { at: number }).at + NOISE_RESPONSE_LIMIT_MS }),
      after: {
        responseLimit: {
          actions: [
            'remind',
            emit(({ context }) => ({
              type: 'department.reminder',
              department: context.department,
              limit: 'response',
            })),
          ],
        },
      },
      on: {
        'case.reply': {
          target: 'replied',
          actions: [
            assign({ answer: ({ event }) => event.answer }),
            emit(({ event }) => ({ type: 'citizen.notify', template: 'noise-reply', answer: event.answer })),
          ],
        },
        'info.add': { actions: ['addNote', 'notifyDepartmentOfInfo'] },
        'case.urge': { actions: ['countUrge', 'urgeDepartment'] },
        'case.withdraw': { target: 'withdrawn', actions: 'closeAsWithdrawn' },
      },
    },
    replied: {
      tags: ['awaiting-visit'],
      entry: assign({ dueAt: ({ event }) => (event as { at: number }).at + NOISE_VISIT_LIMIT_MS }),
      after: {
        visitLimit: {
          target: 'closed',
          actions: assign({ closedAt: ({ event }) => event.at, closeReason: 'no-visit' }),
        },
      },
      on: {
        'visit.rate': [
          {
            guard: 'dissatisfied',
            target: 'handling',
            actions: [
              'rate',
              assign({ reopened: ({ context }) => context.reopened + 1, answer: null }),
              emit(({ context }) => ({
                type: 'department.notify',
                department: context.department,
                reason: 'reopened',
              })),
            ],
          },
          {
            target: 'closed',
            actions: ['rate', assign({ closedAt: ({ event }) => event.at, closeReason: 'satisfied' })],
          },
        ],
      },
    },
    closed: { type: 'final', entry: assign({ dueAt: null }) },
    withdrawn: { type: 'final', entry: assign({ dueAt: null }) },
  },
});

/**
 * Version 1 of the 12345 noise complaint, still registered so the cases opened on it run to the
 * end: dispatched by the hotline to a department named in free text, accepted and answered by
 * department staff, urged while open, reminded after calendar-day limits, closed after a return
 * visit or reopened when the citizen is dissatisfied. New complaints open on version 2, the work
 * order (`noiseComplaint`).
 *
 * @example
 * ```ts
 * const router = createRouter({ services: [noiseComplaint, noiseComplaintV1] }); // v1 cases keep running
 * ```
 */
export const noiseComplaintV1 = defineService({
  id: 'noise-complaint',
  version: 1,
  title: 'Noise complaint (12345)',
  description:
    'Report noise; the 12345 centre dispatches it to the department responsible and calls you back.',
  refPrefix: 'NC',
  machine: noiseComplaintMachine,
  input: noiseInput,
  events: noiseEvents,
  channels: {
    web: ['info.add', 'case.urge', 'case.withdraw', 'visit.rate'],
    counter: ['info.add', 'case.urge', 'case.withdraw'],
    hotline: ['info.add', 'case.urge', 'case.withdraw', 'visit.rate', 'case.dispatch'],
    staff: ['case.accept', 'case.return', 'case.reply', 'info.add'],
  },
  labels: {
    'zh-CN': {
      title: '噪声投诉（12345）',
      description: '反映噪声扰民问题；12345 热线派单至责任部门办理并回访。',
      fields: {
        address: { label: '噪声发生地址', hint: '街道、小区、楼号' },
        description: { label: '问题描述', hint: '噪声的来源和影响' },
        source: {
          label: '噪声类型',
          hint: '邻里、施工、商业、交通或其他',
          values: {
            neighbour: '邻里',
            construction: '施工',
            business: '商业',
            traffic: '交通',
            other: '其他',
          },
        },
        when: { label: '发生时段', hint: '例如“每晚 23 点以后”' },
      },
      events: {
        ...commonEventLabels['zh-CN'],
        'case.dispatch': { label: '派单', hint: '派至责任部门', fields: { department: '责任部门' } },
        'case.accept': { label: '签收', fields: { handler: '经办人' } },
        'case.return': { label: '退单', hint: '不属本部门职责', fields: { reason: '退单原因' } },
        'case.reply': { label: '答复', fields: { answer: '答复内容' } },
      },
      states: {
        received: '已受理',
        dispatched: '已派单',
        handling: '办理中',
        replied: '已答复，待回访',
        closed: '已办结',
        withdrawn: '已撤回',
      },
    },
    en: {
      title: 'Noise complaint (12345)',
      description:
        'Report noise; the 12345 centre dispatches it to the department responsible and calls you back.',
      fields: {
        address: { label: 'Where the noise is', hint: 'Street, estate, building' },
        description: { label: 'What happens', hint: 'The source of the noise and how it affects you' },
        source: {
          label: 'Kind of noise',
          hint: 'Neighbour, construction, business, traffic or other',
          values: {
            neighbour: 'Neighbour',
            construction: 'Construction',
            business: 'Business',
            traffic: 'Traffic',
            other: 'Other',
          },
        },
        when: { label: 'When it happens', hint: 'e.g. "every night after 23:00"' },
      },
      events: {
        ...commonEventLabels.en,
        'case.dispatch': {
          label: 'Dispatch',
          hint: 'Send to the department responsible',
          fields: { department: 'Department responsible' },
        },
        'case.accept': { label: 'Accept', fields: { handler: 'Handled by' } },
        'case.return': {
          label: 'Send back',
          hint: 'Not this department’s responsibility',
          fields: { reason: 'Reason' },
        },
        'case.reply': { label: 'Reply', fields: { answer: 'Answer' } },
      },
      states: {
        received: 'Received',
        dispatched: 'Dispatched',
        handling: 'Being handled',
        replied: 'Answered, awaiting the return visit',
        closed: 'Closed',
        withdrawn: 'Withdrawn',
      },
    },
  },
  // Department staff act on cases; citizens open them.
  open: ['web', 'counter', 'hotline'],
  // What work queues filter and sort on: the department's inbox, due soonest first.
  index: {
    department: ({ context }) => context.department,
    dueAt: ({ context }) => context.dueAt,
    urges: ({ context }) => context.urges,
  },
  queueIndexes: [['department', 'dueAt']],
});
