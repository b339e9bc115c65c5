import {
  type CaseMachineEvents,
  type CaseMachineInput,
  type CaseView,
  defineService,
  isSealedValue,
  type RouterClient,
  unsealValue,
} from '@onecase/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { hasIdentifiers } from './redactIdentifiers.js';
import { HOTLINE_REVIEW_LABELS } from './reviewLabels.js';

/** Why a call went to a human instead of being acted on. */
export type ReviewReason =
  | 'low-confidence'
  | 'wrong-reference'
  | 'unknown-reference'
  | 'several-references'
  | 'several-cases'
  | 'no-case'
  | 'missing-slots'
  | 'refused'
  | 'not-verified'
  | 'unconfirmed-reference'
  | 'abuse'
  | 'no-request';

/**
 * Every review reason, in a stable order.
 *
 * @example
 * ```ts
 * REVIEW_REASONS.includes('wrong-reference'); // true
 * ```
 */
export const REVIEW_REASONS: readonly ReviewReason[] = [
  'low-confidence',
  'wrong-reference',
  'unknown-reference',
  'several-references',
  'several-cases',
  'no-case',
  'missing-slots',
  'refused',
  'not-verified',
  'unconfirmed-reference',
  'abuse',
  'no-request',
];

/**
 * The service id of review items.
 *
 * @example
 * ```ts
 * cases.filter((view) => view.service.id !== HOTLINE_REVIEW_SERVICE);
 * ```
 */
export const HOTLINE_REVIEW_SERVICE = 'hotline-review';

/**
 * The citizen key every review item is filed under, so `client.find({ accountId: HOTLINE_REVIEW_QUEUE })`
 * lists the queue through any `RouterClient` (in-process or HTTP). It is not a real account id.
 *
 * @example
 * ```ts
 * await client.find({ accountId: HOTLINE_REVIEW_QUEUE });
 * ```
 */
export const HOTLINE_REVIEW_QUEUE = 'queue:hotline-review';

const clear = (what: string) =>
  z.string().refine((text) => !hasIdentifiers(text), `${what} must not hold a phone or ID number in clear`);

const reviewInput = z.object({
  callId: z.string().min(1),
  language: z.enum(['zh', 'en']),
  /** The number to call back, sealed (`sealValue`, AES-256-GCM under the router secret): open it with `reviewCallback`. */
  callback: z.string().refine(isSealedValue, 'callback must be a sealed value').optional(),
  /** Whether the callback number is the one the call came from (else the caller only read it out). */
  callbackVerified: z.boolean().optional(),
  /** The keyed hash of the caller's phone (`citizenKeys`), to find their cases without the number. */
  callerKey: z.string().optional(),
  agentId: z.string().min(1),
  items: z
    .array(
      z.object({
        intent: z.string(),
        reason: z.enum(REVIEW_REASONS as [ReviewReason, ...ReviewReason[]]),
        confidence: z.number().min(0).max(1),
        detail: clear('detail').optional(),
      }),
    )
    .min(1),
  heardRefs: z.array(z.object({ ref: z.string(), valid: z.boolean() })),
  /** What the caller said, normalized and with identifiers redacted, so the reviewer need not open the recording first. */
  excerpt: clear('excerpt').pipe(z.string().max(2000)),
});

const reviewEvents = {
  'review.resolve': z.object({ resolution: z.string().min(1), caseRef: z.string().optional() }),
  'review.dismiss': z.object({ reason: z.string().min(1) }),
};

type ReviewInput = z.output<typeof reviewInput>;

const reviewMachine = setup({
  types: {
    context: {} as ReviewInput & {
      receivedAt: number;
      resolution: string | null;
      caseRef: string | null;
      closedBy: string | null;
    },
    events: {} as CaseMachineEvents<typeof reviewEvents>,
    input: {} as CaseMachineInput<typeof reviewInput>,
  },
}).createMachine({
  id: 'hotline-review',
  initial: 'pending',
  context: ({ input }) => {
    const { at, via: _via, ...fields } = input;
    return { ...fields, receivedAt: at, resolution: null, caseRef: null, closedBy: null };
  },
  states: {
    pending: {
      tags: ['open'],
      on: {
        'review.resolve': {
          target: 'resolved',
          actions: assign({
            resolution: ({ event }) => event.resolution,
            caseRef: ({ event }) => event.caseRef ?? null,
            closedBy: ({ event }) => event.via.actor.id,
          }),
        },
        'review.dismiss': {
          target: 'dismissed',
          actions: assign({
            resolution: ({ event }) => event.reason,
            closedBy: ({ event }) => event.via.actor.id,
          }),
        },
      },
    },
    resolved: { type: 'final' },
    dismissed: { type: 'final' },
  },
});

/**
 * The hotline's review queue as a tiny service: each call a human must look at becomes a
 * case (reference `HR-…`), durable in the store and visible through every channel; a
 * supervisor resolves it (naming the case they acted on) or dismisses it. Register it
 * with the router beside your services.
 *
 * @example
 * ```ts
 * const router = createRouter({ services: [...cityServices, hotlineReview] });
 * for (const item of await listReviewItems(router)) console.log(item.ref, item.context);
 * await router.send(ref, { type: 'review.resolve', resolution: 'info added to NC-…' }, { via });
 * ```
 */
export const hotlineReview = defineService({
  id: HOTLINE_REVIEW_SERVICE,
  version: 1,
  title: 'Hotline call review',
  description: HOTLINE_REVIEW_LABELS.en.description,
  refPrefix: 'HR',
  machine: reviewMachine,
  input: reviewInput,
  events: reviewEvents,
  channels: { hotline: '*', staff: '*' },
  labels: HOTLINE_REVIEW_LABELS,
});

/** The input of a review item. */
export type HotlineReviewInput = z.input<typeof reviewInput>;

/**
 * Lists the review items still waiting for a human, oldest first.
 *
 * @example
 * ```ts
 * const waiting = await listReviewItems(router);
 * waiting[0]?.context; // { callId, items: [{ intent: 'urge', reason: 'several-cases', … }], … }
 * ```
 */
export async function listReviewItems(client: Pick<RouterClient, 'find'>): Promise<CaseView[]> {
  const items = await client.find({ accountId: HOTLINE_REVIEW_QUEUE });
  return items.filter((item) => item.service.id === HOTLINE_REVIEW_SERVICE && !item.state.done);
}

/**
 * Opens the sealed callback number of a review item with the router secret it was sealed
 * under; `undefined` when the call left none (a withheld number, or no secret given).
 *
 * @example
 * ```ts
 * const phone = reviewCallback(item, process.env.ONECASE_SECRET!);
 * ```
 */
export function reviewCallback(item: Pick<CaseView, 'context'>, secret: string): string | undefined {
  const sealed = (item.context as { callback?: unknown }).callback;
  return typeof sealed === 'string' ? unsealValue(secret, sealed) : undefined;
}
