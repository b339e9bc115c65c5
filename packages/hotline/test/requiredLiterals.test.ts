import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../src/requiredLiterals.js';

describe('requiredLiterals: the words a pattern cannot match without', () => {
  it('reads them from alternations, groups and runs, leaving out what is optional', () => {
    expect(requiredLiterals(/(?:一直|整天)[^，。]{0,4}响|震得/)).toEqual(['一直', '整天', '震得']);
    expect(requiredLiterals(/半夜|晚上[0-9]+点|\b(?:at night|every night)\b/i)).toEqual([
      '半夜',
      '晚上',
      'at night',
      'every night',
    ]);
    expect(requiredLiterals(/(?<!那个)不用(?:再)?(?:跟进|管)了?/)).toEqual(['不用']);
    expect(requiredLiterals(/\u4e00词|好/)).toEqual(['词', '好']);
    expect(requiredLiterals(/KTV|Bar\b/i)).toEqual(['ktv', 'bar']);
  });

  it('gives up where a branch needs no literal, so nothing is ever skipped wrongly', () => {
    expect(requiredLiterals(/([咣哐])\1/)).toBeUndefined();
    expect(requiredLiterals(/foo|[0-9]+/)).toBeUndefined();
    expect(requiredLiterals(/(?:ab)?c?/)).toBeUndefined();
  });

  it('never rules out a text the pattern matches', () => {
    const patterns = [
      /(?:一直|整天|整夜|不停地?)[^，。,]{0,4}响|响(?:了|个)[^，。,]{0,4}(?:天|小时)|震得|震动/,
      /\b(?:cancel|withdraw|drop|close|scrap)\b[^.?!]{0,30}\b(?:complaint|request|case)\b/i,
      /\bwhere(?:'s| is| are)\b[^.?!]{0,60}\bat\s*\?/i,
      /(?:这事|这个事|那就|就)算了吧?|(?<!那个|那件|的)不用(?:再)?(?:跟进|管|处理)了?/,
    ];
    const texts = [
      '楼上的电钻一直在响，震得窗户都在抖',
      'Please withdraw my noise complaint, it stopped.',
      "Where's my complaint at?",
      '这事就算了吧',
      '那个先不用管',
      'WITHDRAW THE COMPLAINT please',
      '没事',
    ];
    for (const pattern of patterns) {
      const needs = requiredLiterals(pattern);
      for (const text of texts) {
        if (!pattern.test(text) || needs === undefined) continue;
        const haystack = pattern.flags.includes('i') ? text.toLowerCase() : text;
        expect(
          needs.some((literal) => haystack.includes(literal)),
          `${pattern} on ${text}`,
        ).toBe(true);
      }
    }
  });
});
