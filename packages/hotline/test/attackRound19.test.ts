import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type AttackCall, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { EXPECTED_19, ROUND_19_CALLS, ROUND_19_OVERBLOCKED } from './attackRound19.calls.js';
import { rules, testServices } from './testServices.js';

// Attack round 19: a tester who saw only the safety contract took the part 1 from less obvious
// angles (about 110 calls). These are the 24 that acted unsafely before the fixes of the round — the
// Case: header of an inbound call acting for any caller, a line labelled "IVR:", "Agent2:", "坐席A：",
// "坐席(1001)：" or "系统：" run into the caller's turn so the reference it read counted as the caller's,
// "my complaint about the barking dog" acting on the caller's only case about construction — and the 10
// plain calls it refused ("86 139…" and "0139…" callers, "Is it still open?", "结案了吗？", "有人来过吗？").

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

describe('attack round 19: the Case: header, other speaker labels, English designations, caller formats, status wordings', () => {
  const calls = [...ROUND_19_CALLS, ...ROUND_19_OVERBLOCKED];
  it('has every finding of the round', () =>
    expect(calls.filter((call) => EXPECTED_19[call.id] !== undefined).length).toBe(
      Object.keys(EXPECTED_19).length,
    ));
  it.each(ROUND_19_CALLS.map((call) => [call.id, call] as const))('unsafe before: %s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED_19[id]!, summary, before, after);
  });
  it.each(ROUND_19_OVERBLOCKED.map((call) => [call.id, call] as const))(
    'refused before: %s',
    async (id, call) => {
      const { r, summary, before, after } = await run(call);
      await expectOutcome(r, EXPECTED_19[id]!, summary, before, after);
    },
  );
});
