import type { AnyMachineSnapshot } from 'xstate';
import type { CaseRecord } from '../caseStore.js';
import { restoreSnapshot } from '../decide.js';
import type { AnyServiceDefinition } from '../defineService.js';
import type { ServiceRegistry } from './serviceRegistry.js';

const MAX_CACHED_CASES = 10_000;

/**
 * The last record this router read or wrote per case, with its revived snapshot. A send
 * decides on it without reading the store first and lets the store's compare-and-set catch
 * a stale one (then reloads), which saves a round trip per command on a database.
 */
export interface CaseCache {
  record(caseId: string): CaseRecord | undefined;
  /** The revived snapshot of `record`, from the cache when it is the version cached. */
  snapshotOf(service: AnyServiceDefinition, record: CaseRecord): AnyMachineSnapshot;
  remember(record: CaseRecord, snapshot: AnyMachineSnapshot): void;
  /**
   * Keeps a record just read (a case read by reference, the cases of claimed timers) unless a
   * newer version is cached; one whose service this router does not know is left to the
   * command, which reports it.
   */
  keep(registry: ServiceRegistry, record: CaseRecord): void;
  forget(caseId: string): void;
}

export function createCaseCache(maxCases = MAX_CACHED_CASES): CaseCache {
  const seen = new Map<string, { record: CaseRecord; snapshot: AnyMachineSnapshot }>();
  const remember = (record: CaseRecord, snapshot: AnyMachineSnapshot) => {
    seen.delete(record.id);
    // Map order is insertion order: the first key is the least recently remembered case.
    if (seen.size >= maxCases) seen.delete(seen.keys().next().value!);
    seen.set(record.id, { record, snapshot });
  };
  return {
    record: (caseId) => seen.get(caseId)?.record,
    snapshotOf(service, record) {
      const cached = seen.get(record.id);
      if (cached && cached.record.version === record.version) return cached.snapshot;
      const snapshot = restoreSnapshot(service, record.snapshot);
      remember(record, snapshot);
      return snapshot;
    },
    remember,
    keep(registry, record) {
      const cached = seen.get(record.id);
      if (cached && cached.record.version >= record.version) return;
      let service: AnyServiceDefinition;
      try {
        service = registry.forRecord(record);
      } catch {
        return;
      }
      remember(record, restoreSnapshot(service, record.snapshot));
    },
    forget: (caseId) => {
      seen.delete(caseId);
    },
  };
}
