import type { Principal } from '@onecase/web';
import { simCookie } from './simCookie.js';

/** The cookie the staff API reads: the staff member's name (a simulator: whoever sets it is that person). */
export const STAFF_COOKIE = 'sim_staff';
/**
 * The channels a member of staff may act on from the staff page: the 12345 centre and a
 * department for work orders (the noise complaint, street facilities), `staff` for the
 * back-office events of the other services and of version 1 complaints, hotline and counter.
 */
export const STAFF_CHANNELS = ['centre', 'department', 'staff', 'hotline', 'counter'] as const;

/**
 * Who a request to the staff API comes from: the staff member named by the `sim_staff`
 * cookie, as an officer on the staff, hotline and counter channels.
 *
 * @example
 * ```ts
 * createWebHandler({ router, basePath: STAFF_API, authenticate: authenticateStaff });
 * ```
 */
export function authenticateStaff(request: Request): Principal | null {
  const name = simCookie(request, STAFF_COOKIE);
  return name ? { kind: 'staff', id: name, role: 'officer', channels: STAFF_CHANNELS } : null;
}
