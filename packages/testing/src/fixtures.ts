/** A shared test domain: a small noise-complaint service every package's tests (and yours) can drive. */
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';

export const TWO_DAYS = 2 * 86_400_000;

export const noiseEvents = {
  'case.dispatch': z.object({ department: z.string().min(1) }),
  'info.add': z.object({ note: z.string().min(1) }),
  'documents.check': z.object({ ok: z.boolean() }),
  'case.reply': z.object({ answer: z.string().min(1) }),
  'case.withdraw': z.object({}),
};
export const noiseInput = z.object({ address: z.string().min(1), description: z.string().min(1) });

export const noiseMachine = setup({
  types: {
    context: {} as {
      address: string;
      notes: string[];
      department: string | null;
      reminders: number;
      openedAt: number;
      documentsOk: boolean;
    },
    events: {} as CaseMachineEvents<typeof noiseEvents>,
    input: {} as CaseMachineInput<typeof noiseInput>,
  },
}).createMachine({
  id: 'noise',
  initial: 'received',
  context: ({ input }) => ({
    address: input.address,
    notes: [],
    department: null,
    reminders: 0,
    openedAt: input.at,
    documentsOk: false,
  }),
  on: {
    'info.add': { actions: assign({ notes: ({ context, event }) => [...context.notes, event.note] }) },
  },
  states: {
    received: {
      tags: ['open'],
      on: {
        'case.dispatch': {
          target: 'handling',
          actions: [
            assign({ department: ({ event }) => event.department }),
            emit(({ event }) => ({ type: 'department.notify', department: event.department })),
          ],
        },
        'case.withdraw': 'withdrawn',
        'documents.check': { actions: assign({ documentsOk: ({ event }) => event.ok }) },
      },
    },
    handling: {
      tags: ['open'],
      after: {
        [TWO_DAYS]: {
          actions: [
            assign({ reminders: ({ context }) => context.reminders + 1 }),
            emit({ type: 'reminder' }),
          ],
          target: 'handling',
          reenter: true,
        },
      },
      on: {
        'case.reply': 'replied',
        'case.withdraw': 'withdrawn',
      },
    },
    replied: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export const noise = defineService({
  id: 'noise-complaint',
  version: 1,
  title: 'Noise complaint',
  refPrefix: 'NC',
  machine: noiseMachine,
  input: noiseInput,
  events: noiseEvents,
  channels: {
    web: ['info.add', 'case.withdraw'],
    counter: '*',
    hotline: ['info.add', 'case.withdraw'],
    staff: ['case.dispatch', 'case.reply', 'info.add'],
  },
  index: { department: ({ context }) => context.department },
});
