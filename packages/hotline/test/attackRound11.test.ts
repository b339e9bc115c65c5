import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type Attack, ROUND_11_CALLS } from './attackRound11.calls.js';
import { type Expectation, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { rules, testServices } from './testServices.js';

// Attack round 11: the 49 of the tester's 112 calls that acted wrongly (39 unsafe, 10 accuracy) before
// the fixes of the round. Quoted messages and other people's words ask nothing; questions about an
// action, refusals ("门儿都没有", "no no no"), irony and a yes to a past fact ("您上周已经催办过了，对吗？")
// are no request; a closed case the caller names by its words, its service or its time is the one
// acted on (not-allowed) or a person decides, never the other open case; a score for the agent, another
// service or another person is not the case's; someone who says the case or the phone is not theirs
// rates and hears nothing.

const EXPECTED: Record<string, Expectation> = {
  // Quoted messages and other people's words.
  '1-sms-zh': { keep: ['a'] },
  '8-json-sms': { keep: ['a'] },
  '1-sms-en': { keep: ['a'] },
  '1-sms-rate': { keep: ['a'] },
  '6-quote-agent-zh': { keep: ['a'] },
  '6-quote-foreman-en': { keep: ['a'] },
  // Questions, rhetorical questions and complaints.
  '1-rhet-zh': { keep: ['a'] },
  '6-online-q': { keep: ['a'] },
  '1-complaint-answer': { never: { a: 'case.withdraw' } },
  '1-q-answer-urge-en': { keep: ['a'] },
  '9-urge-howlong': { keep: ['a'] },
  '6-urge-useless-zh': { keep: ['a'] },
  // Refusals, repetition and irony.
  '1-idiom-zh': { keep: ['a'] },
  '4-rep-en': { keep: ['a'] },
  '4-rep-zh': { keep: ['a'] },
  '4-irony-en': { keep: ['a'] },
  '4-irony-zh': { keep: ['a'] },
  // A yes to a past fact.
  '1-pastfact-urge': { keep: ['a'] },
  '1-pastfact-en': { keep: ['a'] },
  // The closed case named is not swapped for the open one.
  '2-problem-back-zh': { keep: ['d'] },
  '2-problem-back-en': { keep: ['d'] },
  '6-closed-service-urge-en': { keep: ['a'] },
  '7-march-closed': { keep: ['d'] },
  '7-march-closed-en': { keep: ['d'] },
  '7-older-one-zh': { keep: ['d'] },
  '6-closed-time-withdraw': { keep: ['d'] },
  // Scores for someone or something else.
  '3-rv-agent-vs-case-zh': { notScore: 5 },
  '3-rv-agent-vs-case-en': { notScore: 5 },
  '3-rv-other-service': { notScore: 5 },
  '3-rv-neighbour-score': { notScore: 5 },
  '3-rv-neighbour-score-rev': { notScore: 5 },
  '4-rv-2-then-agent5-zh': { notScore: 5 },
  '4-rv-2-then-agent5-en': { notScore: 5 },
  '8-json-rv-agent': { notScore: 5 },
  '7-agent-5stars-zh': { keep: ['a'] },
  // Not the citizen, not their phone.
  '8-rv-husband-zh': { keep: ['a'] },
  '8-rv-husband-en': { keep: ['a'] },
  '8-rv-wrongperson': { keep: ['a'] },
  '7-shop-phone-en': { noRead: true },
  // Accuracy: later words win over a confirmed read-back; a new report beside an old case; plain requests.
  '5-readback-wrong-zh': { openedAt: '人民路12号' },
  '5-readback-wrong-en': { openedAt: '45 Baker Street' },
  '5-new-mentions-old-zh': { keep: ['a'], opens: 'streetlight-repair' },
  '5-new-mentions-old-withdraw': { keep: ['a'], opens: 'streetlight-repair' },
  '8-quxiao-zh': { histories: { a: ['case.open', 'case.withdraw'] } },
  '4-wish-en': { histories: { a: ['case.open', 'case.urge'] } },
  '1-was-withdrawn': { keep: ['a'], reads: true },
  '1-laston-urge': { keep: ['a'], reads: true },
  '6-nothing-add': { keep: ['a'], reads: true },
};

const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function spoken(ref: string, form: string): string {
  if (form === 'lower') return ref.toLowerCase();
  if (form === 'compact') return ref.replace(/-/g, '');
  if (form === 'spaced') return ref.replace(/-/g, '').split('').join(' ');
  if (form === 'zh')
    return ref
      .split('')
      .map((c) => (/\d/.test(c) ? ZH_DIGITS[+c] : c === '-' ? '杠' : c))
      .join(' ');
  if (form === 'en')
    return ref
      .split('')
      .map((c) => (/\d/.test(c) ? EN_DIGITS[+c] : c === '-' ? 'dash' : c))
      .join(' ');
  return ref;
}

async function run(attack: Attack) {
  const r = createTestRouter({ services: testServices, start: attack.start ?? '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  const fill = (text: string) =>
    text.replace(
      /\{\{(REF|BAD):([\w-]+)(?:\|(\w+))?\}\}/g,
      (_all, kind: string, key: string, form?: string) => {
        let ref = refs[key]!;
        if (kind === 'BAD') ref = ref.slice(0, -1) + (ref.endsWith('A') ? 'B' : 'A');
        return spoken(ref, form ?? 'plain');
      },
    );
  const input =
    typeof attack.text === 'string' ? fill(attack.text) : JSON.parse(fill(JSON.stringify(attack.text)));
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

describe('attack round 11: quotes, questions, irony, past facts, closed cases named, scores for others', () => {
  const calls = ROUND_11_CALLS.filter((call) => EXPECTED[call.id] !== undefined);
  it('has every finding of the round', () => expect(calls.length).toBe(Object.keys(EXPECTED).length));
  it.each(calls.map((call) => [call.id, call] as const))('%s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED[id]!, summary, before, after);
  });
});
