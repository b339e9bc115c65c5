import { LABEL_FALLBACK_LOCALES, negotiateLocale, systemClock } from '@onecase/core';
import type { Open311Context, Open311HandlerOptions } from './open311Context.js';
import { Open311Error } from './open311Error.js';
import { errorReply, type Open311Format, toOpen311Error } from './open311Reply.js';
import { clientOf, getRequest, getRequests, getToken, postRequest } from './requestRoutes.js';
import { discovery, listServices, serviceDefinition } from './serviceRoutes.js';

/** A Fetch-API handler: mount it wherever `createWebHandler` mounts (node:http, Hono, Express, a worker). */
export type Open311Handler = (request: Request) => Promise<Response>;

function resolve(options: Open311HandlerOptions): Open311Context {
  if (!options?.router || typeof options.router.open !== 'function') {
    throw new TypeError('createOpen311Handler needs a router');
  }
  if (typeof options.jurisdictionId !== 'string' || options.jurisdictionId === '') {
    throw new TypeError('createOpen311Handler needs a jurisdictionId');
  }
  const keys = Array.isArray(options.apiKeys)
    ? options.apiKeys.map((key, i): [string, string] => [key, `client-${i + 1}`])
    : Object.entries(options.apiKeys ?? {});
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  return {
    router: options.router,
    jurisdictionId: options.jurisdictionId,
    offered: options.services ? new Set(options.services) : undefined,
    apiKeys: new Map(keys.filter(([key]) => typeof key === 'string' && key.length > 0)),
    readAccess: options.readAccess ?? 'public',
    agencyResponsible: options.agencyResponsible,
    agencyFields: options.agencyFields ?? ['department', 'agency', 'unit'],
    dueField: options.dueField ?? 'dueAt',
    serviceInfo: options.serviceInfo ?? (() => undefined),
    fields: {
      description: options.fields?.description ?? 'description',
      address: options.fields?.address ?? 'address',
      addressId: options.fields?.addressId ?? 'addressId',
      lat: options.fields?.lat ?? 'lat',
      long: options.fields?.long ?? 'long',
    },
    basePath: basePath === '' || basePath.startsWith('/') ? basePath : `/${basePath}`,
    channel: options.channel ?? 'open311',
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    locale: options.locale,
    contact: options.contact,
    keyService: options.keyService,
    bodyBytes: options.bodyBytes ?? 64 * 1024,
    logger: options.logger,
    clock: options.clock ?? systemClock,
  };
}

const declaredLocales = new WeakMap<Open311Context, string[]>();

function localeOf(ctx: Open311Context, request: Request, params: URLSearchParams): string | undefined {
  let declared = declaredLocales.get(ctx);
  if (!declared) {
    const locales = new Set<string>(LABEL_FALLBACK_LOCALES);
    for (const service of ctx.router.services)
      for (const locale of Object.keys(service.labels ?? {})) locales.add(locale);
    declared = [...locales];
    declaredLocales.set(ctx, declared);
  }
  return (
    negotiateLocale(params.get('locale'), declared) ??
    negotiateLocale(request.headers.get('accept-language'), declared) ??
    ctx.locale
  );
}

/** The body as text, refusing it once it passes the limit (a body without a length is read as it streams). */
async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new Open311Error('PAYLOAD_TOO_LARGE', `The body may be at most ${limit} bytes`);
    chunks.push(chunk);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

async function formParams(
  ctx: Open311Context,
  request: Request,
  query: URLSearchParams,
): Promise<URLSearchParams> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new Open311Error('UNSUPPORTED_MEDIA_TYPE', 'POST requests takes application/x-www-form-urlencoded');
  }
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > ctx.bodyBytes)
    throw new Open311Error('PAYLOAD_TOO_LARGE', `The body may be at most ${ctx.bodyBytes} bytes`);
  const text = await readLimited(request, ctx.bodyBytes);
  const params = new URLSearchParams(query);
  for (const [key, value] of new URLSearchParams(text)) params.append(key, value);
  return params;
}

/**
 * Serves Open311 GeoReport v2 over the router, in JSON and XML (by the path's extension):
 * `discovery`, `services`, `services/{service_code}`, `POST requests` (form-encoded, `api_key`),
 * `requests`, `requests/{service_request_id}` and `tokens/{token}`. Requests become ordinary
 * cases on the `open311` channel; errors are the spec's error arrays.
 *
 * @example
 * ```ts
 * const open311 = createOpen311Handler({ router, jurisdictionId: 'city.example', apiKeys: { 'k-123': 'fixmystreet' } });
 * const server = await serveNode(open311, { port: 8311 });
 * ```
 */
export function createOpen311Handler(options: Open311HandlerOptions): Open311Handler {
  const ctx = resolve(options);
  const cache = new Map<string, { text: string; etag: string }>();
  return async (request) => {
    let format: Open311Format = 'json';
    try {
      const url = new URL(request.url);
      let path = url.pathname.replace(/\/+$/, '');
      if (ctx.basePath !== '' && path !== ctx.basePath && !path.startsWith(`${ctx.basePath}/`)) {
        throw new Open311Error('NOT_FOUND', `No route ${url.pathname}`);
      }
      path = path.slice(ctx.basePath.length);
      const extension = /\.(json|xml)$/i.exec(path);
      if (!extension) throw new Open311Error('NOT_FOUND', 'Name the format: end the path in .json or .xml');
      format = extension[1]!.toLowerCase() as Open311Format;
      let segments: string[];
      try {
        segments = path.slice(0, -extension[0].length).split('/').slice(1).map(decodeURIComponent);
      } catch {
        throw new Open311Error('NOT_FOUND', `No route ${url.pathname}`);
      }
      const method = request.method === 'HEAD' ? 'GET' : request.method;
      const post = method === 'POST' && segments.length === 1 && segments[0] === 'requests';
      if (method !== 'GET' && !post)
        throw new Open311Error('METHOD_NOT_ALLOWED', `${request.method} is not allowed here`);
      const params = post ? await formParams(ctx, request, url.searchParams) : url.searchParams;
      const [first, second, ...rest] = segments;
      const jurisdiction = params.get('jurisdiction_id');
      if (jurisdiction !== null && jurisdiction !== '' && jurisdiction !== ctx.jurisdictionId) {
        throw new Open311Error('UNKNOWN_JURISDICTION', `Unknown jurisdiction_id ${jurisdiction}`);
      }
      const reading = !post && (first === 'requests' || first === 'request' || first === 'tokens');
      if (reading && ctx.readAccess === 'apiKey') clientOf(ctx, params);
      const locale = localeOf(ctx, request, params);
      const routeInput = { request, url, format, locale, cache, params };
      if (rest.length > 0) throw new Open311Error('NOT_FOUND', `No route ${url.pathname}`);
      let response: Response | undefined;
      if (first === 'discovery' && second === undefined) response = discovery(ctx, routeInput);
      else if (first === 'services' && second === undefined) response = listServices(ctx, routeInput);
      else if (first === 'services' && second) response = serviceDefinition(ctx, routeInput, second);
      else if (post) response = await postRequest(ctx, routeInput);
      else if (first === 'requests' && second === undefined) response = await getRequests(ctx, routeInput);
      else if ((first === 'requests' || first === 'request') && second)
        response = await getRequest(ctx, routeInput, second);
      else if (first === 'tokens' && second) response = await getToken(ctx, routeInput, second);
      if (!response) throw new Open311Error('NOT_FOUND', `No route ${url.pathname}`);
      return request.method === 'HEAD'
        ? new Response(null, { status: response.status, headers: response.headers })
        : response;
    } catch (error) {
      return errorReply(format, toOpen311Error(ctx, error));
    }
  };
}
