import type { Authorize, Principal, StaffPrincipal } from '@onecase/web';
import { cityDirectory } from '../../governance/cityDirectory.js';
import { cityJurisdictions } from '../../governance/cityJurisdictions.js';
import { simCookie } from './simCookie.js';

/** The cookie the staff API reads (a simulator: whoever sets it is that person). */
export const STAFF_COOKIE = 'sim_staff';

/** The roles of the governance-centre console and the channels each acts on. */
export const STAFF_ROLES = {
  /** 12345 centre agent (话务员/派单员): receives, dispatches, answers, records return visits. */
  'centre-agent': ['centre', 'hotline'],
  /** A department's handler (承办人): signs for, handles, returns, replies — for one department. */
  'department-handler': ['department'],
  /** A supervisor (督办员) of a district or the whole city: supervises and concludes. */
  supervisor: ['centre'],
} as const satisfies Record<string, readonly string[]>;

/** A console role. */
export type StaffRole = keyof typeof STAFF_ROLES;

/** The unit the 12345 centre's agents act for. */
export const CENTRE_UNIT = 'centre';

/**
 * The channels the plain staff page's officer acts on (a cookie that is just a name): the 12345
 * centre and a department for work orders (the noise complaint, street facilities), `staff` for
 * the back-office events of the other services and of version 1 complaints, hotline and counter.
 */
export const STAFF_CHANNELS = ['centre', 'department', 'staff', 'hotline', 'counter'] as const;

function validUnit(role: StaffRole, unit: string): boolean {
  if (role === 'centre-agent') return unit === CENTRE_UNIT;
  if (role === 'department-handler') return cityDirectory.get(unit) !== undefined;
  const level = cityJurisdictions.get(unit)?.level;
  return level === 'city' || level === 'district';
}

/**
 * Reads the simulator's staff cookie: `<role>:<unit>:<name>` signs in to the console (a centre
 * agent of `centre`, a handler of a directory department, a supervisor of a district or the
 * city); a bare name is the old staff page's officer. Anything else is nobody.
 *
 * @example
 * ```ts
 * staffFromCookie('department-handler:dongcheng.andingmen.office:王芳')?.unit; // 'dongcheng.andingmen.office'
 * ```
 */
export function staffFromCookie(value: string | undefined): StaffPrincipal | null {
  if (!value) return null;
  const parts = value.split(':');
  if (parts.length === 1) return { kind: 'staff', id: value, role: 'officer', channels: STAFF_CHANNELS };
  const [role, unit, ...name] = parts;
  const id = name.join(':').trim();
  if (!role || !unit || id === '' || !Object.hasOwn(STAFF_ROLES, role)) return null;
  if (!validUnit(role as StaffRole, unit)) return null;
  return { kind: 'staff', id, role, channels: STAFF_ROLES[role as StaffRole], unit };
}

interface WorkOrderScope {
  lead?: string | null;
  coHandlers?: string[];
  district?: string | null;
}

/**
 * What a console role may do beyond the channel policy: a department's handler acts only on
 * work orders its department leads or helps with, and only in its own name (an event's
 * `department` is theirs); a district supervisor only on that district's work orders.
 *
 * @example
 * ```ts
 * createWebHandler({ router, authenticate, authorize: authorizeStaff });
 * ```
 */
export const authorizeStaff: Authorize = ({ principal, case: view, event }) => {
  if (principal.kind !== 'staff') return true;
  const scope = (view.context ?? {}) as WorkOrderScope;
  if (principal.role === 'department-handler') {
    const unit = principal.unit;
    const ours = scope.lead === unit || (scope.coHandlers ?? []).includes(unit ?? '');
    const inOurName = event.department === undefined || event.department === unit;
    return unit !== undefined && ours && inOurName;
  }
  if (principal.role === 'supervisor' && principal.unit !== cityJurisdictions.root.id) {
    return scope.district === principal.unit;
  }
  return true;
};

/**
 * Who a request to the staff API comes from: the console's role, unit and name in the
 * `sim_staff` cookie (`staffFromCookie`), or the plain staff page's officer for a bare name.
 *
 * @example
 * ```ts
 * createWebHandler({ router, basePath: STAFF_API, authenticate: authenticateStaff, authorize: authorizeStaff });
 * ```
 */
export function authenticateStaff(request: Request): Principal | null {
  return staffFromCookie(simCookie(request, STAFF_COOKIE));
}
