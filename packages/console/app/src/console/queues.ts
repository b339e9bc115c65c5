import type { CaseQuery } from '../shared/index.js';
import type { ConsoleKey } from './consoleText.js';
import type { StaffMe } from './consoleApi.js';

/** One work queue: its label, and the case query behind its list, its count and its stream. */
export interface QueueDef {
  id: string;
  label: ConsoleKey;
  query: CaseQuery;
}

/** How far ahead "due soon" looks: the rest of a working half-day. */
export const DUE_SOON_MS = 4 * 3_600_000;

/** The unit a supervisor of the whole city has (the jurisdiction root); any other is a district. */
export const CITY_UNIT = 'city';

/**
 * The cases a role works on at all: a department its own department's, a district supervisor
 * the district's, the centre every open work order. Every queue narrows this scope, and the
 * console follows the scope's stream to keep all its counts live over one connection.
 */
export function scopeOf(me: StaffMe): CaseQuery {
  const where: NonNullable<CaseQuery['where']> = { stateGroup: { in: WORK_ORDER_GROUPS } };
  if (me.role === 'department-handler' && me.unit) where.department = me.unit;
  if (me.role === 'supervisor' && me.unit && me.unit !== CITY_UNIT) where.district = me.unit;
  return { where, sort: { by: 'dueAt' } };
}

// Every open state group of a work order (`done` is left out): the scope is live work only.
const WORK_ORDER_GROUPS = [
  'centre',
  'awaiting-sign-for',
  'in-hand',
  'suspended',
  'awaiting-visit',
  'supervision',
];

function narrowed(scope: CaseQuery, where: NonNullable<CaseQuery['where']>): CaseQuery {
  return { ...scope, where: { ...scope.where, ...where } };
}

/**
 * The queues of a role, each sorted by due time: the centre's new, returned and awaiting-visit
 * work; a department's to-sign-for, in-handling and suspended work; a supervisor's reopened,
 * supervised and awaiting-visit work; and for everyone due soon and overdue.
 *
 * @example
 * ```ts
 * queuesFor({ id: '王芳', role: 'department-handler', unit: 'dongcheng.andingmen.office', channels: ['department'] }, Date.now())[0]?.id; // 'toSignFor'
 * ```
 */
export function queuesFor(me: StaffMe, now: number): QueueDef[] {
  const scope = scopeOf(me);
  const q = (id: string, label: ConsoleKey, where: NonNullable<CaseQuery['where']>): QueueDef => ({
    id,
    label,
    query: narrowed(scope, where),
  });
  const timed = [
    q('dueSoon', 'queue.dueSoon', { overdue: false, dueAt: { gte: now, lt: now + DUE_SOON_MS } }),
    q('overdue', 'queue.overdue', { overdue: true }),
  ];
  if (me.role === 'department-handler') {
    return [
      q('toSignFor', 'queue.toSignFor', { stateGroup: 'awaiting-sign-for' }),
      q('inHand', 'queue.inHand', { stateGroup: 'in-hand' }),
      q('suspended', 'queue.suspended', { stateGroup: 'suspended' }),
      ...timed,
    ];
  }
  if (me.role === 'supervisor') {
    return [
      q('reopened', 'queue.reopened', { reopened: true }),
      q('supervision', 'queue.supervision', { stateGroup: 'supervision' }),
      ...timed,
      q('awaitingVisit', 'queue.awaitingVisit', { stateGroup: 'awaiting-visit' }),
    ];
  }
  const inState = (queue: QueueDef, state: string): QueueDef => ({
    ...queue,
    query: { ...queue.query, state },
  });
  return [
    inState(q('new', 'queue.new', { stateGroup: 'centre' }), 'received'),
    inState(q('returned', 'queue.returned', { stateGroup: 'centre' }), 'returned'),
    q('inHand', 'queue.inHand', { stateGroup: { in: ['awaiting-sign-for', 'in-hand', 'suspended'] } }),
    ...timed,
    q('awaitingVisit', 'queue.awaitingVisit', { stateGroup: 'awaiting-visit' }),
  ];
}
