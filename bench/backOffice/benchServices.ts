import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import {
  chinaWorkCalendar,
  defineDirectory,
  defineJurisdictions,
  defineWorkOrder,
} from '@onecase/governance';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';

// A queue case whose context stays the same size however many notes arrive, so `send` figures
// measure a command, not a growing snapshot; `note.notify` is `note.add` plus one emitted effect.
const queueEvents = {
  'note.add': z.object({ note: z.string().min(1) }),
  'note.notify': z.object({ note: z.string().min(1) }),
  'case.close': z.object({}),
};
const queueInput = z.object({ department: z.string().min(1), dueAt: z.number().int() });
const queueMachine = setup({
  types: {
    context: {} as { department: string; dueAt: number; notes: number; lastNote: string | null },
    events: {} as CaseMachineEvents<typeof queueEvents>,
    input: {} as CaseMachineInput<typeof queueInput>,
  },
}).createMachine({
  id: 'bench-queue',
  initial: 'waiting',
  context: ({ input }) => ({ department: input.department, dueAt: input.dueAt, notes: 0, lastNote: null }),
  states: {
    waiting: {
      tags: ['open'],
      on: {
        'note.add': {
          actions: assign({ notes: ({ context }) => context.notes + 1, lastNote: ({ event }) => event.note }),
        },
        'note.notify': {
          actions: [
            assign({ notes: ({ context }) => context.notes + 1, lastNote: ({ event }) => event.note }),
            emit(({ event }) => ({ type: 'bench.notify', note: event.note })),
          ],
        },
        'case.close': 'closed',
      },
    },
    closed: { type: 'final' },
  },
});

/** The bench's queue service: `department` and `dueAt` index fields, one effect on `note.notify`. */
export const queueService = defineService({
  id: 'bench-queue',
  version: 1,
  title: 'Bench queue case',
  refPrefix: 'BQ',
  machine: queueMachine,
  input: queueInput,
  events: queueEvents,
  channels: { counter: '*' },
  index: { department: ({ context }) => context.department, dueAt: ({ context }) => context.dueAt },
  queueIndexes: [['department', 'dueAt']],
});

const jurisdictions = defineJurisdictions({
  levels: [
    { id: 'city', zh: '市', en: 'City' },
    { id: 'district', zh: '区', en: 'District' },
    { id: 'street', zh: '街道', en: 'Street' },
  ],
  units: [
    { id: 'sh', zh: '示范市', en: 'Model City' },
    { id: 'east', parent: 'sh', zh: '东城区', en: 'East District' },
    { id: 'east-a', parent: 'east', zh: '安定门街道', en: 'Andingmen Subdistrict' },
  ],
});

/** The street office that leads lamp reports in the bench city. */
export const LAMP_OFFICE = 'east-a-office';

/** A work order over a three-unit city: what `computeKpis` is measured on. */
export const workOrder = defineWorkOrder({
  id: 'bench-order',
  version: 1,
  title: 'Bench work order',
  refPrefix: 'BO',
  categories: [
    { code: 'lamp', zh: '路灯不亮', en: 'Broken street lamp' },
    { code: 'pothole', zh: '道路坑洼', en: 'Pothole' },
  ],
  jurisdictions,
  directory: defineDirectory({
    jurisdictions,
    departments: [
      { id: 'city-roads', zh: '市道路管理中心', en: 'City Roads Centre', unit: 'sh', leads: ['pothole'] },
      { id: LAMP_OFFICE, zh: '安定门街道办事处', en: 'Andingmen Office', unit: 'east-a', leads: ['lamp'] },
    ],
  }),
  calendar: chinaWorkCalendar(),
  limits: { signFor: '1wd', resolve: { lamp: '3wd', '*': '5wd' } },
});
