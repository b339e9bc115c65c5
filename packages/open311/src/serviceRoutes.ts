import { type AnyServiceDefinition, labelsFor } from '@onecase/core';
import { type Open311Context, offeredService, offeredServices } from './open311Context.js';
import { Open311Error } from './open311Error.js';
import {
  cachedReply,
  cachedText,
  conditionalReply,
  entityTag,
  type Open311Format,
  render,
} from './open311Reply.js';
import { serviceAttributes } from './serviceAttributes.js';
import type { XmlValue } from './xml.js';

/** A service as `GET services` lists it. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string | null;
  group: string | null;
}

/** Largest page of `GET services?page_size=`. */
export const MAX_SERVICES_PAGE = 500;

function serviceEntry(
  ctx: Open311Context,
  service: AnyServiceDefinition,
  locale: string | undefined,
): Open311Service {
  const labels = labelsFor(service, locale);
  const info = ctx.serviceInfo(service) ?? {};
  return {
    service_code: service.id,
    service_name: labels.title,
    description: labels.description ?? null,
    metadata: serviceAttributes(ctx, service, locale).length > 0,
    type: info.type ?? 'realtime',
    keywords: info.keywords && info.keywords.length > 0 ? info.keywords.join(',') : null,
    group: info.group ?? null,
  };
}

function pageNumber(params: URLSearchParams, names: string[]): number | undefined {
  for (const name of names) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      throw new Open311Error('INVALID_REQUEST', `${name} must be a positive integer`);
    }
    return value;
  }
  return undefined;
}

/** What the service routes share: the rendered-once cache of this handler. */
export interface ServiceRouteInput {
  request: Request;
  url: URL;
  format: Open311Format;
  locale: string | undefined;
  cache: Map<string, { text: string; etag: string }>;
}

/**
 * `GET services.{format}[?page=&page_size=]`: the services offered, in the locale asked for,
 * cached with an `ETag`; a page (with `Link: rel="next"`) when asked.
 */
export function listServices(ctx: Open311Context, input: ServiceRouteInput): Response {
  const services = offeredServices(ctx);
  const page = pageNumber(input.url.searchParams, ['page']);
  const size = pageNumber(input.url.searchParams, ['page_size', 'pageSize']);
  if (size !== undefined && size > MAX_SERVICES_PAGE) {
    throw new Open311Error('INVALID_REQUEST', `page_size must be at most ${MAX_SERVICES_PAGE}`);
  }
  const paged = page !== undefined || size !== undefined;
  const pageSize = size ?? (paged ? 100 : services.length);
  const start = ((page ?? 1) - 1) * pageSize;
  const slice = paged ? services.slice(start, start + pageSize) : services;
  const headers: Record<string, string> = { 'x-total-count': String(services.length) };
  if (paged && start + pageSize < services.length) {
    const next = new URL(input.url);
    next.searchParams.set('page', String((page ?? 1) + 1));
    next.searchParams.set('page_size', String(pageSize));
    headers.link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  const all = () => ({
    root: 'services',
    value: services.map((service) => serviceEntry(ctx, service, input.locale)) as unknown as XmlValue,
  });
  const key = `services:${input.format}:${input.locale ?? ''}`;
  if (!paged) return cachedReply(input.request, input.format, input.cache, key, all, headers);
  // A page's tag derives from the whole list's, so pages (unbounded in number) are never cached.
  const whole = cachedText(input.format, input.cache, key, all).etag;
  const etag = `${whole.slice(0, -1)}.${page ?? 1}.${pageSize}"`;
  return conditionalReply(
    input.request,
    input.format,
    etag,
    () =>
      render(input.format, {
        root: 'services',
        value: slice.map((service) => serviceEntry(ctx, service, input.locale)) as unknown as XmlValue,
      }),
    headers,
  );
}

/** `GET services/{service_code}.{format}`: the service definition (its attributes); 404 for an unknown code. */
export function serviceDefinition(ctx: Open311Context, input: ServiceRouteInput, code: string): Response {
  const service = offeredService(ctx, code);
  if (!service) throw new Open311Error('UNKNOWN_SERVICE', `No service with service_code ${code}`);
  return cachedReply(
    input.request,
    input.format,
    input.cache,
    `definition:${input.format}:${service.key}:${input.locale ?? ''}`,
    () => ({
      root: 'service_definition',
      value: {
        service_code: service.id,
        attributes: serviceAttributes(ctx, service, input.locale) as unknown as XmlValue,
      },
    }),
  );
}

/** `GET discovery.{format}`: where this endpoint is and what it speaks (rendered per call: its URL is the caller's host). */
export function discovery(ctx: Open311Context, input: ServiceRouteInput): Response {
  const base = `${input.url.origin}${ctx.basePath}`;
  const text = render(input.format, {
    root: 'discovery',
    value: {
      changeset: '2011-04-05T00:00:00Z',
      contact: ctx.contact ?? null,
      key_service: ctx.keyService ?? null,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: base,
          changeset: '2011-04-05T00:00:00Z',
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    },
  });
  return conditionalReply(input.request, input.format, entityTag(text), () => text);
}
