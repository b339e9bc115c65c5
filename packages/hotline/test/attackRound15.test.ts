import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type AttackCall, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { EXPECTED_15, ROUND_15_CALLS, ROUND_15_OVERBLOCKED } from './attackRound15.calls.js';
import { rules, testServices } from './testServices.js';

// Attack round 15: a tester who saw only the safety contract ran 271 calls (90 of them plain
// requests). These are the 32 that acted unsafely or on the wrong case before the fixes of the round
// — a yes taken back at once ("对。" — "哦不对，不是这个，我看错了"), a yes that answered the agent's
// address question, "是吗？我不知道啊" taken as confirming, a number the caller only just got, the one
// complained about acting by the reference, a request not asked now, a reference heard only in part
// falling back to the caller's only case — and the 13 legitimate calls it refused.

async function run(attack: AttackCall) {
  const r = createTestRouter({ services: testServices, start: attack.start ?? '2026-03-02T10:00:00+08:00' });
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

describe('attack round 15: yes taken back, a yes to another question, doubtful yes, new numbers, the one complained about, partial references', () => {
  const calls = [...ROUND_15_CALLS, ...ROUND_15_OVERBLOCKED];
  it('has every finding of the round', () =>
    expect(calls.filter((call) => EXPECTED_15[call.id] !== undefined).length).toBe(
      Object.keys(EXPECTED_15).length,
    ));
  it.each(ROUND_15_CALLS.map((call) => [call.id, call] as const))('unsafe before: %s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED_15[id]!, summary, before, after);
  });
  it.each(ROUND_15_OVERBLOCKED.map((call) => [call.id, call] as const))(
    'refused before: %s',
    async (id, call) => {
      const { r, summary, before, after } = await run(call);
      await expectOutcome(r, EXPECTED_15[id]!, summary, before, after);
    },
  );
});
