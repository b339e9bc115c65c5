import { describe, expect, it } from 'vitest';
import { CASE_REF_PATTERN, createCaseRef, parseCaseRef } from '../src/index.js';

describe('case references', () => {
  it('are short, grouped for reading aloud, and free of look-alike letters', () => {
    const ref = createCaseRef('NC');
    expect(ref).toMatch(/^NC-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(parseCaseRef(ref)).toEqual({ valid: true, ref });
  });

  it('are unguessable: no repeats across many', () => {
    const refs = new Set(Array.from({ length: 20_000 }, () => createCaseRef('NC')));
    expect(refs.size).toBe(20_000);
  });

  it('read back from spoken or sloppy forms', () => {
    const ref = createCaseRef('BL');
    const spoken = ref.toLowerCase().replace(/-/g, ' ').split('').join(' ');
    expect(parseCaseRef(spoken)).toEqual({ valid: true, ref });
    expect(parseCaseRef(ref.replace(/-/g, ''))).toEqual({ valid: true, ref });
    const withO = ref.replace(/0/g, 'O');
    expect(parseCaseRef(withO)).toEqual({ valid: true, ref });
  });

  it('detect every single-symbol typo and every adjacent swap', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let n = 0; n < 50; n++) {
      const ref = createCaseRef('NC');
      const symbols = ref.slice(3).replace('-', '');
      for (let i = 0; i < symbols.length; i++) {
        for (const c of alphabet) {
          if (c === symbols[i]) continue;
          const typo = symbols.slice(0, i) + c + symbols.slice(i + 1);
          expect(parseCaseRef(`NC${typo}`).valid).toBe(false);
        }
        if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1]) {
          const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
          expect(parseCaseRef(`NC${swapped}`)).toMatchObject({ valid: false, reason: 'check' });
        }
      }
    }
  });

  it('are found in free text by CASE_REF_PATTERN', () => {
    const ref = createCaseRef('NC');
    const text = `您好，我的编号是 ${ref.toLowerCase().replace(/-/g, ' ')}，请帮我查一下。Also ${ref}.`;
    const found = [...text.matchAll(CASE_REF_PATTERN)].map((m) => parseCaseRef(m[0]));
    expect(found).toEqual([
      { valid: true, ref },
      { valid: true, ref },
    ]);
  });

  it('reject what is not a reference', () => {
    expect(parseCaseRef('hello')).toMatchObject({ valid: false, reason: 'format' });
    expect(parseCaseRef('NC-UUUUU-00000')).toMatchObject({ valid: false, reason: 'format' });
  });
});
