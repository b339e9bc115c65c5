import { randomUUID } from 'node:crypto';
import {
  type AnyCaseCommandEvent,
  type CaseErrorCode,
  type Citizen,
  type Clock,
  sealValue,
  systemClock,
  unsealValue,
  type Via,
} from '@onecase/core';
import { CounterError } from './counterError.js';
import { openRecordFile, type RecordFileOptions } from './recordFile.js';

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
  /**
   * Queues a command; with a file it is on the disk (`fsync`) before this returns, and a full
   * disk throws `CounterError('DISK_FULL')` with nothing queued.
   */
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

/** Options of `createOutbox`. */
export interface OutboxOptions {
  /** Keeps the queue in this file across restarts and killed processes; in memory without it. */
  file?: string;
  /**
   * Seals what the file holds of each command (payload, case input, the citizen's identifiers)
   * with AES-256-GCM under a key derived from it; required with `file`, so no phone or ID number
   * is ever written in clear. Use the hall's secret and keep it stable.
   */
  secret?: string;
  fsync?: boolean;
  clock?: Clock;
  /** Told about each damaged record moved aside when the file is opened (default: a process warning). */
  onDamaged?: RecordFileOptions['onDamaged'];
  /** @internal A stand-in for `node:fs`, for tests that play a full disk. */
  fs?: RecordFileOptions['fs'];
}

/** What the file keeps of a command: what the counter shows in clear, the rest sealed. */
interface StoredCommand {
  kind: OutboxCommand['kind'];
  idempotencyKey: string;
  via: Via;
  ref?: string;
  type?: string;
  service?: string;
  expectedVersion?: number;
  sealed: string;
}

type OutboxRecord =
  | { op: 'queued'; entry: Omit<OutboxEntry, 'command'> & { command: StoredCommand } }
  | { op: 'attempt'; id: string }
  | ({ op: 'done'; id: string } & OutboxOutcome);

function store(secret: string, command: OutboxCommand): StoredCommand {
  const base = { kind: command.kind, idempotencyKey: command.idempotencyKey, via: command.via };
  if (command.kind === 'send') {
    return {
      ...base,
      ref: command.ref,
      type: command.event.type,
      ...(command.expectedVersion !== undefined ? { expectedVersion: command.expectedVersion } : {}),
      sealed: sealValue(secret, JSON.stringify(command.event)),
    };
  }
  return {
    ...base,
    service: command.service,
    sealed: sealValue(secret, JSON.stringify({ input: command.input, citizen: command.citizen })),
  };
}

function restore(secret: string, file: string, stored: StoredCommand): OutboxCommand {
  let opened: unknown;
  try {
    opened = JSON.parse(unsealValue(secret, stored.sealed));
  } catch (cause) {
    throw new CounterError(
      'INVALID_ARGUMENT',
      `${file} was sealed under another secret (or altered): open it with the secret it was written with`,
      { file, cause },
    );
  }
  const base = { idempotencyKey: stored.idempotencyKey, via: stored.via };
  if (stored.kind === 'send') {
    return {
      kind: 'send',
      ...base,
      ref: stored.ref!,
      event: opened as AnyCaseCommandEvent,
      ...(stored.expectedVersion !== undefined ? { expectedVersion: stored.expectedVersion } : {}),
    };
  }
  const { input, citizen } = opened as { input: unknown; citizen: Citizen };
  return { kind: 'open', ...base, service: stored.service!, input, citizen };
}

/**
 * Creates the counter's outbox: commands that could not reach the router wait here, in order,
 * with the idempotency key fixed when they were queued; with `file` (a framed record file,
 * its contents sealed under `secret`) they survive a restart or a killed process until
 * `session.sync()` delivers them.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ file: './data/counter-3-outbox.records', secret: process.env.HALL_SECRET! });
 * const session = createCounterSession({ client, counter: '3', clerk: { id: 'c-17' }, outbox });
 * ```
 */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const clock = options.clock ?? systemClock;
  const { file, secret } = options;
  if (file !== undefined && (typeof secret !== 'string' || secret.length === 0)) {
    throw new CounterError(
      'INVALID_ARGUMENT',
      "An outbox file holds citizens' identifiers: give createOutbox a secret to seal them with",
    );
  }
  const journal = file === undefined ? undefined : openRecordFile<OutboxRecord>(file, options);
  const entries = new Map<string, OutboxEntry>();
  let lastSeq = 0;
  let finished = 0;

  for (const record of journal?.read() ?? []) {
    if (record.op === 'queued') {
      const { command, ...rest } = record.entry;
      entries.set(rest.id, { ...rest, command: restore(secret!, file!, command) });
      lastSeq = Math.max(lastSeq, rest.seq);
    } else if (record.op === 'attempt') {
      const entry = entries.get(record.id);
      if (entry) entry.attempts += 1;
    } else {
      entries.delete(record.id);
      finished += 1;
    }
  }
  if (journal && finished > 0) {
    // Delivered commands are forgotten: the journal is written anew with only what still waits.
    journal.rewrite([...entries.values()].map((entry) => queuedRecord(entry)));
  }

  function queuedRecord(entry: OutboxEntry): OutboxRecord {
    return { op: 'queued', entry: { ...entry, command: store(secret!, entry.command) } };
  }

  function entryOf(id: string): OutboxEntry {
    const entry = entries.get(id);
    if (!entry) throw new CounterError('INVALID_ARGUMENT', `No pending outbox entry ${id}`, { id });
    return entry;
  }

  return {
    file,
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
      journal?.append(queuedRecord(entry));
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
