import { noise } from '@onecase/testing/fixtures';
import {
  type CaseRecord,
  type CaseStore,
  createRouter,
  memoryStore,
  toQueryFilter,
  type Via,
} from '../src/index.js';

export const web: Via = { channel: 'web', actor: { id: 'citizen-1' } };
export const staff: Via = { channel: 'staff', actor: { id: 'clerk-1' } };
export const input = { address: '1 Zhongshan Rd', description: 'Drilling at 6am' };
export const secret = 'integrity-test-secret';

/**
 * A memory store an attacker with database access can edit: records replaced or removed and
 * events cut off behind the store's back, seen by every read as a database row would be.
 */
export function tamperableStore(base: CaseStore = memoryStore()) {
  const records = new Map<string, CaseRecord | null>();
  const patches = new Map<string, (record: CaseRecord) => CaseRecord>();
  const keepEvents = new Map<string, number>();
  const edited = (record: CaseRecord): CaseRecord | undefined => {
    const replaced = records.get(record.id);
    if (replaced === null) return undefined;
    const patch = patches.get(record.id);
    return patch ? patch(replaced ?? record) : (replaced ?? record);
  };
  const store: CaseStore = {
    ...base,
    async load(caseId) {
      const record = await base.load(caseId);
      return record && edited(record);
    },
    async events(caseId, options) {
      const events = await base.events(caseId, options);
      const keep = keepEvents.get(caseId);
      return keep === undefined ? events : events.filter((event) => event.seq <= keep);
    },
    async findByCitizenKeys(keys) {
      const all = (await base.list({ ...listAll, limit: 10_000 })).map(edited);
      return all.filter((r): r is CaseRecord => !!r && r.citizenKeys.some((key) => keys.includes(key)));
    },
    async list(filter) {
      return (await base.list(filter)).map(edited).filter((r): r is CaseRecord => !!r);
    },
    async readChanges(options) {
      const read = await base.readChanges(options);
      return {
        ...read,
        changes: read.changes.map((change) => ({ ...change, record: edited(change.record)! })),
      };
    },
    async caseHeads(page) {
      const heads = await base.caseHeads(page);
      return heads.flatMap((head) => {
        const replaced = records.get(head.id);
        if (replaced === null) return [];
        return [replaced ? { id: head.id, version: replaced.version, lastHash: replaced.lastHash } : head];
      });
    },
  };
  return {
    store,
    /** Replaces what the store returns for a case (`null` removes it). */
    replace(caseId: string, record: CaseRecord | null) {
      records.set(caseId, record);
    },
    /** Edits whatever the store holds for a case, at every version, as it is read. */
    patch(caseId: string, edit: (record: CaseRecord) => CaseRecord) {
      patches.set(caseId, edit);
    },
    /** Cuts the case's events after `seq`. */
    truncate(caseId: string, seq: number) {
      keepEvents.set(caseId, seq);
    },
  };
}

const listAll = toQueryFilter(undefined, new Set());

/** A router as another node (or a restart) sees the store: nothing cached. */
export function freshRouter(store: CaseStore, extra: { requireSignedRecords?: boolean } = {}) {
  return createRouter({ services: [noise], store, secret, ...extra });
}
