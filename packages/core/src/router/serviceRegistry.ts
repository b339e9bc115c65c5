import { CaseError } from '../caseError.js';
import type { CaseRecord } from '../caseStore.js';
import type { AnyServiceDefinition } from '../defineService.js';

/** The services a router runs, every registered version, and the newest of each. */
export interface ServiceRegistry {
  readonly services: readonly AnyServiceDefinition[];
  /** The newest version of every service. */
  readonly latest: ReadonlyMap<string, AnyServiceDefinition>;
  /** A registered service: the given version, or the highest. */
  get(id: string, version?: number): AnyServiceDefinition | undefined;
  /** The version a case is pinned to; `UNKNOWN_SERVICE` when this router does not register it. */
  forRecord(record: CaseRecord): AnyServiceDefinition;
}

export function createServiceRegistry(
  services: readonly AnyServiceDefinition[] | undefined,
): ServiceRegistry {
  const byId = new Map<string, Map<number, AnyServiceDefinition>>();
  const latest = new Map<string, AnyServiceDefinition>();
  for (const service of services ?? []) {
    if (typeof service?.key !== 'string' || typeof service.channelEvents !== 'function') {
      throw new CaseError('INVALID_DEFINITION', 'createRouter: services must be made with defineService()');
    }
    const versions = byId.get(service.id) ?? new Map<number, AnyServiceDefinition>();
    if (versions.has(service.version)) {
      throw new CaseError('INVALID_DEFINITION', `Service '${service.key}' is registered twice`, {
        service: service.id,
      });
    }
    versions.set(service.version, service);
    byId.set(service.id, versions);
    if ((latest.get(service.id)?.version ?? 0) < service.version) latest.set(service.id, service);
  }
  return {
    services: [...byId.values()].flatMap((versions) => [...versions.values()]),
    latest,
    get(id, version) {
      return version === undefined ? latest.get(id) : byId.get(id)?.get(version);
    },
    forRecord(record) {
      const service = byId.get(record.serviceId)?.get(record.serviceVersion);
      if (!service) {
        throw new CaseError(
          'UNKNOWN_SERVICE',
          `Case ${record.ref} runs service '${record.serviceId}' version ${record.serviceVersion}, which this router does not register`,
          { service: record.serviceId, version: record.serviceVersion },
        );
      }
      return service;
    },
  };
}
