import type {
  Actor,
  AnyCaseCommandEvent,
  CaseErrorCode,
  CaseView,
  Citizen,
  Clock,
  RouterClient,
  ServiceDescriptor,
  Via,
} from '@onecase/core';
import type { DocumentType } from './checkDocument.js';
import type { Outbox, OutboxCommand, OutboxEntry } from './createOutbox.js';
import type { Ticket, TicketQueue } from './createTicketQueue.js';
import type { ReceiptLabels } from './formatReceipt.js';
import type { ServiceCodeLedger } from './serviceCodeLedger.js';

/** Options of `createCounterSession`. */
export interface CounterSessionOptions {
  /** The in-process router or `createHttpRouterClient(url)` from `@onecase/web`. */
  client: RouterClient;
  /** The counter's number or name, printed on receipts and used to call tickets. */
  counter: string;
  /** The clerk signed in at the counter; recorded as the actor of every action. */
  clerk: Actor | string;
  /** The hall's ticket queue; needed for `callNext`, `recall`, `served` and `transfer`. */
  queue?: TicketQueue;
  /** Where commands wait while the router is unreachable; in memory unless given (use a file in production). */
  outbox?: Outbox;
  /** The secret service codes are signed with; needed to identify by service code. */
  secret?: string;
  /**
   * Used service codes. In memory by default (one terminal); a hall shares one through the
   * router with `routerServiceCodeLedger` and identifies by code with `await session.scan(code)`.
   */
  ledger?: ServiceCodeLedger;
  /** Defaults to the core `systemClock`. */
  clock?: Clock;
  /** Service groups this counter calls tickets for (all when omitted). */
  groups?: readonly string[];
  /** Printed at the top of receipts. */
  hall?: string;
  /** Time zone of receipt times (default `Asia/Shanghai`). */
  timeZone?: string;
  /**
   * The language of the service, state and event names on receipts, taken from the catalogue's
   * labels (default `en`, the language of the receipt itself; e.g. `zh-CN` for a Chinese hall).
   */
  locale?: string;
  /** Names that win over the catalogue's labels. */
  labels?: ReceiptLabels;
}

/**
 * How the clerk identifies a citizen: a typed or scanned string, or an explicit kind. A
 * resident ID may come with the mobile number she gives in person: once the ID checks out,
 * the session links the two (see `CounterSession.identify`).
 */
export type IdentifyInput =
  | string
  | { idNumber: string; phone?: string }
  | { phone: string }
  | { serviceCode: string }
  | { document: DocumentType; number: string; issuingCountry?: string };

/** How a citizen was identified: a document type, a phone number or a service code. */
export type IdentifyMethod = DocumentType | 'phone' | 'service-code';

/** The outcome of `session.identify`. */
export type Identification =
  | {
      identified: true;
      method: IdentifyMethod;
      citizen: Citizen;
      /** What a resident ID says about its holder. */
      person?: { birthDate: string; sex: 'male' | 'female'; region: { code: string; province: string } };
    }
  | { identified: false; method: IdentifyMethod; reason: string; message: string };

/** The outcome of `act` and `open`: applied now, or queued in the outbox because the router is unreachable. */
export type ActResult =
  | { status: 'applied'; case: CaseView; receipt: string }
  | { status: 'queued'; entry: OutboxEntry; receipt: string };

/** A queued command that the router refused when it was finally delivered. */
export interface RefusedCommand {
  command: OutboxCommand;
  /** The router's code; `STORE_UNAVAILABLE` when it kept failing this one command while it answered others. */
  code: CaseErrorCode;
  /** The router's message, for the clerk. */
  reason: string;
  /** The case as it is now (absent when the case does not exist). */
  state?: CaseView;
}

/** What `sync()` did with each queued command; nothing is left out and nothing counted twice. */
export interface SyncReport {
  applied: { command: OutboxCommand; case: CaseView }[];
  /** Commands the router already had (an earlier delivery got through but its answer was lost). */
  alreadyApplied: { command: OutboxCommand; case: CaseView }[];
  refused: RefusedCommand[];
  /** Commands still waiting because the router became unreachable again. */
  pending: number;
  stoppedBy?: { code: string; message: string };
}

/** A clerk's session at one counter: tickets, identification, the citizen's cases, actions and the outbox. */
export interface CounterSession {
  readonly counter: string;
  readonly via: Via;
  /** The identified citizen, until the next ticket or `forget()`. */
  readonly citizen: Citizen | undefined;
  callNext(options?: { groups?: readonly string[] }): Promise<Ticket | undefined>;
  recall(): Promise<Ticket>;
  served(): Promise<Ticket>;
  transfer(toCounter: string): Promise<Ticket>;
  current(): Promise<Ticket | undefined>;
  /**
   * Identifies the citizen from a document, a phone or a service code (checked against an
   * in-memory ledger); with a ledger shared through the router, use `scan` for service codes.
   * A checked resident ID given with her phone links the two through `client.linkCitizen`
   * (in the background; `cases()` waits for it), so a later look-up by either finds all her cases.
   */
  identify(input: IdentifyInput): Identification;
  /**
   * Identifies the citizen by a scanned service code, claiming it in the (possibly shared)
   * ledger; a code carrying two or more identifiers links them (awaited; retried by `cases()`
   * if the router was unreachable).
   */
  scan(code: string): Promise<Identification>;
  forget(): void;
  /**
   * Every case of the identified citizen, from every channel, found through every identifier
   * linked to hers; rejects once with the router's answer if linking her proven identifiers was refused.
   */
  cases(): Promise<CaseView[]>;
  /** Opens a case for the identified citizen at the counter. */
  open(service: string, input: unknown): Promise<ActResult>;
  act(ref: string, event: AnyCaseCommandEvent, options?: { expectedVersion?: number }): Promise<ActResult>;
  /** Delivers the outbox in order and reports each command's outcome. */
  sync(): Promise<SyncReport>;
  /** Commands waiting in the outbox. */
  pending(): OutboxEntry[];
  /**
   * The router's service catalogue (titles, JSON Schemas of inputs and events), fetched while
   * online and kept, so it is still there offline (rejects when it was never fetched).
   */
  services(): Promise<ServiceDescriptor[]>;
}
