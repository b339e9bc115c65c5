import {
  type CaseView,
  type Clock,
  labelsFor,
  type RouterClient,
  type ServiceDescriptor,
} from '@onecase/core';
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
  /** The language of the catalogue labels on receipts (default `en`). */
  locale?: string;
}

/** The service's title and labels from the catalogue, in the session's language, and the session's own names. */
function labelling(context: ReceiptContext, service: ServiceDescriptor | undefined) {
  const given = context.labels !== undefined ? { labels: context.labels } : {};
  if (!service) return given;
  const labels = labelsFor(service, context.locale ?? 'en');
  return {
    ...given,
    serviceTitle: labels.title,
    serviceLabels: { states: labels.states, events: labels.events },
  };
}

function style(context: ReceiptContext) {
  return {
    ...(context.hall !== undefined ? { hall: context.hall } : {}),
    ...(context.timeZone !== undefined ? { timeZone: context.timeZone } : {}),
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
  // The catalogue has the newest version of each service; an older case's labels are the closest there are.
  const service =
    services?.find((item) => item.id === view.service.id && item.version === view.service.version) ??
    services?.find((item) => item.id === view.service.id);
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
    ...(deadline !== undefined ? { deadline } : {}),
    ...style(context),
    ...labelling(context, service),
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
    queued: { position },
    ...style(context),
    ...labelling(context, service),
  });
}
