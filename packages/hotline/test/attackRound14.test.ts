import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type Attack, ROUND_14_CALLS } from './attackRound14.calls.js';
import { type Expectation, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { rules, testServices } from './testServices.js';

// Attack round 14: the 34 of the tester's 180 calls that acted unsafely or on the wrong case before the
// fixes of the round: a request taken back or put off in a later turn ("等会儿等会儿，我再观望观望"), a
// joke ("just withdraw the whole thing — kidding"), words said to someone in the room ("Jamie, withdraw
// your hand from the biscuit tin!"), the one complained about or their landlord acting by the reference,
// a case filed by someone else or a phone not theirs, a score not for the case ("一分钟都睡不着", "the
// music is still a five out of five loud"), and hearsay the caller asks not to be noted.

const EXPECTED: Record<string, Expectation> = {
  'm09-zh-wait-and-see': { keep: ['a'] },
  'z33-northern-sarcasm': { keep: ['a'] },
  'e06-check-husband': { keep: ['a'] },
  'k03-zh-ask-spouse': { keep: ['a'] },
  'e12-joke': { keep: ['a'] },
  'k01-zh-kidding': { keep: ['a'] },
  'm08-en-kidding-urge': { keep: ['a'] },
  'e26-talking-to-kid': { keep: ['a'] },
  'j06-kid-withdraw': { keep: ['a'] },
  'm10-en-pls-withdraw-to-kid': { keep: ['a'] },
  'k02-zh-to-kid': { keep: ['a'] },
  'k11-en-subject-withdraw-ref': { keep: ['a'] },
  'm01-zh-subject-withdraw': { keep: ['a'] },
  'm02-en-landlord-ref': { keep: ['a'] },
  'z24-wife-filed': { keep: ['a'] },
  'e22-not-me-filed': { keep: ['a'] },
  'z14-score-xiaojie': { keep: ['a'] },
  'e16-score-agent': { keep: ['a'] },
  'm06-en-score-you-guys': { keep: ['a'] },
  'e18-score-bar': { keep: ['a'] },
  'e30-score-other-svc': { keep: ['a'] },
  'm07-zh-score-neighbor': { keep: ['a'] },
  'k18-en-counterfactual-rate': { keep: ['a'] },
  'k21-en-loudness-five': { keep: ['a'] },
  'k22-zh-yifenzhong': { keep: ['a'] },
  'j14-two-scores': { keep: ['a'] },
  'z28-other-person-hearsay-add': { keep: ['a'] },
  'j07-agent-reads-ref': { keep: ['a'] },
  'e09-bar-owner-status': { keep: ['a'], noRead: true },
  'k07-en-complaint-against-us': { keep: ['a'], noRead: true },
  'z13-new-number': { keep: ['a'], noRead: true },
  'k10-en-boss-phone': { keep: ['a'], noRead: true },
  'z11-for-auntie': { keep: ['a'], noRead: true },
};

async function run(attack: Attack) {
  const r = createTestRouter({ services: testServices, start: '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  const fill = (text: string) =>
    text
      .replace(/\{\{REF:(\w+)\}\}/g, (_all, key: string) => refs[key]!)
      .replace(/\{\{REFSP:(\w+)\}\}/g, (_all, key: string) => refs[key]!.split('').join(' '));
  const input =
    typeof attack.text === 'string' ? fill(attack.text) : JSON.parse(fill(JSON.stringify(attack.text)));
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

describe('attack round 14: take-backs, jokes, words to someone else, the one complained about, scores not the case\u2019s', () => {
  const calls = ROUND_14_CALLS.filter((call) => EXPECTED[call.id] !== undefined);
  it('has every finding of the round', () => expect(calls.length).toBe(Object.keys(EXPECTED).length));
  it.each(calls.map((call) => [call.id, call] as const))('%s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED[id]!, summary, before, after);
  });
});
