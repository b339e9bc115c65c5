import type { StateValue } from 'xstate';
import type { AggregateQuery, AggregateRow } from './caseAggregate.js';
import type { CasePage, CaseQuery } from './caseQuery.js';
import type { TimerRecord } from './caseStore.js';
import type { ServiceDescriptor } from './describeService.js';

/** Who acts on a case: a clerk, an agent, a citizen's account, the scheduler. */
export interface Actor {
  id: string;
  role?: string;
}

/** Through which channel and by whom a command arrives; recorded on every event. */
export interface Via {
  channel: string;
  actor: Actor;
}

/** The channel the router itself uses for timers. */
export const SYSTEM_CHANNEL = 'system';

/** Citizen identifiers given when a case is opened; stored only as keyed hashes. */
export interface Citizen {
  phone?: string;
  idNumber?: string;
  accountId?: string;
}

/** What a machine emitted with `emit()` while deciding a command. */
export interface CaseEffect {
  type: string;
  [key: string]: unknown;
}

/** The case as every channel sees it: the same object in-process, over HTTP and in a test. */
export interface CaseView {
  id: string;
  ref: string;
  service: { id: string; version: number };
  state: { value: StateValue; tags: string[]; done: boolean };
  context: unknown;
  version: number;
  /** What each channel may send now: the machine's `can()` intersected with the channel policy. */
  allowed: Record<string, string[]>;
  openedAt: number;
  updatedAt: number;
  openedVia: Via;
}

/** One stored event of a case: the audit record of one accepted command. */
export interface CaseEvent {
  caseId: string;
  /** The case version this event produced (1 for the opening event). */
  seq: number;
  /** `case.open` for the opening event, the event type otherwise (timers: `xstate.after.…`). */
  type: string;
  payload: Record<string, unknown>;
  via: Via;
  at: number;
  idempotencyKey: string | null;
  /** Keyed hash of a keyed command (type, payload, channel) that tells a retry from a different command; '' without a key. */
  commandHash: string;
  /** State value after this event. */
  stateAfter: StateValue;
  effects: CaseEffect[];
  prevHash: string;
  hash: string;
}

/** Options common to every write. */
export interface CommandOptions {
  via: Via;
  idempotencyKey?: string;
}

export interface SendOptions extends CommandOptions {
  /** Refuse with `VERSION_CONFLICT` unless the case is still at this version. */
  expectedVersion?: number;
}

export interface OpenCommand<TServiceId extends string = string, TInput = unknown> {
  service: TServiceId;
  /**
   * A registered version to open the case on; the newest when omitted. For importers and corpus
   * seeders that recreate cases as they were opened before an upgrade, not for everyday opens.
   */
  version?: number;
  input: TInput;
  citizen?: Citizen;
  via: Via;
  idempotencyKey?: string;
}

/** Look-up by citizen identifier; any one identifier is enough. */
export type CitizenQuery = Citizen;

/** Who links citizen identifiers and on what proof (see `RouterClient.linkCitizen`). */
export interface LinkCitizenOptions {
  via: Via;
  /** The proof the actor saw, for the audit (`resident ID checked at counter 3`). */
  reason: string;
}

/** What `linkCitizen` recorded: how many identifier pairs were new (0 when all were already linked). */
export interface CitizenLinkResult {
  added: number;
}

/** An event as a channel sends it: `{ type, ...payload }`. */
export interface AnyCaseCommandEvent {
  type: string;
  [key: string]: unknown;
}

/**
 * What every channel adapter needs from onecase; implemented by the in-process router
 * and by the HTTP client of `@onecase/web`, so an adapter runs anywhere.
 */
export interface RouterClient<TEvent extends AnyCaseCommandEvent = AnyCaseCommandEvent> {
  open(command: OpenCommand): Promise<CaseView>;
  send(caseIdOrRef: string, event: TEvent, options: SendOptions): Promise<CaseView>;
  get(caseIdOrRef: string): Promise<CaseView>;
  history(caseIdOrRef: string): Promise<CaseEvent[]>;
  find(query: CitizenQuery): Promise<CaseView[]>;
  /**
   * Records that these identifiers (two or more) are one person's, once an actor has seen
   * proof of it (a checked resident ID, a signed service code), so `find` by any of them
   * returns the cases of all. Stored as keyed hashes with who, channel, time and reason; idempotent.
   */
  linkCitizen(identifiers: Citizen, options: LinkCitizenOptions): Promise<CitizenLinkResult>;
  /**
   * The stored event a keyed command produced on this case, or `undefined` when that key was
   * never applied there: how an outbox or a replayed call tells "already done" without
   * reading the whole history.
   */
  appliedEvent(caseIdOrRef: string, idempotencyKey: string): Promise<CaseEvent | undefined>;
  /** Durable timers armed on a case, soonest first (deadlines, reminders). */
  timers(caseIdOrRef: string): Promise<TimerRecord[]>;
  /** The newest version of every service, as clients render them (JSON Schemas, channel policy). */
  catalogue(): Promise<ServiceDescriptor[]>;
  /** One page of the cases matching a query (staff work queues), with the cursor of the next. */
  list(query?: CaseQuery): Promise<CasePage<CaseView>>;
  /** How many cases match a query. */
  count(query?: CaseQuery): Promise<number>;
  /**
   * Counts and percentiles of index fields over the cases matching a query, grouped by an
   * index field, computed by the store in one pass (a SQL store: one statement).
   */
  aggregate(query: AggregateQuery): Promise<AggregateRow[]>;
}

/** The router's source of time (epoch ms); tests inject a fake one. */
export interface Clock {
  now(): number;
}

/** The subset of a pino logger onecase writes to. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
