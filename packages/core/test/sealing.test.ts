import { describe, expect, it } from 'vitest';
import { isCaseError, isSealedValue, sealValue, unsealValue } from '../src/index.js';

describe('sealed values', () => {
  it('round-trips, never shows the plaintext and differs each time', () => {
    const a = sealValue('s1', '13800138000');
    const b = sealValue('s1', '13800138000');
    expect(isSealedValue(a)).toBe(true);
    expect(a).not.toContain('13800138000');
    expect(a).not.toBe(b);
    expect(unsealValue('s1', a)).toBe('13800138000');
  });

  it('refuses another key and an altered value', () => {
    const sealed = sealValue('s1', '13800138000');
    expect(() => unsealValue('s2', sealed)).toThrow(/key/);
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    try {
      unsealValue('s1', altered);
      expect.unreachable();
    } catch (error) {
      expect(isCaseError(error, 'INVALID_INPUT')).toBe(true);
    }
  });
});
