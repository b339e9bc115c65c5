import type { CaseMachineEvents, ServiceLabels } from '@onecase/core';
import { type AnyStateMachine, assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { commonEventLabels, commonEvents, DAY } from '../services/commonEvents.js';

/** The machine shapes catalogue entries are made from (a report is a 12345 work order, `catalogueReport`). */
export type CatalogueShapeName = 'application' | 'report' | 'consultation';

/** What a shape gives a catalogue entry: its events, its machine, its channel policy and its labels. */
export interface CatalogueShape {
  events: Record<string, z.ZodType<Record<string, unknown>>>;
  /** The machine for a time limit (one per limit, shared by every entry with it). */
  machine(limitDays: number): AnyStateMachine;
  /** The events each of the entry's channels may send, plus `staff`. */
  channels(opening: readonly string[]): Record<string, string[]>;
  labels: Record<'zh-CN' | 'en', Pick<ServiceLabels, 'events' | 'states'>>;
}

/** What every catalogue case carries besides its form: where it is, who handles it, by when. */
interface CatalogueContext {
  form: Record<string, unknown>;
  description: string | null;
  address: string | null;
  district: string;
  department: string;
  dueAt: number;
  notes: { note: string; at: number; channel: string }[];
  urges: number;
  outcome: string | null;
}

type Opening = { at: number; district: string; department: string } & Record<string, unknown>;

function initialContext(input: Opening, limitDays: number): CatalogueContext {
  const { at, via: _via, district, department, ...form } = input;
  return {
    form,
    description: typeof form.description === 'string' ? form.description : null,
    address: typeof form.address === 'string' ? form.address : null,
    district,
    department,
    dueAt: at + limitDays * DAY,
    notes: [],
    urges: 0,
    outcome: null,
  };
}

const citizenChannels = (opening: readonly string[]) => opening.filter((channel) => channel !== 'staff');

const applicationEvents = {
  'info.add': commonEvents['info.add'],
  'case.urge': commonEvents['case.urge'],
  'case.withdraw': commonEvents['case.withdraw'],
  'info.request': z.object({ items: z.array(z.string().trim().min(1).max(200)).min(1).max(20) }),
  'review.approve': z.object({ note: z.string().trim().min(1).max(1000).optional() }),
  'review.reject': z.object({ reason: z.string().trim().min(1).max(1000) }),
  'certificate.handover': z.object({ receivedBy: z.string().trim().min(1).max(100) }),
};

function applicationMachine(limitDays: number) {
  return setup({
    types: {
      context: {} as CatalogueContext,
      events: {} as CaseMachineEvents<typeof applicationEvents>,
      input: {} as Opening,
    },
    delays: { reviewLimit: limitDays * DAY, infoLimit: 30 * DAY },
    actions: {
      addNote: assign({
        notes: ({ context, event }) =>
          event.type === 'info.add'
            ? [...context.notes, { note: event.note, at: event.at, channel: event.via.channel }]
            : context.notes,
      }),
      countUrge: assign({ urges: ({ context }) => context.urges + 1 }),
    },
  }).createMachine({
    id: 'application',
    initial: 'review',
    context: ({ input }) => initialContext(input, limitDays),
    states: {
      review: {
        after: {
          reviewLimit: {
            actions: emit(({ context }) => ({ type: 'department.reminder', department: context.department })),
          },
        },
        on: {
          'info.request': 'infoRequested',
          'review.approve': { target: 'approved', actions: assign({ outcome: 'approved' }) },
          'review.reject': { target: 'rejected', actions: assign({ outcome: ({ event }) => event.reason }) },
          'info.add': { actions: 'addNote' },
          'case.urge': { actions: 'countUrge' },
          'case.withdraw': 'withdrawn',
        },
      },
      infoRequested: {
        after: { infoLimit: 'lapsed' },
        on: { 'info.add': { target: 'review', actions: 'addNote' }, 'case.withdraw': 'withdrawn' },
      },
      approved: { on: { 'certificate.handover': 'issued' } },
      issued: { type: 'final' },
      rejected: { type: 'final' },
      lapsed: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

const consultationEvents = {
  'case.withdraw': commonEvents['case.withdraw'],
  'case.answer': z.object({ answer: z.string().trim().min(1).max(4000) }),
};

function consultationMachine(limitDays: number) {
  return setup({
    types: {
      context: {} as CatalogueContext,
      events: {} as CaseMachineEvents<typeof consultationEvents>,
      input: {} as Opening,
    },
  }).createMachine({
    id: 'consultation',
    initial: 'asked',
    context: ({ input }) => initialContext(input, limitDays),
    states: {
      asked: {
        on: {
          'case.answer': { target: 'answered', actions: assign({ outcome: ({ event }) => event.answer }) },
          'case.withdraw': 'withdrawn',
        },
      },
      answered: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

function cached(make: (limitDays: number) => AnyStateMachine): (limitDays: number) => AnyStateMachine {
  const machines = new Map<number, AnyStateMachine>();
  return (limitDays) => {
    let machine = machines.get(limitDays);
    if (!machine) {
      machine = make(limitDays);
      machines.set(limitDays, machine);
    }
    return machine;
  };
}

const zh = commonEventLabels['zh-CN'];
const en = commonEventLabels.en;

/**
 * The machine shapes of the catalogue besides the report (a 12345 work order, made by
 * `catalogueReport`): an application reviewed by a department (申请审批) and a consultation
 * answered once (咨询).
 *
 * @example
 * ```ts
 * const machine = CATALOGUE_SHAPES.application.machine(10);
 * ```
 */
export const CATALOGUE_SHAPES: Record<Exclude<CatalogueShapeName, 'report'>, CatalogueShape> = {
  application: {
    events: applicationEvents,
    machine: cached(applicationMachine),
    channels: (opening) => ({
      ...Object.fromEntries(
        citizenChannels(opening).map((channel) => [channel, ['info.add', 'case.urge', 'case.withdraw']]),
      ),
      ...(opening.includes('counter')
        ? { counter: ['info.add', 'case.urge', 'case.withdraw', 'certificate.handover'] }
        : {}),
      staff: ['info.request', 'review.approve', 'review.reject', 'certificate.handover'],
    }),
    labels: {
      'zh-CN': {
        events: {
          'info.add': zh['info.add'],
          'case.urge': zh['case.urge'],
          'case.withdraw': zh['case.withdraw'],
          'info.request': {
            label: '要求补正',
            hint: '告知申请人需补充的材料',
            fields: { items: '需补正的材料' },
          },
          'review.approve': { label: '准予许可', fields: { note: '说明' } },
          'review.reject': { label: '不予许可', fields: { reason: '不予许可的理由' } },
          'certificate.handover': {
            label: '领取证照',
            hint: '本人或委托人领取',
            fields: { receivedBy: '领取人' },
          },
        },
        states: {
          review: '审核中',
          infoRequested: '待补正',
          approved: '已准予，待领取',
          issued: '已办结',
          rejected: '不予许可',
          lapsed: '逾期未补正',
          withdrawn: '已撤回',
        },
      },
      en: {
        events: {
          'info.add': en['info.add'],
          'case.urge': en['case.urge'],
          'case.withdraw': en['case.withdraw'],
          'info.request': {
            label: 'Ask for more information',
            hint: 'Tell the applicant what is missing',
            fields: { items: 'What is missing' },
          },
          'review.approve': { label: 'Approve', fields: { note: 'Note' } },
          'review.reject': { label: 'Refuse', fields: { reason: 'Why it is refused' } },
          'certificate.handover': {
            label: 'Hand over the certificate',
            hint: 'To the applicant or an authorised person',
            fields: { receivedBy: 'Received by' },
          },
        },
        states: {
          review: 'Under review',
          infoRequested: 'Information requested',
          approved: 'Approved, ready to collect',
          issued: 'Done',
          rejected: 'Refused',
          lapsed: 'Lapsed',
          withdrawn: 'Withdrawn',
        },
      },
    },
  },
  consultation: {
    events: consultationEvents,
    machine: cached(consultationMachine),
    channels: (opening) => ({
      ...Object.fromEntries(
        citizenChannels(opening).map((channel) => [
          channel,
          channel === 'web' || channel === 'open311' ? ['case.withdraw'] : ['case.answer', 'case.withdraw'],
        ]),
      ),
      staff: ['case.answer'],
    }),
    labels: {
      'zh-CN': {
        events: {
          'case.withdraw': zh['case.withdraw'],
          'case.answer': { label: '答复', fields: { answer: '答复内容' } },
        },
        states: { asked: '待答复', answered: '已答复', withdrawn: '已撤回' },
      },
      en: {
        events: {
          'case.withdraw': en['case.withdraw'],
          'case.answer': { label: 'Answer', fields: { answer: 'Answer' } },
        },
        states: { asked: 'Awaiting an answer', answered: 'Answered', withdrawn: 'Withdrawn' },
      },
    },
  },
};
