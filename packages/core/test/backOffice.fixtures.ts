import { assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { type CaseMachineEvents, type CaseMachineInput, defineService } from '../src/index.js';

const events = {
  'case.dispatch': z.object({ department: z.string().min(1), dueAt: z.number().optional() }),
  'case.reply': z.object({ answer: z.string().min(1) }),
  'case.notify': z.object({ to: z.string() }),
};
const input = z.object({ district: z.string(), priority: z.number().optional() });

const machine = setup({
  types: {
    context: {} as { district: string; department: string | null; dueAt: number | null; priority: number },
    events: {} as CaseMachineEvents<typeof events>,
    input: {} as CaseMachineInput<typeof input>,
  },
}).createMachine({
  id: 'ticket',
  initial: 'received',
  context: ({ input }) => ({
    district: input.district,
    department: null,
    dueAt: null,
    priority: input.priority ?? 0,
  }),
  on: { 'case.notify': { actions: emit(({ event }) => ({ type: 'sms.send', to: event.to })) } },
  states: {
    received: {
      on: {
        'case.dispatch': {
          target: 'handling.assigned',
          actions: [
            assign({
              department: ({ event }) => event.department,
              dueAt: ({ event }) => event.dueAt ?? null,
            }),
            emit(({ event }) => ({ type: 'department.notify', department: event.department })),
          ],
        },
      },
    },
    handling: {
      tags: ['open'],
      initial: 'assigned',
      states: { assigned: {} },
      on: { 'case.reply': 'replied' },
    },
    replied: { type: 'final' },
  },
});

/** A work-order-like service with index fields, for queries, queues and effects. */
export const ticket = defineService({
  id: 'ticket',
  version: 1,
  title: 'Ticket',
  refPrefix: 'TK',
  machine,
  input,
  events,
  channels: { staff: '*', web: ['case.notify'] },
  index: {
    district: ({ context }) => context.district,
    department: ({ context }) => context.department,
    dueAt: ({ context }) => context.dueAt,
    priority: ({ context }) => context.priority,
  },
  indexTypes: { district: 'string', dueAt: 'number', priority: 'number' },
});

export const staff = { channel: 'staff', actor: { id: 'agent-1' } };
