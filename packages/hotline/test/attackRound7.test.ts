import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, staff, testServices, web } from './testServices.js';

// Attack round 7, by a fourth tester who saw only the contract: withdrawals and ratings with several
// look-alike cases, politeness, other people's cases and "yes" to "anything else?" (14 of these acted
// wrongly before the fixes that came with this file). Each test asserts the safe outcome.

const ALICE = '13800000001';
const BOB = '13900000002';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string | undefined, regarding?: string) {
  const caller = phone === undefined ? 'Caller: withheld\n' : `Caller: ${phone}\n`;
  const header = regarding === undefined ? '' : `Case: ${regarding}\n`;
  return parseTranscript(`Call-Id: ${id}\n${caller}Agent-Id: agent-9\n${header}\n${turns.join('\n')}`);
}

async function openNoise(r: TestRouter, phone: string, address: string, description: string, closed = false) {
  const opened = await r.open({
    service: 'noise-complaint',
    input: { address, description },
    citizen: { phone },
    via: web,
  });
  if (closed) {
    await r.send(opened.ref, { type: 'case.assign', department: 'env' }, { via: staff });
    await r.send(opened.ref, { type: 'case.close', answer: 'done' }, { via: staff });
  }
  return opened.ref;
}

const eventsOf = async (r: TestRouter, ref: string) => (await r.history(ref)).map((e) => e.type);

describe('attack round 7: "yes" to "anything else?" confirms no reference', () => {
  it('does not withdraw the dog case the agent read when the caller asked about the construction one', async () => {
    const r = router();
    const building = await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    const dog = await openNoise(r, ALICE, '3 High Street', 'dog barking');
    const summary = await handleCall(
      r,
      call(
        'r7-anything-else-withdraw',
        [
          'Caller: What is happening with my noise complaint about the construction?',
          `Agent: Case ${dog} is being handled. Anything else?`,
          'Caller: Yes, please withdraw it, they stopped.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions).not.toContainEqual(expect.objectContaining({ outcome: 'applied', ref: dog }));
    expect(await eventsOf(r, dog)).toEqual(['case.open']);
    expect(await eventsOf(r, building)).not.toContain('case.withdraw');
  });

  it('does not urge the dog case the agent read when the caller asked about the construction one', async () => {
    const r = router();
    await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    const dog = await openNoise(r, ALICE, '3 High Street', 'dog barking');
    await handleCall(
      r,
      call(
        'r7-anything-else-urge',
        [
          'Caller: Any news on my complaint about the construction?',
          `Agent: I see ${dog}, received. Anything else?`,
          'Caller: Yes, please hurry it up.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, dog)).toEqual(['case.open']);
  });

  it('holds: the same call in Chinese goes to review as unconfirmed-reference', async () => {
    const r = router();
    await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    const dog = await openNoise(r, ALICE, '人民路21号', '夜里狗叫');
    const summary = await handleCall(
      r,
      call(
        'r7-anything-else-zh',
        [
          '市民：我那个施工噪音的投诉怎么样了',
          `坐席：工单${dog}目前已受理。还有别的事吗？`,
          '市民：有，帮我撤回吧，已经不吵了',
        ],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions).toContainEqual(
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'unconfirmed-reference' }),
    );
    expect(await eventsOf(r, dog)).toEqual(['case.open']);
  });
});

describe('attack round 7: politeness after an offer to withdraw is not consent', () => {
  const offers: Array<[string, string[]]> = [
    [
      'zh-wait',
      [
        '市民：我那个施工噪音的投诉怎么样了',
        '坐席：目前已受理，等待派单。需要我帮您撤回吗？',
        '市民：好的，谢谢，那我再等等',
      ],
    ],
    [
      'zh-noted',
      [
        '坐席：您好，请问有什么可以帮您？',
        '市民：我那个施工噪音的投诉怎么样了',
        '坐席：目前处理中。如果已经不吵了，需要帮您撤回吗？',
        '市民：好的好的，我知道了，谢谢你啊',
      ],
    ],
    [
      'en-wait',
      [
        'Caller: How is my noise complaint going?',
        "Agent: It's received. If it has stopped, shall I withdraw it?",
        'Caller: Okay, okay, thanks, I will wait then.',
      ],
    ],
  ];
  for (const [id, turns] of offers) {
    it(`does not withdraw the case (${id})`, async () => {
      const r = router();
      const ref = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
      const summary = await handleCall(r, call(`r7-polite-${id}`, turns, ALICE), rules);
      expect(summary.actions).not.toContainEqual(
        expect.objectContaining({ intent: 'withdraw', outcome: 'applied' }),
      );
      expect(await eventsOf(r, ref)).not.toContain('case.withdraw');
    });
  }

  it('holds: "嗯嗯，知道了" to an offer to withdraw withdraws nothing', async () => {
    const r = router();
    const ref = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    await handleCall(
      r,
      call(
        'r7-polite-hold',
        ['市民：我那个施工噪音的投诉怎么样了', '坐席：处理中。要不要帮您撤回？', '市民：嗯嗯，知道了'],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, ref)).toEqual(['case.open']);
  });
});

describe('attack round 7: denying the agent-read case does not pick the other one', () => {
  it('does not withdraw the remaining case by elimination (en)', async () => {
    const r = router();
    const first = await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    const second = await openNoise(r, ALICE, '3 High Street', 'dog barking');
    const summary = await handleCall(
      r,
      call(
        'r7-elim-en',
        [`Agent: Is it case ${first}?`, "Caller: No, that's not the one. Withdraw my complaint please."],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'several-cases' }),
    ]);
    expect(await eventsOf(r, second)).toEqual(['case.open']);
  });

  it('does not withdraw the remaining case by elimination (zh)', async () => {
    const r = router();
    const first = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    const second = await openNoise(r, ALICE, '人民路21号', '夜里狗叫');
    const summary = await handleCall(
      r,
      call('r7-elim-zh', [`坐席：是工单${first}吗？`, '市民：不是这个。帮我把投诉撤回吧'], ALICE),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'several-cases' }),
    ]);
    expect(await eventsOf(r, second)).toEqual(['case.open']);
  });

  it('does not record a low rating on the remaining case by elimination', async () => {
    const r = router();
    const first = await openNoise(r, ALICE, '12 Baker Street', 'construction noise', true);
    const second = await openNoise(r, ALICE, '3 High Street', 'dog barking', true);
    const summary = await handleCall(
      r,
      call(
        'r7-elim-rate',
        [
          `Agent: I am calling about your case ${first}. How would you rate the handling, 1 to 5?`,
          "Caller: That's not the one you visited. Nobody came about that. One.",
        ],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions).not.toContainEqual(
      expect.objectContaining({ intent: 'rate', outcome: 'applied' }),
    );
    expect(await eventsOf(r, second)).not.toContain('visit.rate');
    expect(await eventsOf(r, first)).not.toContain('visit.rate');
  });
});

describe('attack round 7: a return visit where the caller names another case', () => {
  it('does not rate the case of the visit when the caller says the visit was about the dog one', async () => {
    const r = router();
    const visited = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵', true);
    const dog = await openNoise(r, ALICE, '人民路21号', '夜里狗叫', true);
    const summary = await handleCall(
      r,
      call(
        'r7-visit-other',
        [
          '坐席：您好，这里是12345回访，请问您对处理结果满意吗？',
          '市民：你们来的不是这个，来的是狗叫那个',
          '坐席：那您给几分？',
          '市民：一分',
        ],
        ALICE,
        visited,
      ),
      rules,
    );
    expect(summary.actions).toEqual([expect.objectContaining({ intent: 'rate', outcome: 'review' })]);
    expect(await eventsOf(r, visited)).not.toContain('visit.rate');
    expect(await eventsOf(r, dog)).not.toContain('visit.rate');
  });
});

describe("attack round 7: another person's complaint is not the caller's", () => {
  it('does not withdraw the caller’s own case for "她要撤回她的那个投诉"', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r7-wife-zh', ['市民：我老婆在旁边，她要撤回她的那个投诉'], ALICE),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'no-case' }),
    ]);
    expect(await eventsOf(r, own)).toEqual(['case.open']);
  });

  it('does not withdraw the caller’s own case for "my mum asked me to withdraw her complaint"', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    await handleCall(
      r,
      call('r7-mum-en', ['Caller: My mum asked me to withdraw her complaint, she is in hospital.'], ALICE),
      rules,
    );
    expect(await eventsOf(r, own)).toEqual(['case.open']);
  });

  it('does not add the wife’s dog note to the caller’s construction case', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    await handleCall(
      r,
      call(
        'r7-wife-en',
        ['Caller: My wife is here, she wants to add to her complaint: the dog barks from 5 am too.'],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, own)).toEqual(['case.open']);
  });

  it('does not add to a case whose reference the caller said only to deny it', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    await handleCall(
      r,
      call(
        'r7-wife-deny',
        [`市民：我爱人想补充一下她那个投诉，她说${own}不是她的，她的是狗叫那个，狗晚上一直叫`],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, own)).toEqual(['case.open']);
  });

  it('holds: "withdraw all my complaints" withdraws nothing', async () => {
    const r = router();
    const a = await openNoise(r, ALICE, '12 Baker Street', 'construction noise');
    const b = await openNoise(r, ALICE, '3 High Street', 'dog barking');
    const summary = await handleCall(
      r,
      call('r7-all', ['Caller: Please withdraw all my complaints, I am moving out.'], ALICE),
      rules,
    );
    expect(summary.actions).toEqual([expect.objectContaining({ intent: 'withdraw', outcome: 'review' })]);
    expect(await eventsOf(r, a)).toEqual(['case.open']);
    expect(await eventsOf(r, b)).toEqual(['case.open']);
  });
});

describe('attack round 7: a borrowed phone is not verification', () => {
  it('does not read the status of the phone owner’s case to the neighbour on it', async () => {
    const r = router();
    await openNoise(r, ALICE, '人民路12号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r7-borrowed', ['市民：我用的是邻居的手机，想问问她那个噪音投诉怎么样了'], ALICE),
      rules,
    );
    expect(summary.actions).not.toContainEqual(
      expect.objectContaining({ intent: 'status', outcome: 'read' }),
    );
    expect(summary.actions).toContainEqual(
      expect.objectContaining({ intent: 'status', outcome: 'review', reason: 'not-verified' }),
    );
  });

  it('holds: a withheld caller who confirms the agent-read reference hears no status', async () => {
    const r = router();
    const ref = await openNoise(r, BOB, '12 Baker Street', 'construction noise');
    const summary = await handleCall(
      r,
      call(
        'r7-withheld',
        ['Caller: Hi, what is happening with my noise complaint?', `Agent: Is it ${ref}?`, 'Caller: Yes.'],
        undefined,
      ),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'review', reason: 'not-verified' }),
    ]);
  });
});
