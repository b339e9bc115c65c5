export {
  addWorkingTime,
  parseWorkingDuration,
  type WorkingDuration,
  workingTimeBetween,
} from './addWorkingTime.js';
export { type ChinaWorkCalendarOptions, chinaWorkCalendar } from './chinaWorkCalendar.js';
export {
  type CalendarFallback,
  createWorkCalendar,
  type DayCounting,
  isWorkingDay,
  isWorkingTime,
  type WorkCalendar,
  type WorkCalendarOptions,
} from './createWorkCalendar.js';
export { GovernanceError, type GovernanceErrorCode, isGovernanceError } from './governanceError.js';
export { type DelayArgs, type DelayFunction, delayUntil, workingDelays } from './workingDelays.js';
export {
  type Department,
  type DepartmentInput,
  type Directory,
  defineDirectory,
  type Routed,
  type RouteResult,
  type Unroutable,
} from './defineDirectory.js';
export {
  defineJurisdictions,
  type JurisdictionLevel,
  type Jurisdictions,
  type JurisdictionUnit,
  type JurisdictionUnitInput,
} from './defineJurisdictions.js';
export { defineWorkOrder } from './defineWorkOrder.js';
export {
  SATISFACTION_LEVELS,
  WORK_ORDER_CHANNELS,
  workOrderEvents,
  workOrderInput,
} from './workOrderEvents.js';
export { DISSATISFIED_MAX } from './workOrderMachine.js';
export type {
  ClockStage,
  WorkOrderCategory,
  WorkOrderClock,
  WorkOrderConfig,
  WorkOrderContext,
  WorkOrderEscalation,
  WorkOrderFact,
  WorkOrderFacts,
  WorkOrderLimits,
} from './workOrderTypes.js';
export { type ComputeKpisOptions, computeKpis } from './computeKpis.js';
export type { KpiGroupBy, KpiRow, KpiWindow } from './kpiAggregate.js';
export { type KpiOptions, kpisFromCases } from './kpisFromCases.js';
export {
  WORK_ORDER_INDEX_TYPES,
  WORK_ORDER_STATE_GROUPS,
  type WorkOrderIndex,
  type WorkOrderIndexArgs,
  type WorkOrderStateGroup,
  workOrderIndex,
} from './workOrderIndex.js';
export {
  KPI_FLAGS,
  type KpiFlag,
  type WorkOrderKpiFields,
  workOrderKpiFields,
} from './workOrderKpiFields.js';
export { WORK_ORDER_LABELS, WORK_ORDER_STATE_LABELS } from './workOrderLabels.js';
