import { type AnyServiceDefinition, type CaseView, labelsFor, statePaths } from '@onecase/core';
import { isoWithOffset } from './isoDate.js';
import type { Open311Context } from './open311Context.js';

/** A service request as GeoReport v2 lists it. */
export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

function indexValue(service: AnyServiceDefinition, view: CaseView, field: string): unknown {
  const compute = service.index?.[field];
  if (!compute) return undefined;
  try {
    return compute({ context: view.context, state: view.state });
  } catch {
    // An index that cannot be computed for an old case reads as missing, not as a failed listing.
    return undefined;
  }
}

function agencyOf(ctx: Open311Context, service: AnyServiceDefinition, view: CaseView): string | null {
  for (const field of ctx.agencyFields) {
    const value = indexValue(service, view, field);
    if (typeof value === 'string' && value !== '') return value;
  }
  const configured = ctx.agencyResponsible;
  const value = typeof configured === 'function' ? configured(view) : configured;
  return value ?? null;
}

function expectedOf(ctx: Open311Context, service: AnyServiceDefinition, view: CaseView): string | null {
  const value = indexValue(service, view, ctx.dueField);
  const at = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(at) ? isoWithOffset(at, ctx.timeZone) : null;
}

function text(context: Record<string, unknown>, field: string): string | null {
  const value = context[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

function coordinate(context: Record<string, unknown>, field: string): number | null {
  const value = context[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A case as an Open311 service request: `open`/`closed` from whether its machine is done,
 * the state's label as `status_notes`, dates with the time zone's offset, the agency and the
 * expected date from the service's index fields.
 */
export function requestRecord(
  ctx: Open311Context,
  service: AnyServiceDefinition,
  view: CaseView,
  locale: string | undefined,
): Open311Request {
  const labels = labelsFor(service, locale);
  const context = (typeof view.context === 'object' && view.context !== null ? view.context : {}) as Record<
    string,
    unknown
  >;
  const notes = statePaths(view.state.value).map((path) => labels.states[path]?.label ?? path);
  return {
    service_request_id: view.ref,
    status: view.state.done ? 'closed' : 'open',
    status_notes: notes.join(', '),
    service_name: labels.title,
    service_code: service.id,
    description: text(context, ctx.fields.description),
    agency_responsible: agencyOf(ctx, service, view),
    service_notice: null,
    requested_datetime: isoWithOffset(view.openedAt, ctx.timeZone),
    updated_datetime: isoWithOffset(view.updatedAt, ctx.timeZone),
    expected_datetime: expectedOf(ctx, service, view),
    address: text(context, ctx.fields.address),
    address_id: text(context, ctx.fields.addressId),
    zipcode: null,
    lat: coordinate(context, ctx.fields.lat),
    long: coordinate(context, ctx.fields.long),
    media_url: null,
  };
}
