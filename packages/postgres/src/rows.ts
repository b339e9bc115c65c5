import type { CaseEffect, CaseEvent, CaseRecord, EffectRecord, TimerRecord } from '@onecase/core';

/** The columns of `cases`, in the order the statements write and read them. */
export const CASE_COLUMNS =
  'id, ref, service_id, service_version, snapshot, version, opened_at, updated_at, opened_via, citizen_keys, last_hash, state_paths, tags, done, index_values, armed_timers, signature';

/** The columns of `events`, one name each, for statements that qualify them with a table alias. */
export const EVENT_FIELDS = [
  'case_id',
  'seq',
  'type',
  'payload',
  'via',
  'at',
  'idempotency_key',
  'command_hash',
  'state_after',
  'effects',
  'prev_hash',
  'hash',
] as const;

/** The columns of `events`, in the order the statements write and read them. */
export const EVENT_COLUMNS = EVENT_FIELDS.join(', ');

/** The columns of `timers` a `TimerRecord` is made of. */
export const TIMER_COLUMNS = 'id, case_id, send_id, event, due_at';

/** A row of `cases` as the driver returns it (`bigint` as a number, `jsonb` parsed). */
export interface CaseRow {
  id: string;
  ref: string;
  service_id: string;
  service_version: number;
  snapshot: unknown;
  version: number;
  opened_at: number;
  updated_at: number;
  opened_via: CaseRecord['openedVia'];
  citizen_keys: string[];
  last_hash: string;
  state_paths: string[];
  tags: string[];
  done: boolean;
  index_values: Record<string, string | number | boolean>;
  /** NULL on rows written before migration 3, until their next commit. */
  armed_timers: TimerRecord[] | null;
  signature: string | null;
}

/** A row of `events` as the driver returns it. */
export interface EventRow {
  case_id: string;
  seq: number;
  type: string;
  payload: CaseEvent['payload'];
  via: CaseEvent['via'];
  at: number;
  idempotency_key: string | null;
  command_hash: string;
  state_after: CaseEvent['stateAfter'];
  effects: CaseEvent['effects'];
  prev_hash: string;
  hash: string;
}

/** A row of `timers` as the driver returns it. */
export interface TimerRow {
  id: string;
  case_id: string;
  send_id: string;
  event: TimerRecord['event'];
  due_at: number;
}

/** Maps a `cases` row to the store port's `CaseRecord`. */
export const toRecord = (row: CaseRow): CaseRecord => ({
  id: row.id,
  ref: row.ref,
  serviceId: row.service_id,
  serviceVersion: row.service_version,
  snapshot: row.snapshot,
  version: row.version,
  openedAt: row.opened_at,
  updatedAt: row.updated_at,
  openedVia: row.opened_via,
  citizenKeys: row.citizen_keys,
  lastHash: row.last_hash,
  search: { states: row.state_paths, tags: row.tags, done: row.done, index: row.index_values },
  ...(row.armed_timers !== null ? { armedTimers: row.armed_timers } : {}),
  ...(row.signature !== null ? { signature: row.signature } : {}),
});

/** The queryable fields of a record as the statements write them (empty for a record without them). */
export function searchColumns(record: CaseRecord) {
  const search = record.search;
  return {
    states: json(search?.states ?? []),
    tags: json(search?.tags ?? []),
    done: search?.done ?? false,
    index: json(search?.index ?? {}),
  };
}

/** A feed position as the store hands it out: `<transaction id>:<sequence>`. */
export function toPosition(tx: string, position: string | number): string {
  return `${tx}:${position}`;
}

/** The transaction id and sequence of a position this store handed out. */
export function fromPosition(position: string): { tx: string; position: string } | undefined {
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(position);
  return match ? { tx: match[1]!, position: match[2]! } : undefined;
}

/** A row of `effects`. */
export interface EffectRow {
  id: string;
  case_id: string;
  seq: number;
  type: string;
  effect: CaseEffect;
  state: EffectRecord['state'];
  attempts: number;
  available_at: number;
  last_error: string | null;
  created_at: number;
}

export const EFFECT_COLUMNS =
  'id, case_id, seq, type, effect, state, attempts, available_at, last_error, created_at';

export const toEffect = (row: EffectRow): EffectRecord => ({
  id: row.id,
  caseId: row.case_id,
  seq: row.seq,
  type: row.type,
  effect: row.effect,
  state: row.state,
  attempts: row.attempts,
  availableAt: row.available_at,
  lastError: row.last_error,
  createdAt: row.created_at,
});

/** Maps an `events` row to the store port's `CaseEvent`. */
export const toEvent = (row: EventRow): CaseEvent => ({
  caseId: row.case_id,
  seq: row.seq,
  type: row.type,
  payload: row.payload,
  via: row.via,
  at: row.at,
  idempotencyKey: row.idempotency_key,
  commandHash: row.command_hash,
  stateAfter: row.state_after,
  effects: row.effects,
  prevHash: row.prev_hash,
  hash: row.hash,
});

/** Maps a `timers` row to the store port's `TimerRecord`. */
export const toTimer = (row: TimerRow): TimerRecord => ({
  id: row.id,
  caseId: row.case_id,
  sendId: row.send_id,
  event: row.event,
  dueAt: row.due_at,
});

/** Serialises a value for a `$n::jsonb` parameter. */
export const json = (value: unknown): string => JSON.stringify(value);
