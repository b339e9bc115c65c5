import { systemClock } from '@onecase/core';

/** Why a resident ID number was refused, so the clerk knows which part to read again. */
export type ResidentIdFailure = 'length' | 'characters' | 'region' | 'birth-date' | 'check-digit';

/** The outcome of `checkResidentId`: what the number says about its holder, or why it is wrong. */
export type ResidentIdCheck =
  | {
      valid: true;
      /** The number as stored: no spaces, check letter upper case. */
      number: string;
      /** `YYYY-MM-DD`. */
      birthDate: string;
      /** The issuing region: its six-digit code and the province (or permit area) it belongs to. */
      region: { code: string; province: string };
      sex: 'male' | 'female';
    }
  | { valid: false; reason: ResidentIdFailure; message: string };

/** Province-level codes of GB/T 2260 plus 81–83, used by residence permits of Hong Kong, Macao and Taiwan residents. */
const PROVINCES: Readonly<Record<string, string>> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Hebei',
  '14': 'Shanxi',
  '15': 'Inner Mongolia',
  '21': 'Liaoning',
  '22': 'Jilin',
  '23': 'Heilongjiang',
  '31': 'Shanghai',
  '32': 'Jiangsu',
  '33': 'Zhejiang',
  '34': 'Anhui',
  '35': 'Fujian',
  '36': 'Jiangxi',
  '37': 'Shandong',
  '41': 'Henan',
  '42': 'Hubei',
  '43': 'Hunan',
  '44': 'Guangdong',
  '45': 'Guangxi',
  '46': 'Hainan',
  '50': 'Chongqing',
  '51': 'Sichuan',
  '52': 'Guizhou',
  '53': 'Yunnan',
  '54': 'Tibet',
  '61': 'Shaanxi',
  '62': 'Gansu',
  '63': 'Qinghai',
  '64': 'Ningxia',
  '65': 'Xinjiang',
  '81': 'Hong Kong (residence permit)',
  '82': 'Macao (residence permit)',
  '83': 'Taiwan (residence permit)',
};

/** Residence permits carry the bare area code (810000 …); resident IDs carry a county below a prefecture. */
const PERMIT_AREAS = new Set(['81', '82', '83']);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * Computes the ISO 7064 MOD 11-2 check character (GB 11643) for the first 17 digits of a
 * resident ID — what the 18th character must be.
 *
 * @example
 * ```ts
 * residentIdCheckDigit('11010519491231002'); // 'X'
 * ```
 */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('residentIdCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/**
 * Reads a `YYYYMMDD` birth date from an ID number: `YYYY-MM-DD` when it is a real calendar date
 * from 1900 up to today in China, undefined otherwise (shared with `checkDocument`).
 *
 * @example
 * ```ts
 * birthDateFrom('19491231', Date.now()); // '1949-12-31'
 * ```
 */
export function birthDateFrom(yyyymmdd: string, now: number): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month}-${day}`;
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return undefined;
  const today = new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
  return iso < EARLIEST_BIRTH_DATE || iso > today ? undefined : iso;
}

/**
 * Checks an 18-character mainland resident ID number (GB 11643) the way a clerk needs it:
 * length, characters, region code, a real birth date (not before 1900, not in the future) and
 * the MOD 11-2 check character (`x` accepted for `X`; spaces ignored). A valid number yields the
 * holder's birth date, region and sex; a wrong one says which part to read again.
 *
 * @example
 * ```ts
 * const result = checkResidentId('11010519491231002x');
 * if (result.valid) console.log(result.birthDate, result.sex); // '1949-12-31' 'female'
 * else console.log(result.reason); // 'length' | 'characters' | 'region' | 'birth-date' | 'check-digit'
 * ```
 */
export function checkResidentId(id: string, options: { now?: number } = {}): ResidentIdCheck {
  const number = String(id ?? '')
    .replace(/\s/g, '')
    .toUpperCase();
  if (number.length !== 18) {
    return {
      valid: false,
      reason: 'length',
      message: `A resident ID has 18 characters; this one has ${number.length}`,
    };
  }
  if (!/^\d{17}[\dX]$/.test(number)) {
    return {
      valid: false,
      reason: 'characters',
      message: 'A resident ID is 17 digits followed by a digit or X',
    };
  }
  const code = number.slice(0, 6);
  const province = PROVINCES[code.slice(0, 2)];
  const permit = PERMIT_AREAS.has(code.slice(0, 2));
  const regionOk = province !== undefined && (permit ? code.endsWith('0000') : code.slice(2, 4) !== '00');
  if (!regionOk) {
    return {
      valid: false,
      reason: 'region',
      message: `${code} is not a region code that issues resident IDs`,
    };
  }
  const birthDate = birthDateFrom(number.slice(6, 14), options.now ?? systemClock.now());
  if (!birthDate) {
    return {
      valid: false,
      reason: 'birth-date',
      message: `${number.slice(6, 14)} is not a possible birth date (a real date from 1900 to today)`,
    };
  }
  const expected = residentIdCheckDigit(number.slice(0, 17));
  if (number[17] !== expected) {
    return {
      valid: false,
      reason: 'check-digit',
      message: 'The check character does not match the other 17 digits: one of them was probably misread',
    };
  }
  return {
    valid: true,
    number,
    birthDate,
    region: { code, province },
    sex: Number(number[16]) % 2 === 1 ? 'male' : 'female',
  };
}
