import { CaseError } from '@onecase/core';
import type { WebCall } from '../handler/webCall.js';
import type { Principal } from '../principal.js';

const MAX_IDEMPOTENCY_KEY = 128;
const CITIZEN_SCOPE = 'citizen:';
/** Scopes the router and this handler write themselves; a key sent by staff may not start with one. */
const RESERVED_SCOPES = [CITIZEN_SCOPE, 'timer:'] as const;

function checkedKey(key: string): string {
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) {
    throw new CaseError('INVALID_INPUT', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`, {
      header: 'idempotency-key',
    });
  }
  return key;
}

/**
 * The key as the router stores it. A citizen's key is scoped to the citizen as
 * `citizen:<id, percent-encoded>:<key>`: the encoded id holds no `:`, so no two citizens (say
 * `a` with key `b:c` and `a:b` with key `c`) can share a scope, replay or block each other.
 * Staff keys are stored as sent, so an outbox or a replayed call keeps its own keys.
 */
export function scopedKey(principal: Principal, key: string): string {
  checkedKey(key);
  return principal.kind === 'citizen' ? `${CITIZEN_SCOPE}${encodeURIComponent(principal.id)}:${key}` : key;
}

/**
 * Reads `Idempotency-Key` of a write as the key to store, or `undefined` without one. Staff
 * may not write in a citizen's scope or the router's timer scope (`INVALID_INPUT`).
 */
export function idempotencyKeyOf(principal: Principal, call: WebCall): string | undefined {
  const key = call.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (principal.kind === 'staff' && RESERVED_SCOPES.some((scope) => key.startsWith(scope))) {
    throw new CaseError(
      'INVALID_INPUT',
      `Idempotency-Key may not start with ${RESERVED_SCOPES.join(' or ')}`,
      {
        header: 'idempotency-key',
      },
    );
  }
  return scopedKey(principal, key);
}
