import { z } from 'zod';

/** One day in milliseconds: the unit every city time limit is written in. */
export const DAY = 86_400_000;

/**
 * Payload schemas of the events several city services share, so a channel adapter can
 * send `info.add`, `case.urge`, `case.withdraw` or `visit.rate` without knowing the service.
 *
 * @example
 * ```ts
 * const events = { 'info.add': commonEvents['info.add'], 'case.withdraw': commonEvents['case.withdraw'] };
 * ```
 */
export const commonEvents = {
  /** The citizen (or a clerk for them) adds information to an open case. */
  'info.add': z.object({ note: z.string().trim().min(1).max(2000) }),
  /** The citizen urges (催办) a case that is taking too long. */
  'case.urge': z.object({ note: z.string().trim().min(1).max(500).optional() }),
  /** The citizen withdraws the case. */
  'case.withdraw': z.object({ reason: z.string().trim().min(1).max(500).optional() }),
  /** The citizen's satisfaction with the outcome, asked in a return visit (回访). */
  'visit.rate': z.object({
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().min(1).max(1000).optional(),
  }),
};

/**
 * The zh-CN and en labels of the shared events (and their payload fields), spread into each service's `labels`.
 *
 * @example
 * ```ts
 * const events = { 'info.add': commonEventLabels['zh-CN']['info.add'] };
 * ```
 */
export const commonEventLabels = {
  'zh-CN': {
    'info.add': { label: '补充材料', hint: '为办理中的事项补充说明或材料', fields: { note: '补充说明' } },
    'case.urge': { label: '催办', hint: '事项办理超时时提醒承办部门', fields: { note: '催办说明' } },
    'case.withdraw': { label: '撤回', hint: '撤回本事项，撤回后不再办理', fields: { reason: '撤回原因' } },
    'visit.rate': {
      label: '回访评价',
      hint: '对办理结果打分（1–5 分）',
      fields: { score: { label: '满意度', hint: '5 非常满意 … 1 非常不满意' }, comment: '意见' },
    },
  },
  en: {
    'info.add': {
      label: 'Add information',
      hint: 'Add a note or documents to the open case',
      fields: { note: 'What to add' },
    },
    'case.urge': {
      label: 'Urge',
      hint: 'Remind the department when the case takes too long',
      fields: { note: 'Note' },
    },
    'case.withdraw': {
      label: 'Withdraw',
      hint: 'Withdraw the case; it will not be handled further',
      fields: { reason: 'Why you withdraw it' },
    },
    'visit.rate': {
      label: 'Rate the outcome',
      hint: 'Score the outcome from 1 to 5',
      fields: {
        score: { label: 'Satisfaction', hint: '5 very satisfied … 1 very dissatisfied' },
        comment: 'Comment',
      },
    },
  },
} as const;
