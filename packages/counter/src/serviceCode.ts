import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Citizen } from '@onecase/core';
import { CounterError } from './counterError.js';

/** What a valid service code says: who the citizen is and the code's lifetime. */
export interface ServiceCodeClaims {
  citizen: Citizen;
  issuedAt: number;
  expiresAt: number;
  /** Unique per code; the ledger remembers it so a code works once. */
  nonce: string;
}

/** Why a scanned service code was refused. */
export type ServiceCodeFailure = 'malformed' | 'tampered' | 'expired' | 'replayed';

/** The outcome of `verifyServiceCode`. */
export type ServiceCodeCheck =
  | ({ valid: true } & ServiceCodeClaims)
  | { valid: false; reason: ServiceCodeFailure; message: string };

/**
 * Remembers the codes already accepted, so a screenshot or a second scan of the same code is
 * refused as `replayed` — also after the code expired, for as long as it is retained.
 */
export interface ServiceCodeLedger {
  /** Records a code as used; false when it was used before. */
  use(nonce: string, expiresAt: number, now: number): boolean;
  /** Whether a code was used (and is still retained). */
  has(nonce: string): boolean;
}

const PREFIX = 'OC1';
const SIGNATURE_BYTES = 16;
const DEFAULT_TTL_MS = 2 * 60_000;
const MAX_TTL_MS = 24 * 3_600_000;

let lastKey: { secret: string; key: Buffer } | undefined;

function signingKey(secret: string): Buffer {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new CounterError('INVALID_ARGUMENT', 'A service code needs a non-empty secret');
  }
  if (lastKey?.secret !== secret) {
    // A key of its own, so a service code can never be mistaken for any other HMAC made with the same secret.
    lastKey = { secret, key: createHmac('sha256', secret).update('onecase:service-code').digest() };
  }
  return lastKey.key;
}

function sign(key: Buffer, body: string): Buffer {
  return createHmac('sha256', key).update(body).digest().subarray(0, SIGNATURE_BYTES);
}

function cleanCitizen(citizen: Citizen | undefined): Citizen {
  const clean: Citizen = {};
  for (const field of ['idNumber', 'phone', 'accountId'] as const) {
    const value = citizen?.[field];
    if (typeof value === 'string' && value.trim().length > 0) clean[field] = value.trim();
  }
  if (Object.keys(clean).length === 0) {
    throw new CounterError('INVALID_ARGUMENT', 'A service code needs at least one citizen identifier');
  }
  return clean;
}

/**
 * Issues the short-lived personal code a citizen's app shows as a QR code: the citizen's
 * identifiers, issue and expiry time and a nonce, signed with HMAC-SHA256 under `secret`.
 *
 * @example
 * ```ts
 * const code = issueServiceCode({ secret, citizen: { idNumber, phone }, ttlMs: 120_000, now: Date.now() });
 * ```
 */
export function issueServiceCode(options: {
  secret: string;
  citizen: Citizen;
  /** Lifetime in ms (default two minutes, at most a day). */
  ttlMs?: number;
  now: number;
  /** Fixed nonce for reproducible codes in tests; random otherwise. */
  nonce?: string;
}): string {
  const key = signingKey(options.secret);
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS) {
    throw new CounterError('INVALID_ARGUMENT', `ttlMs must be between 1 ms and ${MAX_TTL_MS} ms`);
  }
  if (!Number.isFinite(options.now))
    throw new CounterError('INVALID_ARGUMENT', 'now must be epoch milliseconds');
  const nonce = options.nonce ?? randomBytes(9).toString('base64url');
  const payload = { c: cleanCitizen(options.citizen), t: options.now, e: options.now + ttlMs, n: nonce };
  const body = `${PREFIX}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${sign(key, body).toString('base64url')}`;
}

function parseClaims(json: unknown): ServiceCodeClaims | undefined {
  const value = json as { c?: unknown; t?: unknown; e?: unknown; n?: unknown } | null;
  if (!value || typeof value !== 'object') return undefined;
  const { c, t, e, n } = value;
  if (
    typeof t !== 'number' ||
    typeof e !== 'number' ||
    typeof n !== 'string' ||
    !c ||
    typeof c !== 'object'
  ) {
    return undefined;
  }
  return { citizen: c as Citizen, issuedAt: t, expiresAt: e, nonce: n };
}

/**
 * Checks a scanned service code: the signature (`tampered` if any character changed),
 * the expiry (`expired`) and, with a ledger, whether it was used before (`replayed`, also when
 * the used code is shown again after it expired); a valid code is recorded in the ledger.
 *
 * @example
 * ```ts
 * const ledger = createServiceCodeLedger();
 * const result = verifyServiceCode(scanned, { secret, now: Date.now(), ledger });
 * if (result.valid) await session.identify({ citizen: result.citizen });
 * ```
 */
export function verifyServiceCode(
  code: string,
  options: { secret: string; now: number; ledger?: ServiceCodeLedger },
): ServiceCodeCheck {
  const key = signingKey(options.secret);
  const text = String(code ?? '').trim();
  const parts = text.split('.');
  if (
    parts.length !== 3 ||
    parts[0] !== PREFIX ||
    !/^[\w-]+$/.test(parts[1]!) ||
    !/^[\w-]+$/.test(parts[2]!)
  ) {
    return {
      valid: false,
      reason: 'malformed',
      message: 'This is not a personal service code; scan it again',
    };
  }
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2]!, 'base64url');
  const expected = sign(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      valid: false,
      reason: 'tampered',
      message: 'The code is not signed by this service hall: it was altered or forged',
    };
  }
  let claims: ServiceCodeClaims | undefined;
  try {
    claims = parseClaims(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
  } catch {
    claims = undefined;
  }
  if (!claims) return { valid: false, reason: 'malformed', message: 'The code is signed but unreadable' };
  if (options.ledger?.has(claims.nonce)) {
    return {
      valid: false,
      reason: 'replayed',
      message: 'This code was already used; ask the citizen to refresh the code in the app',
    };
  }
  if (options.now >= claims.expiresAt) {
    return {
      valid: false,
      reason: 'expired',
      message: 'The code has expired; ask the citizen to refresh it in the app',
    };
  }
  if (options.ledger && !options.ledger.use(claims.nonce, claims.expiresAt, options.now)) {
    return {
      valid: false,
      reason: 'replayed',
      message: 'This code was already used; ask the citizen to refresh it',
    };
  }
  return { valid: true, ...claims };
}

/**
 * Creates the in-memory ledger of used service codes a counter (or a whole hall, when shared)
 * checks against; a used code is remembered until `retainMs` after its expiry, so replaying it
 * later is still told apart from an ordinary expired code.
 *
 * @example
 * ```ts
 * const ledger = createServiceCodeLedger({ retainMs: 86_400_000 });
 * verifyServiceCode(code, { secret, now, ledger });
 * ```
 */
export function createServiceCodeLedger(options: { retainMs?: number } = {}): ServiceCodeLedger {
  const retainMs = options.retainMs ?? 24 * 3_600_000;
  const used = new Map<string, number>();
  // Insertion order is nearly expiry order, so pruning from the front stays O(1) per use; an entry
  // stuck behind a later one is only remembered a little longer, which errs on the safe side.
  const prune = (now: number) => {
    for (const [nonce, forgetAt] of used) {
      if (forgetAt > now) return;
      used.delete(nonce);
    }
  };
  return {
    use(nonce, expiresAt, now) {
      prune(now);
      if (used.has(nonce)) return false;
      used.set(nonce, expiresAt + retainMs);
      return true;
    },
    has: (nonce) => used.has(nonce),
  };
}
