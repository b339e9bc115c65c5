import {
  addWorkingTime,
  parseWorkingDuration,
  type WorkingDuration,
  workingTimeBetween,
} from './addWorkingTime.js';
import type { WorkCalendar } from './createWorkCalendar.js';
import type { ClockStage, WorkOrderClock, WorkOrderEscalation } from './workOrderTypes.js';

/** The escalation ladder with every default filled in. */
export interface Ladder {
  remindBeforeMs: number;
  superviseAfter: WorkingDuration;
  criticiseAfter: WorkingDuration;
}

/** Fills in the ladder's defaults; `remindBefore` must be hours or minutes. */
export function ladderOf(escalation: WorkOrderEscalation = {}): Ladder {
  const remind = parseWorkingDuration(escalation.remindBefore ?? '2wh');
  if (!('ms' in remind)) throw new RangeError('escalation.remindBefore must be working hours or minutes');
  return {
    remindBeforeMs: remind.ms,
    superviseAfter: escalation.superviseAfter ?? '1wh',
    criticiseAfter: escalation.criticiseAfter ?? '5wd',
  };
}

function rungs(calendar: WorkCalendar, ladder: Ladder, startedAt: number, dueAt: number) {
  const span = workingTimeBetween(calendar, startedAt, dueAt);
  // A limit shorter than the reminder lead time is reminded half-way instead of at once.
  const lead = ladder.remindBeforeMs < span ? ladder.remindBeforeMs : Math.floor(span / 2);
  const superviseAt = addWorkingTime(calendar, dueAt, ladder.superviseAfter);
  return {
    remindAt: addWorkingTime(calendar, startedAt, span - lead),
    superviseAt,
    criticiseAt: addWorkingTime(calendar, superviseAt, ladder.criticiseAfter),
  };
}

/** Starts a deadline of `limit` working time at `at`, with its escalation ladder. */
export function startClock(
  calendar: WorkCalendar,
  ladder: Ladder,
  stage: ClockStage,
  at: number,
  limit: WorkingDuration,
): WorkOrderClock {
  const dueAt = addWorkingTime(calendar, at, limit);
  return {
    stage,
    startedAt: at,
    dueAt,
    ...rungs(calendar, ladder, at, dueAt),
    reminded: false,
    missed: false,
    supervised: false,
    criticised: false,
  };
}

/** Moves a clock's deadline (extension, resumption): the ladder follows, rungs already reached stay reached. */
export function moveClock(
  calendar: WorkCalendar,
  ladder: Ladder,
  clock: WorkOrderClock,
  at: number,
  dueAt: number,
  resetReminder: boolean,
): WorkOrderClock {
  return {
    ...clock,
    dueAt,
    ...rungs(calendar, ladder, at, dueAt),
    reminded: resetReminder ? false : clock.reminded,
  };
}
