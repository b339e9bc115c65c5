import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';

export const DAY = 86_400_000;

export const permitEvents = {
  'info.add': z.object({ note: z.string().min(1) }),
  'permit.approve': z.object({ zone: z.string().regex(/^[A-Z]\d$/) }),
  'permit.reject': z.object({ reason: z.string().min(1) }),
  'case.withdraw': z.object({}),
};
export const permitInput = z.object({ plate: z.string().min(3) });

/** A small permit workflow: review, approval with a zone, expiry after 30 days. */
export const samplePermit = defineService({
  id: 'sample-permit',
  version: 1,
  title: 'Sample permit',
  refPrefix: 'SP',
  machine: setup({
    types: {
      context: {} as { plate: string; notes: string[]; zone: string | null },
      events: {} as CaseMachineEvents<typeof permitEvents>,
      input: {} as CaseMachineInput<typeof permitInput>,
    },
    delays: { validity: 30 * DAY },
  }).createMachine({
    id: 'samplePermit',
    initial: 'review',
    context: ({ input }) => ({ plate: input.plate, notes: [], zone: null }),
    states: {
      review: {
        on: {
          'info.add': { actions: assign({ notes: ({ context, event }) => [...context.notes, event.note] }) },
          'permit.approve': {
            target: 'active',
            actions: [assign({ zone: ({ event }) => event.zone }), emit({ type: 'citizen.notify' })],
          },
          'permit.reject': 'rejected',
          'case.withdraw': 'withdrawn',
        },
      },
      active: { after: { validity: 'expired' }, on: { 'case.withdraw': 'withdrawn' } },
      expired: { type: 'final' },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  }),
  input: permitInput,
  events: permitEvents,
  channels: { web: ['info.add', 'case.withdraw'], staff: ['permit.approve', 'permit.reject'] },
});

export const citizen = { channel: 'web', actor: { id: 'citizen-1' } };
export const officer = { channel: 'staff', actor: { id: 'officer-1' } };
