import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type AnyCaseCommandEvent,
  CaseError,
  type CaseErrorCode,
  type CaseView,
  type Citizen,
  type Clock,
  isCaseError,
  isRouterUnreachable,
  looksLikeCaseRef,
  misreadRefError,
  normalizePhone,
  parseCaseRef,
  type RouterClient,
  type Via,
} from '@onecase/core';
import { checkDocument, type DocumentType } from './checkDocument.js';
import { checkResidentId } from './checkResidentId.js';
import { CounterError } from './counterError.js';
import { createOutbox, type Outbox, type OutboxCommand, type OutboxEntry } from './createOutbox.js';
import type { Ticket, TicketQueue } from './createTicketQueue.js';
import { formatReceipt, type ReceiptLabels } from './formatReceipt.js';
import { createServiceCodeLedger, type ServiceCodeLedger, verifyServiceCode } from './serviceCode.js';

/** The channel name counter actions are recorded with. */
export const COUNTER_CHANNEL = 'counter';

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
  /** Used service codes; share one between the counters of a hall. */
  ledger?: ServiceCodeLedger;
  clock?: Clock;
  /** Service groups this counter calls tickets for (all when omitted). */
  groups?: readonly string[];
  /** Printed at the top of receipts. */
  hall?: string;
  /** Time zone of receipt times (default `Asia/Shanghai`). */
  timeZone?: string;
  labels?: ReceiptLabels;
}

/** How the clerk identifies a citizen: a typed or scanned string, or an explicit kind. */
export type IdentifyInput =
  | string
  | { idNumber: string }
  | { phone: string }
  | { serviceCode: string }
  | { document: DocumentType; number: string; issuingCountry?: string };

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
  identify(input: IdentifyInput): Identification;
  forget(): void;
  /** Every case of the identified citizen, from every channel. */
  cases(): Promise<CaseView[]>;
  /** Opens a case for the identified citizen at the counter. */
  open(service: string, input: unknown): Promise<ActResult>;
  act(ref: string, event: AnyCaseCommandEvent, options?: { expectedVersion?: number }): Promise<ActResult>;
  /** Delivers the outbox in order and reports each command's outcome. */
  sync(): Promise<SyncReport>;
  /** Commands waiting in the outbox. */
  pending(): OutboxEntry[];
}

/** The router could not be reached at all: the only failure that sends a command to the outbox. */
const isUnreachable = isRouterUnreachable;

function detectInput(input: string): Exclude<IdentifyInput, string> {
  const text = input.trim();
  if (text.startsWith('OC1.')) return { serviceCode: text };
  const phone = normalizePhone(text);
  if (/^1\d{10}$/.test(phone)) return { phone };
  return { idNumber: text };
}

/**
 * Starts a clerk's session at a counter on any `RouterClient`: call tickets, identify the
 * citizen (resident ID, other documents, phone or a scanned service code), list their cases
 * from every channel, act on them with `via = { channel: 'counter', actor: clerk }` and print a
 * receipt; when the router is unreachable commands wait in the outbox until `sync()`.
 *
 * @example
 * ```ts
 * const session = createCounterSession({ client: router, counter: '3', clerk: { id: 'c-17' } });
 * session.identify('11010519491231002X');
 * const [first] = await session.cases();
 * const { receipt } = await session.act(first!.ref, { type: 'documents.check', ok: true });
 * console.log(receipt);
 * ```
 */
export function createCounterSession(options: CounterSessionOptions): CounterSession {
  const { client, counter } = options;
  if (!client || typeof client.send !== 'function') {
    throw new CounterError('INVALID_ARGUMENT', 'createCounterSession needs a RouterClient as client');
  }
  if (typeof counter !== 'string' || counter.trim().length === 0) {
    throw new CounterError('INVALID_ARGUMENT', 'createCounterSession needs the counter name');
  }
  const actor: Actor =
    typeof options.clerk === 'string' ? { id: options.clerk, role: 'clerk' } : options.clerk;
  if (!actor || typeof actor.id !== 'string' || actor.id.length === 0) {
    throw new CounterError('INVALID_ARGUMENT', 'createCounterSession needs the clerk (an id)');
  }
  const via: Via = { channel: COUNTER_CHANNEL, actor };
  const clock = options.clock ?? { now: () => Date.now() };
  const outbox = options.outbox ?? createOutbox({ clock });
  const ledger = options.ledger ?? createServiceCodeLedger();
  let citizen: Citizen | undefined;
  let syncing: Promise<SyncReport> | undefined;

  function queue(): TicketQueue {
    if (!options.queue) throw new CounterError('INVALID_ARGUMENT', `Counter ${counter} has no ticket queue`);
    return options.queue;
  }

  function newKey(): string {
    return `counter:${counter}:${randomUUID()}`;
  }

  async function quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch {
      return undefined;
    }
  }

  async function receiptFor(view: CaseView, action: string): Promise<string> {
    const router = client as Partial<{
      timers(ref: string): Promise<{ dueAt: number }[]>;
      service(id: string, version?: number): { title: string } | undefined;
    }>;
    const timers =
      typeof router.timers === 'function' ? await quietly(() => router.timers!(view.ref)) : undefined;
    const title =
      typeof router.service === 'function'
        ? router.service(view.service.id, view.service.version)?.title
        : undefined;
    return formatReceipt({
      case: view,
      ref: view.ref,
      action,
      at: clock.now(),
      counter,
      clerk: actor.id,
      ...(title !== undefined ? { serviceTitle: title } : {}),
      ...(timers?.[0] ? { deadline: timers[0].dueAt } : {}),
      ...receiptStyle(),
    });
  }

  function receiptStyle() {
    return {
      ...(options.hall !== undefined ? { hall: options.hall } : {}),
      ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
      ...(options.labels !== undefined ? { labels: options.labels } : {}),
    };
  }

  function enqueue(command: OutboxCommand, attempted: boolean): ActResult {
    const entry = outbox.enqueue(command, { attempted });
    const ref = command.kind === 'send' ? command.ref : '(given when the connection is back)';
    const action = command.kind === 'send' ? command.event.type : `case.open ${command.service}`;
    const receipt = formatReceipt({
      ref,
      action,
      at: clock.now(),
      counter,
      clerk: actor.id,
      queued: { position: outbox.pending().length },
      ...receiptStyle(),
    });
    return { status: 'queued', entry, receipt };
  }

  /** Sends now, or queues behind earlier queued commands (order is kept) or when the router is unreachable. */
  async function deliver(command: OutboxCommand): Promise<ActResult> {
    if (outbox.pending().length > 0) return enqueue(command, false);
    try {
      const view = await perform(command);
      return { status: 'applied', case: view, receipt: await receiptFor(view, actionOf(command)) };
    } catch (error) {
      // The request may have reached the router before the line dropped: the key decides on replay.
      if (isUnreachable(error)) return enqueue(command, true);
      throw error;
    }
  }

  function actionOf(command: OutboxCommand): string {
    return command.kind === 'send' ? command.event.type : 'case.open';
  }

  function perform(command: OutboxCommand): Promise<CaseView> {
    if (command.kind === 'open') {
      return client.open({
        service: command.service,
        input: command.input,
        citizen: command.citizen,
        via: command.via,
        idempotencyKey: command.idempotencyKey,
      });
    }
    return client.send(command.ref, command.event, {
      via: command.via,
      idempotencyKey: command.idempotencyKey,
      ...(command.expectedVersion !== undefined ? { expectedVersion: command.expectedVersion } : {}),
    });
  }

  /** For a command whose earlier delivery may have got through: whether the router already holds it. */
  async function alreadyApplied(command: OutboxCommand): Promise<boolean> {
    const hasKey = async (ref: string) => {
      try {
        return (await client.history(ref)).some((event) => event.idempotencyKey === command.idempotencyKey);
      } catch (error) {
        if (isCaseError(error, 'UNKNOWN_CASE')) return false;
        throw error;
      }
    };
    if (command.kind === 'send') return hasKey(command.ref);
    // An open is found through its citizen, which is why an offline open needs one.
    for (const view of await client.find(command.citizen)) if (await hasKey(view.ref)) return true;
    return false;
  }

  async function runSync(): Promise<SyncReport> {
    const report: SyncReport = { applied: [], alreadyApplied: [], refused: [], pending: 0 };
    for (const entry of outbox.pending()) {
      const { command } = entry;
      try {
        const seen = entry.attempts > 0 && (await alreadyApplied(command));
        if (!seen) outbox.markAttempt(entry.id);
        const view = await perform(command);
        outbox.complete(entry.id, { status: seen ? 'already-applied' : 'applied', ref: view.ref });
        (seen ? report.alreadyApplied : report.applied).push({ command, case: view });
      } catch (error) {
        if (!isCaseError(error) || error.code === 'STORE_UNAVAILABLE') {
          report.stoppedBy = {
            code: isCaseError(error) ? error.code : 'ERROR',
            message: error instanceof Error ? error.message : String(error),
          };
          break;
        }
        const state = command.kind === 'send' ? await quietly(() => client.get(command.ref)) : undefined;
        outbox.complete(entry.id, {
          status: 'refused',
          code: error.code,
          ...(command.kind === 'send' ? { ref: command.ref } : {}),
        });
        report.refused.push({
          command,
          code: error.code,
          reason: error.message,
          ...(state ? { state } : {}),
        });
      }
    }
    report.pending = outbox.pending().length;
    return report;
  }

  function checkRef(ref: string): string {
    if (typeof ref !== 'string' || ref.trim().length === 0) {
      throw new CaseError('INVALID_INPUT', 'A case reference is required');
    }
    if (!looksLikeCaseRef(ref)) return ref;
    const parsed = parseCaseRef(ref);
    // Caught here so a misread reference is not queued offline only to be refused later.
    if (!parsed.valid) throw misreadRefError(parsed.ref);
    return parsed.ref;
  }

  function identify(input: IdentifyInput): Identification {
    // Whoever was identified before is not the person now showing a document.
    citizen = undefined;
    const request = typeof input === 'string' ? detectInput(input) : input;
    if ('serviceCode' in request) {
      if (options.secret === undefined) {
        throw new CounterError(
          'INVALID_ARGUMENT',
          `Counter ${counter} has no secret to check service codes with`,
        );
      }
      const result = verifyServiceCode(request.serviceCode, {
        secret: options.secret,
        now: clock.now(),
        ledger,
      });
      if (!result.valid)
        return { identified: false, method: 'service-code', reason: result.reason, message: result.message };
      return accept('service-code', result.citizen);
    }
    if ('phone' in request) {
      const phone = normalizePhone(request.phone);
      if (!/^1[3-9]\d{9}$/.test(phone)) {
        return {
          identified: false,
          method: 'phone',
          reason: 'format',
          message: 'A mobile number has 11 digits starting with 1',
        };
      }
      return accept('phone', { phone });
    }
    const type: DocumentType = 'document' in request ? request.document : 'resident-id';
    const number = 'document' in request ? request.number : request.idNumber;
    const issuingCountry = 'document' in request ? request.issuingCountry : undefined;
    const result = checkDocument(type, number, {
      now: clock.now(),
      ...(issuingCountry !== undefined ? { issuingCountry } : {}),
    });
    if (!result.valid)
      return { identified: false, method: type, reason: result.reason, message: result.message };
    // Resident IDs (and the new 18-digit permanent residence IDs) are the idNumber other channels use; other documents are namespaced.
    const direct =
      type === 'resident-id' || (type === 'foreign-permanent-residence' && result.number.length === 18);
    return accept(type, { idNumber: direct ? result.number : `${type}:${result.number}` });
  }

  function accept(method: IdentifyMethod, who: Citizen): Identification {
    citizen = who;
    const resident =
      who.idNumber === undefined ? undefined : checkResidentId(who.idNumber, { now: clock.now() });
    return {
      identified: true,
      method,
      citizen: who,
      ...(resident?.valid
        ? { person: { birthDate: resident.birthDate, sex: resident.sex, region: resident.region } }
        : {}),
    };
  }

  function requireCitizen(): Citizen {
    if (!citizen) throw new CounterError('NOT_IDENTIFIED', 'Identify the citizen first');
    return citizen;
  }

  return {
    counter,
    via,
    get citizen() {
      return citizen;
    },
    async callNext(callOptions = {}) {
      const groups = callOptions.groups ?? options.groups;
      const ticket = await queue().callNext(counter, groups ? { groups } : {});
      // A new citizen steps up: the previous one's cases must not stay on screen.
      citizen = undefined;
      return ticket;
    },
    recall: () => queue().recall(counter),
    async served() {
      const ticket = await queue().served(counter);
      citizen = undefined;
      return ticket;
    },
    async transfer(toCounter) {
      const ticket = await queue().transfer(counter, toCounter);
      citizen = undefined;
      return ticket;
    },
    current: () => queue().current(counter),
    identify,
    forget() {
      citizen = undefined;
    },
    async cases() {
      return client.find(requireCitizen());
    },
    async open(service, input) {
      const command: OutboxCommand = {
        kind: 'open',
        service,
        input,
        citizen: requireCitizen(),
        via,
        idempotencyKey: newKey(),
      };
      return deliver(command);
    },
    async act(ref, event, actOptions = {}) {
      if (!event || typeof event.type !== 'string' || event.type.length === 0) {
        throw new CaseError('INVALID_INPUT', 'An event needs a string type: { type, ...payload }');
      }
      const command: OutboxCommand = {
        kind: 'send',
        ref: checkRef(ref),
        event,
        via,
        idempotencyKey: newKey(),
        ...(actOptions.expectedVersion !== undefined ? { expectedVersion: actOptions.expectedVersion } : {}),
      };
      return deliver(command);
    },
    sync() {
      syncing ??= runSync().finally(() => {
        syncing = undefined;
      });
      return syncing;
    },
    pending: () => outbox.pending(),
  };
}
