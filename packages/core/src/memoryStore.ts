import type {
  CaseChange,
  CaseRecord,
  CaseStore,
  CommitInput,
  CommitResult,
  TimerRecord,
} from './caseStore.js';
import { deepFreeze } from './deepFreeze.js';
import type { CaseEvent } from './types.js';

interface StoredCase {
  record: CaseRecord;
  events: CaseEvent[];
  /** Created on first use: most cases never see an idempotency key. */
  byIdempotencyKey?: Map<string, CaseEvent>;
}

interface StoredTimer extends TimerRecord {
  leasedUntil: number;
}

/**
 * An in-memory `CaseStore`: the router's default, with the same atomicity and
 * compare-and-set as the SQL store, for tests, demos and single-process tools.
 * Several routers given the same instance behave like nodes on one database.
 *
 * @example
 * ```ts
 * const store = memoryStore();
 * const router = createRouter({ services: [noise], store });
 * ```
 */
export function memoryStore(): CaseStore {
  const cases = new Map<string, StoredCase>();
  const refs = new Map<string, string>();
  const citizens = new Map<string, Set<string>>();
  const timers = new Map<string, StoredTimer>();
  /** Timer ids per case, so cancelling and listing cost the case's timers, not everyone's. */
  const timersByCase = new Map<string, Set<string>>();

  const removeTimer = (timerId: string) => {
    const timer = timers.get(timerId);
    if (!timer) return;
    timers.delete(timerId);
    const ids = timersByCase.get(timer.caseId)!;
    ids.delete(timerId);
    if (ids.size === 0) timersByCase.delete(timer.caseId);
  };
  const timersOf = (caseId: string): StoredTimer[] =>
    [...(timersByCase.get(caseId) ?? [])].map((id) => timers.get(id)!);
  const listeners = new Set<(change: CaseChange) => void>();

  const commit = async (input: CommitInput): Promise<CommitResult> => {
    const { record, event, expectedVersion } = input;
    const existing = cases.get(record.id);
    if (event.idempotencyKey !== null) {
      const duplicate = existing?.byIdempotencyKey?.get(event.idempotencyKey);
      if (duplicate) return { status: 'duplicate', event: duplicate };
    }
    const actualVersion = existing?.record.version ?? 0;
    if (actualVersion !== expectedVersion) return { status: 'conflict', actualVersion };
    if (!existing && refs.has(record.ref)) return { status: 'ref-taken' };

    deepFreeze(record);
    deepFreeze(event);
    const stored: StoredCase = existing ?? { record, events: [] };
    stored.record = record;
    stored.events.push(event);
    if (event.idempotencyKey !== null) {
      stored.byIdempotencyKey ??= new Map();
      stored.byIdempotencyKey.set(event.idempotencyKey, event);
    }
    if (!existing) {
      cases.set(record.id, stored);
      refs.set(record.ref, record.id);
      for (const key of record.citizenKeys) {
        const ids = citizens.get(key) ?? new Set<string>();
        ids.add(record.id);
        citizens.set(key, ids);
      }
    }
    if (input.timers.fired !== undefined) removeTimer(input.timers.fired);
    if (input.timers.cancel.length > 0) {
      const cancelled = new Set(input.timers.cancel);
      for (const timer of timersOf(record.id)) if (cancelled.has(timer.sendId)) removeTimer(timer.id);
    }
    for (const timer of input.timers.arm) {
      timers.set(timer.id, { ...timer, leasedUntil: 0 });
      const ids = timersByCase.get(timer.caseId) ?? new Set<string>();
      ids.add(timer.id);
      timersByCase.set(timer.caseId, ids);
    }
    if (listeners.size > 0) {
      const change: CaseChange = { caseId: record.id, version: record.version, origin: input.origin };
      // Delivered after the commit returns, as a database notification would be.
      for (const listener of listeners) queueMicrotask(() => listener(change));
    }
    return { status: 'committed' };
  };

  return {
    async load(caseId) {
      return cases.get(caseId)?.record;
    },
    async resolveRef(ref) {
      return refs.get(ref);
    },
    commit,
    async events(caseId, options) {
      const all = cases.get(caseId)?.events ?? [];
      const from = options?.fromSeq ?? 1;
      return from <= 1 ? all.slice() : all.slice(from - 1);
    },
    async eventByIdempotencyKey(caseId, key) {
      return cases.get(caseId)?.byIdempotencyKey?.get(key);
    },
    async findByCitizenKeys(keys) {
      const ids = new Set<string>();
      for (const key of keys) for (const id of citizens.get(key) ?? []) ids.add(id);
      return [...ids]
        .map((id) => cases.get(id)!.record)
        .sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id));
    },
    async claimDueTimers(now, { limit, leaseMs }) {
      const due: StoredTimer[] = [];
      for (const timer of timers.values()) {
        if (timer.dueAt <= now && timer.leasedUntil <= now) due.push(timer);
      }
      due.sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
      return due.slice(0, limit).map(({ leasedUntil: _, ...timer }) => {
        timers.get(timer.id)!.leasedUntil = now + leaseMs;
        return timer;
      });
    },
    async deleteTimer(timerId) {
      removeTimer(timerId);
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async timers(caseId) {
      return timersOf(caseId)
        .map(({ leasedUntil: _, ...timer }) => timer)
        .sort((a, b) => a.dueAt - b.dueAt);
    },
  };
}
