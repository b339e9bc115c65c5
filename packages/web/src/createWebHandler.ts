import type { Logger } from '@onecase/core';
import { DEFAULT_STREAM_BUFFER_BYTES } from './caseEventStream.js';
import { answerCall, type WebApp } from './handler/answerCall.js';
import { compileRoutes } from './handler/routeTable.js';
import { callOfRequest, responseOfReply, type WebCall, type WebReply } from './handler/webCall.js';
import type { Authenticate, Authorize } from './principal.js';
import { ROUTES } from './routes/index.js';
import { createCaseFeed } from './stream/caseFeed.js';
import type { WebRouter } from './webRouter.js';

/** Size and timing limits of the web handler. */
export interface WebHandlerLimits {
  /** Largest accepted request body in bytes (default 64 KiB); larger gets 413. */
  bodyBytes?: number;
  /** Interval of the comment lines that keep an idle event stream open (default 15 s). */
  keepAliveMs?: number;
  /** Bytes an event stream holds for a client that stops reading before it drops it (default 256 KiB). */
  streamBufferBytes?: number;
  /** Event streams one case may have open at once (default 256); more get 429. */
  streamsPerCase?: number;
}

/** What `createWebHandler` needs: the router, who is asking, and where and how it is mounted. */
export interface WebHandlerOptions {
  router: WebRouter;
  /**
   * Who sent the request; `null` (nobody) may only read the service catalogue. Anything
   * but `null` or a well-formed principal, and any throw, is answered 401.
   */
  authenticate: Authenticate;
  /**
   * Checks each event a principal sends against the case as it stands (after the channel
   * check, before the router decides); `false` is 403 `FORBIDDEN`. Default: allow.
   */
  authorize?: Authorize;
  /** Path prefix the handler is mounted under, e.g. `/api/onecase` (default: none). */
  basePath?: string;
  limits?: WebHandlerLimits;
  /** The channel citizens act on and staff act on by default (default `web`). */
  channel?: string;
  /**
   * Receives unexpected errors (a 500 is answered), never client mistakes; `warn`, if given,
   * store failures (503) and `authenticate` throwing (401, without the error's message).
   */
  logger?: Pick<Logger, 'error'> & Partial<Pick<Logger, 'warn'>>;
}

/**
 * A Fetch-API request handler: mount it in node:http, Hono, Express, Next or a worker.
 * `answer` is the same handler for a server bridge that has the request in parts (as
 * `serveNode` does), which spares it building a Fetch `Request` and `Response` per call.
 */
export interface WebHandler {
  (request: Request): Promise<Response>;
  readonly answer: (call: WebCall) => Promise<WebReply>;
}

const ROUTE_TABLE = compileRoutes(ROUTES);

function normaliseBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Creates the web channel of onecase as one Fetch-API handler: the service catalogue with
 * JSON Schemas, opening cases, reading them, sending events, history, timers, look-up by
 * citizen identifier (staff) and a server-sent-events stream per case, with
 * `Idempotency-Key`, `ETag`/`If-Match` and RFC 9457 problem responses carrying the
 * `CaseError` code.
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
  const { router, limits = {} } = options;
  const app: WebApp = {
    authenticate: options.authenticate,
    routes: ROUTE_TABLE,
    web: {
      router,
      basePath: normaliseBasePath(options.basePath),
      bodyBytes: limits.bodyBytes ?? 64 * 1024,
      keepAliveMs: limits.keepAliveMs ?? 15_000,
      streamBufferBytes: limits.streamBufferBytes ?? DEFAULT_STREAM_BUFFER_BYTES,
      channel: options.channel ?? 'web',
      feed: createCaseFeed(router, limits.streamsPerCase ?? 256),
      authorize: options.authorize,
      logger: options.logger,
    },
  };
  const answer = (call: WebCall) => answerCall(app, call);
  const handle = async (request: Request) => responseOfReply(await answer(callOfRequest(request)));
  return Object.assign(handle, { answer });
}
