import { residentIdCheckDigit } from '../src/index.js';

/** Builds a valid resident ID from its parts with the real check digit. */
export function makeResidentId(region = '110105', birth = '19491231', serial = '002'): string {
  const first17 = `${region}${birth}${serial}`;
  return `${first17}${residentIdCheckDigit(first17)}`;
}

/** Replaces the check character with a wrong one. */
export function withWrongCheck(id: string): string {
  const right = id[17]!;
  return `${id.slice(0, 17)}${right === '0' ? '1' : '0'}`;
}
