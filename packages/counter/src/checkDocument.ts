import { systemClock } from '@onecase/core';
import { birthDateFrom, checkResidentId, residentIdCheckDigit } from './checkResidentId.js';

/** The identity documents a counter accepts. */
export type DocumentType =
  | 'resident-id'
  | 'passport'
  | 'hk-macao-permit'
  | 'taiwan-permit'
  | 'foreign-permanent-residence';

/** Every document type, in the order a clerk's menu shows them. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'resident-id',
  'passport',
  'hk-macao-permit',
  'taiwan-permit',
  'foreign-permanent-residence',
];

/** Why a document number was refused. */
export type DocumentFailure =
  | 'unknown-type'
  | 'length'
  | 'characters'
  | 'format'
  | 'region'
  | 'birth-date'
  | 'check-digit';

/** The outcome of `checkDocument`. */
export type DocumentCheck =
  | { valid: true; type: DocumentType; number: string; birthDate?: string }
  | { valid: false; type: string; reason: DocumentFailure; message: string };

const LABELS: Readonly<Record<DocumentType, string>> = {
  'resident-id': 'resident ID',
  passport: 'passport',
  'hk-macao-permit': 'Mainland Travel Permit for Hong Kong and Macao Residents',
  'taiwan-permit': 'Mainland Travel Permit for Taiwan Residents',
  'foreign-permanent-residence': 'Foreign Permanent Resident ID Card',
};

function refuse(type: string, reason: DocumentFailure, message: string): DocumentCheck {
  return { valid: false, type, reason, message };
}

/** Checks the 2023 Foreign Permanent Resident ID (`9`, province, 3-digit nationality, birth date, serial, MOD 11-2) or the older 3 letters + 12 digits. */
function checkForeignPermanentResidence(number: string, now: number): DocumentCheck {
  const type = 'foreign-permanent-residence';
  if (/^[A-Z]{3}\d{12}$/.test(number)) return { valid: true, type, number };
  if (number.length !== 18 && number.length !== 15) {
    return refuse(type, 'length', `A ${LABELS[type]} number has 18 characters (15 before 2023)`);
  }
  if (!/^9\d{16}[\dX]$/.test(number)) {
    return refuse(
      type,
      'characters',
      'A new card number is 9 then 16 digits and a digit or X; an old one is 3 letters and 12 digits',
    );
  }
  const birthDate = birthDateFrom(number.slice(6, 14), now);
  if (!birthDate) return refuse(type, 'birth-date', `${number.slice(6, 14)} is not a possible birth date`);
  if (residentIdCheckDigit(number.slice(0, 17)) !== number[17]) {
    return refuse(
      type,
      'check-digit',
      'The check character does not match: one of the digits was probably misread',
    );
  }
  return { valid: true, type, number, birthDate };
}

/**
 * Checks the number of an identity document by its type — resident ID (full GB 11643
 * check), passport (ICAO 9303 document number; the Chinese series with `issuingCountry: 'CHN'`), the Hong Kong/Macao and
 * Taiwan residents' travel permits and the Foreign Permanent Resident ID (with its check
 * digit) — and returns the normalised number or the reason it is wrong.
 *
 * @example
 * ```ts
 * checkDocument('hk-macao-permit', 'h1234 5678'); // { valid: true, type: 'hk-macao-permit', number: 'H12345678' }
 * checkDocument('passport', 'E12'); // { valid: false, reason: 'length', … }
 * checkDocument('passport', 'EI1234567', { issuingCountry: 'CHN' }); // { valid: false, reason: 'format', … }
 * ```
 */
export function checkDocument(
  type: DocumentType,
  number: string,
  options: {
    now?: number;
    /** ICAO code of the issuing state (as in the passport's machine-readable zone); `CHN` adds the Chinese series check. */
    issuingCountry?: string;
  } = {},
): DocumentCheck {
  const normalized = String(number ?? '')
    .replace(/\s/g, '')
    .toUpperCase();
  const now = options.now ?? systemClock.now();
  switch (type) {
    case 'resident-id': {
      const result = checkResidentId(normalized, { now });
      return result.valid
        ? { valid: true, type, number: result.number, birthDate: result.birthDate }
        : refuse(type, result.reason, result.message);
    }
    case 'passport': {
      if (normalized.length < 5 || normalized.length > 9) {
        return refuse(type, 'length', 'A passport number has 5 to 9 letters and digits');
      }
      if (!/^[A-Z0-9]+$/.test(normalized) || !/\d/.test(normalized)) {
        return refuse(
          type,
          'characters',
          'A passport number has only letters and digits, with at least one digit',
        );
      }
      // Chinese ordinary passports: E + 8 digits, E + letter (no I/O) + 7 digits, or the older G + 8 digits.
      if (options.issuingCountry === 'CHN' && !/^(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(normalized)) {
        return refuse(
          type,
          'format',
          'A Chinese passport number is E or G and 8 digits, or E, a letter and 7 digits',
        );
      }
      return { valid: true, type, number: normalized };
    }
    case 'hk-macao-permit': {
      if (!/^[HM]/.test(normalized)) {
        return refuse(type, 'format', 'The permit number starts with H (Hong Kong) or M (Macao)');
      }
      if (!/^[HM]\d*$/.test(normalized)) return refuse(type, 'characters', 'After H or M come only digits');
      if (normalized.length !== 9 && normalized.length !== 11) {
        return refuse(type, 'length', 'The permit number is H or M and 8 digits (10 on older cards)');
      }
      return { valid: true, type, number: normalized };
    }
    case 'taiwan-permit': {
      const old = /^(\d{10})\(?([A-Z])?\)?$/.exec(normalized);
      if (old) return { valid: true, type, number: old[2] ? `${old[1]}(${old[2]})` : old[1]! };
      if (!/^\d+$/.test(normalized)) return refuse(type, 'characters', 'The permit number has only digits');
      if (normalized.length !== 8)
        return refuse(type, 'length', 'The permit number has 8 digits (10 on older cards)');
      return { valid: true, type, number: normalized };
    }
    case 'foreign-permanent-residence':
      return checkForeignPermanentResidence(normalized, now);
    default:
      return refuse(
        String(type),
        'unknown-type',
        `Unknown document type '${String(type)}': use ${DOCUMENT_TYPES.join(', ')}`,
      );
  }
}

/**
 * Names a document type the way a receipt or a clerk's screen shows it.
 *
 * @example
 * ```ts
 * documentLabel('taiwan-permit'); // 'Mainland Travel Permit for Taiwan Residents'
 * ```
 */
export function documentLabel(type: DocumentType): string {
  return LABELS[type];
}
