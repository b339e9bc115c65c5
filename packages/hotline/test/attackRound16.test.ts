import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { type AttackCall, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { EXPECTED_16, ROUND_16_CALLS, ROUND_16_OVERBLOCKED } from './attackRound16.calls.js';
import { rules, testServices } from './testServices.js';

// Attack round 16: a tester who saw only the safety contract ran 200 ordinary daily calls (73 of them
// plain requests). These are the 27 that acted unsafely or on the wrong case before the fixes of the
// round — a read-back of another case than the one named, confirmed with a yes; a return visit answered
// by a relative or with a score for someone else; the household's nanny; the one complained about (a
// landlord, a site owner, a neighbour) acting by the reference or without one; a withdrawal for later
// ("等下个礼拜他们完工了，你们就帮我撤了吧"); a take-back after "anything else?" — and the one
// legitimate call it refused ("我要撤一个投诉" … "不是狗叫那个，是施工那个"). The tester wrote
// {{REFSP:key}} as the reference's symbols with the dashes dropped.

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

describe('attack round 16: read-backs of another case, relatives in return visits, scores for others, the one complained about, requests for later', () => {
  const calls = [...ROUND_16_CALLS, ...ROUND_16_OVERBLOCKED];
  it('has every finding of the round', () =>
    expect(calls.filter((call) => EXPECTED_16[call.id] !== undefined).length).toBe(
      Object.keys(EXPECTED_16).length,
    ));
  it.each(ROUND_16_CALLS.map((call) => [call.id, call] as const))('unsafe before: %s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED_16[id]!, summary, before, after);
  });
  it.each(ROUND_16_OVERBLOCKED.map((call) => [call.id, call] as const))(
    'refused before: %s',
    async (id, call) => {
      const { r, summary, before, after } = await run(call);
      await expectOutcome(r, EXPECTED_16[id]!, summary, before, after);
    },
  );
});
