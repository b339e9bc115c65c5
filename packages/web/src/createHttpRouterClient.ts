import {
  type AggregateQuery,
  type AggregateRow,
  type AnyCaseCommandEvent,
  CaseError,
  type CaseEvent,
  type CasePage,
  type CaseQuery,
  type CaseView,
  type Citizen,
  type CitizenLinkResult,
  type CitizenQuery,
  type LinkCitizenOptions,
  type OpenCommand,
  type RouterClient,
  routerUnreachable,
  type SendOptions,
  type ServiceDescriptor,
  type TimerRecord,
  UNREACHABLE_REASON,
} from '@onecase/core';
import { CHANNEL_HEADER } from './principal.js';
import { aggregateQueryToParams } from './query/aggregateQueryParams.js';
import { caseQueryToParams } from './query/caseQueryParams.js';
import { HttpProblemError } from './httpProblemError.js';
import type { HttpErrorCode, ProblemDetails } from './problemDetails.js';
import { problemToError } from './problemToError.js';

/** How `createHttpRouterClient` reaches the web handler. */
export interface HttpRouterClientOptions {
  /** The fetch to use (default `globalThis.fetch`), e.g. one that adds mTLS or tracing. */
  fetch?: typeof fetch;
  /** Headers sent with every request (credentials); a function is called per request, e.g. to refresh a token. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Gives up on a request after this long and reports the router unreachable (default 10 s). */
  timeoutMs?: number;
}

const STATUS_CODES: Record<number, HttpErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

function isProblem(body: unknown): body is ProblemDetails {
  const candidate = body as Partial<ProblemDetails> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.code === 'string' &&
    typeof candidate.detail === 'string'
  );
}

const unreachable = routerUnreachable;

/**
 * Creates a `RouterClient` that talks to a web handler over HTTP, so a counter terminal or
 * call-centre desktop can run on another machine with the same API and errors: a refusal
 * arrives as the same `CaseError` (code, message, details); a network failure, timeout or
 * unexpected 5xx as `CaseError('STORE_UNAVAILABLE')` with `details.reason === 'unreachable'`.
 * The server records its authenticated principal as the actor; `via.channel` is asked for
 * with the `Onecase-Channel` header.
 *
 * @example
 * ```ts
 * const client = createHttpRouterClient('https://city.example/api/onecase', {
 *   headers: { authorization: `Bearer ${token}` },
 * });
 * const view = await client.send(ref, { type: 'info.add', note: 'Again at 2am' }, { via });
 * ```
 */
export function createHttpRouterClient(baseUrl: string, options: HttpRouterClientOptions = {}): RouterClient {
  const base = baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    extra: { body?: unknown; headers?: Record<string, string | undefined> } = {},
  ): Promise<T> {
    const url = `${base}${path}`;
    const headers = new Headers(
      typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {}),
    );
    headers.set('accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(extra.headers ?? {})) {
      if (value !== undefined) headers.set(name, value);
    }
    if (extra.body !== undefined) headers.set('content-type', 'application/json');
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        ...(extra.body !== undefined ? { body: JSON.stringify(extra.body) } : {}),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = (error as Error)?.name === 'TimeoutError';
      throw unreachable(
        timedOut
          ? `The router at ${base} did not answer within ${timeoutMs} ms`
          : `The router at ${base} is unreachable: ${(error as Error)?.message ?? error}`,
        { method, url, ...(timedOut ? { timeoutMs } : {}) },
        error,
      );
    }
    let body: unknown;
    try {
      body = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.ok && body !== undefined) return body as T;
    if (isProblem(body) && body.code === 'STORE_UNAVAILABLE') {
      // The router answered but its store did not: for a caller that queues commands, that is unreachable too.
      throw new CaseError('STORE_UNAVAILABLE', body.detail, { ...body.details, reason: UNREACHABLE_REASON });
    }
    if (isProblem(body) && !(response.status >= 500 && body.code === 'INTERNAL')) throw problemToError(body);
    if (response.status >= 500 || response.ok) {
      throw unreachable(`The router at ${base} answered ${response.status} without a usable body`, {
        method,
        url,
        status: response.status,
      });
    }
    throw new HttpProblemError(
      STATUS_CODES[response.status] ?? 'FORBIDDEN',
      `The router at ${base} answered ${response.status} ${response.statusText}`.trim(),
      { method, url },
      response.status,
    );
  }

  const casePath = (caseIdOrRef: string) => `/cases/${encodeURIComponent(caseIdOrRef)}`;

  return {
    open(command: OpenCommand) {
      return request<CaseView>('POST', '/cases', {
        body: {
          service: command.service,
          ...(command.version !== undefined ? { version: command.version } : {}),
          input: command.input,
          ...(command.citizen !== undefined ? { citizen: command.citizen } : {}),
        },
        headers: { 'idempotency-key': command.idempotencyKey, [CHANNEL_HEADER]: command.via?.channel },
      });
    },
    send(caseIdOrRef: string, event: AnyCaseCommandEvent, sendOptions: SendOptions) {
      const { expectedVersion, idempotencyKey, via } = sendOptions;
      return request<CaseView>('POST', `${casePath(caseIdOrRef)}/events`, {
        body: event,
        headers: {
          'idempotency-key': idempotencyKey,
          'if-match': expectedVersion === undefined ? undefined : `"${expectedVersion}"`,
          [CHANNEL_HEADER]: via?.channel,
        },
      });
    },
    get(caseIdOrRef: string) {
      return request<CaseView>('GET', casePath(caseIdOrRef));
    },
    history(caseIdOrRef: string) {
      return request<CaseEvent[]>('GET', `${casePath(caseIdOrRef)}/history`);
    },
    async appliedEvent(caseIdOrRef: string, idempotencyKey: string) {
      const params = new URLSearchParams({ idempotencyKey });
      const [event] = await request<CaseEvent[]>('GET', `${casePath(caseIdOrRef)}/history?${params}`);
      return event;
    },
    timers(caseIdOrRef: string) {
      return request<TimerRecord[]>('GET', `${casePath(caseIdOrRef)}/timers`);
    },
    list(query: CaseQuery = {}) {
      const params = caseQueryToParams(query);
      // A query string with no condition is a look-up by citizen; the default page size makes it a list.
      if (params.size === 0) params.set('limit', '50');
      return request<CasePage<CaseView>>('GET', `/cases?${params}`);
    },
    async count(query: CaseQuery = {}) {
      return (await request<{ count: number }>('GET', `/cases/count?${caseQueryToParams(query)}`)).count;
    },
    async aggregate(query: AggregateQuery) {
      return (
        await request<{ rows: AggregateRow[] }>('GET', `/cases/aggregate?${aggregateQueryToParams(query)}`)
      ).rows;
    },
    catalogue() {
      return request<ServiceDescriptor[]>('GET', '/services');
    },
    find(query: CitizenQuery) {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(query ?? {})) {
        if (typeof value === 'string') params.set(name, value);
      }
      return request<CaseView[]>('GET', `/cases?${params}`);
    },
    linkCitizen(identifiers: Citizen, linkOptions: LinkCitizenOptions) {
      return request<CitizenLinkResult>('POST', '/citizen-links', {
        body: { identifiers, reason: linkOptions?.reason },
        headers: { [CHANNEL_HEADER]: linkOptions?.via?.channel },
      });
    },
  };
}
