import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';

export const DAY = 86_400_000;

const events = {
  'case.dispatch': z.object({ department: z.string().min(1) }),
  'case.close': z.object({ note: z.string().min(1) }),
  'external.linked': z.object({ serviceRequestId: z.string().min(1) }),
};

const input = z.object({
  description: z.string().trim().min(5).max(2000),
  address: z.string().min(3).optional(),
  lat: z.number().optional(),
  long: z.number().optional(),
  kind: z.enum(['out', 'flickering', 'damaged']),
  poleNumber: z.string().max(20).optional(),
  height: z.number().positive().optional(),
  seenAt: z.iso.datetime({ offset: true }).optional(),
  details: z.string().max(4000).optional(),
  hazards: z.array(z.enum(['traffic', 'wires', 'glass'])).optional(),
  lit: z.boolean().optional(),
});

interface LightContext {
  description: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  department: string | null;
  dueAt: number;
  note: string | null;
  externalId: string | null;
}

function lightMachine(forward: boolean) {
  return setup({
    types: {
      context: {} as LightContext,
      events: {} as CaseMachineEvents<typeof events>,
      input: {} as CaseMachineInput<typeof input>,
    },
  }).createMachine({
    id: 'streetLight',
    initial: 'received',
    context: ({ input }) => ({
      description: input.description,
      address: input.address ?? null,
      lat: input.lat ?? null,
      long: input.long ?? null,
      department: null,
      dueAt: input.at + 3 * DAY,
      note: null,
      externalId: null,
    }),
    on: { 'external.linked': { actions: assign({ externalId: ({ event }) => event.serviceRequestId }) } },
    states: {
      received: {
        entry: forward ? emit({ type: 'open311.forward' }) : [],
        on: {
          'case.dispatch': {
            target: 'handling',
            actions: assign({ department: ({ event }) => event.department }),
          },
        },
      },
      handling: {
        on: { 'case.close': { target: 'closed', actions: assign({ note: ({ event }) => event.note }) } },
      },
      closed: { type: 'final' },
    },
  });
}

const zh = {
  title: '路灯故障',
  description: '报告路灯不亮、闪烁或损坏',
  fields: {
    description: '问题描述',
    address: '地址',
    lat: '纬度',
    long: '经度',
    kind: {
      label: '故障类型',
      hint: '不亮、闪烁或损坏',
      values: { out: '不亮', flickering: '闪烁', damaged: '损坏' },
    },
    poleNumber: { label: '灯杆编号', hint: '灯杆上的铭牌号' },
    height: '高度（米）',
    seenAt: '发现时间',
    details: '详细情况',
    hazards: { label: '安全隐患', values: { traffic: '影响交通', wires: '电线外露', glass: '玻璃碎片' } },
    lit: '白天是否亮着',
  },
  events: { 'case.dispatch': '派单', 'case.close': '办结', 'external.linked': '关联外部工单' },
  states: { received: '已受理', handling: '处置中', closed: '已办结' },
};
const en = {
  title: 'Street light fault',
  description: 'Report a street light that is out, flickering or damaged',
  fields: {
    description: 'What is wrong',
    address: 'Address',
    lat: 'Latitude',
    long: 'Longitude',
    kind: {
      label: 'Kind of fault',
      hint: 'Out, flickering or damaged',
      values: { out: 'Out', flickering: 'Flickering', damaged: 'Damaged' },
    },
    poleNumber: { label: 'Pole number', hint: 'The plate on the pole' },
    height: 'Height (m)',
    seenAt: 'When you saw it',
    details: 'Details',
    hazards: {
      label: 'Hazards',
      values: { traffic: 'In the way of traffic', wires: 'Bare wires', glass: 'Broken glass' },
    },
    lit: 'Lit during the day',
  },
  events: { 'case.dispatch': 'Dispatch', 'case.close': 'Close', 'external.linked': 'Link external request' },
  states: { received: 'Received', handling: 'Being fixed', closed: 'Fixed' },
};

function lightService(id: string, forward: boolean) {
  return defineService({
    id,
    version: 1,
    title: 'Street light fault',
    refPrefix: 'SL',
    machine: lightMachine(forward),
    input,
    events,
    channels: {
      open311: [],
      web: [],
      staff: ['case.dispatch', 'case.close'],
      integration: ['external.linked'],
    },
    open: ['open311', 'web'],
    index: {
      department: ({ context }) => context.department,
      dueAt: ({ context }) => context.dueAt,
    },
    labels: { 'zh-CN': zh, en },
  });
}

/** A report with dispatch, offered through Open311. */
export const streetLight = lightService('street-light', false);
/** The same report on a city that forwards each new case to another Open311 back-end. */
export const forwardedLight = lightService('forwarded-light', true);

/** A service Open311 may not open (its policy does not list the channel). */
export const counterOnly = defineService({
  id: 'counter-only',
  version: 1,
  title: 'Counter only',
  refPrefix: 'CO',
  machine: setup({ types: { events: {} as { type: 'case.close' } } }).createMachine({
    id: 'counterOnly',
    initial: 'open',
    states: { open: { on: { 'case.close': 'done' } }, done: { type: 'final' } },
  }),
  input: z.object({ name: z.string() }),
  events: { 'case.close': z.object({}) },
  channels: { counter: '*' },
});

export const API_KEY = 'key-fixmystreet';
export const JURISDICTION = 'city.example';
