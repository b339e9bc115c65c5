import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { z } from 'zod';
import { commonEventLabels, commonEvents, DAY } from './commonEvents.js';

/** How long a residential parking permit is valid. */
export const PERMIT_VALIDITY_MS = 365 * DAY;
/** How long before expiry the holder is invited to renew (and renewal opens). */
export const PERMIT_RENEWAL_WINDOW_MS = 30 * DAY;
/** How long an application waits for the applicant to be identified at a counter. */
export const PERMIT_IDENTITY_DEADLINE_MS = 14 * DAY;

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/**
 * A Chinese number plate, spaces and the middle dot removed: province, city letter, then 5
 * characters (6 for new-energy vehicles), e.g. `粤B·D12345` → `粤BD12345`.
 */
export const plateSchema = z
  .string()
  .transform((plate) => plate.replace(/[\s·.-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .regex(new RegExp(`^[${PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$`), 'a plate such as 粤B12345'),
  );

const permitEvents = {
  'case.withdraw': commonEvents['case.withdraw'],
  /** At the counter: the applicant is identified, e.g. by scanning their personal service code. */
  'identity.verify': z.object({ method: z.enum(['service-code', 'resident-id']) }),
  /** Back office: the permit is granted for a zone. */
  'permit.approve': z.object({
    zone: z
      .string()
      .trim()
      .regex(/^[A-Z]\d{1,2}$/, 'a zone such as T3'),
  }),
  'permit.reject': z.object({ reason: z.string().trim().min(1).max(1000) }),
  /** The holder renews during the renewal window (online or at a counter). */
  'permit.renew': z.object({}),
};

const permitInput = z.object({
  plate: plateSchema,
  address: z.string().trim().min(3).max(200),
  /** Who owns the vehicle: the applicant, a family member or an employer (company car). */
  ownership: z.enum(['own', 'family', 'company']).default('own'),
});

interface PermitContext {
  plate: string;
  address: string;
  ownership: string;
  identifiedBy: string | null;
  identifiedAt: number | null;
  zone: string | null;
  validFrom: number | null;
  validUntil: number | null;
  renewals: number;
  rejectionReason: string | null;
  appliedAt: number;
}

/** The residential parking permit machine: apply, identify, approve, renew, expire. */
export const parkingPermitMachine = setup({
  types: {
    context: {} as PermitContext,
    events: {} as CaseMachineEvents<typeof permitEvents>,
    input: {} as CaseMachineInput<typeof permitInput>,
  },
  delays: {
    identityDeadline: PERMIT_IDENTITY_DEADLINE_MS,
    // Both count back from the stored expiry, so a renewal or a late-firing timer keeps the dates right.
    untilRenewalWindow: ({ context, event }) =>
      Math.max(0, (context.validUntil ?? event.at) - PERMIT_RENEWAL_WINDOW_MS - event.at),
    untilExpiry: ({ context, event }) => Math.max(0, (context.validUntil ?? event.at) - event.at),
  },
}).createMachine({
  id: 'parkingPermit',
  initial: 'applied',
  context: ({ input }) => ({
    plate: input.plate,
    address: input.address,
    ownership: input.ownership,
    identifiedBy: null,
    identifiedAt: null,
    zone: null,
    validFrom: null,
    validUntil: null,
    renewals: 0,
    rejectionReason: null,
    appliedAt: input.at,
  }),
  states: {
    applied: {
      tags: ['open', 'awaiting-identity'],
      after: { identityDeadline: 'lapsed' },
      on: {
        'identity.verify': {
          target: 'review',
          actions: assign({
            identifiedBy: ({ event }) => event.method,
            identifiedAt: ({ event }) => event.at,
          }),
        },
        'case.withdraw': 'withdrawn',
      },
    },
    review: {
      tags: ['open', 'in-review'],
      on: {
        'permit.approve': {
          target: 'active',
          actions: [
            assign({
              zone: ({ event }) => event.zone,
              validFrom: ({ event }) => event.at,
              validUntil: ({ event }) => event.at + PERMIT_VALIDITY_MS,
            }),
            emit(({ event }) => ({ type: 'citizen.notify', template: 'permit-approved', zone: event.zone })),
          ],
        },
        'permit.reject': {
          target: 'rejected',
          actions: assign({ rejectionReason: ({ event }) => event.reason }),
        },
        'case.withdraw': 'withdrawn',
      },
    },
    active: {
      tags: ['valid'],
      initial: 'valid',
      states: {
        valid: {
          after: { untilRenewalWindow: 'renewalDue' },
        },
        renewalDue: {
          tags: ['renewable'],
          entry: emit(({ context }) => ({
            type: 'citizen.notify',
            template: 'permit-renewal-due',
            validUntil: context.validUntil,
          })),
          after: { untilExpiry: '#parkingPermit.expired' },
          on: {
            'permit.renew': {
              target: 'valid',
              actions: assign({
                // A renewal extends from the old expiry, so renewing early loses no days.
                validUntil: ({ context, event }) => (context.validUntil ?? event.at) + PERMIT_VALIDITY_MS,
                renewals: ({ context }) => context.renewals + 1,
              }),
            },
          },
        },
      },
      on: { 'case.withdraw': 'withdrawn' },
    },
    expired: {
      type: 'final',
      entry: emit(({ context }) => ({
        type: 'citizen.notify',
        template: 'permit-expired',
        plate: context.plate,
      })),
    },
    rejected: { type: 'final' },
    lapsed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/**
 * The residential parking permit: applied for online, the applicant identified at a counter
 * with their personal service code, approved by the back office, renewable in the last 30
 * days, expired by a durable timer when not renewed.
 *
 * @example
 * ```ts
 * await router.open({ service: 'parking-permit', input: { plate: '粤B 12345', address: '3 Lychee Lane' }, via });
 * ```
 */
export const parkingPermit = defineService({
  id: 'parking-permit',
  version: 1,
  title: 'Residential parking permit',
  description: 'Apply online, be identified once at a counter with your service code, renew each year.',
  refPrefix: 'PP',
  machine: parkingPermitMachine,
  input: permitInput,
  events: permitEvents,
  channels: {
    web: ['permit.renew', 'case.withdraw'],
    counter: ['identity.verify', 'permit.renew', 'case.withdraw'],
    staff: ['permit.approve', 'permit.reject'],
  },
  // Department staff act on cases; citizens open them.
  labels: {
    'zh-CN': {
      title: '居民停车许可',
      description: '网上申请，凭服务码到窗口核验一次身份，每年续期。',
      fields: {
        plate: { label: '车牌号', hint: '例如 粤B12345' },
        address: { label: '居住地址', hint: '停车许可所在的小区地址' },
        ownership: {
          label: '车辆归属',
          hint: '本人、家庭成员或单位',
          values: { own: '本人', family: '家庭成员', company: '单位' },
        },
      },
      events: {
        'case.withdraw': commonEventLabels['zh-CN']['case.withdraw'],
        'identity.verify': {
          label: '核验身份',
          hint: '扫描服务码或核验居民身份证',
          fields: {
            method: {
              label: '核验方式',
              values: { 'service-code': '个人服务码', 'resident-id': '居民身份证' },
            },
          },
        },
        'permit.approve': { label: '核发许可', hint: '填写停车区域，例如 T3', fields: { zone: '停车区域' } },
        'permit.reject': { label: '不予核发', fields: { reason: '不予核发的理由' } },
        'permit.renew': { label: '续期', hint: '在续期期间内办理' },
      },
      states: {
        applied: '已申请，待核验身份',
        review: '审核中',
        active: '有效',
        'active.valid': '有效期内',
        'active.renewalDue': '有效，可续期',
        expired: '已过期',
        rejected: '不予核发',
        lapsed: '逾期未核验，已失效',
        withdrawn: '已撤回',
      },
    },
    en: {
      title: 'Residential parking permit',
      description: 'Apply online, be identified once at a counter with your service code, renew each year.',
      fields: {
        plate: { label: 'Number plate', hint: 'e.g. 粤B12345' },
        address: { label: 'Home address', hint: 'The estate the permit is for' },
        ownership: {
          label: 'Vehicle owner',
          hint: 'You, a family member or a company',
          values: { own: 'You', family: 'A family member', company: 'A company' },
        },
      },
      events: {
        'case.withdraw': commonEventLabels.en['case.withdraw'],
        'identity.verify': {
          label: 'Verify identity',
          hint: 'Scan the service code or check the resident ID',
          fields: {
            method: {
              label: 'How',
              values: { 'service-code': 'Personal service code', 'resident-id': 'Resident ID card' },
            },
          },
        },
        'permit.approve': {
          label: 'Grant the permit',
          hint: 'Enter the zone, e.g. T3',
          fields: { zone: 'Zone' },
        },
        'permit.reject': { label: 'Refuse the permit', fields: { reason: 'Why it is refused' } },
        'permit.renew': { label: 'Renew', hint: 'During the renewal window' },
      },
      states: {
        applied: 'Applied, identity to be verified',
        review: 'Under review',
        active: 'Valid',
        'active.valid': 'Valid',
        'active.renewalDue': 'Valid, renewal due',
        expired: 'Expired',
        rejected: 'Refused',
        lapsed: 'Lapsed (identity not verified in time)',
        withdrawn: 'Withdrawn',
      },
    },
  },
  open: ['web', 'counter'],
});
