import {
  CaseError,
  type CaseView,
  type Citizen,
  type CitizenQuery,
  describeService,
  isCaseError,
  type Logger,
  looksLikeCaseRef,
  parseCaseRef,
  type Via,
} from '@onecase/core';
import { createCaseEventStream } from './caseEventStream.js';
import { CHANNEL_HEADER, type Authenticate, type CitizenPrincipal, type Principal } from './principal.js';
import { HttpProblemError } from './httpProblemError.js';
import { createProblem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problemDetails.js';
import { readJsonBody } from './readJsonBody.js';
import type { WebRouter } from './webRouter.js';

/** Size and timing limits of the web handler. */
export interface WebHandlerLimits {
  /** Largest accepted request body in bytes (default 64 KiB); larger gets 413. */
  bodyBytes?: number;
  /** Interval of the comment lines that keep an idle event stream open (default 15 s). */
  keepAliveMs?: number;
}

/** What `createWebHandler` needs: the router, who is asking, and where and how it is mounted. */
export interface WebHandlerOptions {
  router: WebRouter;
  /** Who sent the request; `null` (nobody) may only read the service catalogue. */
  authenticate: Authenticate;
  /** Path prefix the handler is mounted under, e.g. `/api/onecase` (default: none). */
  basePath?: string;
  limits?: WebHandlerLimits;
  /** The channel citizens act on and staff act on by default (default `web`). */
  channel?: string;
  /** Receives unexpected errors (a 500 is answered); never client mistakes. */
  logger?: Pick<Logger, 'error'>;
}

/** A Fetch-API request handler: mount it in node:http, Hono, Express, Next or a worker. */
export type WebHandler = (request: Request) => Promise<Response>;

type Method = 'GET' | 'POST';

interface RequestContext {
  request: Request;
  url: URL;
  /** The decoded path segment after `/cases/` or `/services/`. */
  param: string;
  principal: Principal | null;
}

interface Route {
  pattern: readonly string[];
  /** Readable without signing in. */
  public?: boolean;
  methods: Partial<Record<Method, (context: RequestContext) => Promise<JsonReply | Response>>>;
}

const DEFAULT_BODY_BYTES = 64 * 1024;
const DEFAULT_KEEP_ALIVE_MS = 15_000;
const MAX_IDEMPOTENCY_KEY = 128;
const IDENTIFIER_PARAMS = ['phone', 'idNumber', 'accountId'] as const;

/** An answer with its body as JSON text, turned into a `Response` only where a caller needs one. */
export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** JSON bodies of this handler's responses, so a server bridge can send them without reading the stream. */
const jsonBodies = new WeakMap<Response, string>();

/**
 * The JSON text a response of `createWebHandler` was built from, while its body is unread;
 * a server bridge sends it as is instead of reading the body stream back.
 *
 * @example
 * ```ts
 * const text = response.bodyUsed ? undefined : knownResponseBody(response);
 * ```
 */
export function knownResponseBody(response: Response): string | undefined {
  return jsonBodies.get(response);
}

function toFetchResponse(reply: JsonReply): Response {
  const response = new Response(reply.text, { status: reply.status, headers: reply.headers });
  jsonBodies.set(response, reply.text);
  return response;
}

/** The handlers' cores, which answer JSON as text so a server bridge need not build a `Response`. */
const replyHandlers = new WeakMap<object, (request: Request) => Promise<JsonReply | Response>>();

/**
 * The core of a handler of `createWebHandler`, answering JSON as a `JsonReply`; undefined for
 * any other handler. For a server bridge that writes the reply itself.
 *
 * @example
 * ```ts
 * const answer = await (replyHandlerOf(handler) ?? handler)(request);
 * ```
 */
export function replyHandlerOf(
  handler: (request: Request) => unknown,
): ((request: Request) => Promise<JsonReply | Response>) | undefined {
  return replyHandlers.get(handler);
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): JsonReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    text: JSON.stringify(body),
  };
}

function etag(view: CaseView): string {
  return `"${view.version}"`;
}

function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): JsonReply {
  return {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
    text: JSON.stringify(problem),
  };
}

function normaliseBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Reads `If-Match` as the case version the write expects. `*` matches any existing case; a
 * list with no version in it can match nothing, so it fails the precondition at once.
 */
function expectedVersionOf(request: Request): number | undefined {
  const header = request.headers.get('if-match');
  if (header === null) return undefined;
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*')) return undefined;
  const versions = [
    ...new Set(tags.map((tag) => /^"(\d{1,15})"$/.exec(tag)?.[1]).filter((v) => v !== undefined)),
  ].map(Number);
  if (versions.length === 1) return versions[0];
  if (versions.length === 0) {
    throw new CaseError('VERSION_CONFLICT', `If-Match ${header} names no case version`, { ifMatch: header });
  }
  throw new CaseError('INVALID_INPUT', 'If-Match: give the one case version the write expects', {
    ifMatch: header,
  });
}

function objectBody(body: unknown, what: string): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new CaseError('INVALID_INPUT', `The body must be a JSON object: ${what}`);
  }
  return body as Record<string, unknown>;
}

function citizenOf(principal: CitizenPrincipal): Citizen {
  const citizen: Citizen = { accountId: principal.accountId ?? principal.id };
  if (principal.phone !== undefined) citizen.phone = principal.phone;
  if (principal.idNumber !== undefined) citizen.idNumber = principal.idNumber;
  return citizen;
}

/** What a citizen gets for a case that is not theirs: exactly what an unknown case gets. */
function unknownCase(param: string): CaseError {
  if (looksLikeCaseRef(param)) {
    const { ref } = parseCaseRef(param);
    return new CaseError('UNKNOWN_CASE', `No case ${ref}`, { ref });
  }
  return new CaseError('UNKNOWN_CASE', `No case ${param}`, { caseId: param });
}

/**
 * Creates the web channel of onecase as one Fetch-API handler: the service catalogue with
 * JSON Schemas, opening cases, reading them, sending events, history, look-up by citizen
 * identifier (staff) and a server-sent-events stream per case, with `Idempotency-Key`,
 * `ETag`/`If-Match` and RFC 9457 problem responses carrying the `CaseError` code.
 *
 * @example
 * ```ts
 * const handler = createWebHandler({
 *   router,
 *   basePath: '/api',
 *   authenticate: (request) =>
 *     request.headers.get('x-user') ? { kind: 'citizen', id: request.headers.get('x-user')! } : null,
 * });
 * const server = await serveNode(handler, { port: 8080 });
 * ```
 */
export function createWebHandler(options: WebHandlerOptions): WebHandler {
  const { router, authenticate, logger } = options;
  const basePath = normaliseBasePath(options.basePath);
  const bodyLimit = options.limits?.bodyBytes ?? DEFAULT_BODY_BYTES;
  const keepAliveMs = options.limits?.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const defaultChannel = options.channel ?? 'web';

  function viaOf(principal: Principal, request: Request): Via {
    const channels =
      principal.kind === 'citizen' ? [defaultChannel] : (principal.channels ?? [defaultChannel]);
    const asked = request.headers.get(CHANNEL_HEADER)?.trim() || channels[0];
    if (asked === undefined || !channels.includes(asked)) {
      throw new CaseError('CHANNEL_FORBIDDEN', `You may not act on channel '${asked ?? ''}'`, {
        channel: asked ?? null,
        channels: [...channels],
      });
    }
    const role = principal.kind === 'citizen' ? 'citizen' : principal.role;
    return { channel: asked, actor: { id: principal.id, role } };
  }

  function idempotencyKeyOf(principal: Principal, request: Request): string | undefined {
    const key = request.headers.get('idempotency-key');
    if (key === null) return undefined;
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
      throw new CaseError('INVALID_INPUT', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`);
    }
    return scopedKey(principal, key);
  }

  /** Citizens' keys are scoped to them so one citizen's key can never replay or block another's. */
  function scopedKey(principal: Principal, key: string): string {
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
      throw new CaseError('INVALID_INPUT', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`);
    }
    return principal.kind === 'citizen' ? `citizen:${principal.id}:${key}` : key;
  }

  function signedIn(principal: Principal | null): Principal {
    if (!principal) throw new HttpProblemError('UNAUTHENTICATED', 'Sign in to use this route');
    return principal;
  }

  /** The case a principal may see: staff see every case, citizens only theirs (else 404). */
  async function visibleCase(principal: Principal, param: string): Promise<CaseView> {
    const view = await router.get(param);
    if (principal.kind === 'staff') return view;
    const mine = await router.find(citizenOf(principal));
    if (!mine.some((candidate) => candidate.id === view.id)) throw unknownCase(param);
    return view;
  }

  const routes: Route[] = [
    {
      pattern: ['services'],
      public: true,
      methods: {
        GET: async () => {
          const latest = [...new Set(router.services.map((service) => service.id))]
            .map((id) => router.service(id))
            .filter((service) => service !== undefined);
          return json(200, latest.map(describeService));
        },
      },
    },
    {
      pattern: ['services', ':param'],
      public: true,
      methods: {
        GET: async ({ param, url }) => {
          const versionParam = url.searchParams.get('version');
          const version = versionParam === null ? undefined : Number(versionParam);
          if (version !== undefined && !Number.isInteger(version)) {
            throw new CaseError('INVALID_INPUT', 'version must be an integer', { version: versionParam });
          }
          const service = router.service(param, version);
          if (!service) {
            throw new CaseError('UNKNOWN_SERVICE', `No service '${param}'`, {
              service: param,
              ...(version !== undefined ? { version } : {}),
            });
          }
          return json(200, describeService(service));
        },
      },
    },
    {
      pattern: ['cases'],
      methods: {
        GET: async ({ principal, url }) => {
          const who = signedIn(principal);
          const query: CitizenQuery = {};
          for (const name of IDENTIFIER_PARAMS) {
            const value = url.searchParams.get(name);
            if (value !== null) query[name] = value;
          }
          if (who.kind === 'citizen') {
            if (Object.keys(query).length > 0) {
              throw new HttpProblemError(
                'FORBIDDEN',
                'Citizens list their own cases: GET /cases without a query',
              );
            }
            return json(200, await router.find(citizenOf(who)));
          }
          return json(200, await router.find(query));
        },
        POST: async ({ principal, request }) => {
          const who = signedIn(principal);
          const via = viaOf(who, request);
          const idempotencyKey = idempotencyKeyOf(who, request);
          const body = objectBody(await readJsonBody(request, bodyLimit), '{ service, input, citizen? }');
          if (typeof body.service !== 'string') {
            throw new CaseError('INVALID_INPUT', 'service must be the id of a service', {
              service: body.service ?? null,
            });
          }
          const citizen = who.kind === 'citizen' ? citizenOf(who) : (body.citizen as Citizen | undefined);
          const view = await router.open({
            service: body.service,
            input: body.input,
            via,
            ...(citizen !== undefined ? { citizen } : {}),
            ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
          });
          return json(201, view, {
            etag: etag(view),
            location: `${basePath}/cases/${encodeURIComponent(view.ref)}`,
          });
        },
      },
    },
    {
      pattern: ['cases', ':param'],
      methods: {
        GET: async ({ principal, param }) => {
          const view = await visibleCase(signedIn(principal), param);
          return json(200, view, { etag: etag(view) });
        },
      },
    },
    {
      pattern: ['cases', ':param', 'events'],
      methods: {
        POST: async ({ principal, param, request }) => {
          const who = signedIn(principal);
          const via = viaOf(who, request);
          const idempotencyKey = idempotencyKeyOf(who, request);
          const expectedVersion = expectedVersionOf(request);
          const event = objectBody(await readJsonBody(request, bodyLimit), '{ type, ...payload }');
          if (typeof event.type !== 'string' || event.type.length === 0) {
            throw new CaseError('INVALID_INPUT', 'An event needs a string type: { type, ...payload }');
          }
          // Staff may act on any case, so only a citizen's write costs an ownership check first.
          const target = who.kind === 'staff' ? param : (await visibleCase(who, param)).id;
          const view = await router.send(target, event as { type: string }, {
            via,
            ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
            ...(expectedVersion !== undefined ? { expectedVersion } : {}),
          });
          return json(200, view, { etag: etag(view) });
        },
      },
    },
    {
      pattern: ['cases', ':param', 'timers'],
      methods: {
        GET: async ({ principal, param }) => {
          const target = await visibleCase(signedIn(principal), param);
          return json(200, await router.timers(target.id));
        },
      },
    },
    {
      pattern: ['cases', ':param', 'history'],
      methods: {
        /** With `?idempotencyKey=k`: only the event that key produced (a list of zero or one). */
        GET: async ({ principal, param, url }) => {
          const who = signedIn(principal);
          const target = await visibleCase(who, param);
          const key = url.searchParams.get('idempotencyKey');
          if (key !== null) {
            const event = await router.appliedEvent(target.id, scopedKey(who, key));
            return json(200, event === undefined ? [] : [event], { etag: etag(target) });
          }
          return json(200, await router.history(target.id), { etag: etag(target) });
        },
      },
    },
    {
      pattern: ['cases', ':param', 'stream'],
      methods: {
        GET: async ({ principal, param, request }) => {
          const target = await visibleCase(signedIn(principal), param);
          const stream = createCaseEventStream({
            router,
            caseId: target.id,
            signal: request.signal,
            keepAliveMs,
          });
          return new Response(stream, {
            status: 200,
            headers: {
              'content-type': 'text/event-stream; charset=utf-8',
              'cache-control': 'no-store',
              // Tells nginx-style proxies not to buffer the stream.
              'x-accel-buffering': 'no',
            },
          });
        },
      },
    },
  ];

  function match(segments: string[]): { route: Route; param: string } | undefined {
    for (const route of routes) {
      if (route.pattern.length !== segments.length) continue;
      let param = '';
      const matches = route.pattern.every((part, i) => {
        if (part === ':param') {
          param = segments[i]!;
          return param.length > 0;
        }
        return part === segments[i];
      });
      if (matches) return { route, param };
    }
    return undefined;
  }

  function toResponse(error: unknown, request: Request, conditional: boolean): JsonReply {
    const instance = new URL(request.url).pathname;
    if (isCaseError(error)) {
      const problem = createProblem(error.code, error.message, error.details, { conditional, instance });
      return problemResponse(problem, error.code === 'STORE_UNAVAILABLE' ? { 'retry-after': '1' } : {});
    }
    if (error instanceof HttpProblemError) {
      const headers: Record<string, string> =
        error.code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer realm="onecase"' } : {};
      if (error.code === 'METHOD_NOT_ALLOWED') headers.allow = String(error.details.allow ?? '');
      return problemResponse(createProblem(error.code, error.message, error.details, { instance }), headers);
    }
    logger?.error({ err: error, method: request.method, path: instance }, 'onecase web: unexpected error');
    return problemResponse(
      createProblem('INTERNAL', 'Unexpected error; it has been logged', {}, { instance }),
    );
  }

  async function answer(request: Request): Promise<JsonReply | Response> {
    const conditional = request.headers.has('if-match');
    try {
      const url = new URL(request.url);
      const path = url.pathname.replace(/\/+$/, '');
      const notFound = () =>
        new HttpProblemError('NOT_FOUND', `No route ${url.pathname}`, { path: url.pathname });
      if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`)) throw notFound();
      let segments: string[];
      try {
        segments = path.slice(basePath.length).split('/').slice(1).map(decodeURIComponent);
      } catch {
        throw notFound();
      }
      const found = match(segments);
      if (!found) throw notFound();
      const methods = Object.keys(found.route.methods);
      const allow = (found.route.methods.GET ? [...methods, 'HEAD'] : methods).join(', ');
      if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { allow } });
      const head = request.method === 'HEAD';
      const run = found.route.methods[(head ? 'GET' : request.method) as Method];
      if (!run) {
        throw new HttpProblemError(
          'METHOD_NOT_ALLOWED',
          `${request.method} is not allowed here; use ${allow}`,
          {
            method: request.method,
            allow,
          },
        );
      }
      const principal = await authenticate(request);
      if (!principal && !found.route.public) signedIn(principal);
      const response = await run({ request, url, param: found.param, principal });
      if (!head) return response;
      // A HEAD answer has the GET's status and headers; its body (an event stream too) is never started.
      if (response instanceof Response) await response.body?.cancel();
      return new Response(null, { status: response.status, headers: response.headers });
    } catch (error) {
      return toResponse(error, request, conditional);
    }
  }

  const handle: WebHandler = async (request) => {
    const answered = await answer(request);
    return answered instanceof Response ? answered : toFetchResponse(answered);
  };
  replyHandlers.set(handle, answer);
  return handle;
}
