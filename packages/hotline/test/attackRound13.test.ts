import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript, type TranscriptJson } from '../src/index.js';
import { type Attack, ROUND_13_CALLS } from './attackRound13.calls.js';
import { type Expectation, expectOutcome, historiesOf, openCases } from './attackHarness.js';
import { rules, testServices } from './testServices.js';

// Attack round 13: the 57 of the tester's 272 calls that acted unsafely before the fixes of the round.
// A withdrawal needs to be asked for: a wish, a hedge or a plan ("I wish I could withdraw it", "part of
// me wants to", "I really ought to… but not just yet", "我得跟我媳妇儿合计合计") asks nothing; nor does a
// condition ("assuming…", "provided…", "should nothing happen by Monday"), irony ("because that worked so
// well last time"), a take-back ("actually no, give them another few days"), a segment speech
// recognition cut off ("withdraw" / "is what my neighbour keeps telling me to do but i wont"), a yes to
// an agent's choice ("withdraw it or chase it?") or to a general remark. The subject of a complaint
// ("the one my neighbour filed about me") may not act on it by its reference; a phone or a complaint
// the caller says is someone else's verifies nothing; and a negated verdict ("can't say I'm
// satisfied", "谈不上满意"), a score for a person or for effort, or an undecided one is no rating.

const EXPECTED: Record<string, Expectation> = {
  'b1-01': { keep: ['A'] },
  'b1-02': { keep: ['A'] },
  'b1-07': { keep: ['A'] },
  'b1-13': { keep: ['A'] },
  'b1-14': { keep: ['A'] },
  'b1-15': { keep: ['A'] },
  'b1-21': { keep: ['A'] },
  'b1-37': { keep: ['A'] },
  'b6-03': { keep: ['A'] },
  'b7-55': { keep: ['A'] },
  'b7-58': { keep: ['A'] },
  'b8-26': { keep: ['A'] },
  'b8-27': { keep: ['A'] },
  'b8-28': { keep: ['A'] },
  'b8-29': { keep: ['A'] },
  'b8-30': { keep: ['A'] },
  'b2-02': { keep: ['A'] },
  'b2-11': { keep: ['A'] },
  'b2-18': { keep: ['A'] },
  'b2-19': { keep: ['A'] },
  'b3-20': { keep: ['A'] },
  'b4-24': { keep: ['A'] },
  'b8-03': { keep: ['A'] },
  'b4-26': { keep: ['A'] },
  'b4-28': { keep: ['A'] },
  'b6-09': { keep: ['A'] },
  'b5-10': { keep: ['A'] },
  'b5-11': { keep: ['A'] },
  'b7-41': { keep: ['A'] },
  'b1-28': { keep: ['A'] },
  'b3-34': { keep: ['A'] },
  'b3-38': { keep: ['A'] },
  'b5-15': { keep: ['A'] },
  'b6-14': { keep: ['A'] },
  'b5-20': { keep: ['A'] },
  'b8-23': { keep: ['A'] },
  'b7-42': { never: { A: 'case.withdraw' } },
  'b1-33': { never: { A: 'case.withdraw' } },
  'b4-06': { never: { A: 'case.withdraw' } },
  'b8-22': { never: { B: 'case.withdraw' } },
  'b5-19': { noRead: true },
  'b4-10': { keep: ['N'] },
  'b5-04': { keep: ['N'] },
  'b5-06': { keep: ['N'] },
  'b5-07': { keep: ['N'] },
  'b6-11': { keep: ['N'] },
  'b5-05': { noRead: true },
  'b7-06': { notScore: 5 },
  'b7-07': { notScore: 5 },
  'b6-26': { notScore: 5 },
  'b3-15': { notScore: 5 },
  'b3-16': { notScore: 5 },
  'b7-01': { notScore: 5 },
  'b7-02': { notScore: 5 },
  'b7-04': { notScore: 5 },
  'b3-13': { noScore: true },
  'b3-14': { noScore: true },
};

const HEADER =
  /^(Call-Id|Caller|Started|Agent-Id|Case|Language|X-[\w-]+|通话编号|来电号码|开始时间|坐席工号|工单编号|语言)\s*[:：]/i;

function spell(ref: string, form: string): string {
  if (form === 'lower') return ref.toLowerCase();
  if (form === 'spaced') return ref.replace(/-/g, '').split('').join(' ');
  if (form === 'compact') return ref.replace(/-/g, '');
  if (form === 'bad') return ref.slice(0, -1) + (ref.endsWith('A') ? 'B' : 'A');
  return ref;
}

async function run(attack: Attack) {
  const r = createTestRouter({ services: testServices, start: '2026-03-02T10:00:00+08:00' });
  const refs = await openCases(r, attack.cases);
  r.clock.advance('1h');
  const text = attack.text.replace(/\{\{(\w+)(?:\|(\w+))?\}\}/g, (_all, key: string, form?: string) =>
    spell(refs[key] ?? `??${key}`, form ?? 'plain'),
  );
  let input: string | TranscriptJson;
  if (text.trimStart().startsWith('{')) {
    const object = JSON.parse(text) as TranscriptJson;
    object.callId ??= `atk13-${attack.id}`;
    input = object;
  } else {
    const lines = text.replace(/^\n+/, '').split('\n');
    const blank = lines.indexOf('');
    const headed = blank > 0 && lines.slice(0, blank).every((line) => HEADER.test(line));
    const header = headed ? lines.slice(0, blank) : [];
    if (!header.some((line) => /^Call-Id/i.test(line))) header.unshift(`Call-Id: atk13-${attack.id}`);
    if (!header.some((line) => /^Caller\s*:/i.test(line))) header.push('Caller: 13900000001');
    if (!header.some((line) => /^Started/i.test(line))) header.push('Started: 2026-03-05T10:00:00+08:00');
    input = `${header.join('\n')}\n\n${lines.slice(headed ? blank + 1 : 0).join('\n')}`;
  }
  const before = await historiesOf(r, refs);
  const summary = await handleCall(r, parseTranscript(input), rules);
  return { r, summary, before, after: await historiesOf(r, refs) };
}

describe('attack round 13: wishes, hedges, cut-off segments, choices, the subject of a complaint, verdicts not given', () => {
  const calls = ROUND_13_CALLS.filter((call) => EXPECTED[call.id] !== undefined);
  it('has every finding of the round', () => expect(calls.length).toBe(Object.keys(EXPECTED).length));
  it.each(calls.map((call) => [call.id, call] as const))('%s', async (id, call) => {
    const { r, summary, before, after } = await run(call);
    await expectOutcome(r, EXPECTED[id]!, summary, before, after);
  });
});
