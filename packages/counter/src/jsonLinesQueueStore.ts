import type { CounterError } from './counterError.js';
import type { LostTicket, Ticket, TicketQueueStore } from './createTicketQueue.js';
import { openRecordFile } from './recordFile.js';

/**
 * A ticket queue store in a record file (one framed JSON record per line): each change appends
 * the ticket's new copy, flushed to the disk, and the last copy wins on load, so the queue
 * survives a restart or a killed process. A damaged record is moved to `<path>.quarantine`
 * (reported through `onDamaged`, a process warning by default) and the rest loads; the numbers
 * it may have held are never handed out again that day.
 *
 * @example
 * ```ts
 * const queue = createTicketQueue({ store: jsonLinesQueueStore('./data/queue.jsonl') });
 * ```
 */
export function jsonLinesQueueStore(
  path: string,
  options: { fsync?: boolean; onDamaged?: (error: CounterError) => void } = {},
): TicketQueueStore {
  const file = openRecordFile<Ticket>(path, options);
  return {
    load: () => file.read(),
    save: (ticket) => file.append(ticket),
    lost: () => file.damaged.map((record) => salvage(record.text)),
  };
}

/** Reads what it can of a damaged ticket record: a torn JSON text often still names its day and number. */
function salvage(text: string): LostTicket {
  const number = /"number"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  const day = /"day"\s*:\s*"(\d{4}-\d{2}-\d{2})"/.exec(text)?.[1];
  return { ...(number !== undefined ? { number } : {}), ...(day !== undefined ? { day } : {}) };
}
