import { Open311Error, type Open311ErrorEntry } from './open311Error.js';
import type { Open311Request } from './requestRecord.js';
import type { Open311Attribute } from './serviceAttributes.js';
import type { Open311Service } from './serviceRoutes.js';

/** How to reach an Open311 back-end. */
export interface Open311ClientOptions {
  /** The key this client POSTs with. */
  apiKey: string;
  jurisdictionId: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Abort a call after this long (default 10 s). */
  timeoutMs?: number;
}

/** A new service request as `POST requests` takes it. */
export interface Open311NewRequest {
  service_code: string;
  lat?: number;
  long?: number;
  address_string?: string;
  address_id?: string;
  description?: string;
  email?: string;
  phone?: string;
  account_id?: string;
  /** `attribute[code]`; a list is sent as `attribute[code][]` values. */
  attributes?: Record<string, string | number | boolean | readonly (string | number)[]>;
  /** Sent as `Idempotency-Key`: the same key gives the same request back instead of a second one. */
  idempotencyKey?: string;
}

/** Filters of `GET requests`. */
export interface Open311RequestFilter {
  service_request_id?: string[];
  service_code?: string[];
  start_date?: string;
  end_date?: string;
  status?: ('open' | 'closed')[];
}

/** The calls of GeoReport v2, in JSON. */
export interface Open311Client {
  services(): Promise<Open311Service[]>;
  serviceDefinition(serviceCode: string): Promise<{ service_code: string; attributes: Open311Attribute[] }>;
  /** Creates a request; resolves with its `service_request_id` (and `token`). */
  createRequest(
    request: Open311NewRequest,
  ): Promise<{ service_request_id?: string; token?: string; service_notice?: string | null }>;
  request(serviceRequestId: string): Promise<Open311Request>;
  requests(filter?: Open311RequestFilter): Promise<Open311Request[]>;
  token(token: string): Promise<{ service_request_id?: string; token: string }>;
}

function isErrorArray(body: unknown): body is Open311ErrorEntry[] {
  return (
    Array.isArray(body) && body.length > 0 && body.every((entry) => typeof entry?.description === 'string')
  );
}

/**
 * A client of an Open311 GeoReport v2 back-end (ours or another city's), so an effect handler
 * can forward a case and keep the `service_request_id` it gets back. Refusals throw
 * `Open311Error` with the back-end's error array; a back-end that cannot be reached throws
 * `UNREACHABLE` (so effect delivery retries it).
 *
 * @example
 * ```ts
 * const client = createOpen311Client('https://311.example.gov/v2', { apiKey: 'k-1', jurisdictionId: 'example.gov' });
 * const created = await client.createRequest({ service_code: 'pothole', address_string: 'Main St 1' });
 * console.log(created.service_request_id);
 * ```
 */
export function createOpen311Client(baseUrl: string, options: Open311ClientOptions): Open311Client {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    params: URLSearchParams,
    headers: Record<string, string> = {},
  ): Promise<T> {
    params.set('jurisdiction_id', options.jurisdictionId);
    const url = `${base}/${path}.json${method === 'GET' ? `?${params}` : ''}`;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...headers,
          ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        ...(method === 'POST' ? { body: params.toString() } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new Open311Error(
        'UNREACHABLE',
        `Open311 back-end ${base} cannot be reached: ${(error as Error).message}`,
      );
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const descriptions = isErrorArray(body)
        ? body.map((entry) => entry.description)
        : [`HTTP ${response.status}`];
      const code =
        response.status === 403
          ? 'INVALID_API_KEY'
          : response.status === 404
            ? 'NOT_FOUND'
            : response.status >= 500
              ? 'UNAVAILABLE'
              : 'INVALID_REQUEST';
      throw new Open311Error(code, descriptions, response.status);
    }
    return body as T;
  }

  const first = <T>(list: T[], what: string): T => {
    const [item] = list ?? [];
    if (item === undefined) throw new Open311Error('NOT_FOUND', `The back-end returned no ${what}`);
    return item;
  };

  return {
    services: () => call('GET', 'services', new URLSearchParams()),
    serviceDefinition: (code) => call('GET', `services/${encodeURIComponent(code)}`, new URLSearchParams()),
    async createRequest(request) {
      const params = new URLSearchParams({ api_key: options.apiKey, service_code: request.service_code });
      for (const name of [
        'lat',
        'long',
        'address_string',
        'address_id',
        'description',
        'email',
        'phone',
        'account_id',
      ] as const) {
        const value = request[name];
        if (value !== undefined) params.set(name, String(value));
      }
      for (const [code, value] of Object.entries(request.attributes ?? {})) {
        if (Array.isArray(value))
          for (const item of value) params.append(`attribute[${code}][]`, String(item));
        else params.set(`attribute[${code}]`, String(value));
      }
      const headers: Record<string, string> = request.idempotencyKey
        ? { 'idempotency-key': request.idempotencyKey }
        : {};
      return first(
        await call<{ service_request_id?: string; token?: string }[]>('POST', 'requests', params, headers),
        'request',
      );
    },
    async request(id) {
      return first(
        await call<Open311Request[]>('GET', `requests/${encodeURIComponent(id)}`, new URLSearchParams()),
        'request',
      );
    },
    requests(filter = {}) {
      const params = new URLSearchParams();
      for (const [name, value] of Object.entries(filter)) {
        if (value !== undefined) params.set(name, Array.isArray(value) ? value.join(',') : String(value));
      }
      return call('GET', 'requests', params);
    },
    async token(token) {
      return first(
        await call<{ service_request_id?: string; token: string }[]>(
          'GET',
          `tokens/${encodeURIComponent(token)}`,
          new URLSearchParams(),
        ),
        'token',
      );
    },
  };
}
