import { createHmac } from 'node:crypto';
import type { Citizen } from './types.js';

/**
 * Normalises a mainland phone number as people write it: spaces, dashes, brackets and a
 * `+86` / `0086` prefix are ignored, and so are a bare `86` or a trunk `0` before a mobile number
 * (`86 13800138000`, `013800138000`); a landline after `+86` gets its trunk `0` back
 * (`+86 10 6234 5678` is `01062345678`, as `010-62345678` is).
 *
 * @example
 * ```ts
 * normalizePhone('+86 138-0013-8000'); // '13800138000'
 * ```
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[\s\-().]/g, '');
  const national = digits.replace(/^(?:\+86|0086)/, '');
  // "+86 10 6234 5678" is the landline 010-62345678: after the country code, an area code loses its trunk 0.
  if (national !== digits && /^[1-9]\d{8,10}$/.test(national) && !/^1[3-9]\d{9}$/.test(national))
    return `0${national}`;
  return national.replace(/^(?:86|0)(?=1[3-9]\d{9}$)/, '');
}

/**
 * Normalises a resident ID number: surrounding and inner spaces removed, check letter upper case.
 *
 * @example
 * ```ts
 * normalizeIdNumber(' 11010519491231002x '); // '11010519491231002X'
 * ```
 */
export function normalizeIdNumber(idNumber: string): string {
  return idNumber.replace(/\s/g, '').toUpperCase();
}

/**
 * Turns citizen identifiers into the keyed hashes the store indexes, so a store dump
 * reveals no phone or ID number; the same identifier always gives the same key under one secret.
 *
 * @example
 * ```ts
 * citizenKeys(secret, { phone: '138 0013 8000' }); // ['phone:4f1c…']
 * ```
 */
export function citizenKeys(secret: string, citizen: Citizen | undefined): string[] {
  if (!citizen) return [];
  const keys: string[] = [];
  const add = (kind: string, value: string) => {
    if (value.length === 0) return;
    keys.push(`${kind}:${createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url')}`);
  };
  if (citizen.phone !== undefined) add('phone', normalizePhone(citizen.phone));
  if (citizen.idNumber !== undefined) add('id', normalizeIdNumber(citizen.idNumber));
  if (citizen.accountId !== undefined) add('account', citizen.accountId.trim());
  return keys;
}
