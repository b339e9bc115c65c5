import type { CaseEvent, CasePage, CaseQuery, CaseView, Citizen, ServiceDescriptor } from '@onecase/core';
import { ApiError, type Problem } from './apiError.js';
import { caseQueryParams } from './caseQueryParams.js';

export type { CaseEvent, CasePage, CaseQuery, CaseView, Citizen, ServiceDescriptor };

/** Where an API is and how to call it. */
export interface ApiClientOptions {
  /** The handler's `basePath` (absolute path or URL), e.g. `/api/citizen`. */
  baseUrl: string;
  /** The language to ask the catalogue in (`Accept-Language`); read on every call. */
  locale?: () => string;
  /** The channel a staff member acts on (`Onecase-Channel`); citizens act on the handler's own. */
  channel?: () => string | undefined;
  fetch?: typeof fetch;
}

/** Options of a write: the version it expects (`If-Match`) and its retry key (`Idempotency-Key`). */
export interface WriteOptions {
  expectedVersion?: number;
  idempotencyKey?: string;
}

/** Every route of `createWebHandler`, typed, with problem answers thrown as `ApiError`. */
export interface ApiClient {
  readonly baseUrl: string;
  /** `GET /services`: the newest version of every service in the client's locale. */
  services(): Promise<ServiceDescriptor[]>;
  /** `GET /services/:id[?version]`. */
  service(id: string, version?: number): Promise<ServiceDescriptor>;
  /** `POST /cases`: files a case (staff name the citizen). */
  open(service: string, input: unknown, options?: WriteOptions & { citizen?: Citizen }): Promise<CaseView>;
  /** `POST /cases/:ref/events`. */
  send(
    ref: string,
    event: { type: string; [key: string]: unknown },
    options?: WriteOptions,
  ): Promise<CaseView>;
  /** `GET /cases/:ref`. */
  get(ref: string): Promise<CaseView>;
  /** `GET /cases/:ref/history`: every event, oldest first. */
  history(ref: string): Promise<CaseEvent[]>;
  /** `GET /cases`: a citizen's own cases. */
  mine(): Promise<CaseView[]>;
  /** `GET /cases?phone=…` (staff): the cases of a citizen. */
  findByCitizen(citizen: Citizen): Promise<CaseView[]>;
  /** `GET /cases?<query>` (staff): one page of a case query. */
  list(query: CaseQuery): Promise<CasePage<CaseView>>;
  /** `GET /cases/count?<query>` (staff). */
  count(query: CaseQuery): Promise<number>;
  /** `GET /cases/:ref/timers`. */
  timers(ref: string): Promise<{ dueAt: number; [key: string]: unknown }[]>;
  /** The URL of `GET /cases/:ref/stream` (server-sent `case` events). */
  caseStreamUrl(ref: string): string;
  /** The URL of `GET /cases/stream?<query>` (server-sent `entered`, `changed`, `left`, `ready`). */
  queueStreamUrl(query: CaseQuery): string;
}

function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a typed client of one `createWebHandler` mount; every write carries an
 * `Idempotency-Key`, so a retried click files one case.
 *
 * @example
 * ```ts
 * const api = createApiClient({ baseUrl: '/api/citizen', locale: () => i18n.locale });
 * const view = await api.open('noise-complaint', { address: '徐汇区漕溪北路 5 号', description: '夜间施工' });
 * ```
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call<T>(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    const locale = options.locale?.();
    if (locale) headers['accept-language'] = locale;
    const channel = options.channel?.();
    if (channel) headers['onecase-channel'] = channel;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch (error) {
      throw new ApiError({ status: 0, code: 'NETWORK', detail: String(error) });
    }
    const text = await response.text();
    let data: unknown = null;
    try {
      data = text === '' ? null : JSON.parse(text);
    } catch {
      data = null;
    }
    if (!response.ok) {
      const problem = (typeof data === 'object' && data !== null ? data : {}) as Partial<Problem>;
      throw new ApiError({ ...problem, status: response.status });
    }
    return data as T;
  }

  const writeHeaders = (options: WriteOptions = {}): Record<string, string> => ({
    'idempotency-key': options.idempotencyKey ?? newKey(),
    ...(options.expectedVersion !== undefined ? { 'if-match': `"${options.expectedVersion}"` } : {}),
  });
  const refPath = (ref: string) => `/cases/${encodeURIComponent(ref)}`;
  const absolute = (path: string) => new URL(`${baseUrl}${path}`, globalThis.location?.href).toString();

  return {
    baseUrl,
    services: () => call('/services'),
    service: (id, version) =>
      call(`/services/${encodeURIComponent(id)}${version !== undefined ? `?version=${version}` : ''}`),
    open: (service, input, { citizen, ...write } = {}) =>
      call('/cases', {
        method: 'POST',
        body: { service, input, ...(citizen !== undefined ? { citizen } : {}) },
        headers: writeHeaders(write),
      }),
    send: (ref, event, write) =>
      call(`${refPath(ref)}/events`, { method: 'POST', body: event, headers: writeHeaders(write) }),
    get: (ref) => call(refPath(ref)),
    history: (ref) => call(`${refPath(ref)}/history`),
    mine: () => call('/cases'),
    findByCitizen: (citizen) => {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(citizen)) if (value) params.set(name, value);
      return call(`/cases?${params}`);
    },
    list: (query) => call(`/cases?${caseQueryParams({ limit: 50, ...query })}`),
    count: async (query) => (await call<{ count: number }>(`/cases/count?${caseQueryParams(query)}`)).count,
    timers: (ref) => call(`${refPath(ref)}/timers`),
    caseStreamUrl: (ref) => absolute(`${refPath(ref)}/stream`),
    queueStreamUrl: (query) => absolute(`/cases/stream?${caseQueryParams(query)}`),
  };
}
