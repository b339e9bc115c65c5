import { CounterError } from './counterError.js';
import type { CounterSession } from './counterSessionTypes.js';
import type { TicketQueue } from './createTicketQueue.js';

/**
 * The ticket side of a counter session: call, recall, serve and transfer at this counter; every
 * step that brings the next citizen forward calls `nextCitizen` so the last one's cases go.
 *
 * @example
 * ```ts
 * const tickets = sessionTickets({ queue, counter: '3', nextCitizen: () => forget() });
 * await tickets.callNext();
 * ```
 */
export function sessionTickets(options: {
  queue: TicketQueue | undefined;
  counter: string;
  groups?: readonly string[] | undefined;
  nextCitizen: () => void;
}): Pick<CounterSession, 'callNext' | 'recall' | 'served' | 'transfer' | 'current'> {
  const { counter } = options;
  function queue(): TicketQueue {
    if (!options.queue) throw new CounterError('INVALID_ARGUMENT', `Counter ${counter} has no ticket queue`);
    return options.queue;
  }
  return {
    async callNext(callOptions = {}) {
      const groups = callOptions.groups ?? options.groups;
      const ticket = await queue().callNext(counter, groups ? { groups } : {});
      // A new citizen steps up: the previous one's cases must not stay on screen.
      options.nextCitizen();
      return ticket;
    },
    recall: () => queue().recall(counter),
    async served() {
      const ticket = await queue().served(counter);
      options.nextCitizen();
      return ticket;
    },
    async transfer(toCounter) {
      const ticket = await queue().transfer(counter, toCounter);
      options.nextCitizen();
      return ticket;
    },
    current: () => queue().current(counter),
  };
}
