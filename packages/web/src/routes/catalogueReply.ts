import { createHash } from 'node:crypto';
import {
  type AnyServiceDefinition,
  CaseError,
  describeService,
  LABEL_FALLBACK_LOCALES,
  negotiateLocale,
} from '@onecase/core';
import type { WebCall, WebReply } from '../handler/webCall.js';

/** Largest page of `GET /services?pageSize=`. */
export const MAX_CATALOGUE_PAGE = 500;

interface Cached {
  body: string;
  etag: string;
}

// Keyed by the router's service list, which never changes for a router: one rendering per locale and page.
const renderings = new WeakMap<readonly AnyServiceDefinition[], Map<string, Cached>>();
const latestOf = new WeakMap<readonly AnyServiceDefinition[], AnyServiceDefinition[]>();
const localesOf = new WeakMap<readonly AnyServiceDefinition[], string[]>();

/** The newest version of every service, in registration order (as `router.catalogue()` lists them). */
export function latestServices(services: readonly AnyServiceDefinition[]): AnyServiceDefinition[] {
  let latest = latestOf.get(services);
  if (!latest) {
    const byId = new Map<string, AnyServiceDefinition>();
    for (const service of services) {
      if ((byId.get(service.id)?.version ?? 0) < service.version) byId.set(service.id, service);
    }
    latest = [...byId.values()];
    latestOf.set(services, latest);
  }
  return latest;
}

/** The locale `Accept-Language` asks for among those the services declare (undefined: the default). */
export function catalogueLocale(
  call: WebCall,
  services: readonly AnyServiceDefinition[],
): string | undefined {
  let locales = localesOf.get(services);
  if (!locales) {
    const declared = new Set<string>(LABEL_FALLBACK_LOCALES);
    for (const service of services)
      for (const locale of Object.keys(service.labels ?? {})) declared.add(locale);
    locales = [...declared];
    localesOf.set(services, locales);
  }
  return negotiateLocale(call.headers.get('accept-language'), locales);
}

function pageParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new CaseError('INVALID_INPUT', `${name} must be a positive integer`, { [name]: raw });
  }
  return value;
}

/** Whether `If-None-Match` names this entity tag (or `*`). */
export function notModified(call: WebCall, etag: string): boolean {
  const header = call.headers.get('if-none-match');
  if (header === null) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/**
 * Answers JSON that changes only when the services do, with a strong `ETag`, `304` on a
 * matching `If-None-Match`, and the language it is in.
 */
export function cachedJsonReply(
  call: WebCall,
  cached: Cached,
  locale: string | undefined,
  extra: Record<string, string> = {},
): WebReply {
  const headers: Record<string, string> = {
    etag: cached.etag,
    'cache-control': 'no-cache',
    vary: 'Accept-Language',
    ...(locale !== undefined ? { 'content-language': locale } : {}),
    ...extra,
  };
  if (notModified(call, cached.etag)) return { status: 304, headers, body: null };
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: cached.body,
  };
}

/** Renders a value once per key and router, with the entity tag of its text. */
export function rendered(
  services: readonly AnyServiceDefinition[],
  key: string,
  render: () => unknown,
): Cached {
  let byKey = renderings.get(services);
  if (!byKey) {
    byKey = new Map();
    renderings.set(services, byKey);
  }
  let cached = byKey.get(key);
  if (!cached) {
    const body = JSON.stringify(render());
    cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    byKey.set(key, cached);
  }
  return cached;
}

/**
 * `GET /services[?page=&pageSize=]`: the newest version of every service in the negotiated
 * locale; a page when asked, with `Link: <…>; rel="next"` and `X-Total-Count`.
 */
export function catalogueReply(call: WebCall, url: URL, services: readonly AnyServiceDefinition[]): WebReply {
  const latest = latestServices(services);
  const locale = catalogueLocale(call, services);
  const page = pageParam(url, 'page');
  const pageSize = pageParam(url, 'pageSize');
  if (pageSize !== undefined && pageSize > MAX_CATALOGUE_PAGE) {
    throw new CaseError('INVALID_INPUT', `pageSize must be at most ${MAX_CATALOGUE_PAGE}`, { pageSize });
  }
  const paged = page !== undefined || pageSize !== undefined;
  const size = pageSize ?? (paged ? 100 : latest.length);
  const start = ((page ?? 1) - 1) * size;
  const slice = paged ? latest.slice(start, start + size) : latest;
  const describe = (service: AnyServiceDefinition) =>
    describeService(service, locale !== undefined ? { locale } : {});
  const extra: Record<string, string> = { 'x-total-count': String(latest.length) };
  if (paged && start + size < latest.length) {
    const next = new URL(url);
    next.searchParams.set('page', String((page ?? 1) + 1));
    next.searchParams.set('pageSize', String(size));
    extra.link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  if (!paged) {
    return cachedJsonReply(
      call,
      rendered(services, `list:${locale ?? ''}`, () => latest.map(describe)),
      locale,
      extra,
    );
  }
  // Pages are unbounded in number, so none is kept; each service's text and tag are, so a page
  // (the first a client asks for, too) costs its own services, not a rendering of the whole list.
  const parts = slice.map((service) => describedJson(service, locale, describe));
  const etag = `"${createHash('sha256')
    .update(`${latest.length}|${page ?? 1}|${size}|${parts.map((part) => part.etag).join(',')}`)
    .digest('base64url')
    .slice(0, 27)}"`;
  if (notModified(call, etag)) return cachedJsonReply(call, { body: '', etag }, locale, extra);
  return cachedJsonReply(
    call,
    { body: `[${parts.map((part) => part.body).join(',')}]`, etag },
    locale,
    extra,
  );
}

const describedJsonOf = new WeakMap<AnyServiceDefinition, Map<string, Cached>>();

/** A service's descriptor as JSON with its tag, once per service and locale. */
function describedJson(
  service: AnyServiceDefinition,
  locale: string | undefined,
  describe: (service: AnyServiceDefinition) => unknown,
): Cached {
  let byLocale = describedJsonOf.get(service);
  if (!byLocale) {
    byLocale = new Map();
    describedJsonOf.set(service, byLocale);
  }
  let cached = byLocale.get(locale ?? '');
  if (!cached) {
    const body = JSON.stringify(describe(service));
    cached = { body, etag: createHash('sha256').update(body).digest('base64url').slice(0, 27) };
    byLocale.set(locale ?? '', cached);
  }
  return cached;
}
