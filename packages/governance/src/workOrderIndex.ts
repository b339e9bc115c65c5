import type { WorkOrderContext } from './workOrderTypes.js';

/** What an index function of a service reads: the case's context and state at a commit. */
export interface WorkOrderIndexArgs {
  context: WorkOrderContext;
  state: { value: unknown; tags?: readonly string[] };
}

/** The queue a work order's state belongs to. */
export type WorkOrderStateGroup =
  | 'centre'
  | 'awaiting-sign-for'
  | 'in-hand'
  | 'suspended'
  | 'awaiting-visit'
  | 'supervision'
  | 'done';

/**
 * Each state of the work-order machine and the queue it belongs to.
 *
 * @example
 * ```ts
 * WORK_ORDER_STATE_GROUPS[String(view.state.value)]; // 'awaiting-sign-for'
 * ```
 */
export const WORK_ORDER_STATE_GROUPS: Readonly<Record<string, WorkOrderStateGroup>> = {
  received: 'centre',
  returned: 'centre',
  dispatched: 'awaiting-sign-for',
  handling: 'in-hand',
  suspended: 'suspended',
  replied: 'awaiting-visit',
  supervision: 'supervision',
  closed: 'done',
  merged: 'done',
  withdrawn: 'done',
};

/**
 * Index fields for work-order queues, one scalar per case recomputed at each commit: where
 * (district, street, unit), who (department), what (category, channel), the queue (state
 * group), the running deadline and whether it was missed. Meant for `defineService({ index })`.
 *
 * @example
 * ```ts
 * workOrderIndex.department({ context: view.context as WorkOrderContext, state: view.state }); // 'cy-jg-office'
 * ```
 */
export const workOrderIndex = {
  district: ({ context }: WorkOrderIndexArgs): string | null => context.district,
  street: ({ context }: WorkOrderIndexArgs): string | null => context.street,
  unit: ({ context }: WorkOrderIndexArgs): string | null => context.unit,
  department: ({ context }: WorkOrderIndexArgs): string | null => context.lead,
  category: ({ context }: WorkOrderIndexArgs): string => context.category,
  channel: ({ context }: WorkOrderIndexArgs): string => context.facts.channel,
  stateGroup: ({ state }: WorkOrderIndexArgs): WorkOrderStateGroup | 'other' =>
    WORK_ORDER_STATE_GROUPS[String(state.value)] ?? 'other',
  /** The running deadline (sign-for or resolution), epoch ms; null when no clock runs. */
  dueAt: ({ context }: WorkOrderIndexArgs): number | null => context.clock?.dueAt ?? null,
  /** True once the running deadline passed without the step being done. */
  overdue: ({ context }: WorkOrderIndexArgs): boolean => context.clock?.missed ?? false,
  receivedAt: ({ context }: WorkOrderIndexArgs): number => context.facts.receivedAt,
  /** How many times a dissatisfied rating reopened it (重办), for the supervisors' queue. */
  reopened: ({ context }: WorkOrderIndexArgs): number => context.facts.reopened,
};
