import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { defineHotlineRules, hotlineReview } from '../src/index.js';

const events = {
  'info.add': z.object({ note: z.string().min(1) }),
  'case.urge': z.object({ note: z.string().optional() }),
  'case.withdraw': z.object({ reason: z.string().optional() }),
  'case.assign': z.object({ department: z.string().min(1) }),
  'case.close': z.object({ answer: z.string().min(1) }),
  'visit.rate': z.object({ score: z.number().int().min(1).max(5), comment: z.string().optional() }),
};

function serviceMachine<TInput extends z.ZodType>(id: string, _input: TInput) {
  return setup({
    types: {
      context: {} as { notes: string[]; urges: number; score: number | null; withdrawReason: string | null },
      events: {} as CaseMachineEvents<typeof events>,
      input: {} as CaseMachineInput<TInput>,
    },
  }).createMachine({
    id,
    initial: 'received',
    context: { notes: [], urges: 0, score: null, withdrawReason: null },
    states: {
      received: {
        tags: ['open'],
        on: {
          'case.assign': 'handling',
          'case.withdraw': {
            target: 'withdrawn',
            actions: assign({ withdrawReason: ({ event }) => event.reason ?? null }),
          },
          'info.add': { actions: assign({ notes: ({ context, event }) => [...context.notes, event.note] }) },
          'case.urge': { actions: assign({ urges: ({ context }) => context.urges + 1 }) },
        },
      },
      handling: {
        tags: ['open'],
        on: {
          'case.close': 'closed',
          'case.withdraw': {
            target: 'withdrawn',
            actions: assign({ withdrawReason: ({ event }) => event.reason ?? null }),
          },
          'info.add': { actions: assign({ notes: ({ context, event }) => [...context.notes, event.note] }) },
          'case.urge': { actions: assign({ urges: ({ context }) => context.urges + 1 }) },
        },
      },
      closed: {
        tags: ['closed'],
        on: { 'visit.rate': { target: 'rated', actions: assign({ score: ({ event }) => event.score }) } },
      },
      rated: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  });
}

const noiseInput = z.object({
  address: z.string().min(1),
  description: z.string().min(1),
  time: z.string().optional(),
});
const lightInput = z.object({ location: z.string().min(1), description: z.string().min(1) });
const hotlinePolicy = ['info.add', 'case.urge', 'case.withdraw', 'visit.rate'] as const;

export const noise = defineService({
  id: 'noise-complaint',
  version: 1,
  title: 'Noise complaint',
  refPrefix: 'NC',
  machine: serviceMachine('noise', noiseInput),
  input: noiseInput,
  events,
  channels: { hotline: [...hotlinePolicy], web: [...hotlinePolicy], staff: '*' },
});

export const streetlight = defineService({
  id: 'streetlight-repair',
  version: 1,
  title: 'Streetlight repair',
  refPrefix: 'SL',
  machine: serviceMachine('streetlight', lightInput),
  input: lightInput,
  events,
  channels: { hotline: [...hotlinePolicy], web: [...hotlinePolicy], staff: '*' },
});

export const testServices = [noise, streetlight, hotlineReview] as const;

export const rules = defineHotlineRules({
  services: [
    {
      service: 'noise-complaint',
      refPrefix: 'NC',
      title: { zh: '噪音投诉', en: 'noise complaint' },
      cues: [
        {
          zh: ['噪音', '噪声', '太吵', '很吵', '吵得', '施工'],
          en: ['noise', 'noisy', 'loud', 'construction'],
          weight: 0.55,
        },
      ],
      input: (slots) =>
        slots.address && slots.description
          ? {
              address: slots.address,
              description: slots.description,
              ...(slots.time ? { time: slots.time } : {}),
            }
          : undefined,
      states: {
        received: { zh: '已受理，等待派单', en: 'received, waiting to be assigned' },
        handling: { zh: '处理中', en: 'being handled' },
        closed: { zh: '已办结，等待回访', en: 'closed, awaiting your feedback' },
        rated: { zh: '已办结并完成回访', en: 'closed and rated' },
        withdrawn: { zh: '已撤回', en: 'withdrawn' },
      },
    },
    {
      service: 'streetlight-repair',
      refPrefix: 'SL',
      title: { zh: '路灯报修', en: 'streetlight repair' },
      cues: [
        {
          zh: ['路灯', '灯不亮', '灯坏了'],
          en: ['streetlight', 'street light', 'lamp post', 'light is out'],
          weight: 0.6,
        },
      ],
      input: { location: 'address', description: 'description' },
      states: {
        received: { zh: '已受理', en: 'received' },
        handling: { zh: '维修中', en: 'being repaired' },
      },
    },
  ],
});

export const staff = { channel: 'staff', actor: { id: 'clerk-1' } };
export const web = { channel: 'web', actor: { id: 'citizen-1' } };
