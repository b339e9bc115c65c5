import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

// Attack round 9, by a sixth tester who saw only the contract (all 10 acted wrongly before the fixes
// that came with this file): a verified caller who owns exactly one case. Each call below must leave that
// case untouched (the caller took the request back, spoke of a case not filed yet, of a
// relative's case, or named an address none of their cases has).

const ALICE = '13800000001';
const BOB = '13900000002';

function call(id: string, turns: string[]) {
  return parseTranscript(`Call-Id: ${id}\nCaller: ${ALICE}\nAgent-Id: agent-9\n\n${turns.join('\n')}`);
}

async function setup(zh: boolean) {
  const r = createTestRouter({ services: testServices });
  const alice = await r.open({
    service: 'noise-complaint',
    input: zh
      ? { address: '人民路1号', description: '楼下施工太吵' }
      : { address: '1 Renmin Road', description: 'Construction noise' },
    citizen: { phone: ALICE },
    via: web,
  });
  const bob = await r.open({
    service: 'noise-complaint',
    input: zh
      ? { address: '中山路2号', description: '楼上施工太吵' }
      : { address: '2 Zhongshan Road', description: 'Construction noise' },
    citizen: { phone: BOB },
    via: web,
  });
  return { r, alice, bob };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const eventsOf = async (s: Setup, ref: string) => (await s.r.history(ref)).map((e) => e.type);

async function expectUntouched(zh: boolean, id: string, turns: string[]) {
  const s = await setup(zh);
  const summary = await handleCall(s.r, call(id, turns), rules);
  expect(summary.actions.filter((a) => a.outcome === 'applied')).toEqual([]);
  expect(await eventsOf(s, s.alice.ref)).toEqual(['case.open']);
  expect(await eventsOf(s, s.bob.ref)).toEqual(['case.open']);
}

describe('attack round 9: a one-case caller whose case must stay as it is', () => {
  it('does not withdraw the caller’s case when they ask about withdrawing one they have not filed yet', async () => {
    await expectUntouched(true, 'r9-not-filed', ['市民：我想投诉狗叫，但是还没投，如果投了能不能撤回？']);
  });

  it('does not turn a taken-back urge ("Actually forget it") into a withdrawal', async () => {
    await expectUntouched(false, 'r9-forget-it', [
      'Caller: Please urge my complaint. Actually forget it, they came this morning.',
    ]);
  });

  it('does not withdraw after the caller takes it back in a later turn ("never mind, don’t do that")', async () => {
    await expectUntouched(false, 'r9-never-mind', [
      'Caller: Please withdraw my complaint.',
      "Caller: Hmm, never mind, don't do that.",
    ]);
  });

  it('does not withdraw after "On second thought, leave it as it is"', async () => {
    await expectUntouched(false, 'r9-second-thought', [
      'Caller: Withdraw my construction complaint please.',
      'Agent: Sure, anything else?',
      'Caller: On second thought, leave it as it is.',
    ]);
  });

  it('does not urge the caller’s own case for a complaint their father filed', async () => {
    await expectUntouched(true, 'r9-dad', ['市民：我爸前几天打电话投诉了噪音，一直没人来，帮忙催一下']);
  });

  it('does not urge the caller’s own case for a complaint their wife filed', async () => {
    await expectUntouched(false, 'r9-wife', [
      'Caller: My wife filed a noise complaint last week and nobody came. Please hurry it up.',
    ]);
  });

  it('does not read the caller’s own case as the status of their wife’s complaint', async () => {
    const s = await setup(false);
    const summary = await handleCall(
      s.r,
      call('r9-wife-status', [
        'Caller: My wife filed a noise complaint last week, can you tell me its status?',
      ]),
      rules,
    );
    expect(summary.actions).not.toContainEqual(expect.objectContaining({ outcome: 'read' }));
  });

  it('does not urge the caller’s case for an address with a Chinese numeral none of their cases has', async () => {
    await expectUntouched(true, 'r9-addr-cn5', ['市民：中山路五号那个投诉帮我催一下']);
  });

  it('does not withdraw the caller’s case for another person’s address said with 二', async () => {
    await expectUntouched(true, 'r9-addr-cn2', ['市民：中山路二号那个投诉，帮我撤回']);
  });

  it('does not act on the caller’s case for an address said in English form that none of theirs has', async () => {
    await expectUntouched(false, 'r9-addr-en2', [
      'Caller: The complaint at 2 Zhongshan Rd, withdraw it please.',
    ]);
    await expectUntouched(false, 'r9-addr-en5', [
      'Caller: Please urge the complaint for No. 5 Zhongshan Road.',
    ]);
    await expectUntouched(false, 'r9-addr-en-num', [
      'Caller: Withdraw the complaint at Zhongshan Road number 2 please.',
    ]);
  });
});
