import { assign, emit } from 'xstate';
import { addWorkingTime, type WorkingDuration, workingTimeBetween } from './addWorkingTime.js';
import { moveClock } from './workOrderClock.js';
import type { WorkOrderRules } from './workOrderMachine.js';
import type { WorkOrderContext, WorkOrderFact } from './workOrderTypes.js';

// Built outside setup(): typed by hand, since setup's event union cannot be named here without a cycle.
type Args = { context: WorkOrderContext; event: any };
type Fact = (at: number, type: string, extra?: Omit<WorkOrderFact, 'at' | 'type'>) => WorkOrderFact;

/**
 * 延期 and 挂起: the transitions that move or pause the resolution clock (extension request,
 * approval, refusal; suspension and resumption), for the handling and suspended states.
 */
export function pauseAndExtendTransitions(
  rules: WorkOrderRules,
  fact: Fact,
  log: (build: (args: Args) => WorkOrderFact) => any,
) {
  const { calendar, ladder } = rules;
  const handling: Record<string, any> = {
    'order.extend': {
      guard: 'canExtend',
      actions: [
        assign({
          extension: ({ event }: Args) => ({
            requestedAt: event.at,
            by: event.by,
            reason: event.reason,
            department: event.department,
          }),
        }),
        log(({ event }: Args) =>
          fact(event.at, 'extension.requested', { by: event.by, reason: event.reason }),
        ),
        emit(({ event }: Args) => ({
          type: 'centre.review',
          reason: event.reason,
          extension: event.by,
          department: event.department,
        })),
      ],
    },
    'order.approveExtension': {
      guard: 'extensionPending',
      target: 'handling',
      reenter: true,
      actions: [
        assign(({ context, event }: Args) => ({
          clock: moveClock(
            calendar,
            ladder,
            context.clock!,
            event.at,
            addWorkingTime(calendar, context.clock!.dueAt, context.extension!.by as WorkingDuration),
            true,
          ),
          extension: null,
          facts: { ...context.facts, extensions: context.facts.extensions + 1 },
        })),
        log(({ context, event }: Args) =>
          fact(event.at, 'extension.approved', { dueAt: context.clock!.dueAt }),
        ),
        emit(({ context }: Args) => ({
          type: 'department.notify',
          department: context.lead,
          reason: 'extension-approved',
          dueAt: context.clock!.dueAt,
        })),
      ],
    },
    'order.refuseExtension': {
      guard: 'extensionPending',
      actions: [
        assign({ extension: null }),
        log(({ event }: Args) => fact(event.at, 'extension.refused', { reason: event.reason })),
        emit(({ context }: Args) => ({
          type: 'department.notify',
          department: context.lead,
          reason: 'extension-refused',
        })),
      ],
    },
    'order.suspend': {
      guard: 'byLead',
      target: 'suspended',
      actions: [
        assign(({ context, event }: Args) => ({
          suspension: {
            at: event.at,
            reason: event.reason,
            remainingMs: Math.max(0, workingTimeBetween(calendar, event.at, context.clock!.dueAt)),
          },
        })),
        log(({ event }: Args) => fact(event.at, 'order.suspended', { reason: event.reason })),
      ],
    },
  };
  const suspended: Record<string, any> = {
    'order.resume': {
      guard: 'byLead',
      target: 'handling',
      actions: [
        assign(({ context, event }: Args) => ({
          clock: moveClock(
            calendar,
            ladder,
            context.clock!,
            event.at,
            addWorkingTime(calendar, event.at, context.suspension!.remainingMs),
            false,
          ),
          suspension: null,
        })),
        log(({ context, event }: Args) => fact(event.at, 'order.resumed', { dueAt: context.clock!.dueAt })),
      ],
    },
  };
  return { handling, suspended };
}
