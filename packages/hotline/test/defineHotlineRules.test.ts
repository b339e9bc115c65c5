import { describe, expect, it } from 'vitest';
import { defineHotlineRules } from '../src/index.js';
import { noise, streetlight } from './testServices.js';

const title = { zh: '噪音投诉', en: 'noise complaint' };
const cues = { zh: ['噪音'], en: ['noise'], weight: 0.5 };

describe('defineHotlineRules', () => {
  it('takes the id and reference prefix from a service definition', () => {
    const rules = defineHotlineRules({ services: [{ service: noise, title, cues, input: null }] });
    expect(rules.service('noise-complaint')?.refPrefix).toBe('NC');
    expect([...rules.prefixes]).toEqual(['NC']);
  });

  it("refuses a prefix that contradicts the service's own", () => {
    expect(() =>
      defineHotlineRules({ services: [{ service: noise, refPrefix: 'NX', title, cues, input: null }] }),
    ).toThrow(/refPrefix NX differs from the service's NC/);
  });

  it('still needs a prefix when the rule names the service by id', () => {
    expect(() =>
      defineHotlineRules({ services: [{ service: 'noise-complaint', title, cues, input: null }] }),
    ).toThrow(/refPrefix must be 2 to 6 capital letters/);
    const rules = defineHotlineRules({
      services: [{ service: streetlight.id, refPrefix: streetlight.refPrefix, title, cues, input: null }],
    });
    expect(rules.service('streetlight-repair')?.refPrefix).toBe('SL');
  });
});

describe('patternsIn', () => {
  const rules = defineHotlineRules({
    services: [
      {
        service: noise,
        title,
        cues: [cues, { patterns: [/KTV|酒吧/, /\bbark(?:ing)?\b/i, /([咚嘭])\1/], weight: 0.5 }],
        input: null,
      },
    ],
  });
  const turns = [
    '楼下KTV天天唱到半夜，咚咚咚的',
    'The dog next door is BARKING all night, can you chase it?',
    '我想撤回投诉，不用处理了',
    '我之前投诉过，现在到哪一步了？帮我催一下',
    'Hi, what is the status of my complaint NC-ABCDE-FGHIJ?',
    '路灯不亮，已经一个礼拜了',
    'ktv小写也算吗',
    '',
  ];

  it('leaves out no pattern that finds something in a turn, in the order of `patterns`', () => {
    for (const text of turns) {
      const lower = text.toLowerCase();
      const chosen = rules.patternsIn(text, lower);
      const finding = rules.patterns.filter((matcher) => matcher.find(text, lower) !== undefined);
      for (const matcher of finding) expect(chosen, `${matcher.label} on ${text}`).toContain(matcher);
      expect(chosen).toEqual(rules.patterns.filter((matcher) => chosen.includes(matcher)));
    }
  });

  it('skips the patterns whose literals a turn does not have', () => {
    const text = '今天天气不错';
    const chosen = rules.patternsIn(text, text);
    expect(chosen.length).toBeLessThan(rules.patterns.length / 4);
    expect(chosen.map((matcher) => matcher.label)).not.toContain('noise-complaint:/KTV|酒吧/');
  });
});
