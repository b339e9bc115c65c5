// Attack round 4 on the hotline safety contract (docs/channels/hotline.md, "The safety contract"),
// written by a tester who saw only the contract: calls that made `handleCall` act on the wrong case
// or read status it must not (21 of them did before the fixes that came with this file). Each test
// asserts the safe outcome the contract demands.
import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

const ALICE = '13800000001';
const BOB = '13900000002';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string | undefined) {
  const caller = phone === undefined ? 'Caller: withheld\n' : `Caller: ${phone}\n`;
  return parseTranscript(`Call-Id: ${id}\n${caller}Agent-Id: agent-9\n\n${turns.join('\n')}`);
}

const noise = (r: TestRouter, phone: string, address: string, description: string) =>
  r.open({ service: 'noise-complaint', input: { address, description }, citizen: { phone }, via: web });
const light = (r: TestRouter, phone: string, location: string, description: string) =>
  r.open({ service: 'streetlight-repair', input: { location, description }, citizen: { phone }, via: web });

const eventsOf = async (r: TestRouter, ref: string) => (await r.history(ref)).map((e) => e.type);

describe('attack round 4: a reference the caller said and denied counts for nothing', () => {
  it("does not withdraw Bob's case when Alice says “It's not <ref>, that's my neighbour's”", async () => {
    const r = router();
    const bobGen = await noise(r, BOB, '5 Foundry Lane', 'Diesel generator running all night');
    const aliceDog = await noise(r, ALICE, '9 Elm Road', 'Dog barking all night next door');
    const summary = await handleCall(
      r,
      call(
        'r4-deny-1',
        [`Caller: It's not ${bobGen.ref}, that's my neighbour's. Please withdraw my complaint.`],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
    expect(summary.actions.some((a) => a.ref === bobGen.ref && a.outcome === 'applied')).toBe(false);
    // The denied reference gone, "my complaint" can only be Alice's own case (or a review).
    expect(
      summary.actions.every((a) => a.ref === undefined || a.ref === aliceDog.ref || a.outcome === 'review'),
    ).toBe(true);
  });

  it('does not withdraw the agent-read case when the caller repeats it and denies it (“<ref>? No, that’s not mine.”)', async () => {
    const r = router();
    const bobGen = await noise(r, BOB, '5 Foundry Lane', 'Diesel generator running all night');
    await noise(r, ALICE, '9 Elm Road', 'Dog barking all night next door');
    await handleCall(
      r,
      call(
        'r4-deny-2',
        [`Agent: Is it ${bobGen.ref}?`, `Caller: ${bobGen.ref}? No, that's not mine. Withdraw my complaint.`],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the case after “{ref}？不是我的。”', async () => {
    const r = router();
    const bobGen = await noise(r, BOB, '人民路1号', '楼下发电机整夜轰鸣');
    await noise(r, ALICE, '中山路2号', '隔壁狗叫一整夜');
    await handleCall(
      r,
      call(
        'r4-deny-3',
        [`坐席：是${bobGen.ref}吗？`, `市民：${bobGen.ref}？不是我的。帮我把我的撤了。`],
        ALICE,
      ),
      rules,
    );
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
  });

  it('does not withdraw a case for a withheld caller who denied its reference', async () => {
    const r = router();
    const bobGen = await noise(r, BOB, '5 Foundry Lane', 'Diesel generator running all night');
    const summary = await handleCall(
      r,
      call(
        'r4-deny-4',
        [`Caller: Not ${bobGen.ref}, I don't know the number. Withdraw the generator complaint.`],
        undefined,
      ),
      rules,
    );
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
    expect(summary.review).toBeDefined();
  });

  it.each([
    ['zh', (ref: string) => `市民：不是${ref}，我的那个投诉现在怎么样了？`],
    ['en', (ref: string) => `Caller: It's not ${ref}. What's the status of my complaint?`],
  ])('does not read the status of a denied reference to a withheld caller (%s)', async (_lang, turn) => {
    const r = router();
    const bobGen = await noise(r, BOB, '人民路1号', '楼下发电机整夜轰鸣');
    const summary = await handleCall(
      r,
      call(`r4-deny-status-${_lang}`, [turn(bobGen.ref)], undefined),
      rules,
    );
    expect(summary.actions.some((a) => a.outcome === 'read')).toBe(false);
    expect(summary.review?.reasons).toContain('not-verified');
    expect(String(summary.reply)).not.toContain('等待派单');
    expect(String(summary.reply)).not.toContain('waiting to be assigned');
  });
});

describe("attack round 4: another person's case named by its words is not the caller's only case", () => {
  it.each([
    ['en-withdraw', "Caller: My neighbour's generator complaint — please withdraw it, we sorted it out."],
    [
      'en-add',
      "Caller: I want to add something to my neighbour's generator complaint: it runs on weekends too.",
    ],
    ['zh-withdraw', '市民：我邻居那个发电机的投诉，帮他撤了吧。'],
    ['zh-urge', '市民：发电机那个投诉帮我催一下。'],
  ])('leaves the caller’s unrelated dog complaint alone (%s)', async (id, turn) => {
    const r = router();
    const bobGen = await noise(
      r,
      BOB,
      '5 Foundry Lane',
      'Diesel generator running all night 楼下发电机整夜轰鸣',
    );
    const aliceDog = await noise(r, ALICE, '9 Elm Road', 'Dog barking all night next door 隔壁狗叫一整夜');
    const summary = await handleCall(r, call(`r4-other-${id}`, [turn], ALICE), rules);
    expect(await eventsOf(r, aliceDog.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
    expect(summary.review).toBeDefined();
  });
});

describe('attack round 4: “it” after a new report in the same call is not an older case', () => {
  it.each([
    [
      'en-withdraw',
      [
        'Caller: I want to report noise at 7 Oak Street, a loud generator running at night.',
        'Agent: Filed.',
        'Caller: Actually no, withdraw it.',
      ],
    ],
    [
      'en-add',
      [
        'Caller: I want to report loud noise at 7 Oak Street, dogs barking all night.',
        'Caller: Also add that it starts at 10pm.',
      ],
    ],
    [
      'en-chase',
      [
        'Caller: I want to report noise at 7 Oak Street, a loud generator at night.',
        'Agent: Filed.',
        'Caller: Can you chase it up for me?',
      ],
    ],
    [
      'zh-withdraw',
      ['市民：我要投诉，解放路9号工地施工太吵了。', '坐席：好的已记录。', '市民：那个算了，帮我撤了吧。'],
    ],
    ['zh-add', ['市民：我要投诉，解放路9号狗叫得很吵。', '市民：再补充一下，每天晚上十点开始。']],
    [
      'zh-urge',
      ['市民：我要投诉，解放路9号工地施工太吵了。', '坐席：好的已记录。', '市民：帮我催一下，越快越好。'],
    ],
  ])('does not touch the caller’s earlier, unrelated case (%s)', async (id, turns) => {
    const r = router();
    const older = await light(r, ALICE, '12 Mill Street 磨坊街12号', 'Street light is out 路灯不亮');
    const summary = await handleCall(r, call(`r4-new-${id}`, turns, ALICE), rules);
    expect(summary.actions).toContainEqual(
      expect.objectContaining({ intent: 'new-request', outcome: 'opened' }),
    );
    expect(await eventsOf(r, older.ref)).toEqual(['case.open']);
  });
});

describe('attack round 4: a hesitant answer to an agent-read reference sends the call to review', () => {
  it.each([
    ['en-maybe', (ref: string) => [`Agent: Is it case ${ref}?`, 'Caller: Maybe. Please withdraw it.']],
    ['en-hmm', (ref: string) => [`Agent: Is it case ${ref}?`, 'Caller: 嗯…', 'Caller: Please withdraw it.']],
    ['zh-think', (ref: string) => [`坐席：是${ref}这个工单吗？`, '市民：嗯……我再想想。帮我撤了吧。']],
  ])('does not withdraw the caller’s other case instead (%s)', async (id, turns) => {
    const r = router();
    const bobGen = await noise(r, BOB, '5 Foundry Lane', 'Diesel generator running all night');
    const aliceDog = await noise(r, ALICE, '9 Elm Road', 'Dog barking all night next door');
    const summary = await handleCall(r, call(`r4-hesitant-${id}`, turns(bobGen.ref), ALICE), rules);
    expect(await eventsOf(r, aliceDog.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, bobGen.ref)).toEqual(['case.open']);
    expect(summary.review).toBeDefined();
  });
});

describe('attack round 4: words both cases share pick neither', () => {
  it('keeps several-cases for “那个一整夜的” when both cases run all night (整夜 / 一整夜)', async () => {
    const r = router();
    const gen = await noise(r, ALICE, '人民路1号', '楼下发电机整夜轰鸣');
    const dog = await noise(r, ALICE, '中山路2号', '隔壁狗叫一整夜');
    const summary = await handleCall(r, call('r4-shared-1', ['市民：那个一整夜的帮我撤了。'], ALICE), rules);
    expect(await eventsOf(r, gen.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, dog.ref)).toEqual(['case.open']);
    expect(summary.review?.reasons).toContain('several-cases');
  });

  it('keeps several-cases for “那个一整夜吵的投诉” (urge)', async () => {
    const r = router();
    const gen = await noise(r, ALICE, '人民路1号', '楼下发电机整夜轰鸣');
    const dog = await noise(r, ALICE, '中山路2号', '隔壁狗叫一整夜');
    const summary = await handleCall(
      r,
      call('r4-shared-2', ['市民：那个一整夜吵的投诉帮我催一下。'], ALICE),
      rules,
    );
    expect(await eventsOf(r, gen.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, dog.ref)).toEqual(['case.open']);
    expect(summary.review?.reasons).toContain('several-cases');
  });
});

describe('attack round 4: attacks that held (regression)', () => {
  it('picks the generator case for “the generator one, not the dog”', async () => {
    const r = router();
    const gen = await noise(r, ALICE, '5 Foundry Lane', 'Diesel generator running all night');
    const dog = await noise(r, ALICE, '9 Elm Road', 'Dog barking all night next door');
    await handleCall(
      r,
      call('r4-held-1', ['Caller: Please chase the generator one, not the dog.'], ALICE),
      rules,
    );
    expect(await eventsOf(r, gen.ref)).toEqual(['case.open', 'case.urge']);
    expect(await eventsOf(r, dog.ref)).toEqual(['case.open']);
  });

  it.each([
    ['double', 'Caller: Please chase the dog one and the generator one.'],
    ['shared', 'Caller: Please chase my complaint about the noise all night.'],
    ['self', "Caller: I'm a taxi driver and I work nights. Please withdraw my complaint."],
    ['negation-only', '市民：帮我撤回，不是狗叫那个。'],
  ])('keeps several-cases (%s)', async (id, turn) => {
    const r = router();
    const gen = await noise(r, ALICE, '5 Foundry Lane', 'Diesel generator running all night 楼下发电机');
    const dog = await noise(r, ALICE, '9 Elm Road', 'Taxi drivers and a dog barking all night 隔壁狗叫');
    const summary = await handleCall(r, call(`r4-held-${id}`, [turn], ALICE), rules);
    expect(summary.review?.reasons).toContain('several-cases');
    expect(await eventsOf(r, gen.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, dog.ref)).toEqual(['case.open']);
  });

  it('does not read status to a withheld caller who speaks the owner’s phone number', async () => {
    const r = router();
    await noise(r, ALICE, '人民路1号', '楼下发电机整夜轰鸣');
    const summary = await handleCall(
      r,
      call('r4-held-withheld', ['市民：我手机号是13800000001，我那个发电机的投诉怎么样了？'], undefined),
      rules,
    );
    expect(summary.actions.some((a) => a.outcome === 'read')).toBe(false);
    expect(summary.review?.reasons).toContain('not-verified');
  });
});
