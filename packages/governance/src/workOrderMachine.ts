// One machine definition: its states read top to bottom as the 53号文 loop; splitting the states across files would hide the loop (the actions and guards live in workOrderActions.ts).
import type { CaseMachineEvents, CaseMachineInput } from '@onecase/core';
import { assign, emit, setup } from 'xstate';
import { addWorkingTime, type WorkingDuration } from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';
import type { Directory } from './defineDirectory.js';
import type { Jurisdictions } from './defineJurisdictions.js';
import { delayUntil } from './workingDelays.js';
import { type Args, workOrderActions } from './workOrderActions.js';
import type { Ladder } from './workOrderClock.js';
import type { workOrderEvents, workOrderInput } from './workOrderEvents.js';
import type { WorkOrderContext } from './workOrderTypes.js';
import { initialWorkOrderContext } from './workOrderContext.js';
import { pauseAndExtendTransitions } from './pauseAndExtendTransitions.js';

type Events = CaseMachineEvents<typeof workOrderEvents>;
type Input = CaseMachineInput<ReturnType<typeof workOrderInput>>;

/** What the machine needs beyond its events: where, who, and the clock's rules. */
export interface WorkOrderRules {
  jurisdictions: Jurisdictions;
  directory: Directory;
  calendar: WorkCalendar;
  ladder: Ladder;
  signFor: WorkingDuration;
  visit: WorkingDuration;
  resolveLimit(category: string): WorkingDuration;
  /** The keys of the work order's `details` input fields. */
  detailKeys: readonly string[];
}

/**
 * Ratings at or below this are dissatisfied: the first reopens the case, the second sends it to supervision.
 *
 * @example
 * ```ts
 * const dissatisfied = rating.satisfaction <= DISSATISFIED_MAX;
 * ```
 */
export const DISSATISFIED_MAX = 2;

/** Builds the closed-loop machine of 国办发〔2020〕53号 for one work order's rules. */
export function createWorkOrderMachine(rules: WorkOrderRules, id: string) {
  const { calendar, directory } = rules;
  const {
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
  } = workOrderActions(rules);
  const pauseAndExtend = pauseAndExtendTransitions(rules, fact, log);
  return setup({
    types: {
      context: {} as WorkOrderContext,
      events: {} as Events,
      input: {} as Input,
    },
    delays: {
      remindAt: delayUntil<WorkOrderContext>(({ context }) => context.clock?.remindAt ?? 0),
      dueAt: delayUntil<WorkOrderContext>(({ context }) => context.clock?.dueAt ?? 0),
      superviseAt: delayUntil<WorkOrderContext>(({ context }) => context.clock?.superviseAt ?? 0),
      criticiseAt: delayUntil<WorkOrderContext>(({ context }) => context.clock?.criticiseAt ?? 0),
      visitDueAt: delayUntil<WorkOrderContext>(({ context }) => context.visitDueAt ?? 0),
    },
    actions: {
      addNote,
      countUrge,
      merge: enqueueMerge,
      rate,
    },
    guards: {
      hasLead: ({ context }) => context.lead !== null,
      canDispatch: (args) => {
        const lead = chosenLead(args as Args);
        return (
          lead !== null &&
          directory.get(lead) !== undefined &&
          chosenCo(args as Args).every((d) => directory.get(d))
        );
      },
      byLead: (args) => byLead(args as Args),
      canExtend: ({ context, event }) =>
        byLead({ context, event }) &&
        context.extension === null &&
        context.clock !== null &&
        event.at < context.clock.dueAt,
      extensionPending: ({ context }) => context.extension !== null,
      satisfied: ({ event }) => event.type === 'visit.rate' && event.score > DISSATISFIED_MAX,
      firstDissatisfaction: ({ context }) => context.facts.reopened === 0,
    },
  }).createMachine({
    id,
    initial: 'received',
    context: ({ input }) => initialWorkOrderContext(rules, input),
    on: {
      // Before dispatch no department is told: the note waits in the case for whoever gets it.
      'info.add': [
        {
          guard: 'hasLead',
          actions: [
            'addNote',
            emit(({ context }) => ({ type: 'department.notify', department: context.lead, reason: 'info' })),
          ],
        },
        { actions: 'addNote' },
      ],
      'case.urge': [
        {
          guard: 'hasLead',
          actions: [
            'countUrge',
            emit(({ context }) => ({ type: 'department.urged', department: context.lead })),
          ],
        },
        { actions: 'countUrge' },
      ],
      'order.attach': {
        actions: [
          assign({
            duplicates: ({ context, event }) => [...new Set([...context.duplicates, event.duplicate])],
          }),
          log(({ event }) => fact(event.at, 'order.attached', { duplicate: event.duplicate })),
        ],
      },
    },
    states: {
      received: {
        tags: ['centre', 'open'],
        on: {
          'order.dispatch': {
            guard: 'canDispatch',
            target: 'dispatched',
            actions: dispatchActions('order.dispatched'),
          },
          'order.answer': {
            target: 'closed',
            actions: [
              assign(({ context, event }) => ({
                reply: { at: event.at, answer: event.answer, department: 'centre' },
                facts: { ...context.facts, repliedAt: event.at },
              })),
              close('answered'),
              log(({ event }) => fact(event.at, 'order.answered')),
              emit(({ context, event }) => ({
                type: 'citizen.reply',
                answer: event.answer,
                alsoTell: context.duplicates,
              })),
            ],
          },
          'order.merge': {
            target: 'merged',
            actions: [
              'merge',
              emit(({ context }) => ({
                type: 'order.merged',
                master: context.mergedInto,
                department: context.lead,
              })),
            ],
          },
          'case.withdraw': withdraw,
        },
      },
      dispatched: {
        tags: ['department', 'open', 'clock'],
        after: ladderRungs('sign-for'),
        on: {
          'order.signFor': {
            guard: 'byLead',
            target: 'handling',
            actions: [
              assign(({ context, event }) => ({
                clock: clockFor('resolution', event.at, context),
                facts: { ...context.facts, signedAt: event.at },
              })),
              log(({ event }) => fact(event.at, 'order.signedFor', { department: event.department })),
            ],
          },
          'order.return': {
            guard: 'byLead',
            target: 'returned',
            actions: [
              assign(({ context }) => ({
                clock: null,
                facts: { ...context.facts, returns: context.facts.returns + 1 },
              })),
              log(({ event }) =>
                fact(event.at, 'order.returned', {
                  department: event.department,
                  reason: event.reason,
                  rule: event.rule,
                }),
              ),
              emit(({ event }) => ({
                type: 'centre.review',
                reason: event.reason,
                rule: event.rule,
                department: event.department,
              })),
            ],
          },
          'order.merge': {
            target: 'merged',
            actions: [
              'merge',
              emit(({ context }) => ({
                type: 'order.merged',
                master: context.mergedInto,
                department: context.lead,
              })),
            ],
          },
          'case.withdraw': withdraw,
        },
      },
      returned: {
        tags: ['centre', 'open'],
        on: {
          'order.redispatch': {
            guard: 'canDispatch',
            target: 'dispatched',
            actions: dispatchActions('order.redispatched'),
          },
          'order.insist': {
            target: 'dispatched',
            actions: dispatchActions('order.insisted'),
          },
          'case.withdraw': withdraw,
        },
      },
      handling: {
        tags: ['department', 'open', 'clock'],
        after: ladderRungs('resolution'),
        on: {
          'order.reply': {
            guard: 'byLead',
            target: 'replied',
            actions: [
              assign(({ context, event }) => ({
                reply: { at: event.at, answer: event.answer, department: event.department },
                visitDueAt: addWorkingTime(calendar, event.at, rules.visit),
                clock: null,
                extension: null,
                facts: { ...context.facts, repliedAt: event.at },
              })),
              log(({ event }) => fact(event.at, 'order.replied', { department: event.department })),
              emit(({ context, event }) => ({
                type: 'citizen.reply',
                answer: event.answer,
                alsoTell: context.duplicates,
              })),
            ],
          },
          ...pauseAndExtend.handling,
          'case.withdraw': withdraw,
        },
      },
      suspended: {
        tags: ['department', 'open'],
        on: {
          ...pauseAndExtend.suspended,
          'case.withdraw': withdraw,
        },
      },
      replied: {
        tags: ['centre', 'awaiting-visit'],
        after: {
          visitDueAt: {
            actions: [
              log(({ event }) => fact(event.at, 'visit.overdue')),
              emit(() => ({ type: 'visit.overdue', level: '催办' })),
            ],
          },
        },
        on: {
          'visit.rate': [
            { guard: 'satisfied', target: 'closed', actions: ['rate', close('rated')] },
            {
              guard: 'firstDissatisfaction',
              target: 'handling',
              actions: [
                'rate',
                assign(({ context, event }) => ({
                  clock: clockFor('resolution', event.at, context),
                  visitDueAt: null,
                  facts: { ...context.facts, reopened: context.facts.reopened + 1 },
                })),
                log(({ event }) => fact(event.at, 'order.reopened')),
                emit(({ context }) => ({
                  type: 'department.notify',
                  department: context.lead,
                  reason: 'reopened',
                })),
              ],
            },
            {
              target: 'supervision',
              actions: [
                'rate',
                log(({ event }) =>
                  fact(event.at, 'escalation.supervise', { reason: 'dissatisfied-twice', level: '督办' }),
                ),
                emit(({ context }) => ({
                  type: 'escalation.supervise',
                  stage: 'rating',
                  level: '督办',
                  department: context.lead,
                  reason: 'dissatisfied-twice',
                })),
              ],
            },
          ],
          'order.supervise': {
            target: 'supervision',
            actions: [
              log(({ event }) =>
                fact(event.at, 'escalation.supervise', { reason: event.reason, level: '督办' }),
              ),
              emit(({ context, event }) => ({
                type: 'escalation.supervise',
                stage: 'reply',
                level: '督办',
                department: context.lead,
                reason: event.reason,
              })),
            ],
          },
          'visit.unreachable': {
            target: 'closed',
            actions: [close('no-visit'), log(({ event }) => fact(event.at, 'visit.unreachable'))],
          },
        },
      },
      supervision: {
        tags: ['centre', 'supervision'],
        on: {
          'order.conclude': {
            target: 'closed',
            actions: [
              close('supervised'),
              log(({ event }) => fact(event.at, 'order.concluded', { conclusion: event.conclusion })),
            ],
          },
        },
      },
      closed: { type: 'final', tags: ['done'] },
      merged: { type: 'final', tags: ['done'] },
      withdrawn: { type: 'final', tags: ['done'] },
    },
  });
}
