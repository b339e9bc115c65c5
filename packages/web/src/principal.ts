import type { CaseView } from '@onecase/core';

/**
 * A signed-in citizen. They see and act only on cases opened with one of their identifiers;
 * `accountId` defaults to `id`, so a portal account owns the cases it opens.
 */
export interface CitizenPrincipal {
  kind: 'citizen';
  id: string;
  phone?: string;
  idNumber?: string;
  accountId?: string;
}

/**
 * A member of staff (clerk, agent, back office). Staff see every case and are recorded as
 * the actor (`id`, `role`) of what they do. `channels` are the channels they may act on;
 * the first is the default and a request picks another with the `Onecase-Channel` header.
 */
export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  role: string;
  /** Defaults to `['web']`. */
  channels?: readonly string[];
  /**
   * The organisational unit they act for (a department, a district, the 12345 centre), for
   * the integrator's `authorize` to check; the handler itself grants nothing by it.
   */
  unit?: string;
}

/** Who sent a request, as `authenticate` decides. */
export type Principal = CitizenPrincipal | StaffPrincipal;

/**
 * Decides who sent a request (session cookie, bearer token, mTLS header …); `null` for
 * nobody, which only the service catalogue accepts.
 *
 * @example
 * ```ts
 * const authenticate: Authenticate = async (request) => {
 *   const session = await sessions.read(request.headers.get('cookie'));
 *   return session ? { kind: 'citizen', id: session.accountId, phone: session.phone } : null;
 * };
 * ```
 */
export type Authenticate = (request: Request) => Principal | null | Promise<Principal | null>;

/** What a principal asks to do to a case, as `authorize` sees it: the case now and the event. */
export interface CaseAction {
  principal: Principal;
  /** The case as it is before the event. */
  case: CaseView;
  /** The event as sent (`{ type, ...payload }`), not yet validated. */
  event: { type: string } & Record<string, unknown>;
  /** The channel the event is sent on. */
  channel: string;
}

/**
 * Decides whether a principal may send an event to a case, beyond what the channel policy and
 * the machine allow (a department's handler acts only on its own department's cases): `true`
 * lets it through, `false` answers 403 `FORBIDDEN` and changes nothing. A throw is a 500.
 *
 * @example
 * ```ts
 * const authorize: Authorize = ({ principal, event }) =>
 *   principal.kind !== 'staff' || principal.role !== 'department-handler' || event.department === principal.unit;
 * ```
 */
export type Authorize = (action: CaseAction) => boolean | Promise<boolean>;

/** The header a request uses to act on another of the staff principal's channels. */
export const CHANNEL_HEADER = 'onecase-channel';
