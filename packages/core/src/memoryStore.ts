import { aggregateRecords } from './caseAggregate.js';
import { compareRecords, isAfter, matchesFilter } from './caseQuery.js';
import type {
  CaseChange,
  CaseHead,
  CaseRecord,
  CaseStore,
  CommitInput,
  CommitResult,
  CommittedChange,
  EffectRecord,
  TimerRecord,
} from './caseStore.js';
import { deepFreeze } from './deepFreeze.js';
import { effectId } from './effectId.js';
import { memoryCitizenLinks } from './memoryCitizenLinks.js';
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

/** One committed event in the store-wide log: `position` is its index + 1. */
interface LogEntry {
  caseId: string;
  seq: number;
  origin: string;
}

/** Positions are zero-padded so that they also sort as text. */
const positionOf = (index: number): string => String(index + 1).padStart(16, '0');
const indexAfter = (position: string | undefined): number => (position === undefined ? 0 : Number(position));

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
  const links = memoryCitizenLinks();
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
  /** Case ids in id order for `caseHeads`, rebuilt after a case is created. */
  let sortedIds: string[] | undefined;
  /** Each listener with the origin whose changes it does not want. */
  const listeners = new Map<(change: CaseChange) => void, string | undefined>();
  const log: LogEntry[] = [];
  const effects = new Map<string, EffectRecord & { leasedUntil: number }>();
  const effectsByCase = new Map<string, string[]>();
  const publicEffect = ({
    leasedUntil: _,
    ...effect
  }: EffectRecord & { leasedUntil: number }): EffectRecord => ({
    ...effect,
  });

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
      sortedIds = undefined;
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
    event.effects.forEach((effect, n) => {
      const id = effectId(record.id, event.seq, n);
      effects.set(id, {
        id,
        caseId: record.id,
        seq: event.seq,
        type: effect.type,
        effect,
        state: 'pending',
        attempts: 0,
        availableAt: event.at,
        lastError: null,
        createdAt: event.at,
        leasedUntil: 0,
      });
      const ids = effectsByCase.get(record.id) ?? [];
      ids.push(id);
      effectsByCase.set(record.id, ids);
    });
    log.push({ caseId: record.id, seq: event.seq, origin: input.origin });
    const position = positionOf(log.length - 1);
    if (listeners.size > 0) {
      const change: CaseChange = { caseId: record.id, version: record.version, origin: input.origin };
      // Delivered after the commit returns, as a database notification would be.
      for (const [listener, excludeOrigin] of listeners) {
        if (excludeOrigin !== input.origin) queueMicrotask(() => listener(change));
      }
    }
    return { status: 'committed', position };
  };

  return {
    async load(caseId) {
      return cases.get(caseId)?.record;
    },
    async resolveRef(ref) {
      return refs.get(ref);
    },
    async loadByRef(ref) {
      const id = refs.get(ref);
      return id === undefined ? undefined : cases.get(id)?.record;
    },
    async loadMany(caseIds) {
      const found: CaseRecord[] = [];
      for (const id of new Set(caseIds)) {
        const stored = cases.get(id);
        if (stored) found.push(stored.record);
      }
      return found;
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
      for (const key of links.reach(keys)) for (const id of citizens.get(key) ?? []) ids.add(id);
      return [...ids]
        .map((id) => cases.get(id)!.record)
        .sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id));
    },
    async linkCitizenKeys(keys, audit) {
      return links.link(keys, audit);
    },
    async citizenLinks(keys) {
      return links.records(keys);
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
    async readChanges({ after, limit, excludeOrigin }) {
      const changes: CommittedChange[] = [];
      const start = indexAfter(after);
      const end = Math.min(log.length, start + limit);
      for (let index = start; index < end; index++) {
        const entry = log[index]!;
        if (entry.origin === excludeOrigin) continue;
        const stored = cases.get(entry.caseId)!;
        changes.push({
          position: positionOf(index),
          origin: entry.origin,
          event: stored.events[entry.seq - 1]!,
          record: stored.record,
        });
      }
      return end > start ? { changes, last: positionOf(end - 1) } : { changes };
    },
    async headPosition() {
      return log.length === 0 ? undefined : positionOf(log.length - 1);
    },
    async caseHeads({ after, limit }) {
      sortedIds ??= [...cases.keys()].sort();
      const ids = sortedIds;
      // Binary search for the first id after the cursor: pages cost log n, not n.
      let low = 0;
      let high = ids.length;
      while (after !== undefined && low < high) {
        const mid = (low + high) >>> 1;
        if (ids[mid]! <= after) low = mid + 1;
        else high = mid;
      }
      return ids.slice(low, low + limit).map((id): CaseHead => {
        const { version, lastHash } = cases.get(id)!.record;
        return { id, version, lastHash };
      });
    },
    async signRecord(caseId, version, signed) {
      const stored = cases.get(caseId);
      if (!stored || stored.record.version !== version || stored.record.signature !== undefined) return false;
      stored.record = deepFreeze({ ...stored.record, ...signed });
      return true;
    },
    async list(filter) {
      const matching: CaseRecord[] = [];
      for (const { record } of cases.values()) {
        if (matchesFilter(filter, record) && (!filter.after || isAfter(filter, record, filter.after))) {
          matching.push(record);
        }
      }
      return matching.sort((a, b) => compareRecords(filter, a, b)).slice(0, filter.limit);
    },
    async count(filter) {
      let n = 0;
      for (const { record } of cases.values()) if (matchesFilter(filter, record)) n++;
      return n;
    },
    async aggregate(filter) {
      return aggregateRecords(
        filter,
        (function* () {
          for (const { record } of cases.values()) yield record;
        })(),
      );
    },
    async claimEffects(now, { types, limit, leaseMs }) {
      const wanted = new Set(types);
      const due: (EffectRecord & { leasedUntil: number })[] = [];
      for (const effect of effects.values()) {
        if (
          effect.state === 'pending' &&
          wanted.has(effect.type) &&
          effect.availableAt <= now &&
          effect.leasedUntil <= now
        ) {
          due.push(effect);
        }
      }
      due.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      return due.slice(0, limit).map((effect) => {
        effect.leasedUntil = now + leaseMs;
        effect.attempts += 1;
        return publicEffect(effect);
      });
    },
    async completeEffect(id) {
      const effect = effects.get(id);
      if (effect && effect.state === 'pending') effect.state = 'done';
    },
    async failEffect(id, { error, retryAt }) {
      const effect = effects.get(id);
      if (effect?.state !== 'pending') return;
      effect.lastError = error;
      effect.leasedUntil = 0;
      if (retryAt === null) effect.state = 'dead';
      else effect.availableAt = retryAt;
    },
    async effects(caseId) {
      return (effectsByCase.get(caseId) ?? []).map((id) => publicEffect(effects.get(id)!));
    },
    async deadEffects({ types, limit }) {
      const wanted = types && new Set(types);
      return [...effects.values()]
        .filter((effect) => effect.state === 'dead' && (!wanted || wanted.has(effect.type)))
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .slice(0, limit)
        .map(publicEffect);
    },
    async retryEffect(id, now) {
      const effect = effects.get(id);
      if (!effect || effect.state === 'done') return false;
      Object.assign(effect, { state: 'pending', attempts: 0, availableAt: now, leasedUntil: 0 });
      return true;
    },
    watch(listener, options) {
      listeners.set(listener, options?.excludeOrigin);
      return () => listeners.delete(listener);
    },
    async timers(caseId) {
      return timersOf(caseId)
        .map(({ leasedUntil: _, ...timer }) => timer)
        .sort((a, b) => a.dueAt - b.dueAt);
    },
  };
}
