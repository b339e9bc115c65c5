/** What an identifier is replaced with in stored text. */
export const REDACTED = '[redacted]';

// An 18-digit resident ID (last symbol may be X), a 15-digit old one, a mobile or landline
// number, or any other run of seven or more digits (spaces and dashes between them allowed):
// nothing a caller reads out digit by digit survives in a stored excerpt.
const IDENTIFIER = /(?<![0-9A-Za-z])(?:\+?86[\s-]?)?(?:[0-9][\s-]?){6,}[0-9](?:[Xx](?![A-Za-z]))?(?![0-9])/g;

/**
 * Replaces phone numbers, ID numbers and any other long digit run in free text with
 * `[redacted]`, so a stored excerpt or note never holds an identifier in clear; case
 * references (letters and digits mixed) and short numbers (addresses, times) are kept.
 *
 * @example
 * ```ts
 * redactIdentifiers('我的身份证 110105194912310021，电话 138 0013 8000'); // '我的身份证 [redacted]，电话 [redacted]'
 * ```
 */
export function redactIdentifiers(text: string): string {
  return text.replace(IDENTIFIER, REDACTED);
}

/**
 * Tells whether text still holds something `redactIdentifiers` would remove.
 *
 * @example
 * ```ts
 * hasIdentifiers('call me on 13800138000'); // true
 * ```
 */
export function hasIdentifiers(text: string): boolean {
  IDENTIFIER.lastIndex = 0;
  const found = IDENTIFIER.test(text);
  IDENTIFIER.lastIndex = 0;
  return found;
}
