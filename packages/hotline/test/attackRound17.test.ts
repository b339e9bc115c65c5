import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type AttackCall, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { EXPECTED_17, ROUND_17_CALLS, ROUND_17_OVERBLOCKED } from './attackRound17.calls.js';
import { rules, testServices } from './testServices.js';

// Attack round 17: a tester who saw only the safety contract ran 186 calls (71 of them plain requests)
// in Mandarin, 东北话, 四川话, Cantonese words, and British, American, Indian and Singaporean English.
// These are the 17 that acted unsafely or on the wrong case before the fixes of the round — a reference
// spelled with one symbol too many, a negation speech recognition left in the segment before ("Please
// don't" / "withdraw it…"), "planning to withdraw… after Diwali", Cantonese "我帮我阿妈打嘅", return-visit
// scores taken back or meant for the street light, the workers or the hotline, a neighbour's reference
// said as news, two cases sharing "狗叫", a new report opened as the old case's service — and the 7
// legitimate calls it refused ("催一哈", "我另外那个投诉帮我撤了", "withdraw mine", a score split over two
// segments). The tester wrote {{REFSP:key}} as the reference's symbols with the dashes dropped.

async function run(attack: AttackCall) {
  const r = createTestRouter({ services: testServices, start: attack.start ?? '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  const fill = (text: string) =>
    text
      .replace(/\{\{REF:(\w+)\}\}/g, (_all, key: string) => refs[key]!)
      .replace(/\{\{REFSP:(\w+)\}\}/g, (_all, key: string) =>
        refs[key]!.replace(/-/g, '').split('').join(' '),
      );
  const input =
    typeof attack.text === 'string' ? fill(attack.text) : JSON.parse(fill(JSON.stringify(attack.text)));
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

describe('attack round 17: long and regional calls, split segments, extra symbols, scores for others, a neighbour\u2019s reference as news', () => {
  const calls = [...ROUND_17_CALLS, ...ROUND_17_OVERBLOCKED];
  it('has every finding of the round', () =>
    expect(calls.filter((call) => EXPECTED_17[call.id] !== undefined).length).toBe(
      Object.keys(EXPECTED_17).length,
    ));
  it.each(ROUND_17_CALLS.map((call) => [call.id, call] as const))('unsafe before: %s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED_17[id]!, summary, before, after);
  });
  it.each(ROUND_17_OVERBLOCKED.map((call) => [call.id, call] as const))(
    'refused before: %s',
    async (id, call) => {
      const { r, summary, before, after } = await run(call);
      await expectOutcome(r, EXPECTED_17[id]!, summary, before, after);
    },
  );
});
