import { type Clock, systemClock } from '@onecase/core';
import { CounterError } from './counterError.js';
import { formatTime } from './formatReceipt.js';

/** Where a ticket is: waiting to be called, called to a counter, or finished. */
export type TicketStatus = 'waiting' | 'called' | 'served' | 'no-show';

/** One queue ticket, as shown on the hall's screen and stored in the queue's file. */
export interface Ticket {
  /** Printed number: the group's prefix and a serial that restarts every day, e.g. `A007`. */
  number: string;
  /** The hall's calendar day the ticket was taken (`YYYY-MM-DD`); only today's tickets are called. */
  day: string;
  group: string;
  /** Higher is called first (e.g. 1 for the elderly or disabled); 0 by default. */
  priority: number;
  /** Booked time (epoch ms) for an appointment; null for a walk-in. */
  appointmentAt: number | null;
  status: TicketStatus;
  takenAt: number;
  /** After a transfer, the counter the ticket now waits for; null = any counter serving its group. */
  forCounter: string | null;
  /** The counter that called it last. */
  counter: string | null;
  /** Calls at the current counter (a recall adds one). */
  calls: number;
  calledAt: number | null;
  /** Since when the ticket waits (taken or transferred); null when not waiting. */
  waitingSince: number | null;
  /** Time already spent waiting before the current wait. */
  waitedMs: number;
  transfers: number;
  finishedAt: number | null;
}

/** Persistence for a queue: the latest copy of each ticket. */
export interface TicketQueueStore {
  /** Every ticket as last saved. */
  load(): Promise<Ticket[]> | Ticket[];
  /** Saves the new copy of one ticket; must be durable when it resolves. */
  save(ticket: Ticket): Promise<void> | void;
  /**
   * Tickets whose records were damaged and set aside: the numbers that can still be read (or
   * none), so the queue never hands out a number twice in one day.
   */
  lost?(): Promise<LostTicket[]> | LostTicket[];
}

/** What is still known of a ticket whose record was damaged. */
export interface LostTicket {
  day?: string;
  number?: string;
}

export interface TicketQueueOptions {
  /** Keeps the queue across restarts; without it the queue lives in memory. */
  store?: TicketQueueStore;
  clock?: Clock;
  /** Service groups and their ticket prefixes; when given, other groups are refused. Default prefix `A`. */
  groups?: Record<string, { prefix: string; title?: string }>;
  /** How many calls go unanswered before a recall marks the ticket no-show (default 3). */
  noShowAfterCalls?: number;
  /** How long before its booked time an appointment counts as due and goes ahead of walk-ins (default 10 min). */
  appointmentGraceMs?: number;
  /** The hall's time zone, which decides when a day (and its numbering) starts (default `Asia/Shanghai`). */
  timeZone?: string;
}

/** The hall's queue: take a number, call it at a counter, recall, transfer, served or no-show. */
export interface TicketQueue {
  take(request: { group: string; priority?: number; appointmentAt?: number }): Promise<Ticket>;
  /** Calls the next waiting ticket for this counter, or undefined when nobody waits. */
  callNext(counter: string, options?: { groups?: readonly string[] }): Promise<Ticket | undefined>;
  /** Calls the current ticket again; past `noShowAfterCalls` calls it is marked no-show instead. */
  recall(counter: string): Promise<Ticket>;
  /** The citizen was served; the counter is free for the next ticket. */
  served(counter: string): Promise<Ticket>;
  /** Sends the current ticket to another counter, where it is called ahead of others. */
  transfer(counter: string, toCounter: string): Promise<Ticket>;
  /** The ticket called at a counter and not finished yet. */
  current(counter: string): Promise<Ticket | undefined>;
  /** Today's ticket with this number. */
  get(number: string): Promise<Ticket | undefined>;
  /** Waiting tickets in the order `counter` would call them (any counter when omitted). */
  waiting(options?: { counter?: string; groups?: readonly string[] }): Promise<Ticket[]>;
  /** Total time a ticket has waited so far (all waits, up to now when still waiting). */
  waitingMs(number: string): Promise<number>;
  /** Today's tickets (every day's with `{ allDays: true }`). */
  list(options?: { allDays?: boolean }): Promise<Ticket[]>;
}

/**
 * Creates a ticket queue: numbers per service group, priorities and appointments, calls per
 * counter with recall and no-show, transfers and waiting times; with a store (e.g.
 * `jsonLinesQueueStore(path)`) it picks up where it was after a restart.
 *
 * @example
 * ```ts
 * const queue = createTicketQueue({ store: jsonLinesQueueStore('./data/queue.jsonl'), groups: { permits: { prefix: 'P' } } });
 * const ticket = await queue.take({ group: 'permits' }); // P001
 * await queue.callNext('3');
 * ```
 */
export function createTicketQueue(options: TicketQueueOptions = {}): TicketQueue {
  const clock = options.clock ?? systemClock;
  const noShowAfter = options.noShowAfterCalls ?? 3;
  const graceMs = options.appointmentGraceMs ?? 10 * 60_000;
  if (!Number.isInteger(noShowAfter) || noShowAfter < 1) {
    throw new CounterError('INVALID_ARGUMENT', 'noShowAfterCalls must be a positive integer');
  }
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  /** Tickets by `day/number`: numbers restart every day, and yesterday's leftovers are never called. */
  const tickets = new Map<string, Ticket>();
  const serials = new Map<string, number>();
  const today = () => formatTime(clock.now(), timeZone).slice(0, 10);
  const todays = () => {
    const day = today();
    return [...tickets.values()].filter((ticket) => ticket.day === day);
  };
  let chain: Promise<unknown> = (async () => {
    for (const ticket of (await options.store?.load()) ?? []) remember(ticket);
    for (const lost of (await options.store?.lost?.()) ?? []) skipPast(lost);
  })();

  /** A damaged record may have held any number: skip past it (a gap), never reissue it. */
  function skipPast(lost: LostTicket): void {
    const match = lost.number === undefined ? null : /^(.*?)(\d+)$/.exec(lost.number);
    if (lost.day !== undefined && match) {
      const key = `${lost.day}/${match[1]}`;
      serials.set(key, Math.max(serials.get(key) ?? 0, Number(match[2])));
      return;
    }
    const prefixes = options.groups ? Object.values(options.groups).map((group) => group.prefix) : ['A'];
    for (const prefix of new Set(prefixes)) {
      const key = `${lost.day ?? today()}/${prefix}`;
      serials.set(key, (serials.get(key) ?? 0) + 1);
    }
  }

  function remember(ticket: Ticket): void {
    tickets.set(`${ticket.day}/${ticket.number}`, ticket);
    const match = /^(.*?)(\d+)$/.exec(ticket.number);
    const key = `${ticket.day}/${match?.[1]}`;
    if (match) serials.set(key, Math.max(serials.get(key) ?? 0, Number(match[2])));
  }

  /** Runs one operation after the previous one (and the initial load), so the file never interleaves. */
  function run<T>(work: () => Promise<T> | T): Promise<T> {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  }

  async function save(ticket: Ticket): Promise<Ticket> {
    await options.store?.save(ticket);
    remember(ticket);
    return ticket;
  }

  function prefixOf(group: string): string {
    if (!options.groups) return 'A';
    const config = options.groups[group];
    if (!config) {
      throw new CounterError('INVALID_ARGUMENT', `Unknown service group '${group}'`, {
        groups: Object.keys(options.groups),
      });
    }
    return config.prefix;
  }

  function currentOf(counter: string): Ticket | undefined {
    for (const ticket of todays())
      if (ticket.status === 'called' && ticket.counter === counter) return ticket;
    return undefined;
  }

  function requireCurrent(counter: string): Ticket {
    const ticket = currentOf(counter);
    if (!ticket)
      throw new CounterError('NO_CURRENT_TICKET', `Counter ${counter} has no ticket called`, { counter });
    return ticket;
  }

  function eligible(
    ticket: Ticket,
    counter: string | undefined,
    groups: readonly string[] | undefined,
  ): boolean {
    if (ticket.status !== 'waiting') return false;
    if (counter !== undefined && ticket.forCounter !== null) return ticket.forCounter === counter;
    return groups === undefined || groups.includes(ticket.group);
  }

  function callOrder(counter: string | undefined, now: number) {
    const due = (t: Ticket) => t.appointmentAt !== null && t.appointmentAt - graceMs <= now;
    return (a: Ticket, b: Ticket): number => {
      const transferred =
        Number(b.forCounter === counter && counter !== undefined) -
        Number(a.forCounter === counter && counter !== undefined);
      if (transferred !== 0) return transferred;
      if (a.priority !== b.priority) return b.priority - a.priority;
      if (due(a) !== due(b)) return due(a) ? -1 : 1;
      if (due(a) && due(b) && a.appointmentAt !== b.appointmentAt) return a.appointmentAt! - b.appointmentAt!;
      return a.takenAt - b.takenAt || a.number.localeCompare(b.number, 'en', { numeric: true });
    };
  }

  function waitingList(counter: string | undefined, groups: readonly string[] | undefined): Ticket[] {
    return todays()
      .filter((t) => eligible(t, counter, groups))
      .sort(callOrder(counter, clock.now()));
  }

  function checkCounter(counter: unknown): asserts counter is string {
    if (typeof counter !== 'string' || counter.trim().length === 0) {
      throw new CounterError('INVALID_ARGUMENT', 'A counter is named by a non-empty string');
    }
  }

  return {
    take(request) {
      return run(() => {
        const group = request?.group;
        if (typeof group !== 'string' || group.length === 0) {
          throw new CounterError('INVALID_ARGUMENT', 'A ticket needs a service group');
        }
        const priority = request.priority ?? 0;
        if (!Number.isInteger(priority))
          throw new CounterError('INVALID_ARGUMENT', 'priority must be an integer');
        if (request.appointmentAt !== undefined && !Number.isFinite(request.appointmentAt)) {
          throw new CounterError('INVALID_ARGUMENT', 'appointmentAt must be epoch milliseconds');
        }
        const prefix = prefixOf(group);
        const day = today();
        const serial = (serials.get(`${day}/${prefix}`) ?? 0) + 1;
        const now = clock.now();
        return save({
          number: `${prefix}${String(serial).padStart(3, '0')}`,
          day,
          group,
          priority,
          appointmentAt: request.appointmentAt ?? null,
          status: 'waiting',
          takenAt: now,
          forCounter: null,
          counter: null,
          calls: 0,
          calledAt: null,
          waitingSince: now,
          waitedMs: 0,
          transfers: 0,
          finishedAt: null,
        });
      });
    },
    callNext(counter, callOptions = {}) {
      return run(async () => {
        checkCounter(counter);
        const busy = currentOf(counter);
        if (busy) {
          throw new CounterError(
            'COUNTER_BUSY',
            `Counter ${counter} still has ${busy.number} called: mark it served, recall it or transfer it first`,
            { counter, ticket: busy.number },
          );
        }
        const next = waitingList(counter, callOptions.groups)[0];
        if (!next) return undefined;
        const now = clock.now();
        return save({
          ...next,
          status: 'called',
          counter,
          forCounter: null,
          calls: 1,
          calledAt: now,
          waitedMs: next.waitedMs + (now - (next.waitingSince ?? now)),
          waitingSince: null,
        });
      });
    },
    recall(counter) {
      return run(() => {
        const ticket = requireCurrent(counter);
        const now = clock.now();
        if (ticket.calls >= noShowAfter) return save({ ...ticket, status: 'no-show', finishedAt: now });
        return save({ ...ticket, calls: ticket.calls + 1, calledAt: now });
      });
    },
    served(counter) {
      return run(() => save({ ...requireCurrent(counter), status: 'served', finishedAt: clock.now() }));
    },
    transfer(counter, toCounter) {
      return run(() => {
        checkCounter(toCounter);
        const ticket = requireCurrent(counter);
        if (toCounter === counter) {
          throw new CounterError(
            'INVALID_ARGUMENT',
            `Ticket ${ticket.number} is already at counter ${counter}`,
          );
        }
        return save({
          ...ticket,
          status: 'waiting',
          forCounter: toCounter,
          calls: 0,
          waitingSince: clock.now(),
          transfers: ticket.transfers + 1,
        });
      });
    },
    current: (counter) => run(() => currentOf(counter)),
    get: (number) => run(() => tickets.get(`${today()}/${number}`)),
    waiting: (waitOptions = {}) => run(() => waitingList(waitOptions.counter, waitOptions.groups)),
    waitingMs(number) {
      return run(() => {
        const ticket = tickets.get(`${today()}/${number}`);
        if (!ticket) throw new CounterError('UNKNOWN_TICKET', `No ticket ${number}`, { number });
        return ticket.waitedMs + (ticket.waitingSince === null ? 0 : clock.now() - ticket.waitingSince);
      });
    },
    list: (listOptions = {}) => run(() => (listOptions.allDays ? [...tickets.values()] : todays())),
  };
}
