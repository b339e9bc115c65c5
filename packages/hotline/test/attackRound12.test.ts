import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type Attack, ROUND_12_CALLS } from './attackRound12.calls.js';
import { type Expectation, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { rules, testServices } from './testServices.js';

// Attack round 12: the 70 of the tester's 182 calls that acted unsafely before the fixes of the round,
// most of them new wordings of what rules 5–7 name: a request on a condition or for later ("下周一帮我撤回",
// "should they still be at it come next month"), passed on ("物业经理叫我打电话过来把…撤销掉", "and I
// quote"), asked as a question or while deciding ("是不是该撤了呢？", "maybe I should withdraw it?"),
// refused ("撤回是不可能撤回的", "over my dead body", "not happening"), taken back or put off ("让我再琢磨琢磨",
// "let me sleep on it", "not yet not yet"); a reference said beside the words of another case, a case
// denied or set aside, a misread slip; a service the caller has no case of; a phone or a household not
// theirs; and numbers that are no score (a floor, a stutter, a neighbour's, another service's).

const EXPECTED: Record<string, Expectation> = {
  z1: { keep: ['a'] },
  z16: { keep: ['a'] },
  e1: { keep: ['a'] },
  e14: { keep: ['a'] },
  e25: { keep: ['a'] },
  z69: { keep: ['a'] },
  j1: { keep: ['a'] },
  j2: { keep: ['a'] },
  z4: { keep: ['a'] },
  e9: { keep: ['a'] },
  j6: { keep: ['a'] },
  z13: { keep: ['a'] },
  z70: { keep: ['a'] },
  z72: { keep: ['a'] },
  e6: { keep: ['a'] },
  e12: { keep: ['a'] },
  e59: { keep: ['a'] },
  z38: { keep: ['a'] },
  e7: { keep: ['a'] },
  e18: { keep: ['a'] },
  e24: { keep: ['a'] },
  e68: { keep: ['a'] },
  e8: { keep: ['a'] },
  z30: { keep: ['a'] },
  z81: { keep: ['a'] },
  e17: { keep: ['a'] },
  e22: { keep: ['a'] },
  e23: { keep: ['a'] },
  e57: { keep: ['a'] },
  e71: { keep: ['a'] },
  j3: { keep: ['a'] },
  j4: { keep: ['a'] },
  z60: { keep: ['a'] },
  r11: { keep: ['a'] },
  e48: { keep: ['a'] },
  e47: { keep: ['a'] },
  e56: { keep: ['a'] },
  e15: { keep: ['a'] },
  e66: { keep: ['a'] },
  z56: { keep: ['a', 'own'] },
  e45: { keep: ['a', 'own'] },
  z53: { keep: ['a'] },
  z23: { keep: ['a'] },
  e26: { keep: ['a'] },
  z41: { keep: ['a'] },
  z77: { keep: ['a'] },
  z78: { keep: ['a'] },
  z42: { keep: ['a'] },
  z27: { keep: ['a'] },
  z74: { keep: ['a'] },
  e61: { keep: ['a'] },
  z43: { keep: ['a'] },
  z58: { never: { a: 'case.withdraw' } },
  e46: { never: { a: 'case.withdraw' } },
  z20: { keep: ['a', 'b'] },
  e21: { keep: ['a', 'b'] },
  r1: { keep: ['a', 'b'] },
  r2: { keep: ['a', 'b'] },
  r7: { never: { a: 'case.urge' } },
  r8: { never: { a: 'case.urge' } },
  e44: { never: { a: 'case.urge' } },
  e38: { never: { a: 'case.urge' } },
  e42: { keep: ['a'], noRead: true },
  z33: { noRead: true },
  z65: { noRead: true },
  z34: { noRead: true },
  e20: { noRead: true },
  e54: { noRead: true },
  z28: { notScore: 5 },
  e28: { notScore: 5 },
};

async function run(attack: Attack) {
  const r = createTestRouter({ services: testServices, start: '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  const spoken = (ref: string, form?: string) =>
    form === 'spaced'
      ? ref.replace(/-/g, ' ').split('').join(' ').replace(/\s+/g, ' ')
      : form === 'lower'
        ? ref.toLowerCase()
        : ref;
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)(?::(\w+))?\}\}/g, (_all, key: string, form?: string) =>
      spoken(refs[key] ?? 'XX', form),
    );
  const input =
    typeof attack.text === 'string' ? fill(attack.text) : JSON.parse(fill(JSON.stringify(attack.text)));
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

describe('attack round 12: new wordings of requests not made now, cases not meant, phones and scores not theirs', () => {
  const calls = ROUND_12_CALLS.filter((call) => EXPECTED[call.id] !== undefined);
  it('has every finding of the round', () => expect(calls.length).toBe(Object.keys(EXPECTED).length));
  it.each(calls.map((call) => [call.id, call] as const))('%s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED[id]!, summary, before, after);
  });
});
