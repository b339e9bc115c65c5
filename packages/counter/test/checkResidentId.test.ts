import { describe, expect, it } from 'vitest';
import { checkDocument, checkResidentId, residentIdCheckDigit } from '../src/index.js';
import { makeResidentId, withWrongCheck } from './helpers.js';

const NOW = Date.UTC(2026, 0, 5, 1, 0, 0);

describe('checkResidentId', () => {
  it('accepts the GB 11643 example number and reads birth date, region and sex from it', () => {
    const result = checkResidentId('11010519491231002X', { now: NOW });
    expect(result).toMatchObject({ valid: true, birthDate: '1949-12-31', sex: 'female' });
    expect(result.valid && result.region).toEqual({ code: '110105', province: 'Beijing' });
  });

  it('accepts generated numbers across regions, dates and both sexes', () => {
    const cases = [
      ['440305', '19880229', '123', 'male'],
      ['310115', '20001010', '044', 'female'],
      ['650102', '19000101', '017', 'male'],
      ['810000', '19750607', '458', 'female'],
    ] as const;
    for (const [region, birth, serial, sex] of cases) {
      const id = makeResidentId(region, birth, serial);
      expect(checkResidentId(id, { now: NOW }), id).toMatchObject({ valid: true, sex });
    }
  });

  it('accepts a lower-case x and tolerates spaces the clerk typed', () => {
    expect(checkResidentId('11010519491231002x', { now: NOW })).toMatchObject({
      valid: true,
      number: '11010519491231002X',
    });
    expect(checkResidentId(' 110105 19491231 002X ', { now: NOW }).valid).toBe(true);
  });

  it('computes every possible check character, X included', () => {
    const seen = new Set<string>();
    for (let serial = 0; serial < 200; serial++) {
      const first17 = `11010519800101${String(serial).padStart(3, '0')}`;
      const digit = residentIdCheckDigit(first17);
      seen.add(digit);
      expect(checkResidentId(`${first17}${digit}`, { now: NOW }).valid).toBe(true);
    }
    expect(seen.size).toBe(11);
  });

  it.each([
    ['too short', '1101051949123100', 'length'],
    ['too long', '11010519491231002X1', 'length'],
    ['15-digit first generation', '110105491231002', 'length'],
    ['a letter inside', '1101051949O231002X', 'characters'],
    ['X not at the end', 'X10105194912310021', 'characters'],
    ['unknown province', makeResidentId('990105'), 'region'],
    ['province-level code', makeResidentId('110000'), 'region'],
    ['30 February', makeResidentId('110105', '19900230'), 'birth-date'],
    ['before 1900', makeResidentId('110105', '18991231'), 'birth-date'],
    ['in the future', makeResidentId('110105', '20260106'), 'birth-date'],
    ['month 13', makeResidentId('110105', '19901301'), 'birth-date'],
    ['wrong check digit', withWrongCheck(makeResidentId()), 'check-digit'],
    ['two digits swapped', '11010519491213002X', 'check-digit'],
  ])('refuses %s with reason %s', (_name, id, reason) => {
    const result = checkResidentId(id, { now: NOW });
    expect(result.valid).toBe(false);
    expect(!result.valid && result.reason).toBe(reason);
    expect(!result.valid && result.message.length).toBeGreaterThan(10);
  });

  it('takes today (China time) as the latest birth date', () => {
    const today = makeResidentId('110105', '20260105');
    expect(checkResidentId(today, { now: NOW }).valid).toBe(true);
    // 23:30 UTC on 4 January is already 5 January in China.
    expect(checkResidentId(today, { now: Date.UTC(2026, 0, 4, 23, 30) }).valid).toBe(true);
    expect(checkResidentId(today, { now: Date.UTC(2026, 0, 4, 15, 0) }).valid).toBe(false);
  });
});

describe('checkDocument', () => {
  it.each([
    ['passport', 'E12345678', 'E12345678'],
    ['passport', 'ea1234567', 'EA1234567'],
    ['passport', '533380006', '533380006'],
    ['hk-macao-permit', 'h1234 5678', 'H12345678'],
    ['hk-macao-permit', 'M1234567801', 'M1234567801'],
    ['taiwan-permit', '12345678', '12345678'],
    ['taiwan-permit', '1234567890(b)', '1234567890(B)'],
    ['foreign-permanent-residence', 'USA110070101001', 'USA110070101001'],
  ] as const)('accepts a %s %s', (type, number, normalized) => {
    expect(checkDocument(type, number, { now: NOW })).toMatchObject({ valid: true, number: normalized });
  });

  it('checks the 2023 foreign permanent resident ID like a resident ID', () => {
    const first17 = '93114019800101001';
    const id = `${first17}${residentIdCheckDigit(first17)}`;
    expect(checkDocument('foreign-permanent-residence', id, { now: NOW })).toMatchObject({
      valid: true,
      birthDate: '1980-01-01',
    });
    expect(checkDocument('foreign-permanent-residence', withWrongCheck(id), { now: NOW })).toMatchObject({
      valid: false,
      reason: 'check-digit',
    });
  });

  it.each([
    ['passport', 'E12', 'length'],
    ['passport', 'E1234-678', 'characters'],
    ['hk-macao-permit', 'C12345678', 'format'],
    ['hk-macao-permit', 'H1234567', 'length'],
    ['taiwan-permit', '1234567', 'length'],
    ['taiwan-permit', 'T1234567', 'characters'],
    ['foreign-permanent-residence', '9311401980010100', 'length'],
    ['resident-id', '11010519491231002Y', 'characters'],
  ] as const)('refuses a %s %s (%s)', (type, number, reason) => {
    expect(checkDocument(type, number, { now: NOW })).toMatchObject({ valid: false, reason });
  });

  it('checks the Chinese passport series only for passports issued by China', () => {
    expect(checkDocument('passport', 'EI1234567', { issuingCountry: 'CHN' })).toMatchObject({
      reason: 'format',
    });
    expect(checkDocument('passport', 'E1234567', { issuingCountry: 'CHN' })).toMatchObject({
      reason: 'format',
    });
    expect(checkDocument('passport', 'EA1234567', { issuingCountry: 'CHN' }).valid).toBe(true);
    expect(checkDocument('passport', 'GB1234567', { issuingCountry: 'GBR' }).valid).toBe(true);
  });

  it('refuses an unknown document type by name', () => {
    expect(checkDocument('library-card' as never, '123')).toMatchObject({
      valid: false,
      reason: 'unknown-type',
    });
  });
});
