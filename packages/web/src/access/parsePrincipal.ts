import type { CitizenPrincipal, Principal, StaffPrincipal } from '../principal.js';

/**
 * Account ids under this prefix name internal queues (the hotline files its review items
 * under `queue:hotline-review`), never a person: a citizen principal may not claim one.
 */
export const INTERNAL_ACCOUNT_PREFIX = 'queue:';

const MAX_FIELD = 512;

function text(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_FIELD;
}

function optionalText(value: unknown): value is string | undefined {
  return value === undefined || text(value);
}

function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function citizen(value: object): CitizenPrincipal | undefined {
  const id = own(value, 'id');
  const phone = own(value, 'phone');
  const idNumber = own(value, 'idNumber');
  const accountId = own(value, 'accountId');
  if (!text(id) || !optionalText(phone) || !optionalText(idNumber) || !optionalText(accountId)) {
    return undefined;
  }
  // The id is the default account id and the idempotency scope, so neither may be internal.
  if (id.startsWith(INTERNAL_ACCOUNT_PREFIX) || accountId?.startsWith(INTERNAL_ACCOUNT_PREFIX)) {
    return undefined;
  }
  return {
    kind: 'citizen',
    id,
    ...(phone !== undefined ? { phone } : {}),
    ...(idNumber !== undefined ? { idNumber } : {}),
    ...(accountId !== undefined ? { accountId } : {}),
  };
}

function staff(value: object): StaffPrincipal | undefined {
  const id = own(value, 'id');
  const role = own(value, 'role');
  const channels = own(value, 'channels');
  const unit = own(value, 'unit');
  if (!text(id) || !text(role) || !optionalText(unit)) return undefined;
  const principal: StaffPrincipal = { kind: 'staff', id, role };
  if (channels !== undefined) {
    if (!Array.isArray(channels) || !channels.every(text)) return undefined;
    principal.channels = [...channels];
  }
  if (unit !== undefined) principal.unit = unit;
  return principal;
}

/**
 * Reads what `authenticate` returned as a principal, strictly: a fresh citizen or staff
 * principal with exactly the known fields, or `undefined` for anything else (`true`, `{}`,
 * `{ id: 'x' }`, `{ kind: 'Citizen' }`, a citizen claiming an internal account …), which
 * the handler refuses with 401 rather than guess a kind.
 */
export function parsePrincipal(value: unknown): Principal | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kind = own(value, 'kind');
  if (kind === 'citizen') return citizen(value);
  if (kind === 'staff') return staff(value);
  return undefined;
}

/** The shape of a rejected principal for the log: its type and field names, never a value. */
export function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'array';
  const kind = own(value, 'kind');
  const named = kind === 'citizen' || kind === 'staff' ? ` kind=${kind}` : '';
  return `object{${Object.keys(value).sort().join(',')}}${named}`;
}
