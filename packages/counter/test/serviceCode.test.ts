import { describe, expect, it } from 'vitest';
import { createServiceCodeLedger, issueServiceCode, verifyServiceCode } from '../src/index.js';

const secret = 'hall-secret';
const citizen = { idNumber: '11010519491231002X', phone: '13800138000' };
const NOW = Date.UTC(2026, 0, 5, 1, 0, 0);

function flip(code: string, index: number): string {
  const char = code[index]!;
  return `${code.slice(0, index)}${char === 'A' ? 'B' : 'A'}${code.slice(index + 1)}`;
}

describe('service codes', () => {
  it('identifies the citizen from a fresh code', () => {
    const code = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW });
    const result = verifyServiceCode(code, { secret, now: NOW + 60_000, ledger: createServiceCodeLedger() });
    expect(result).toMatchObject({ valid: true, citizen, expiresAt: NOW + 120_000 });
    expect(code.length).toBeLessThan(200);
  });

  it('refuses a code past its expiry as expired', () => {
    const code = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW });
    expect(verifyServiceCode(code, { secret, now: NOW + 120_000 })).toMatchObject({
      valid: false,
      reason: 'expired',
    });
  });

  it('refuses any changed character, a forged identity or another secret as tampered', () => {
    const code = issueServiceCode({ secret, citizen, now: NOW });
    const [prefix, body] = code.split('.') as [string, string, string];
    for (const index of [prefix.length + 3, prefix.length + body.length - 2, code.length - 3]) {
      expect(verifyServiceCode(flip(code, index), { secret, now: NOW }), `index ${index}`).toMatchObject({
        valid: false,
        reason: 'tampered',
      });
    }
    const forgedBody = Buffer.from(
      JSON.stringify({ c: { idNumber: '110105194912310029' }, t: NOW, e: NOW + 1e9, n: 'x' }),
    ).toString('base64url');
    const forged = `${prefix}.${forgedBody}.${code.split('.')[2]}`;
    expect(verifyServiceCode(forged, { secret, now: NOW })).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
    expect(verifyServiceCode(code, { secret: 'other-hall', now: NOW })).toMatchObject({ reason: 'tampered' });
  });

  it('refuses what is not a service code as malformed', () => {
    for (const text of ['', 'hello', 'OC1.abc', 'XX1.abc.def', '11010519491231002X']) {
      expect(verifyServiceCode(text, { secret, now: NOW }), text).toMatchObject({
        valid: false,
        reason: 'malformed',
      });
    }
  });

  it('accepts a code once; a second scan, also after expiry, is replayed, not merely expired', () => {
    const ledger = createServiceCodeLedger();
    const code = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW });
    expect(verifyServiceCode(code, { secret, now: NOW + 1000, ledger }).valid).toBe(true);
    expect(verifyServiceCode(code, { secret, now: NOW + 2000, ledger })).toMatchObject({
      reason: 'replayed',
    });
    expect(verifyServiceCode(code, { secret, now: NOW + 3_600_000, ledger })).toMatchObject({
      reason: 'replayed',
    });

    const unused = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW });
    expect(verifyServiceCode(unused, { secret, now: NOW + 3_600_000, ledger })).toMatchObject({
      reason: 'expired',
    });
  });

  it('forgets used codes a retention period after expiry (still refused then, as expired)', () => {
    const ledger = createServiceCodeLedger({ retainMs: 60_000 });
    const code = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW });
    verifyServiceCode(code, { secret, now: NOW, ledger });
    const later = issueServiceCode({ secret, citizen, ttlMs: 120_000, now: NOW + 600_000 });
    expect(verifyServiceCode(later, { secret, now: NOW + 600_000, ledger }).valid).toBe(true);
    expect(verifyServiceCode(code, { secret, now: NOW + 600_000, ledger })).toMatchObject({
      reason: 'expired',
    });
  });

  it('refuses to issue without a secret, a citizen or a sane lifetime', () => {
    expect(() => issueServiceCode({ secret: '', citizen, now: NOW })).toThrow(/secret/);
    expect(() => issueServiceCode({ secret, citizen: {}, now: NOW })).toThrow(/identifier/);
    expect(() => issueServiceCode({ secret, citizen, now: NOW, ttlMs: 0 })).toThrow(/ttlMs/);
  });
});
