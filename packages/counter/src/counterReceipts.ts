import type { CaseView, Clock, RouterClient } from '@onecase/core';
import type { OutboxCommand } from './createOutbox.js';
import { formatReceipt, type ReceiptLabels } from './formatReceipt.js';
import { type ServiceCatalogue, serviceOfRef } from './serviceCatalogue.js';

/** What a session's receipts show besides the case: where, who and how. */
export interface ReceiptContext {
  client: RouterClient;
  catalogue: ServiceCatalogue;
  clock: Clock;
  counter: string;
  clerk: string;
  hall?: string;
  timeZone?: string;
  labels?: ReceiptLabels;
}

function style(context: ReceiptContext) {
  return {
    ...(context.hall !== undefined ? { hall: context.hall } : {}),
    ...(context.timeZone !== undefined ? { timeZone: context.timeZone } : {}),
    ...(context.labels !== undefined ? { labels: context.labels } : {}),
  };
}

async function quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch {
    return undefined;
  }
}

/**
 * Prints the receipt of an applied action through any `RouterClient`: the service title from
 * the catalogue and the soonest deadline from `client.timers`, each left out if unavailable.
 *
 * @example
 * ```ts
 * const receipt = await appliedReceipt(context, view, 'documents.check');
 * ```
 */
export async function appliedReceipt(
  context: ReceiptContext,
  view: CaseView,
  action: string,
): Promise<string> {
  const [timers, services] = await Promise.all([
    quietly(() => context.client.timers(view.ref)),
    context.catalogue.kept(),
  ]);
  const title = services?.find(
    (service) => service.id === view.service.id && service.version === view.service.version,
  )?.title;
  const deadline = timers?.reduce<number | undefined>(
    (soonest, timer) => (soonest === undefined || timer.dueAt < soonest ? timer.dueAt : soonest),
    undefined,
  );
  return formatReceipt({
    case: view,
    ref: view.ref,
    action,
    at: context.clock.now(),
    counter: context.counter,
    clerk: context.clerk,
    ...(title !== undefined ? { serviceTitle: title } : {}),
    ...(deadline !== undefined ? { deadline } : {}),
    ...style(context),
  });
}

/**
 * Prints the receipt of a command queued in the outbox: it says QUEUED and when it will be sent.
 *
 * @example
 * ```ts
 * const receipt = queuedReceipt(context, command, outbox.pending().length);
 * ```
 */
export function queuedReceipt(context: ReceiptContext, command: OutboxCommand, position: number): string {
  const services = context.catalogue.copy();
  const service =
    command.kind === 'send'
      ? serviceOfRef(services ?? [], command.ref)
      : services?.find((item) => item.id === command.service);
  return formatReceipt({
    ref: command.kind === 'send' ? command.ref : '(given when the connection is back)',
    action: command.kind === 'send' ? command.event.type : `case.open ${command.service}`,
    at: context.clock.now(),
    counter: context.counter,
    clerk: context.clerk,
    ...(service ? { serviceTitle: service.title } : {}),
    queued: { position },
    ...style(context),
  });
}
