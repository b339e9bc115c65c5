import { CaseError, type RouterClient, type ServiceDescriptor } from '@onecase/core';
import { checkPayload } from './checkPayload.js';
import type { OutboxCommand } from './createOutbox.js';

/** The router's catalogue as a counter keeps it: fetched while online, still there offline. */
export interface ServiceCatalogue {
  /** Fetches the catalogue (and keeps it); offline, the copy kept from the last fetch. */
  list(): Promise<ServiceDescriptor[]>;
  /** The kept copy, fetched once if there is none yet; undefined when it cannot be had. */
  kept(): Promise<ServiceDescriptor[] | undefined>;
  /** The kept copy as it is, without asking the router (offline paths must not wait on it). */
  copy(): ServiceDescriptor[] | undefined;
}

/**
 * Keeps the router's service catalogue for a counter session, so receipts can name the
 * service and an offline command can be checked against its JSON Schema before it is queued.
 *
 * @example
 * ```ts
 * const catalogue = createServiceCatalogue(client);
 * const services = await catalogue.list();
 * ```
 */
export function createServiceCatalogue(client: RouterClient): ServiceCatalogue {
  let copy: ServiceDescriptor[] | undefined;
  return {
    async list() {
      try {
        copy = await client.catalogue();
      } catch (error) {
        if (copy) return copy;
        throw error;
      }
      return copy;
    },
    async kept() {
      if (copy) return copy;
      try {
        copy = await client.catalogue();
      } catch {
        return undefined;
      }
      return copy;
    },
    copy: () => copy,
  };
}

/** The service a reference belongs to, by its prefix (`NC-…` → the service with `refPrefix: 'NC'`). */
export function serviceOfRef(
  services: readonly ServiceDescriptor[],
  ref: string,
): ServiceDescriptor | undefined {
  const prefix = ref.trim().toUpperCase().split('-')[0];
  return services.find((service) => service.refPrefix === prefix);
}

/**
 * Refuses, before it is queued, a command the router could never apply: an unknown service or
 * event, an event the counter may not send, or a payload that does not match the schema the
 * catalogue gives; the errors are the router's own (`UNKNOWN_SERVICE`, `INVALID_INPUT`,
 * `CHANNEL_FORBIDDEN`), so the clerk reads the same sentence online and offline.
 *
 * @example
 * ```ts
 * checkQueueable(await catalogue.list(), command); // throws CaseError('INVALID_INPUT') for { type: 'info.add' } without a note
 * ```
 */
export function checkQueueable(services: readonly ServiceDescriptor[], command: OutboxCommand): void {
  const channel = command.via.channel;
  if (command.kind === 'open') {
    const service = services.find((item) => item.id === command.service);
    if (!service) {
      throw new CaseError('UNKNOWN_SERVICE', `No service '${command.service}'`, {
        service: command.service,
        services: services.map((item) => item.id),
      });
    }
    const issues = checkPayload(service.input, command.input);
    if (issues.length > 0) {
      throw new CaseError('INVALID_INPUT', `Invalid input for '${service.id}'`, { issues, offline: true });
    }
    return;
  }
  const service = serviceOfRef(services, command.ref);
  // A reference of no known service is left to the router, which answers UNKNOWN_CASE.
  if (!service) return;
  const { type, ...payload } = command.event;
  const event = Object.hasOwn(service.events, type) ? service.events[type] : undefined;
  if (!event) {
    throw new CaseError('INVALID_INPUT', `Unknown event '${type}' for ${service.id}`, {
      event: type,
      events: Object.keys(service.events),
      offline: true,
    });
  }
  if (!event.channels.includes(channel)) {
    throw new CaseError('CHANNEL_FORBIDDEN', `Channel '${channel}' may not send '${type}'`, {
      channel,
      event: type,
      channels: event.channels,
    });
  }
  const issues = checkPayload(event.schema, payload);
  if (issues.length > 0) {
    throw new CaseError('INVALID_INPUT', `Invalid payload for '${type}'`, {
      event: type,
      issues,
      offline: true,
    });
  }
}
