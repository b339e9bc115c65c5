import { describe, expect, it } from 'vitest';
import { createRouter } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { noise } from '@onecase/testing/fixtures';
import { createHttpRouterClient, createWebHandler, serveNode } from '@onecase/web';
import {
  claimServiceCode,
  createCounterSession,
  createServiceCodeLedger,
  issueServiceCode,
  routerServiceCodeLedger,
  serviceCodeLedgerService,
  verifyServiceCode,
} from '../src/index.js';

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

  it('accepts only the canonical spelling of the signature: no other last character verifies', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const code = issueServiceCode({ secret, citizen, now: NOW, nonce: 'fixed' });
    const accepted = [...alphabet].filter(
      (char) => verifyServiceCode(`${code.slice(0, -1)}${char}`, { secret, now: NOW }).valid,
    );
    expect(accepted).toEqual([code.at(-1)]);
    const other = [...alphabet].find((char) => char !== code.at(-1))!;
    expect(verifyServiceCode(`${code.slice(0, -1)}${other}`, { secret, now: NOW })).toMatchObject({
      reason: 'tampered',
    });
  });

  it('refuses a code issued in the future beyond a minute of clock skew', () => {
    const ahead = issueServiceCode({ secret, citizen, now: NOW + 5 * 60_000 });
    expect(verifyServiceCode(ahead, { secret, now: NOW })).toMatchObject({
      valid: false,
      reason: 'not-yet-valid',
    });
    const slightlyAhead = issueServiceCode({ secret, citizen, now: NOW + 30_000 });
    expect(verifyServiceCode(slightlyAhead, { secret, now: NOW }).valid).toBe(true);
    expect(verifyServiceCode(ahead, { secret, now: NOW, maxClockSkewMs: 10 * 60_000 }).valid).toBe(true);
  });
});

describe('a hall sharing its used-code ledger through the router', () => {
  it('lets a code work at one terminal only: the second terminal sees it replayed', async () => {
    const router = createTestRouter({ services: [noise, serviceCodeLedgerService] });
    const terminal = (counter: string) =>
      createCounterSession({
        client: router,
        counter,
        clerk: `clerk-${counter}`,
        secret,
        clock: router.clock,
        ledger: routerServiceCodeLedger({ client: router, hall: 'suihaoban' }),
      });
    const code = issueServiceCode({ secret, citizen, now: router.clock.now() });
    const [first, second] = [terminal('3'), terminal('5')];
    expect(await first.scan(code)).toMatchObject({ identified: true, method: 'service-code' });
    expect(await second.scan(code)).toMatchObject({ identified: false, reason: 'replayed' });
    expect(second.citizen).toBeUndefined();
    // Both at once: exactly one terminal wins.
    const fresh = issueServiceCode({ secret, citizen, now: router.clock.now() });
    const results = await Promise.all([terminal('7').scan(fresh), terminal('8').scan(fresh)]);
    expect(results.filter((result) => result.identified)).toHaveLength(1);
    // The synchronous path refuses a shared ledger instead of silently skipping it.
    expect(() => first.identify(code)).toThrow(/session\.scan/);
  });

  it('works over HTTP, two terminal processes against one router', async () => {
    const router = createRouter({ services: [noise, serviceCodeLedgerService], secret: 'router-secret' });
    const server = await serveNode(
      createWebHandler({
        router,
        authenticate: () => ({ kind: 'staff', id: 'clerk', role: 'clerk', channels: ['counter'] }),
      }),
    );
    try {
      const ledgerOf = () =>
        routerServiceCodeLedger({ client: createHttpRouterClient(server.url), hall: 'suihaoban' });
      const code = issueServiceCode({ secret, citizen, now: NOW });
      expect((await claimServiceCode(code, { secret, now: NOW, ledger: ledgerOf() })).valid).toBe(true);
      expect(await claimServiceCode(code, { secret, now: NOW + 1000, ledger: ledgerOf() })).toMatchObject({
        reason: 'replayed',
      });
    } finally {
      await server.close();
    }
  });

  it('says what to register when the router has no ledger service', async () => {
    const router = createTestRouter({ services: [noise] });
    const ledger = routerServiceCodeLedger({ client: router, hall: 'suihaoban' });
    const code = issueServiceCode({ secret, citizen, now: NOW });
    await expect(claimServiceCode(code, { secret, now: NOW, ledger })).rejects.toThrow(
      /register serviceCodeLedgerService/,
    );
  });
});
