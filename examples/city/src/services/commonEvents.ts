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
