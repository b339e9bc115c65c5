import type { AggregateFilter, AggregateRow } from './caseAggregate.js';
import type { CaseQueryFilter, IndexValue } from './caseQuery.js';
import type { CitizenLinkAudit, CitizenLinkRecord } from './citizenLink.js';
import type { CaseEffect, CaseEvent, Via } from './types.js';

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
  /**
   * What queries filter and sort on, computed by the router at every commit: the active
   * state paths with their ancestors (`['handling', 'handling.site']`), the tags, whether the
   * case is done, and the service's declared index values (a null value is left out).
   */
  search?: CaseSearchFields;
  /**
   * The durable timers armed on the case after its last commit (soonest first), as the router
   * computed them: the timers table is checked against it. Absent on records written before
   * record signatures.
   */
  armedTimers?: TimerRecord[];
  /**
   * Keyed hash (router secret) over every other field of the record, set by the router at each
   * commit and checked whenever it reads the record. Absent on records written before record
   * signatures; stores keep it as they were given it.
   */
  signature?: string;
}

/**
 * Where a case's history stands: what an audit checkpoint anchors for every case.
 *
 * @example
 * ```ts
 * const [first]: CaseHead[] = await store.caseHeads({ limit: 1 });
 * ```
 */
export interface CaseHead {
  id: string;
  version: number;
  lastHash: string;
}

/** The queryable fields of a case record. */
export interface CaseSearchFields {
  states: string[];
  tags: string[];
  done: boolean;
  index: Record<string, Exclude<IndexValue, null>>;
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

/** A store-wide position of a committed event: opaque, ordered by the store, compared only by it. */
export type FeedPosition = string;

export type CommitResult =
  /** Committed at `position` in the store's change feed. */
  | { status: 'committed'; position: FeedPosition }
  /** The case is not at `expectedVersion` (or already exists, for a create). */
  | { status: 'conflict'; actualVersion: number }
  /** The idempotency key was already used on this case: the stored event. */
  | { status: 'duplicate'; event: CaseEvent }
  /** Another case already has this reference (create only). */
  | { status: 'ref-taken' };

/** A committed event as the change feed reads it back: in position order, with the case as it is now. */
export interface CommittedChange {
  position: FeedPosition;
  /** The router that committed it. */
  origin: string;
  event: CaseEvent;
  /** The case now (it may already be past this event). */
  record: CaseRecord;
}

/** A stored effect and how far its delivery got. */
export interface EffectRecord {
  /** `<caseId>:<seq>:<n>`: the n-th effect (from 0) emitted by event `seq` of the case. */
  id: string;
  caseId: string;
  seq: number;
  type: string;
  effect: CaseEffect;
  state: 'pending' | 'done' | 'dead';
  /** Deliveries tried so far. */
  attempts: number;
  /** Not handed out before this time (epoch ms): the backoff after a failed attempt. */
  availableAt: number;
  lastError: string | null;
  createdAt: number;
}

/** An index a store may build for queries: over these index fields, within one service when it names one. */
export interface QueryIndex {
  service?: string;
  fields: readonly string[];
}

/** A hint that something was committed (a notification): the feed then reads by position. */
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
  /**
   * The case a canonical reference names, in one read (optional): a router sending to a
   * case it has not seen then needs one read before its commit, not two.
   */
  loadByRef?(ref: string): Promise<CaseRecord | undefined>;
  /**
   * The cases of these ids that exist, in any order, in one read (optional): a router firing
   * a batch of claimed timers loads their cases at once, not one round trip each.
   */
  loadMany?(caseIds: string[]): Promise<CaseRecord[]>;
  commit(input: CommitInput): Promise<CommitResult>;
  /** Events of a case in order, optionally only those with `seq >= fromSeq`. */
  events(caseId: string, options?: { fromSeq?: number }): Promise<CaseEvent[]>;
  eventByIdempotencyKey(caseId: string, key: string): Promise<CaseEvent | undefined>;
  /**
   * Cases carrying any of these citizen keys or a key linked to one of them (through
   * `linkCitizenKeys`, transitively), oldest first, each once.
   */
  findByCitizenKeys(keys: string[]): Promise<CaseRecord[]>;
  /**
   * Records that these keys (two or more) belong to one person: a link for every pair not
   * linked yet, with `audit`; resolves with how many pairs were new (0 on a repeat).
   */
  linkCitizenKeys(keys: string[], audit: CitizenLinkAudit): Promise<{ added: number }>;
  /** The stored links of everyone these keys reach (transitively), oldest first. */
  citizenLinks(keys: string[]): Promise<CitizenLinkRecord[]>;
  /**
   * Claims timers due at `now` for `leaseMs`: a claimed timer is not handed out again
   * until the lease runs out, so one node fires it and a node that dies leaves it to others.
   */
  claimDueTimers(now: number, options: { limit: number; leaseMs: number }): Promise<TimerRecord[]>;
  /** Removes a timer whose event the case can no longer take. */
  deleteTimer(timerId: string): Promise<void>;
  /** Timers of one case, soonest first (for views, receipts and tests). */
  timers(caseId: string): Promise<TimerRecord[]>;
  /**
   * Committed events after `after` (from the first when omitted) in position order: at most
   * `limit` are looked at, and those committed by `excludeOrigin` are left out of `changes`;
   * `last` is the position of the last one looked at (so a reader moves past its own). A
   * position is only handed out once every event before it is visible, so a reader that
   * keeps the last position it saw never skips an event that commits late.
   */
  readChanges(options: {
    after?: FeedPosition;
    limit: number;
    excludeOrigin?: string;
  }): Promise<{ changes: CommittedChange[]; last?: FeedPosition }>;
  /** The position of the last event a reader can see now (`undefined` for an empty store). */
  headPosition(): Promise<FeedPosition | undefined>;
  /**
   * The heads of every case in the store's id order, one page of at most `limit` after the id
   * `after`: how an audit checkpoint reads the whole store without loading snapshots.
   */
  caseHeads(options: { after?: string; limit: number }): Promise<CaseHead[]>;
  /**
   * Adds the router's signature (and the armed timers it covers) to a record written before
   * record signatures, if the case is still at `version` and unsigned; false when it is not.
   */
  signRecord(
    caseId: string,
    version: number,
    signed: { armedTimers: TimerRecord[]; signature: string },
  ): Promise<boolean>;
  /** Cases matching a query, in its order, one page of at most `filter.limit` after `filter.after`. */
  list(filter: CaseQueryFilter): Promise<CaseRecord[]>;
  /** How many cases match a query (its sort, cursor and limit ignored). */
  count(filter: CaseQueryFilter): Promise<number>;
  /**
   * Counts, sums, means and percentiles of index fields over the cases matching a query,
   * grouped by an index field, as `aggregateRecords` computes them (a SQL store: one statement
   * over the search columns). Rows in group order, the cases without a group value last.
   */
  aggregate(filter: AggregateFilter): Promise<AggregateRow[]>;
  /**
   * Claims pending effects of these types that are available at `now` for `leaseMs`, oldest
   * first, counting an attempt on each: a claimed effect is not handed out again until its
   * lease runs out, so one node delivers it and a node that dies leaves it to others.
   */
  claimEffects(
    now: number,
    options: { types: string[]; limit: number; leaseMs: number },
  ): Promise<EffectRecord[]>;
  /** Marks an effect delivered. */
  completeEffect(effectId: string): Promise<void>;
  /** Records a failed delivery: retried from `retryAt`, or dead-lettered when `retryAt` is null. */
  failEffect(effectId: string, failure: { error: string; retryAt: number | null }): Promise<void>;
  /** Effects of one case, in the order they were emitted. */
  effects(caseId: string): Promise<EffectRecord[]>;
  /** Dead-lettered effects, oldest first, optionally of some types only. */
  deadEffects(options: { types?: string[]; limit: number }): Promise<EffectRecord[]>;
  /** Makes a dead (or pending) effect available again at `now` with its attempts reset; false if there is none. */
  retryEffect(effectId: string, now: number): Promise<boolean>;
  /**
   * Subscribes to hints of committed changes (the router then reads them by position).
   * Changes committed with `excludeOrigin` need not be reported: a router never reads its
   * own back, and a store can then skip decoding them.
   */
  watch?(listener: (change: CaseChange) => void, options?: { excludeOrigin?: string }): () => void;
  /** Delivers what the store still owes (pending notifications) before a shutdown. */
  flush?(): Promise<void>;
  /**
   * Builds the indexes the services' queries need (a SQL store: expression indexes on the
   * index fields, composite ones for declared queues); the router asks once at start.
   */
  prepareIndexes?(indexes: readonly QueryIndex[]): Promise<void>;
  close?(): Promise<void>;
}
