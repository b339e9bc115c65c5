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
