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

/** The header a request uses to act on another of the staff principal's channels. */
export const CHANNEL_HEADER = 'onecase-channel';
