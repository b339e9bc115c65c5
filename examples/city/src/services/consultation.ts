import { type CaseMachineEvents, type CaseMachineInput, defineService } from '@onecase/core';
import { assign, setup } from 'xstate';
import { z } from 'zod';
import { commonEventLabels, commonEvents } from './commonEvents.js';

const consultationEvents = {
  'case.withdraw': commonEvents['case.withdraw'],
  /** The agent (or the online help desk) answers the question; the case closes at once. */
  'case.answer': z.object({
    answer: z.string().trim().min(1).max(4000),
    /** The policy or page the answer is based on, for the quality check. */
    source: z.string().trim().min(1).max(300).optional(),
  }),
};

const consultationInput = z.object({
  question: z.string().trim().min(3).max(2000),
  topic: z.enum(['licences', 'parking', 'noise', 'social-security', 'housing', 'other']).default('other'),
});

interface ConsultationContext {
  question: string;
  topic: string;
  answer: string | null;
  source: string | null;
  answeredBy: string | null;
  askedAt: number;
  closedAt: number | null;
}

/** The consultation machine: a question, then an answer or a hang-up. */
export const consultationMachine = setup({
  types: {
    context: {} as ConsultationContext,
    events: {} as CaseMachineEvents<typeof consultationEvents>,
    input: {} as CaseMachineInput<typeof consultationInput>,
  },
}).createMachine({
  id: 'consultation',
  initial: 'asked',
  context: ({ input }) => ({
    question: input.question,
    topic: input.topic,
    answer: null,
    source: null,
    answeredBy: null,
    askedAt: input.at,
    closedAt: null,
  }),
  states: {
    asked: {
      tags: ['open'],
      on: {
        'case.answer': {
          target: 'answered',
          actions: assign({
            answer: ({ event }) => event.answer,
            source: ({ event }) => event.source ?? null,
            answeredBy: ({ event }) => event.via.actor.id,
            closedAt: ({ event }) => event.at,
          }),
        },
        'case.withdraw': { target: 'withdrawn', actions: assign({ closedAt: ({ event }) => event.at }) },
      },
    },
    answered: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/**
 * A consultation (咨询): a question answered at once on the hotline or online and closed in
 * the same call, kept as a case so the answer is on record.
 *
 * @example
 * ```ts
 * const c = await router.open({ service: 'consultation', input: { question: 'Where do I renew my permit?' }, via });
 * await router.send(c.ref, { type: 'case.answer', answer: 'Online or at any counter.' }, { via });
 * ```
 */
export const consultation = defineService({
  id: 'consultation',
  version: 1,
  title: 'Consultation',
  description: 'Ask a question about a city service; answered on the call or online.',
  refPrefix: 'CQ',
  machine: consultationMachine,
  input: consultationInput,
  events: consultationEvents,
  labels: {
    'zh-CN': {
      title: '政策咨询',
      description: '咨询城市服务相关问题；通话中或在线答复。',
      fields: {
        question: { label: '咨询内容', hint: '请描述您想了解的问题' },
        topic: {
          label: '咨询类别',
          hint: '证照、停车、噪声、社保、住房或其他',
          values: {
            licences: '证照',
            parking: '停车',
            noise: '噪声',
            'social-security': '社保',
            housing: '住房',
            other: '其他',
          },
        },
      },
      events: {
        'case.withdraw': commonEventLabels['zh-CN']['case.withdraw'],
        'case.answer': {
          label: '答复',
          hint: '答复后事项即办结',
          fields: { answer: '答复内容', source: { label: '答复依据', hint: '所依据的政策或页面' } },
        },
      },
      states: { asked: '待答复', answered: '已答复', withdrawn: '已撤回' },
    },
    en: {
      title: 'Consultation',
      description: 'Ask a question about a city service; answered on the call or online.',
      fields: {
        question: { label: 'Your question', hint: 'What would you like to know?' },
        topic: {
          label: 'Topic',
          hint: 'Licences, parking, noise, social security, housing or other',
          values: {
            licences: 'Licences',
            parking: 'Parking',
            noise: 'Noise',
            'social-security': 'Social security',
            housing: 'Housing',
            other: 'Other',
          },
        },
      },
      events: {
        'case.withdraw': commonEventLabels.en['case.withdraw'],
        'case.answer': {
          label: 'Answer',
          hint: 'The case closes once answered',
          fields: {
            answer: 'Answer',
            source: { label: 'Source', hint: 'The policy or page the answer is based on' },
          },
        },
      },
      states: { asked: 'Awaiting an answer', answered: 'Answered', withdrawn: 'Withdrawn' },
    },
  },
  channels: {
    hotline: ['case.answer', 'case.withdraw'],
    web: ['case.answer', 'case.withdraw'],
    counter: ['case.answer', 'case.withdraw'],
  },
});
