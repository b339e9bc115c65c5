import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Citizen } from '@onecase/core';
import { CounterError } from './counterError.js';
import type { ServiceCodeLedger } from './serviceCodeLedger.js';

/** What a valid service code says: who the citizen is and the code's lifetime. */
export interface ServiceCodeClaims {
  citizen: Citizen;
  issuedAt: number;
  expiresAt: number;
  /** Unique per code; the ledger remembers it so a code works once. */
  nonce: string;
}

/** Why a scanned service code was refused. */
export type ServiceCodeFailure = 'malformed' | 'tampered' | 'not-yet-valid' | 'expired' | 'replayed';

/** The outcome of `verifyServiceCode`. */
export type ServiceCodeCheck =
  | ({ valid: true } & ServiceCodeClaims)
  | { valid: false; reason: ServiceCodeFailure; message: string };

const PREFIX = 'OC1';
const SIGNATURE_BYTES = 16;
const DEFAULT_TTL_MS = 2 * 60_000;
const MAX_TTL_MS = 24 * 3_600_000;
/** How far a phone's clock may run ahead of the hall's before its codes are refused. */
const DEFAULT_MAX_SKEW_MS = 60_000;

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

type Reading = { done: ServiceCodeCheck } | { claims: ServiceCodeClaims; expired: boolean };

/** Everything but the ledger: form, canonical signature, claims and time window. */
function readServiceCode(code: string, options: VerifyOptions): Reading {
  const key = signingKey(options.secret);
  const text = String(code ?? '').trim();
  const parts = text.split('.');
  if (
    parts.length !== 3 ||
    parts[0] !== PREFIX ||
    !/^[\w-]+$/.test(parts[1]!) ||
    !/^[\w-]+$/.test(parts[2]!)
  ) {
    return { done: refusal('malformed', 'This is not a personal service code; scan it again') };
  }
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2]!, 'base64url');
  const expected = sign(key, body);
  // Base64 decoding ignores the unused low bits of the last character: only the one canonical
  // spelling of the signature is accepted, so no character of a code can change unnoticed.
  const canonical = given.toString('base64url') === parts[2];
  if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      done: refusal('tampered', 'The code is not signed by this service hall: it was altered or forged'),
    };
  }
  let claims: ServiceCodeClaims | undefined;
  try {
    claims = parseClaims(JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')));
  } catch {
    claims = undefined;
  }
  if (!claims) return { done: refusal('malformed', 'The code is signed but unreadable') };
  const skew = options.maxClockSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (claims.issuedAt > options.now + skew) {
    return {
      done: refusal(
        'not-yet-valid',
        "The code was issued in the future: the phone's clock is wrong; ask the citizen to correct it and refresh the code",
      ),
    };
  }
  return { claims, expired: options.now >= claims.expiresAt };
}

function refusal(reason: ServiceCodeFailure, message: string): ServiceCodeCheck {
  return { valid: false, reason, message };
}

const REPLAYED = refusal(
  'replayed',
  'This code was already used; ask the citizen to refresh the code in the app',
);
const EXPIRED = refusal('expired', 'The code has expired; ask the citizen to refresh it in the app');

/** Options of `verifyServiceCode` and `claimServiceCode`. */
export interface VerifyOptions {
  secret: string;
  now: number;
  /** How far ahead of `now` a code's issue time may be (default 60 s); later codes are `not-yet-valid`. */
  maxClockSkewMs?: number;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

function sharedLedgerError(): CounterError {
  return new CounterError(
    'INVALID_ARGUMENT',
    'This ledger answers asynchronously (shared through the router): use claimServiceCode or session.scan',
  );
}

/**
 * Checks a scanned service code: the signature (`tampered` if any character changed),
 * the issue time (`not-yet-valid` beyond a small clock skew), the expiry (`expired`) and,
 * with an in-memory ledger, whether it was used before (`replayed`, also when the used code
 * is shown again after it expired); a valid code is recorded in the ledger. For a ledger
 * shared through the router use `claimServiceCode`.
 *
 * @example
 * ```ts
 * const ledger = createServiceCodeLedger();
 * const result = verifyServiceCode(scanned, { secret, now: Date.now(), ledger });
 * if (result.valid) console.log(result.citizen);
 * ```
 */
export function verifyServiceCode(
  code: string,
  options: VerifyOptions & { ledger?: ServiceCodeLedger },
): ServiceCodeCheck {
  const reading = readServiceCode(code, options);
  if ('done' in reading) return reading.done;
  const { claims, expired } = reading;
  const ledger = options.ledger;
  if (ledger) {
    const seen = ledger.has(claims.nonce);
    if (isThenable(seen)) throw sharedLedgerError();
    if (seen) return REPLAYED;
  }
  if (expired) return EXPIRED;
  if (ledger) {
    const fresh = ledger.use(claims.nonce, claims.expiresAt, options.now);
    if (isThenable(fresh)) throw sharedLedgerError();
    if (!fresh) return REPLAYED;
  }
  return { valid: true, ...claims };
}

/**
 * Checks a scanned service code like `verifyServiceCode` and claims it in a ledger that may
 * answer asynchronously — `routerServiceCodeLedger`, shared by every terminal of a hall — so
 * a code accepted at one counter is `replayed` at every other.
 *
 * @example
 * ```ts
 * const ledger = routerServiceCodeLedger({ client, hall: 'suihaoban', via });
 * const result = await claimServiceCode(scanned, { secret, now: Date.now(), ledger });
 * ```
 */
export async function claimServiceCode(
  code: string,
  options: VerifyOptions & { ledger: ServiceCodeLedger },
): Promise<ServiceCodeCheck> {
  const reading = readServiceCode(code, options);
  if ('done' in reading) return reading.done;
  const { claims, expired } = reading;
  if (await options.ledger.has(claims.nonce)) return REPLAYED;
  if (expired) return EXPIRED;
  if (!(await options.ledger.use(claims.nonce, claims.expiresAt, options.now))) return REPLAYED;
  return { valid: true, ...claims };
}
