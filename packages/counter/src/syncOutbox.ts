import {
  type CaseError,
  type CaseView,
  isCaseError,
  isRouterUnreachable,
  type RouterClient,
} from '@onecase/core';
import type { RefusedCommand, SyncReport } from './counterSessionTypes.js';
import type { Outbox, OutboxCommand, OutboxEntry } from './createOutbox.js';

/**
 * Sends one queued (or fresh) command to the router with its fixed idempotency key.
 *
 * @example
 * ```ts
 * const view = await performCommand(client, entry.command);
 * ```
 */
export function performCommand(client: RouterClient, command: OutboxCommand): Promise<CaseView> {
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

async function quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch {
    return undefined;
  }
}

/** For a command whose earlier delivery may have got through: whether the router already holds its key. */
async function alreadyApplied(client: RouterClient, command: OutboxCommand): Promise<boolean> {
  const hasKey = async (ref: string) => {
    try {
      return (await client.appliedEvent(ref, command.idempotencyKey)) !== undefined;
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

/** A read that reaches the case store: if it answers, the router is up and only this command fails. */
async function routerAnswers(client: RouterClient, command: OutboxCommand): Promise<boolean> {
  try {
    if (command.kind === 'send') await client.get(command.ref);
    else await client.find(command.citizen);
    return true;
  } catch (error) {
    return !isRouterUnreachable(error) && !isCaseError(error, 'STORE_UNAVAILABLE');
  }
}

type Attempt =
  | { outcome: 'applied' | 'already-applied'; view: CaseView }
  | { outcome: 'refused'; error: CaseError }
  | { outcome: 'stopped'; error: unknown };

async function attempt(client: RouterClient, outbox: Outbox, entry: OutboxEntry): Promise<Attempt> {
  const { command } = entry;
  try {
    const seen = entry.attempts > 0 && (await alreadyApplied(client, command));
    if (!seen) outbox.markAttempt(entry.id);
    const view = await performCommand(client, command);
    return { outcome: seen ? 'already-applied' : 'applied', view };
  } catch (error) {
    // Only an outage stops the sync; every refusal of the router is reported and the queue goes on.
    const transient = !isCaseError(error) || error.code === 'STORE_UNAVAILABLE';
    return transient ? { outcome: 'stopped', error } : { outcome: 'refused', error };
  }
}

/**
 * Delivers the outbox in order and reports each command: applied, already applied (an earlier
 * delivery got through), or refused with the router's reason and the case now. A refusal never
 * holds up the commands behind it; an outage stops the sync with the rest still queued. A
 * command that fails twice as "unavailable" while the router answers reads of the same case is
 * refused too, since it is that command the router cannot take, not the router that is down.
 *
 * @example
 * ```ts
 * const report = await syncOutbox(client, outbox);
 * console.log(report.applied.length, report.refused.length, report.pending);
 * ```
 */
export async function syncOutbox(client: RouterClient, outbox: Outbox): Promise<SyncReport> {
  const report: SyncReport = { applied: [], alreadyApplied: [], refused: [], pending: 0 };
  for (const entry of outbox.pending()) {
    const { command } = entry;
    let result = await attempt(client, outbox, entry);
    if (result.outcome === 'stopped' && isCaseError(result.error) && (await routerAnswers(client, command))) {
      result = await attempt(client, outbox, { ...entry, attempts: entry.attempts + 1 });
      if (
        result.outcome === 'stopped' &&
        isCaseError(result.error) &&
        (await routerAnswers(client, command))
      ) {
        result = { outcome: 'refused', error: result.error };
      }
    }
    if (result.outcome === 'stopped') {
      const { error } = result;
      report.stoppedBy = {
        code: isCaseError(error) ? error.code : ((error as { code?: string })?.code ?? 'ERROR'),
        message: error instanceof Error ? error.message : String(error),
      };
      break;
    }
    try {
      if (result.outcome === 'refused') {
        const state = command.kind === 'send' ? await quietly(() => client.get(command.ref)) : undefined;
        outbox.complete(entry.id, {
          status: 'refused',
          code: result.error.code,
          ...(command.kind === 'send' ? { ref: command.ref } : {}),
        });
        const refused: RefusedCommand = {
          command,
          code: result.error.code,
          reason: result.error.message,
          ...(state ? { state } : {}),
        };
        report.refused.push(refused);
      } else {
        outbox.complete(entry.id, { status: result.outcome, ref: result.view.ref });
        (result.outcome === 'applied' ? report.applied : report.alreadyApplied).push({
          command,
          case: result.view,
        });
      }
    } catch (error) {
      // The outcome could not be recorded (a full disk): the command stays queued and its key
      // tells the next sync that it was already applied.
      report.stoppedBy = {
        code: (error as { code?: string })?.code ?? 'ERROR',
        message: error instanceof Error ? error.message : String(error),
      };
      break;
    }
  }
  report.pending = outbox.pending().length;
  return report;
}
