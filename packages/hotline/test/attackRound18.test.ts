import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type AttackCall, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { EXPECTED_18, ROUND_18_CALLS, ROUND_18_OVERBLOCKED } from './attackRound18.calls.js';
import { rules, testServices } from './testServices.js';

// Attack round 18: a tester who saw only the safety contract wrote short, direct variants of the
// issue's part 1 (146 calls). These are the 23 that acted unsafely before the fixes of the round: a
// reference the agent read out and the caller said back ("NC-…，对，帮我撤回") taken as the caller's own
// (14 calls: withdrawn, urged, noted, rated, read out), the cases of another number the caller read out
// ("我用138…报过一个噪音投诉", "I filed a noise complaint from 138…") standing in with the caller's own,
// a neighbour's complaint asked after by its words ("我邻居住人民路12号，她投诉装修噪音的单子") answered
// with the caller's own case, and "嗯……我再想想" after the agent confirmed a reference to himself.

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

describe('attack round 18: references said back, other numbers, a neighbour\u2019s case by its words', () => {
  const calls: AttackCall[] = [...ROUND_18_CALLS, ...ROUND_18_OVERBLOCKED]; // (the round refused no plain request)
  it('has every finding of the round', () =>
    expect(calls.filter((call) => EXPECTED_18[call.id] !== undefined).length).toBe(
      Object.keys(EXPECTED_18).length,
    ));
  it.each(ROUND_18_CALLS.map((call) => [call.id, call] as const))('unsafe before: %s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED_18[id]!, summary, before, after);
  });
});
