import type { IndexType, IndexValue } from '@onecase/core';
import type { WorkCalendar } from './createWorkCalendar.js';
import { KPI_FLAGS, type WorkOrderKpiFields, workOrderKpiFields } from './workOrderKpiFields.js';
import type { WorkOrderContext, WorkOrderFacts } from './workOrderTypes.js';

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
 * The type of every field of `workOrderIndex` (a commit holding another is refused; a sum, mean
 * or percentile of a field that is not a number is refused by `router.aggregate`).
 *
 * @example
 * ```ts
 * WORK_ORDER_INDEX_TYPES.signForHours; // 'number'
 * ```
 */
export const WORK_ORDER_INDEX_TYPES: Readonly<Record<string, IndexType>> = Object.freeze({
  district: 'string',
  street: 'string',
  unit: 'string',
  department: 'string',
  category: 'string',
  channel: 'string',
  stateGroup: 'string',
  dueAt: 'number',
  overdue: 'boolean',
  receivedAt: 'number',
  receivedDay: 'string',
  merged: 'boolean',
  ...Object.fromEntries(KPI_FLAGS.map((flag) => [flag, 'boolean' as const])),
  signForHours: 'number',
  resolveHours: 'number',
});

/** The index functions of a work order by field name. */
export type WorkOrderIndex = Record<string, (args: WorkOrderIndexArgs) => IndexValue>;

/**
 * Index fields of a work order, one scalar per case recomputed at each commit. For queues:
 * where (district, street, unit), who (department), what (category, channel), the queue (state
 * group), the running deadline and whether it was missed, the receipt time. For the KPIs
 * (`computeKpis` aggregates them in the store): the yes/no figures of `KPI_FLAGS`, `merged`,
 * `signForHours` and `resolveHours` in working hours of `calendar`, and `receivedDay`.
 * `defineWorkOrder` builds it with the work order's calendar.
 *
 * @example
 * ```ts
 * const index = workOrderIndex(chinaWorkCalendar());
 * index.department!({ context: view.context as WorkOrderContext, state: view.state }); // 'cy-jg-office'
 * ```
 */
export function workOrderIndex(calendar: WorkCalendar): WorkOrderIndex {
  // Every field of a commit reads the same facts object: compute the KPI figures once for it.
  const computed = new WeakMap<WorkOrderFacts, WorkOrderKpiFields>();
  const kpi = ({ context }: WorkOrderIndexArgs): WorkOrderKpiFields => {
    let fields = computed.get(context.facts);
    if (!fields) {
      fields = workOrderKpiFields(context.facts, calendar);
      computed.set(context.facts, fields);
    }
    return fields;
  };
  const kpiField =
    (name: keyof WorkOrderKpiFields) =>
    (args: WorkOrderIndexArgs): IndexValue =>
      kpi(args)[name];
  return {
    district: ({ context }) => context.district,
    street: ({ context }) => context.street,
    unit: ({ context }) => context.unit,
    department: ({ context }) => context.lead,
    category: ({ context }) => context.category,
    channel: ({ context }) => context.facts.channel,
    stateGroup: ({ state }) => WORK_ORDER_STATE_GROUPS[String(state.value)] ?? 'other',
    /** The running deadline (sign-for or resolution), epoch ms; null when no clock runs. */
    dueAt: ({ context }) => context.clock?.dueAt ?? null,
    /** True once the running deadline passed without the step being done. */
    overdue: ({ context }) => context.clock?.missed ?? false,
    receivedAt: ({ context }) => context.facts.receivedAt,
    receivedDay: kpiField('receivedDay'),
    merged: kpiField('merged'),
    ...Object.fromEntries(KPI_FLAGS.map((flag) => [flag, kpiField(flag)])),
    signForHours: kpiField('signForHours'),
    resolveHours: kpiField('resolveHours'),
  };
}
