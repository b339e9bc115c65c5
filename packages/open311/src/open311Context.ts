import type { AnyServiceDefinition, CaseView, Clock, Logger, Router, RouterClient } from '@onecase/core';

/** What the Open311 handler needs of a router: the `RouterClient` commands and the service registry. */
export type Open311Router = RouterClient & Pick<Router, 'services' | 'service'>;

/** How a service appears in `GET services` beyond its labels. */
export interface Open311ServiceInfo {
  /** The spec's `group` ("sanitation"): a category. */
  group?: string;
  keywords?: string[];
  /** `realtime` (default: a request id at once), `batch` or `blackbox`. */
  type?: 'realtime' | 'batch' | 'blackbox';
}

/** Which input fields the spec's standard parameters fill (when the service's input has them). */
export interface Open311FieldMap {
  /** `description` → this field (default `description`). */
  description?: string;
  /** `address_string` → this field (default `address`). */
  address?: string;
  /** `address_id` → this field (default `addressId`). */
  addressId?: string;
  /** `lat` / `long` → these fields (default `lat` / `long`). */
  lat?: string;
  long?: string;
}

/** What `createOpen311Handler` takes. */
export interface Open311HandlerOptions {
  router: Open311Router;
  /** This endpoint's jurisdiction (e.g. `beijing.gov.cn`); a request naming another gets 404. */
  jurisdictionId: string;
  /** The service ids offered (default: every service whose channel policy lets `open311` open cases). */
  services?: readonly string[];
  /** Keys that may POST requests: a list, or key → the client's name recorded as the actor. */
  apiKeys: readonly string[] | Readonly<Record<string, string>>;
  /**
   * Who may read requests (`GET requests`, `requests/{id}`, `tokens/{token}`): anyone, as the spec
   * has it (default `public`), or only clients with an `api_key` (`apiKey`) where requests are not public.
   */
  readAccess?: 'public' | 'apiKey';
  /** `agency_responsible` when the service has no `department`-like index field. */
  agencyResponsible?: string | ((view: CaseView) => string | null | undefined);
  /** Index fields read as `agency_responsible`, first found wins (default `department`, `agency`, `unit`). */
  agencyFields?: readonly string[];
  /** The index field read as `expected_datetime` (default `dueAt`: epoch ms or an ISO date). */
  dueField?: string;
  /** Group, keywords and type per service (`GET services`). */
  serviceInfo?: (service: AnyServiceDefinition) => Open311ServiceInfo | undefined;
  fields?: Open311FieldMap;
  /** Path prefix it is mounted under, e.g. `/open311/v2` (default none). */
  basePath?: string;
  /** The channel cases are opened on (default `open311`). */
  channel?: string;
  /** Time zone of the dates' offsets (default `Asia/Shanghai`). */
  timeZone?: string;
  /** Locale of names and descriptions when the client asks for none (`locale` or `Accept-Language`). */
  locale?: string;
  /** Discovery: who runs it and where its documentation is. */
  contact?: string;
  keyService?: string;
  /** Largest accepted form body in bytes (default 64 KiB). */
  bodyBytes?: number;
  /** Receives unexpected errors (answered 500), never a client's mistakes. */
  logger?: Pick<Logger, 'error'>;
  /** "The most recent 90 days" of `GET requests` is counted from its now (default the system clock). */
  clock?: Clock;
}

/** The options resolved, shared by every route. */
export interface Open311Context {
  router: Open311Router;
  jurisdictionId: string;
  offered: ReadonlySet<string> | undefined;
  apiKeys: ReadonlyMap<string, string>;
  readAccess: 'public' | 'apiKey';
  agencyResponsible: Open311HandlerOptions['agencyResponsible'];
  agencyFields: readonly string[];
  dueField: string;
  serviceInfo: NonNullable<Open311HandlerOptions['serviceInfo']>;
  fields: Required<Open311FieldMap>;
  basePath: string;
  channel: string;
  timeZone: string;
  locale: string | undefined;
  contact: string | undefined;
  keyService: string | undefined;
  bodyBytes: number;
  logger: Pick<Logger, 'error'> | undefined;
  clock: Clock;
  /** The offered services, worked out once (a router's services never change). */
  offeredCache?: AnyServiceDefinition[];
}

/** The services this endpoint offers, newest version of each, in registration order. */
export function offeredServices(ctx: Open311Context): AnyServiceDefinition[] {
  if (ctx.offeredCache) return ctx.offeredCache;
  const byId = new Map<string, AnyServiceDefinition>();
  for (const service of ctx.router.services) {
    if ((byId.get(service.id)?.version ?? 0) < service.version) byId.set(service.id, service);
  }
  ctx.offeredCache = [...byId.values()].filter((service) =>
    ctx.offered ? ctx.offered.has(service.id) : service.canOpen(ctx.channel),
  );
  return ctx.offeredCache;
}

/** A service this endpoint offers (any registered version for `version`), or `undefined`. */
export function offeredService(
  ctx: Open311Context,
  id: string,
  version?: number,
): AnyServiceDefinition | undefined {
  const service = ctx.router.service(id, version);
  if (!service) return undefined;
  if (ctx.offered ? !ctx.offered.has(id) : !ctx.router.service(id)?.canOpen(ctx.channel)) return undefined;
  return service;
}
