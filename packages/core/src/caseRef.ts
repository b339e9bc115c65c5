import { randomBytes } from 'node:crypto';

/** Crockford base32: digits and letters without I, L, O, U — no look-alikes, easy to read aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY_LENGTH = 9;

/**
 * Finds case references in free text (a transcript, an email, a form field): a 2–6 letter
 * prefix and ten symbols in two groups of five, separated by dashes, spaces or nothing,
 * in any case. Use `parseCaseRef` on each match to normalise it and check its check character.
 *
 * @example
 * ```ts
 * const refs = [...text.matchAll(CASE_REF_PATTERN)].map((m) => parseCaseRef(m[0]));
 * ```
 */
export const CASE_REF_PATTERN =
  /\b[A-Za-z]{2,6}[\s-]*(?:[0-9A-Za-z][\s-]?){4}[0-9A-Za-z][\s-]*(?:[0-9A-Za-z][\s-]?){4}[0-9A-Za-z]\b/g;

const CANONICAL = /^([A-Z]{2,6})-([0-9A-HJKMNP-TV-Z]{5})-([0-9A-HJKMNP-TV-Z]{5})$/;

/** Multiplies by x in GF(32) (primitive polynomial x^5 + x^2 + 1). */
function timesX(value: number): number {
  const shifted = value << 1;
  return shifted & 32 ? shifted ^ 0b100101 : shifted;
}

function checkSymbol(body: string): string {
  // Folding c -> x*c + s over GF(32) is a quasigroup in which swapping two different
  // neighbours always changes the result (x + 1 != 0), so every single-symbol error and
  // every adjacent transposition changes the check symbol — Luhn mod 32 misses 0 <-> Z swaps.
  let folded = 0;
  for (const symbol of body) folded = timesX(folded) ^ ALPHABET.indexOf(symbol);
  return ALPHABET[timesX(folded)]!;
}

function format(prefix: string, body: string): string {
  const full = body + checkSymbol(body);
  return `${prefix}-${full.slice(0, 5)}-${full.slice(5)}`;
}

/**
 * Makes a new random case reference such as `NC-7K4M9-QXH2T`: 45 random bits and a check symbol.
 *
 * @example
 * ```ts
 * createCaseRef('NC'); // 'NC-7K4M9-QXH2T'
 * ```
 */
export function createCaseRef(prefix: string, random: Uint8Array = randomBytes(BODY_LENGTH)): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += ALPHABET[random[i]! & 31];
  return format(prefix.toUpperCase(), body);
}

/** The result of reading a reference someone typed or said. */
export type ParsedCaseRef =
  | { valid: true; ref: string }
  | { valid: false; ref: string; reason: 'format' | 'check' };

/**
 * Normalises a reference as typed or spoken (lower case, spaces, missing dashes, O for 0,
 * I or L for 1) and verifies its check symbol, so a mistyped reference is caught instead
 * of landing on another case.
 *
 * @example
 * ```ts
 * parseCaseRef('nc 7k4m9 qxh2t'); // { valid: true, ref: 'NC-7K4M9-QXH2T' }
 * ```
 */
export function parseCaseRef(text: string): ParsedCaseRef {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  const match = /^([A-Z]{2,6})([0-9A-Z]{10})$/.exec(compact);
  if (!match) return { valid: false, ref: text.trim(), reason: 'format' };
  const prefix = match[1]!;
  const symbols = match[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
  const ref = `${prefix}-${symbols.slice(0, 5)}-${symbols.slice(5)}`;
  if (!CANONICAL.test(ref)) return { valid: false, ref, reason: 'format' };
  const body = symbols.slice(0, BODY_LENGTH);
  if (checkSymbol(body) !== symbols[BODY_LENGTH]) return { valid: false, ref, reason: 'check' };
  return { valid: true, ref };
}

/**
 * Tells whether a string looks like a case reference at all (before the check symbol).
 * Case ids (UUIDs) never do.
 */
export function looksLikeCaseRef(text: string): boolean {
  const parsed = parseCaseRef(text);
  return parsed.valid || parsed.reason !== 'format';
}
