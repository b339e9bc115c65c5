import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { AnyCaseCommandEvent, CaseErrorCode, Citizen, Clock, Via } from '@onecase/core';
import { CounterError } from './counterError.js';
import { jsonLinesFile } from './jsonLinesFile.js';

/** A command the counter could not deliver, with the idempotency key it was given when queued. */
export type OutboxCommand =
  | {
      kind: 'send';
      ref: string;
      event: AnyCaseCommandEvent;
      via: Via;
      idempotencyKey: string;
      expectedVersion?: number;
    }
  | { kind: 'open'; service: string; input: unknown; citizen: Citizen; via: Via; idempotencyKey: string };

/** A queued command and what the outbox knows of its delivery. */
export interface OutboxEntry {
  id: string;
  /** Position in the outbox; commands are replayed in this order. */
  seq: number;
  queuedAt: number;
  command: OutboxCommand;
  /** How often a delivery was started; above 0 the router may already hold the command. */
  attempts: number;
}

/** How a queued command ended. */
export interface OutboxOutcome {
  status: 'applied' | 'already-applied' | 'refused';
  ref?: string;
  code?: CaseErrorCode;
}

/** A durable, ordered queue of commands waiting for the router. */
export interface Outbox {
  /** Queues a command; it is on the disk (with a file) before this returns. */
  enqueue(command: OutboxCommand, options?: { attempted?: boolean }): OutboxEntry;
  /** Commands not yet delivered, oldest first. */
  pending(): OutboxEntry[];
  /** Records that a delivery starts, before the command leaves the counter. */
  markAttempt(id: string): void;
  /** Records how a command ended; it leaves `pending()`. */
  complete(id: string, outcome: OutboxOutcome): void;
  /** The file behind the outbox, if any. */
  readonly file: string | undefined;
}

type OutboxLine =
  | { op: 'queued'; entry: OutboxEntry }
  | { op: 'attempt'; id: string }
  | ({ op: 'done'; id: string } & OutboxOutcome);

/**
 * Creates the counter's outbox: commands that could not reach the router wait here, in order,
 * with the idempotency key fixed when they were queued; with `file` (a JSON-lines journal) they
 * survive a restart or a killed process until `session.sync()` delivers them.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ file: './data/counter-3-outbox.jsonl' });
 * const session = createCounterSession({ client, counter: '3', clerk: { id: 'c-17' }, outbox });
 * ```
 */
export function createOutbox(options: { file?: string; fsync?: boolean; clock?: Clock } = {}): Outbox {
  const clock = options.clock ?? { now: () => Date.now() };
  const journal = options.file === undefined ? undefined : jsonLinesFile<OutboxLine>(options.file, options);
  const entries = new Map<string, OutboxEntry>();
  let lastSeq = 0;

  for (const line of journal?.read() ?? []) {
    if (line.op === 'queued') {
      entries.set(line.entry.id, { ...line.entry });
      lastSeq = Math.max(lastSeq, line.entry.seq);
    } else if (line.op === 'attempt') {
      const entry = entries.get(line.id);
      if (entry) entry.attempts += 1;
    } else {
      entries.delete(line.id);
    }
  }
  if (journal && entries.size === 0 && lastSeq > 0) {
    // Everything was delivered: start a fresh journal instead of growing it forever.
    writeFileSync(journal.path, '');
  }

  function entryOf(id: string): OutboxEntry {
    const entry = entries.get(id);
    if (!entry) throw new CounterError('INVALID_ARGUMENT', `No pending outbox entry ${id}`, { id });
    return entry;
  }

  return {
    file: options.file,
    enqueue(command, enqueueOptions = {}) {
      if (command.kind !== 'send' && command.kind !== 'open') {
        throw new CounterError('INVALID_ARGUMENT', 'An outbox command is a send or an open');
      }
      if (typeof command.idempotencyKey !== 'string' || command.idempotencyKey.length === 0) {
        throw new CounterError('INVALID_ARGUMENT', 'A queued command needs its idempotency key');
      }
      const entry: OutboxEntry = {
        id: randomUUID(),
        seq: lastSeq + 1,
        queuedAt: clock.now(),
        command,
        attempts: enqueueOptions.attempted ? 1 : 0,
      };
      journal?.append({ op: 'queued', entry });
      lastSeq = entry.seq;
      entries.set(entry.id, entry);
      return { ...entry };
    },
    pending() {
      return [...entries.values()].sort((a, b) => a.seq - b.seq).map((entry) => ({ ...entry }));
    },
    markAttempt(id) {
      const entry = entryOf(id);
      journal?.append({ op: 'attempt', id });
      entry.attempts += 1;
    },
    complete(id, outcome) {
      entryOf(id);
      journal?.append({ op: 'done', id, ...outcome });
      entries.delete(id);
    },
  };
}
