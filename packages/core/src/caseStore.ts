import type { CaseEvent, Via } from './types.js';

/** A case as the store keeps it: the latest persisted machine snapshot plus its bookkeeping. */
export interface CaseRecord {
  id: string;
  ref: string;
  serviceId: string;
  serviceVersion: number;
  /** XState persisted snapshot (`machine.getPersistedSnapshot`), JSON only. */
  snapshot: unknown;
  version: number;
  openedAt: number;
  updatedAt: number;
  openedVia: Via;
  /** Keyed hashes of the citizen's identifiers (`phone:…`, `id:…`, `account:…`). */
  citizenKeys: string[];
  /** Hash of the latest event, so a removed tail event is detected. */
  lastHash: string;
}

/** A durable timer armed by a delayed transition (`after`) of a case machine. */
export interface TimerRecord {
  /** Unique per arming; the firing command uses the idempotency key `timer:<id>`. */
  id: string;
  caseId: string;
  /** XState's send id (`xstate.after.…`), the handle `cancel` actions use. */
  sendId: string;
  event: { type: string; [key: string]: unknown };
  dueAt: number;
}

/** Everything one command changes, committed all or nothing. */
export interface CommitInput {
  /** The case after this command. */
  record: CaseRecord;
  /** Version the decision was made on; 0 creates the case. */
  expectedVersion: number;
  /** Id of the committing router, echoed in `CaseChange` so a router skips its own changes. */
  origin: string;
  event: CaseEvent;
  timers: {
    /** Send ids of this case whose timers are removed (state exited). */
    cancel: string[];
    arm: TimerRecord[];
    /** The timer this command fires, removed with the commit. */
    fired?: string;
  };
}

export type CommitResult =
  | { status: 'committed' }
  /** The case is not at `expectedVersion` (or already exists, for a create). */
  | { status: 'conflict'; actualVersion: number }
  /** The idempotency key was already used on this case: the stored event. */
  | { status: 'duplicate'; event: CaseEvent }
  /** Another case already has this reference (create only). */
  | { status: 'ref-taken' };

/** A change committed by any router sharing the store (for a cross-node change feed). */
export interface CaseChange {
  caseId: string;
  version: number;
  origin: string;
}

/**
 * The store port: what the router needs from durable storage. Adapters annotate their
 * implementation with it (`export const s: CaseStore = …`) and prove it with
 * `describeCaseStore` from `@onecase/testing`. Implementations throw `CaseError`
 * `STORE_UNAVAILABLE` when the backing storage cannot be reached.
 */
export interface CaseStore {
  load(caseId: string): Promise<CaseRecord | undefined>;
  /** The case id for a canonical reference. */
  resolveRef(ref: string): Promise<string | undefined>;
  commit(input: CommitInput): Promise<CommitResult>;
  /** Events of a case in order, optionally only those with `seq >= fromSeq`. */
  events(caseId: string, options?: { fromSeq?: number }): Promise<CaseEvent[]>;
  eventByIdempotencyKey(caseId: string, key: string): Promise<CaseEvent | undefined>;
  /** Cases carrying any of these citizen keys, oldest first. */
  findByCitizenKeys(keys: string[]): Promise<CaseRecord[]>;
  /**
   * Claims timers due at `now` for `leaseMs`: a claimed timer is not handed out again
   * until the lease runs out, so one node fires it and a node that dies leaves it to others.
   */
  claimDueTimers(now: number, options: { limit: number; leaseMs: number }): Promise<TimerRecord[]>;
  /** Removes a timer whose event the case can no longer take. */
  deleteTimer(timerId: string): Promise<void>;
  /** Timers of one case, soonest first (for views, receipts and tests). */
  timers(caseId: string): Promise<TimerRecord[]>;
  /** Subscribes to every committed change (the router skips its own by `origin`). */
  watch?(listener: (change: CaseChange) => void): () => void;
  close?(): Promise<void>;
}
