import { createHmac, createSecretKey, type Hmac, type KeyObject } from 'node:crypto';

/** A router has one secret, a process a handful: a small bound keeps a leaked stream of secrets from growing it. */
const MAX_KEYS = 32;
const keys = new Map<string, KeyObject>();

/**
 * A SHA-256 HMAC keyed with `secret`, from a key object made once per secret: handing
 * `createHmac` the string converts and checks the key again on every call, a tenth of the
 * cost of hashing a short event.
 */
export function keyedHmac(secret: string): Hmac {
  let key = keys.get(secret);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return createHmac('sha256', key);
}
