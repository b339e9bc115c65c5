import { describe, expect, it } from 'vitest';
import { createCaseRef } from '@onecase/core';
import { findCaseRefs } from '../src/findCaseRefs.js';
import { normalizeSpoken } from '../src/normalizeSpoken.js';

describe('normalizeSpoken', () => {
  it('drops fillers and stutters', () => {
    expect(normalizeSpoken('嗯，呃我我我想问一下一下')).toBe('我想问一下');
    expect(normalizeSpoken('um, I I want to to report, uh, noise')).toBe('I want to report, noise');
  });

  it('turns numbers read digit by digit into digits, in Chinese and English', () => {
    expect(normalizeSpoken('电话 幺三八 零零幺三 八零零零')).toBe('电话138001380000'.slice(0, 13));
    expect(normalizeSpoken('one three eight double zero one three eight triple zero')).toBe('13800138000');
    expect(normalizeSpoken('ＮＣ－７Ｋ４Ｍ９')).toBe('NC-7K4M9');
  });

  it('leaves ordinary numbers in speech alone', () => {
    expect(normalizeSpoken('我一直在等，三四个人来过')).toBe('我一直在等,三四个人来过');
    expect(normalizeSpoken('I give it a five')).toBe('I give it a five');
  });

  it('joins a reference spelled symbol by symbol so CASE_REF_PATTERN finds it', () => {
    const prefixes = new Set(['NC']);
    const ref = createCaseRef('NC', Uint8Array.from([7, 20, 4, 20, 9, 23, 29, 17, 2]));
    const [prefix, a, b] = ref.split('-') as [string, string, string];
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const say = (group: string) =>
      group.split('').map((c) => (/[0-9]/.test(c) ? words[Number(c)] : c.toLowerCase()));
    const zh = (group: string) =>
      group.split('').map((c) => (/[0-9]/.test(c) ? '零一二三四五六七八九'[Number(c)] : c));
    const heard = (text: string) => findCaseRefs(normalizeSpoken(text), prefixes);
    expect(heard(`my case is ${[...say(prefix), ...say(a), ...say(b)].join(' ')} thanks`)).toEqual([
      expect.objectContaining({ ref, valid: true }),
    ]);
    expect(heard(`编号是 ${[...zh(prefix), ...zh(a)].join(' ')} 杠 ${zh(b).join(' ')}`)).toEqual([
      expect.objectContaining({ ref, valid: true }),
    ]);
    expect(heard(`it is a ${prefix} dash ${a.split('').join(' ')} dash ${b.split('').join(' ')}`)).toEqual([
      expect.objectContaining({ ref, valid: true }),
    ]);
    const misheard = `${ref.slice(0, -1)}${ref.endsWith('X') ? 'Y' : 'X'}`;
    expect(heard(misheard.toLowerCase())).toEqual([expect.objectContaining({ valid: false })]);
    expect(heard('call me on 138 0013 8000 about 12345 67890')).toEqual([]);
    // A word that starts like a prefix and the words after it spell no reference: "the leaf blowers after nine".
    expect(
      findCaseRefs(normalizeSpoken('the leaf blowers after nine in the morning'), new Set(['BL'])),
    ).toEqual([]);
  });

  it('hears a reference of no known prefix only when its body mixes digits and letters', () => {
    const prefixes = new Set(['NC']);
    const heard = (text: string) => findCaseRefs(normalizeSpoken(text), prefixes);
    expect(heard('编号是D18Q4QSRQWMBP')).toEqual([
      expect.objectContaining({ ref: 'D18-Q4QSR-QWMBP', known: false }),
    ]);
    // Digits with a letter before them, or words, are no reference (found by the property test).
    expect(heard('Q1234512345零')).toEqual([]);
    expect(heard('Q1234512345Q')).toEqual([]);
    expect(heard('abc-12345-hello')).toEqual([]);
    expect(heard('abc,幺一二三x\t12345')).toEqual([]);
    expect(heard('编号是 QA-12345-12345')).toEqual([]);
    // Said as the answer to the agent's question, a prefix misread with a digit still is one.
    expect(findCaseRefs('It is D18Q4QSRQWMBP', prefixes, { asked: true })).toEqual([
      expect.objectContaining({ ref: 'D18-Q4QSR-QWMBP', known: false }),
    ]);
  });
});

describe('the hotline words speech recognition mishears', () => {
  it('writes 投诉, 扰民 and 打桩 for "头诉", "绕民" and "打装", however many turns it reads', () => {
    expect(normalizeSpoken('喂你好我要头诉一下')).toBe('喂你好我要投诉一下');
    expect(normalizeSpoken('这不是绕民吗')).toBe('这不是扰民吗');
    expect(normalizeSpoken('主要是那个打装昨天又干到四点多')).toBe('主要是那个打桩昨天又干到四点多');
    expect(normalizeSpoken('我要头诉一下')).toBe('我要投诉一下');
  });
});
