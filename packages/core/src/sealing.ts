import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { CaseError } from './caseError.js';

/** A sealed value: `sealed:v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url parts). */
export type SealedValue = `sealed:v1:${string}`;

const PREFIX = 'sealed:v1:';

function keyFor(secret: string): { id: string; key: Buffer } {
  const key = Buffer.from(hkdfSync('sha256', secret, 'onecase', 'onecase seal v1', 32));
  const id = createHmac('sha256', key).update('key-id').digest('hex').slice(0, 12);
  return { id, key };
}

/**
 * Seals a contact identifier that must be recovered later (a phone to call back) with
 * AES-256-GCM under a key derived from the router secret; the key id is recorded so a
 * rotated secret is recognised. Everything else is stored as keyed hashes.
 *
 * @example
 * ```ts
 * const sealed = sealValue(secret, '13800138000');
 * unsealValue(secret, sealed); // '13800138000'
 * ```
 */
export function sealValue(secret: string, plaintext: string): SealedValue {
  const { id, key } = keyFor(secret);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `${PREFIX}${id}:${iv.toString('base64url')}:${tag.toString('base64url')}:${body.toString('base64url')}`;
}

/** Whether a stored string is a value made by `sealValue`. */
export function isSealedValue(value: unknown): value is SealedValue {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/**
 * Opens a value made by `sealValue` with the same secret; a value sealed under another key,
 * or altered, fails with `CaseError` `INVALID_INPUT` rather than yielding garbage.
 *
 * @example
 * ```ts
 * const phone = unsealValue(secret, review.context.callback);
 * ```
 */
export function unsealValue(secret: string, sealed: string): string {
  const parts = isSealedValue(sealed) ? sealed.slice(PREFIX.length).split(':') : [];
  const [id, iv, tag, body] = parts;
  const { id: expectedId, key } = keyFor(secret);
  if (parts.length !== 4 || !iv || !tag || body === undefined) {
    throw new CaseError('INVALID_INPUT', 'Not a sealed value');
  }
  if (id !== expectedId) {
    throw new CaseError('INVALID_INPUT', `Sealed under key ${id}, not this router's key ${expectedId}`, {
      keyId: id,
    });
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch (cause) {
    throw new CaseError('INVALID_INPUT', 'The sealed value was altered', {}, { cause });
  }
}
