import { type CaseQuery, type CaseView, type Citizen, isCaseError, MAX_PAGE } from '@onecase/core';
import { parseIsoDate } from './isoDate.js';
import { type Open311Context, offeredService, offeredServices } from './open311Context.js';
import { Open311Error } from './open311Error.js';
import { reply, type Open311Format, toOpen311Error } from './open311Reply.js';
import { requestRecord } from './requestRecord.js';
import { readAttributes, standardFields } from './serviceAttributes.js';
import type { XmlValue } from './xml.js';

/** What the request routes are given: the call, its parameters (query and form) and the format. */
export interface RequestRouteInput {
  request: Request;
  params: URLSearchParams;
  format: Open311Format;
  locale: string | undefined;
}

/** The spec's default window of `GET requests` without dates. */
const DEFAULT_WINDOW_MS = 90 * 86_400_000;

/** The client an `api_key` belongs to; `INVALID_API_KEY` for a missing or unknown key. */
export function clientOf(ctx: Open311Context, params: URLSearchParams): string {
  const key = params.get('api_key');
  const client = key === null ? undefined : ctx.apiKeys.get(key);
  if (client === undefined) throw new Open311Error('INVALID_API_KEY', 'Invalid api_key');
  return client;
}

function locationOf(params: URLSearchParams): { lat?: number; long?: number } {
  const lat = params.get('lat');
  const long = params.get('long');
  const hasPoint = lat !== null && lat !== '' && long !== null && long !== '';
  const hasAddress = (params.get('address_string') ?? '') !== '' || (params.get('address_id') ?? '') !== '';
  if (!hasPoint && !hasAddress) {
    throw new Open311Error(
      'INVALID_REQUEST',
      'A location is required: lat and long, address_string or address_id',
    );
  }
  if (!hasPoint) return {};
  const point = { lat: Number(lat), long: Number(long) };
  if (!(Math.abs(point.lat) <= 90) || !(Math.abs(point.long) <= 180)) {
    throw new Open311Error('INVALID_REQUEST', 'lat must be within ±90 and long within ±180 (WGS84)');
  }
  return point;
}

/**
 * `POST requests.{format}`: opens a case on the `open311` channel from a form-encoded request
 * (`api_key`, `service_code`, a location, `attribute[code]`, the standard fields); the same
 * `Idempotency-Key` of the same client gives the same request back.
 */
export async function postRequest(ctx: Open311Context, input: RequestRouteInput): Promise<Response> {
  const { params } = input;
  const client = clientOf(ctx, params);
  const code = params.get('service_code');
  if (!code) throw new Open311Error('INVALID_REQUEST', 'service_code is required');
  const service = offeredService(ctx, code);
  if (!service) throw new Open311Error('UNKNOWN_SERVICE', `No service with service_code ${code}`);
  const point = locationOf(params);
  const standard = standardFields(ctx, service);
  const fields: Record<string, unknown> = readAttributes(ctx, service, params, input.locale);
  for (const [field, param] of standard) {
    if (param === 'lat' || param === 'long') {
      if (point[param] !== undefined) fields[field] = point[param];
      continue;
    }
    const value = params.get(param);
    if (value !== null && value !== '') fields[field] = value;
  }
  const citizen: Citizen = {};
  const phone = params.get('phone');
  if (phone) citizen.phone = phone;
  const accountId = params.get('account_id');
  if (accountId) citizen.accountId = accountId;
  const key = input.request.headers.get('idempotency-key');
  if (key !== null && (key.length === 0 || key.length > 200)) {
    throw new Open311Error('INVALID_REQUEST', 'Idempotency-Key must be 1 to 200 characters');
  }
  let view: CaseView;
  try {
    view = await ctx.router.open({
      service: service.id,
      input: fields,
      ...(Object.keys(citizen).length > 0 ? { citizen } : {}),
      via: { channel: ctx.channel, actor: { id: client, role: 'open311-client' } },
      // Scoped by client, so two applications choosing the same key never meet.
      ...(key !== null ? { idempotencyKey: `open311:${client}:${key}` } : {}),
    });
  } catch (error) {
    throw toOpen311Error(ctx, error, standard);
  }
  return reply(input.format, 200, {
    root: 'service_requests',
    value: [
      { service_request_id: view.ref, token: view.id, service_notice: null, account_id: accountId ?? null },
    ],
  });
}

async function viewOf(ctx: Open311Context, id: string): Promise<CaseView | undefined> {
  try {
    return await ctx.router.get(id);
  } catch (error) {
    if (isCaseError(error, 'UNKNOWN_CASE') || isCaseError(error, 'INVALID_INPUT')) return undefined;
    throw error;
  }
}

function recordsOf(ctx: Open311Context, views: CaseView[], locale: string | undefined): XmlValue {
  return views.flatMap((view) => {
    const service = offeredService(ctx, view.service.id, view.service.version);
    return service ? [requestRecord(ctx, service, view, locale)] : [];
  }) as unknown as XmlValue;
}

/** `GET requests/{id}.{format}`: one request as a one-item list; 404 when there is none. */
export async function getRequest(
  ctx: Open311Context,
  input: RequestRouteInput,
  id: string,
): Promise<Response> {
  const view = await viewOf(ctx, id);
  const records = view ? (recordsOf(ctx, [view], input.locale) as unknown[]) : [];
  if (records.length === 0) throw new Open311Error('UNKNOWN_REQUEST', `No service request ${id}`);
  return reply(input.format, 200, { root: 'service_requests', value: records as XmlValue });
}

/** `GET tokens/{token}.{format}`: the request a token stands for. */
export async function getToken(
  ctx: Open311Context,
  input: RequestRouteInput,
  token: string,
): Promise<Response> {
  const view = await viewOf(ctx, token);
  if (!view || view.id !== token || !offeredService(ctx, view.service.id)) {
    throw new Open311Error('UNKNOWN_TOKEN', `No token ${token}`);
  }
  return reply(input.format, 200, {
    root: 'service_requests',
    value: [{ service_request_id: view.ref, token }],
  });
}

function dateParam(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const at = parseIsoDate(raw);
  if (at === undefined) throw new Open311Error('INVALID_REQUEST', `${name} must be an ISO 8601 date`);
  return at;
}

function listParam(params: URLSearchParams, name: string): string[] | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * `GET requests.{format}`: requests by `service_request_id` (a comma list), or filtered by
 * `service_code`, `start_date`/`end_date` (default the last 90 days) and `status`, newest first.
 */
export async function getRequests(ctx: Open311Context, input: RequestRouteInput): Promise<Response> {
  const { params } = input;
  const ids = listParam(params, 'service_request_id');
  if (ids) {
    const views = (await Promise.all(ids.slice(0, MAX_PAGE).map((id) => viewOf(ctx, id)))).filter(
      (view): view is CaseView => view !== undefined,
    );
    return reply(input.format, 200, { root: 'service_requests', value: recordsOf(ctx, views, input.locale) });
  }
  const offered = offeredServices(ctx).map((service) => service.id);
  const codes = listParam(params, 'service_code') ?? offered;
  const unknown = codes.filter((code) => !offered.includes(code));
  if (unknown.length > 0)
    throw new Open311Error('UNKNOWN_SERVICE', `No service with service_code ${unknown.join(', ')}`);
  const statuses = listParam(params, 'status');
  if (statuses?.some((status) => status !== 'open' && status !== 'closed')) {
    throw new Open311Error('INVALID_REQUEST', 'status must be open, closed or both (open,closed)');
  }
  const end = dateParam(params, 'end_date');
  const start = dateParam(params, 'start_date');
  if (start !== undefined && end !== undefined && end < start) {
    throw new Open311Error('INVALID_REQUEST', 'end_date must not be before start_date');
  }
  if (codes.length === 0) return reply(input.format, 200, { root: 'service_requests', value: [] });
  const from = start ?? (end ?? ctx.clock.now()) - DEFAULT_WINDOW_MS;
  const query: CaseQuery = {
    service: codes,
    sort: { by: 'openedAt', order: 'desc' },
    limit: MAX_PAGE,
    ...(statuses?.length === 1 ? { done: statuses[0] === 'closed' } : {}),
    openedAt: { from, ...(end !== undefined ? { to: end + 1 } : {}) },
  };
  const page = await ctx.router.list(query);
  return reply(input.format, 200, {
    root: 'service_requests',
    value: recordsOf(ctx, page.cases, input.locale),
  });
}
