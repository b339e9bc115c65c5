import { assign, emit } from 'xstate';
import type { WorkOrderRules } from './workOrderMachine.js';
import { startClock } from './workOrderClock.js';
import type { CaseMachineEvents } from '@onecase/core';
import type { workOrderEvents } from './workOrderEvents.js';
import type { ClockStage, WorkOrderContext, WorkOrderFact } from './workOrderTypes.js';

type Events = CaseMachineEvents<typeof workOrderEvents>;
/** The arguments XState passes an action or guard of a work order. */
export type Args = { context: WorkOrderContext; event: Events };
// Actions built outside setup() cannot name its event union without a cycle; they are typed by `Args`.
type Built = any;

/** The work order's reusable actions and guards over its rules (dispatch, ladder, closing …). */
export function workOrderActions(rules: WorkOrderRules) {
  const { calendar, ladder } = rules;
  const fact = (at: number, type: string, extra: Omit<WorkOrderFact, 'at' | 'type'> = {}): WorkOrderFact => ({
    at,
    type,
    ...extra,
  });
  const log = (build: (args: { context: WorkOrderContext; event: any }) => WorkOrderFact): Built =>
    assign({ log: (args: Args) => [...args.context.log, build(args)] });
  const clockFor = (stage: ClockStage, at: number, context: WorkOrderContext) =>
    startClock(
      calendar,
      ladder,
      stage,
      at,
      stage === 'sign-for' ? rules.signFor : rules.resolveLimit(context.category),
    );
  const chosenLead = ({ context, event }: Args): string | null => {
    if ((event.type === 'order.dispatch' || event.type === 'order.redispatch') && event.lead)
      return event.lead;
    if (event.type === 'order.insist') return context.lead;
    return context.suggested.routed ? context.suggested.lead : null;
  };
  const chosenCo = ({ context, event }: Args): string[] => {
    if ((event.type === 'order.dispatch' || event.type === 'order.redispatch') && event.coHandlers) {
      return [...event.coHandlers];
    }
    if (event.type === 'order.insist') return context.coHandlers;
    // The directory's co-handlers come with the directory's lead, not with a lead the centre chose.
    return event.type === 'order.dispatch' && !event.lead && context.suggested.routed
      ? [...context.suggested.coHandlers]
      : [];
  };
  const dispatchActions = (kind: string): Built[] => [
    assign((args: Args) => ({
      lead: chosenLead(args),
      coHandlers: chosenCo(args),
      clock: clockFor('sign-for', args.event.at, args.context),
      facts: {
        ...args.context.facts,
        department: chosenLead(args),
        firstDispatchedAt: args.context.facts.firstDispatchedAt ?? args.event.at,
        dispatchedAt: args.event.at,
      },
    })),
    log(({ context, event }) => fact(event.at, kind, { lead: context.lead, coHandlers: context.coHandlers })),
    emit(({ context }: Args) => ({
      type: 'order.dispatched',
      lead: context.lead,
      coHandlers: context.coHandlers,
      signForDueAt: context.clock?.dueAt ?? null,
    })),
  ];
  // Every event this guards names its department (the schemas require it). An event without one
  // is the router asking which events a case can take now (`CaseView.allowed`): the answer
  // depends on the payload, so the guard says it cannot tell, and the department may try.
  const byLead = ({ context, event }: Args) => {
    if (!('department' in event) || typeof event.department !== 'string') {
      throw new Error('order events name the department that sends them');
    }
    return event.department === context.lead;
  };
  const ladderRungs = (stage: ClockStage) => {
    const missedFact = stage === 'sign-for' ? 'signForMissed' : 'resolveMissed';
    const rung = (
      flag: 'reminded' | 'missed' | 'supervised' | 'criticised',
      effect: string,
      level: string,
    ): Built => ({
      guard: ({ context }: Args) => context.clock !== null && !context.clock[flag],
      actions: [
        assign(({ context }: Args) => ({
          clock: { ...context.clock!, [flag]: true },
          facts: flag === 'missed' ? { ...context.facts, [missedFact]: true } : context.facts,
        })),
        log(({ context, event }) =>
          fact(event.at, effect, { stage, level, department: context.lead, dueAt: context.clock!.dueAt }),
        ),
        emit(({ context }: Args) => ({
          type: effect,
          stage,
          level,
          department: context.lead,
          coHandlers: context.coHandlers,
          dueAt: context.clock!.dueAt,
        })),
      ],
    });
    return {
      remindAt: rung('reminded', 'escalation.remind', '催办'),
      dueAt: rung('missed', 'deadline.missed', '超时'),
      superviseAt: rung('supervised', 'escalation.supervise', '督办'),
      criticiseAt: rung('criticised', 'escalation.criticise', '通报'),
    };
  };
  const enqueueMerge: Built = assign(({ context, event }: Args) =>
    event.type === 'order.merge'
      ? {
          mergedInto: event.master,
          clock: null,
          facts: { ...context.facts, merged: true, closedAt: event.at },
          log: [...context.log, fact(event.at, 'order.merged', { master: event.master })],
        }
      : {},
  );
  const close = (reason: WorkOrderContext['facts']['closeReason']): Built =>
    assign(({ context, event }: Args) => ({
      clock: null,
      facts: { ...context.facts, closedAt: event.at, closeReason: reason },
    }));
  const withdraw: Built = {
    target: 'withdrawn',
    actions: [
      assign(({ context, event }: Args) => ({
        clock: null,
        facts: { ...context.facts, withdrawn: true, closedAt: event.at },
      })),
      log(({ event }) => fact(event.at, 'case.withdrawn')),
      emit(({ context }: Args) => ({
        type: 'department.notify',
        department: context.lead,
        reason: 'withdrawn',
      })),
    ],
  } as const;

  const rate: Built = assign(({ context, event }: Args) =>
    event.type === 'visit.rate'
      ? {
          facts: { ...context.facts, satisfaction: event.score, resolved: event.resolved ?? null },
          log: [
            ...context.log,
            fact(event.at, 'order.rated', {
              satisfaction: event.score,
              resolved: event.resolved ?? null,
              comment: event.comment ?? null,
            }),
          ],
        }
      : {},
  );
  const addNote: Built = assign(({ context, event }: Args) =>
    event.type === 'info.add'
      ? { notes: [...context.notes, { at: event.at, note: event.note, channel: event.via.channel }] }
      : {},
  );
  const countUrge: Built = assign(({ context, event }: Args) => ({
    urges: context.urges + 1,
    log: [
      ...context.log,
      fact(event.at, 'case.urged', { channel: event.via.channel, department: context.lead }),
    ],
  }));
  return {
    addNote,
    countUrge,
    rate,
    fact,
    log,
    clockFor,
    chosenLead,
    chosenCo,
    dispatchActions,
    byLead,
    ladderRungs,
    enqueueMerge,
    close,
    withdraw,
  };
}
