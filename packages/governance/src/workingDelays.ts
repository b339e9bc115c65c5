import { addWorkingTime, type WorkingDuration } from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';

/** What XState passes a delay function; case machines' events carry the router's `at`. */
export interface DelayArgs<TContext = any> {
  context: TContext;
  /** The triggering event; on entering the initial state it is `xstate.init`, whose `input` carries `at`. */
  event: { type: string; at?: number; input?: any };
}

/** When the triggering event happened: its `at`, or the opening input's on the initial state. */
function eventTime(args: DelayArgs): number {
  const at = args.event.at ?? args.event.input?.at;
  if (typeof at !== 'number') {
    throw new TypeError(
      'A working-time delay needs the event time `at` that the onecase router adds to every event',
    );
  }
  return at;
}

/** A `setup({ delays })` entry: milliseconds from the triggering event's `at`. */
export type DelayFunction<TContext = any> = (args: DelayArgs<TContext>) => number;

/**
 * Builds `setup({ delays })` entries from working durations on a calendar: each delay is the
 * time from the triggering event's `at` to its working-time deadline, so an `after` transition
 * becomes one of the router's ordinary durable timers due at the right working moment.
 *
 * @example
 * ```ts
 * const machine = setup({
 *   delays: workingDelays(chinaWorkCalendar(), { signFor: '1wd', reply: ({ context }) => context.limit }),
 * }).createMachine({ initial: 'dispatched', states: { dispatched: { after: { signFor: 'late' } }, late: {} } });
 * ```
 */
export function workingDelays<TContext = any, const TNames extends string = string>(
  calendar: WorkCalendar,
  durations: Record<TNames, WorkingDuration | ((args: DelayArgs<TContext>) => WorkingDuration)>,
): Record<TNames, DelayFunction<TContext>> {
  const delays = {} as Record<TNames, DelayFunction<TContext>>;
  for (const [name, duration] of Object.entries(durations) as [TNames, WorkingDuration][]) {
    delays[name] = (args) => {
      const span =
        typeof duration === 'function'
          ? (duration as (a: DelayArgs<TContext>) => WorkingDuration)(args)
          : duration;
      const at = eventTime(args);
      return addWorkingTime(calendar, at, span) - at;
    };
  }
  return delays;
}

/**
 * Builds a `setup({ delays })` entry that waits until an absolute instant read from the
 * context (a deadline stored when the clock started), or fires at once when it has passed —
 * how a deadline survives suspension, extension and re-entry without drifting.
 *
 * @example
 * ```ts
 * setup({ delays: { due: delayUntil(({ context }) => context.dueAt) } });
 * ```
 */
export function delayUntil<TContext = any>(
  instant: (args: DelayArgs<TContext>) => number,
): DelayFunction<TContext> {
  return (args) => Math.max(0, instant(args) - eventTime(args));
}
