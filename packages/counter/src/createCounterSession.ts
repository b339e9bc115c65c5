import { randomUUID } from 'node:crypto';
import {
  type Actor,
  CaseError,
  type Citizen,
  isRouterUnreachable,
  looksLikeCaseRef,
  misreadRefError,
  parseCaseRef,
  systemClock,
  type Via,
} from '@onecase/core';
import { createCitizenLinker } from './citizenLinker.js';
import { CounterError, isCounterError } from './counterError.js';
import { appliedReceipt, queuedReceipt, type ReceiptContext } from './counterReceipts.js';
import type { ActResult, CounterSession, CounterSessionOptions, SyncReport } from './counterSessionTypes.js';
import { createOutbox, type OutboxCommand } from './createOutbox.js';
import { type IdentifyContext, identifyCitizen, scanServiceCode } from './identifyCitizen.js';
import { checkQueueable, createServiceCatalogue } from './serviceCatalogue.js';
import { createServiceCodeLedger } from './serviceCodeLedger.js';
import { sessionTickets } from './sessionTickets.js';
import { performCommand, syncOutbox } from './syncOutbox.js';

/** The channel name counter actions are recorded with. */
export const COUNTER_CHANNEL = 'counter';

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
  const clock = options.clock ?? systemClock;
  const outbox = options.outbox ?? createOutbox({ clock });
  const catalogue = createServiceCatalogue(client);
  const identifying: IdentifyContext = {
    counter,
    clock,
    secret: options.secret,
    ledger: options.ledger ?? createServiceCodeLedger(),
  };
  const receipts: ReceiptContext = {
    client,
    catalogue,
    clock,
    counter,
    clerk: actor.id,
    ...(options.hall !== undefined ? { hall: options.hall } : {}),
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
    ...(options.labels !== undefined ? { labels: options.labels } : {}),
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
  };
  let citizen: Citizen | undefined;
  const linker = createCitizenLinker(client, via, counter);
  let syncing: Promise<SyncReport> | undefined;

  async function enqueue(command: OutboxCommand, attempted: boolean): Promise<ActResult> {
    // A citizen must never leave with a receipt for a command that cannot apply.
    const services = catalogue.copy();
    if (services) checkQueueable(services, command);
    let entry: ReturnType<typeof outbox.enqueue>;
    try {
      entry = outbox.enqueue(command, { attempted });
    } catch (error) {
      if (isCounterError(error, 'DISK_FULL') || isCounterError(error, 'WRITE_FAILED')) {
        // The send may have reached the router before the line dropped: say so rather than "nothing happened".
        const maybe = attempted
          ? 'it may have reached the router before the connection dropped: check the case once it is back before doing it again'
          : 'nothing was sent';
        throw new CounterError(
          error.code,
          `NOT queued: ${error.message}. The router is unreachable and ${maybe}; give the citizen no receipt`,
          { ...error.details, attempted },
        );
      }
      throw error;
    }
    return { status: 'queued', entry, receipt: queuedReceipt(receipts, command, outbox.pending().length) };
  }

  /** Sends now, or queues behind earlier queued commands (order is kept) or when the router is unreachable. */
  async function deliver(command: OutboxCommand): Promise<ActResult> {
    if (outbox.pending().length > 0) return enqueue(command, false);
    try {
      const view = await performCommand(client, command);
      const action = command.kind === 'send' ? command.event.type : 'case.open';
      return { status: 'applied', case: view, receipt: await appliedReceipt(receipts, view, action) };
    } catch (error) {
      // The request may have reached the router before the line dropped: the key decides on replay.
      if (isRouterUnreachable(error)) return enqueue(command, true);
      throw error;
    }
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
    ...sessionTickets({
      queue: options.queue,
      counter,
      groups: options.groups,
      nextCitizen: () => {
        citizen = undefined;
        linker.forget();
      },
    }),
    identify(input) {
      // Whoever was identified before is not the person now showing a document.
      citizen = undefined;
      const result = identifyCitizen(identifying, input);
      if (result.identified) citizen = result.citizen;
      linker.identified(result);
      return result;
    },
    async scan(code) {
      citizen = undefined;
      const result = await scanServiceCode(identifying, code);
      if (result.identified) citizen = result.citizen;
      linker.identified(result);
      // She is identified whatever the link's outcome: cases() retries or reports it.
      await linker.idle();
      return result;
    },
    forget() {
      citizen = undefined;
      linker.forget();
    },
    async cases() {
      const who = requireCitizen();
      await linker.settle();
      // While online, the catalogue is fetched alongside, so it is at hand if the line drops.
      const [views] = await Promise.all([client.find(who), catalogue.kept()]);
      return views;
    },
    async open(service, input) {
      return deliver({
        kind: 'open',
        service,
        input,
        citizen: requireCitizen(),
        via,
        idempotencyKey: `counter:${counter}:${randomUUID()}`,
      });
    },
    async act(ref, event, actOptions = {}) {
      if (!event || typeof event.type !== 'string' || event.type.length === 0) {
        throw new CaseError('INVALID_INPUT', 'An event needs a string type: { type, ...payload }');
      }
      return deliver({
        kind: 'send',
        ref: checkRef(ref),
        event,
        via,
        idempotencyKey: `counter:${counter}:${randomUUID()}`,
        ...(actOptions.expectedVersion !== undefined ? { expectedVersion: actOptions.expectedVersion } : {}),
      });
    },
    sync() {
      syncing ??= syncOutbox(client, outbox).finally(() => {
        syncing = undefined;
      });
      return syncing;
    },
    pending: () => outbox.pending(),
    services: () => catalogue.list(),
  };
}
