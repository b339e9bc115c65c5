import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { commonEventLabels, commonEvents, DAY } from './commonEvents.js';

/** How long an applicant has to supply requested information before the application lapses. */
export const LICENCE_INFO_DEADLINE_MS = 30 * DAY;
/** How long an approved certificate waits at the counter before the applicant is reminded. */
export const LICENCE_COLLECTION_REMINDER_MS = 14 * DAY;

const licenceEvents = {
  'info.add': commonEvents['info.add'],
  'case.withdraw': commonEvents['case.withdraw'],
  /** At the counter: the clerk compares the original documents with the uploaded copies. */
  'originals.check': z.object({
    complete: z.boolean(),
    missing: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  }),
  /** Back office: more information is needed before a decision. */
  'info.request': z.object({ items: z.array(z.string().trim().min(1).max(200)).min(1).max(20) }),
  /** Back office: the licence is granted under this number. */
  'licence.approve': z.object({
    licenceNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Z]{18}$/, 'an 18-character unified social credit code'),
  }),
  'licence.reject': z.object({ reason: z.string().trim().min(1).max(1000) }),
  /** At the counter: the certificate is handed over to the applicant or an authorised person. */
  'certificate.handover': z.object({
    receivedBy: z.string().trim().min(1).max(100),
    authorised: z.boolean().default(false),
  }),
};

const licenceInput = z.object({
  businessName: z.string().trim().min(2).max(100),
  legalRepresentative: z.string().trim().min(2).max(50),
  address: z.string().trim().min(3).max(200),
  activity: z.enum(['retail', 'catering', 'services', 'manufacturing', 'other']),
  /** Registered capital in yuan. */
  registeredCapital: z.number().int().positive().max(10_000_000_000),
  documents: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
});

interface LicenceContext {
  businessName: string;
  legalRepresentative: string;
  address: string;
  activity: string;
  registeredCapital: number;
  documents: string[];
  missingOriginals: string[];
  originalsCheckedAt: number | null;
  requestedInfo: string[];
  notes: { note: string; at: number; channel: string }[];
  licenceNumber: string | null;
  decidedAt: number | null;
  rejectionReason: string | null;
  handedOverTo: string | null;
  handedOverAt: number | null;
  submittedAt: number;
}

/** The business-licence machine: online submission, originals at the counter, review, certificate. */
export const businessLicenceMachine = setup({
  types: {
    context: {} as LicenceContext,
    events: {} as CaseMachineEvents<typeof licenceEvents>,
    input: {} as CaseMachineInput<typeof licenceInput>,
  },
  delays: {
    infoDeadline: LICENCE_INFO_DEADLINE_MS,
    collectionReminder: LICENCE_COLLECTION_REMINDER_MS,
  },
  guards: {
    originalsComplete: ({ event }) => event.type === 'originals.check' && event.complete,
  },
  actions: {
    addNote: assign({
      notes: ({ context, event }) =>
        event.type === 'info.add'
          ? [...context.notes, { note: event.note, at: event.at, channel: event.via.channel }]
          : context.notes,
    }),
  },
}).createMachine({
  id: 'businessLicence',
  initial: 'submitted',
  context: ({ input }) => ({
    businessName: input.businessName,
    legalRepresentative: input.legalRepresentative,
    address: input.address,
    activity: input.activity,
    registeredCapital: input.registeredCapital,
    documents: input.documents,
    missingOriginals: [],
    originalsCheckedAt: null,
    requestedInfo: [],
    notes: [],
    licenceNumber: null,
    decidedAt: null,
    rejectionReason: null,
    handedOverTo: null,
    handedOverAt: null,
    submittedAt: input.at,
  }),
  states: {
    submitted: {
      tags: ['open', 'awaiting-originals'],
      on: {
        'originals.check': [
          {
            guard: 'originalsComplete',
            target: 'review',
            actions: assign({ missingOriginals: [], originalsCheckedAt: ({ event }) => event.at }),
          },
          {
            actions: [
              assign({ missingOriginals: ({ event }) => event.missing }),
              emit(({ event }) => ({
                type: 'citizen.notify',
                template: 'licence-originals-missing',
                missing: event.missing,
              })),
            ],
          },
        ],
        'info.add': { actions: 'addNote' },
        'case.withdraw': 'withdrawn',
      },
    },
    review: {
      tags: ['open', 'in-review'],
      on: {
        'info.request': {
          target: 'infoRequested',
          actions: [
            assign({ requestedInfo: ({ event }) => event.items }),
            emit(({ event }) => ({
              type: 'citizen.notify',
              template: 'licence-info-requested',
              items: event.items,
            })),
          ],
        },
        'licence.approve': {
          target: 'approved',
          actions: [
            assign({ licenceNumber: ({ event }) => event.licenceNumber, decidedAt: ({ event }) => event.at }),
            emit(({ event }) => ({
              type: 'citizen.notify',
              template: 'licence-ready-for-collection',
              licenceNumber: event.licenceNumber,
            })),
          ],
        },
        'licence.reject': {
          target: 'rejected',
          actions: [
            assign({ rejectionReason: ({ event }) => event.reason, decidedAt: ({ event }) => event.at }),
            emit(({ event }) => ({
              type: 'citizen.notify',
              template: 'licence-rejected',
              reason: event.reason,
            })),
          ],
        },
        'info.add': { actions: 'addNote' },
        'case.withdraw': 'withdrawn',
      },
    },
    infoRequested: {
      tags: ['open', 'awaiting-citizen'],
      after: { infoDeadline: 'lapsed' },
      on: {
        'info.add': { target: 'review', actions: ['addNote', assign({ requestedInfo: [] })] },
        'case.withdraw': 'withdrawn',
      },
    },
    approved: {
      tags: ['open', 'awaiting-collection'],
      after: {
        collectionReminder: {
          actions: emit(({ context }) => ({
            type: 'citizen.notify',
            template: 'licence-collection-reminder',
            licenceNumber: context.licenceNumber,
          })),
        },
      },
      on: {
        'certificate.handover': {
          target: 'issued',
          actions: assign({
            handedOverTo: ({ event }) => event.receivedBy,
            handedOverAt: ({ event }) => event.at,
          }),
        },
      },
    },
    issued: { type: 'final' },
    rejected: { type: 'final' },
    lapsed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/**
 * The business-licence application: submitted online, originals checked at a counter,
 * reviewed by the back office (approve, reject or ask for more), certificate handed over
 * at the counter. Original documents and the certificate are counter-only.
 *
 * @example
 * ```ts
 * await router.send(ref, { type: 'originals.check', complete: true }, { via: { channel: 'counter', actor: { id: 'clerk-3' } } });
 * ```
 */
export const businessLicence = defineService({
  id: 'business-licence',
  version: 1,
  title: 'Business licence application',
  description:
    'Apply online, show the original documents at a service counter, collect the certificate there.',
  refPrefix: 'BL',
  machine: businessLicenceMachine,
  input: licenceInput,
  events: licenceEvents,
  channels: {
    web: ['info.add', 'case.withdraw'],
    counter: ['originals.check', 'certificate.handover', 'info.add', 'case.withdraw'],
    staff: ['info.request', 'licence.approve', 'licence.reject'],
  },
  // Department staff act on cases; citizens open them.
  labels: {
    'zh-CN': {
      title: '营业执照申请',
      description: '网上申请，到窗口核验材料原件，在窗口领取执照。',
      fields: {
        businessName: { label: '企业名称', hint: '拟登记的字号全称' },
        legalRepresentative: '法定代表人',
        address: { label: '经营场所', hint: '详细地址' },
        activity: {
          label: '经营类别',
          hint: '零售、餐饮、服务、制造或其他',
          values: {
            retail: '零售',
            catering: '餐饮',
            services: '服务',
            manufacturing: '制造',
            other: '其他',
          },
        },
        registeredCapital: { label: '注册资本（元）', hint: '以人民币元计' },
        documents: { label: '申请材料', hint: '已上传材料的名称' },
      },
      events: {
        'info.add': commonEventLabels['zh-CN']['info.add'],
        'case.withdraw': commonEventLabels['zh-CN']['case.withdraw'],
        'originals.check': {
          label: '核验原件',
          hint: '窗口人员比对原件与上传材料',
          fields: { complete: '原件是否齐全', missing: '缺少的原件' },
        },
        'info.request': {
          label: '要求补正',
          hint: '告知申请人需补充的材料',
          fields: { items: '需补正的材料' },
        },
        'licence.approve': {
          label: '准予许可',
          hint: '填写统一社会信用代码',
          fields: { licenceNumber: { label: '统一社会信用代码', hint: '18 位' } },
        },
        'licence.reject': { label: '不予许可', fields: { reason: '不予许可的理由' } },
        'certificate.handover': {
          label: '领取执照',
          hint: '本人或委托人领取',
          fields: { receivedBy: '领取人', authorised: '是否为委托人' },
        },
      },
      states: {
        submitted: '已提交，待核验原件',
        review: '审核中',
        infoRequested: '待补正',
        approved: '已准予，待领取',
        issued: '已发证',
        rejected: '不予许可',
        lapsed: '逾期未补正，已失效',
        withdrawn: '已撤回',
      },
    },
    en: {
      title: 'Business licence application',
      description:
        'Apply online, show the original documents at a service counter, collect the certificate there.',
      fields: {
        businessName: { label: 'Business name', hint: 'The full name to register' },
        legalRepresentative: 'Legal representative',
        address: { label: 'Business address', hint: 'Full address of the premises' },
        activity: {
          label: 'Line of business',
          hint: 'Retail, catering, services, manufacturing or other',
          values: {
            retail: 'Retail',
            catering: 'Catering',
            services: 'Services',
            manufacturing: 'Manufacturing',
            other: 'Other',
          },
        },
        registeredCapital: { label: 'Registered capital (yuan)', hint: 'In renminbi yuan' },
        documents: { label: 'Documents', hint: 'Names of the uploaded documents' },
      },
      events: {
        'info.add': commonEventLabels.en['info.add'],
        'case.withdraw': commonEventLabels.en['case.withdraw'],
        'originals.check': {
          label: 'Check the originals',
          hint: 'Compare the originals with the uploaded copies',
          fields: { complete: 'Are all originals there?', missing: 'Missing originals' },
        },
        'info.request': {
          label: 'Ask for more information',
          hint: 'Tell the applicant what is missing',
          fields: { items: 'What is missing' },
        },
        'licence.approve': {
          label: 'Grant the licence',
          hint: 'Enter the unified social credit code',
          fields: { licenceNumber: { label: 'Unified social credit code', hint: '18 characters' } },
        },
        'licence.reject': { label: 'Refuse the licence', fields: { reason: 'Why it is refused' } },
        'certificate.handover': {
          label: 'Hand over the certificate',
          hint: 'To the applicant or an authorised person',
          fields: { receivedBy: 'Received by', authorised: 'An authorised person?' },
        },
      },
      states: {
        submitted: 'Submitted, originals to be checked',
        review: 'Under review',
        infoRequested: 'Information requested',
        approved: 'Granted, ready to collect',
        issued: 'Issued',
        rejected: 'Refused',
        lapsed: 'Lapsed (information not given in time)',
        withdrawn: 'Withdrawn',
      },
    },
  },
  open: ['web', 'counter'],
});
