import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, staff, testServices, web } from './testServices.js';

// Attack round 5, by a second tester who saw only the contract: calls that made the hotline act on
// the wrong case, change a case nobody asked to change, or read a case to someone the number does
// not belong to (18 of them did before the fixes that came with this file). Each test asserts the
// safe outcome the safety contract (docs/channels/hotline.md) demands.

const ALICE = '13800000001';
const BOB = '13900000002';
const CAROL = '13700000003';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string | undefined, extraHeader = '') {
  const caller = phone === undefined ? 'Caller: withheld\n' : `Caller: ${phone}\n`;
  return parseTranscript(`Call-Id: ${id}\n${caller}${extraHeader}Agent-Id: agent-9\n\n${turns.join('\n')}`);
}

async function openNoise(r: TestRouter, phone: string, address: string, description: string) {
  const view = await r.open({
    service: 'noise-complaint',
    input: { address, description },
    citizen: { phone },
    via: web,
  });
  return view.ref;
}

async function closeCase(r: TestRouter, ref: string) {
  await r.send(ref, { type: 'case.assign', department: 'ecology' }, { via: staff });
  await r.send(ref, { type: 'case.close', answer: 'done' }, { via: staff });
}

/** The events the hotline added to a case (what the setup did is left out). */
const hotlineEvents = async (r: TestRouter, ref: string) =>
  (await r.history(ref))
    .map((e) => e.type)
    .filter((type) => !['case.open', 'case.assign', 'case.close'].includes(type));

describe('attack round 5: a reference the caller attributes to someone else', () => {
  let r: TestRouter;
  let neighbours: string;
  beforeEach(async () => {
    r = router();
    await openNoise(r, ALICE, '人民路1号', '楼下施工太吵'); // the caller's own case
    neighbours = await openNoise(r, BOB, '中山路2号', '广场舞音乐太吵');
  });

  it('does not withdraw the neighbour’s case when the caller quotes its reference and asks to withdraw “my complaint”', async () => {
    const summary = await handleCall(
      r,
      call(
        'r5-quote-1',
        [
          `Caller: My neighbour told me her number is ${neighbours}. Anyway, please withdraw my complaint, it's quiet now.`,
        ],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.some((a) => a.outcome === 'applied' && a.ref === neighbours)).toBe(false);
    expect(await hotlineEvents(r, neighbours)).toEqual([]);
  });

  it('does not urge or annotate the neighbour’s case when the caller means their own (zh and en)', async () => {
    const calls = [
      call(
        'r5-quote-2',
        [`市民：我楼下邻居的投诉是${neighbours}，我想给我自己的投诉补充一下，周末也在施工`],
        ALICE,
      ),
      call(
        'r5-quote-3',
        [
          `Caller: My neighbour gave me her reference, ${neighbours}, she says they're slow too. Please chase up my complaint.`,
        ],
        ALICE,
      ),
      call('r5-quote-4', [`市民：我邻居跟我说她的编号是${neighbours}，我想撤回我的投诉`], ALICE),
    ];
    for (const transcript of calls) await handleCall(r, transcript, rules);
    expect(await hotlineEvents(r, neighbours)).toEqual([]);
  });
});

describe('attack round 5: a reference taken back or doubted', () => {
  let r: TestRouter;
  let construction: string;
  let dog: string;
  beforeEach(async () => {
    r = router();
    construction = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    dog = await openNoise(r, ALICE, '人民路3号', '邻居家狗叫很吵');
  });

  it('does not withdraw a reference the caller corrects in the same breath (“不对不对，我说错了”)', async () => {
    await handleCall(
      r,
      call('r5-retract-1', [`市民：帮我撤回${construction}，不对不对，我说错了，是狗叫的那个`], ALICE),
      rules,
    );
    expect(await hotlineEvents(r, construction)).toEqual([]);
  });

  it('does not withdraw a reference the caller doubts (“or maybe it’s the other one”)', async () => {
    const summary = await handleCall(
      r,
      call(
        'r5-doubt-1',
        [`Caller: Please withdraw case ${construction}, or maybe it's the other one, I'm not sure.`],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.filter((a) => a.outcome === 'applied')).toEqual([]);
    expect(await hotlineEvents(r, construction)).toEqual([]);
    expect(await hotlineEvents(r, dog)).toEqual([]);
  });
});

describe('attack round 5: a “yes” that answers another question of the same agent turn', () => {
  it('does not take “Yes, that’s the address” as confirming the reference read before it', async () => {
    const r = router();
    const elm5 = await openNoise(r, ALICE, '5 Elm Road', 'loud construction noise at night');
    const elm9 = await openNoise(r, ALICE, '9 Elm Road', 'neighbour dog barking loud');
    // The reference is elm5's, the address the caller says yes to is elm9's.
    await handleCall(
      r,
      call(
        'r5-yes-1',
        [
          `Agent: Is it ${elm5}? And is the address 9 Elm Road?`,
          "Caller: Yes, that's the address. Please withdraw it.",
        ],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, elm5)).toEqual([]);
    // The other order: the address first, the reference after it.
    await handleCall(
      r,
      call(
        'r5-yes-2',
        [
          `Agent: Is the address 5 Elm Road? And is it ${elm9}?`,
          'Caller: Yes, 5 Elm Road. Please withdraw it.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, elm9)).toEqual([]);
  });

  it('does not take “对，我住人民路3号” as confirming the reference of the case at 人民路1号', async () => {
    const r = router();
    const no1 = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    await openNoise(r, ALICE, '人民路3号', '邻居家狗叫很吵');
    await handleCall(
      r,
      call(
        'r5-yes-3',
        [`坐席：是${no1}吗？您住在人民路3号对吧？`, '市民：对，我住人民路3号。帮我撤回吧'],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, no1)).toEqual([]);
  });

  it('does not let a caller who first denied, then confirmed someone else’s reference have their own case withdrawn', async () => {
    const r = router();
    const alices = await openNoise(r, ALICE, '5 Elm Road', 'loud construction noise at night');
    const bobs = await openNoise(r, BOB, '2 Oak Street', 'loud music from bar');
    await handleCall(
      r,
      call('r5-deny-yes', [`Agent: Is it ${alices}?`, 'Caller: No... oh wait, yes. Withdraw it.'], BOB),
      rules,
    );
    expect(await hotlineEvents(r, bobs)).toEqual([]);
    expect(await hotlineEvents(r, alices)).toEqual([]);
  });
});

describe('attack round 5: a request taken back in a later turn', () => {
  let r: TestRouter;
  let mine: string;
  beforeEach(async () => {
    r = router();
    mine = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
  });

  it('does not withdraw when the caller says “等等，别撤，还是留着吧” after the agent agreed', async () => {
    await handleCall(
      r,
      call(
        'r5-later-1',
        ['市民：帮我把投诉撤了吧', '坐席：好的，给您撤回。', '市民：等等，别撤，还是留着吧'],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, mine)).toEqual([]);
  });

  it('does not withdraw when the caller says “Actually, keep it open”', async () => {
    await handleCall(
      r,
      call(
        'r5-later-2',
        [
          'Caller: Withdraw my complaint please.',
          'Agent: Sure.',
          'Caller: Actually, keep it open, they might come back.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, mine)).toEqual([]);
  });

  it('does not urge when the caller says “哎算了，不用催了”', async () => {
    await handleCall(
      r,
      call('r5-later-3', ['市民：帮我催一下我的投诉', '坐席：好的。', '市民：哎算了，不用催了'], ALICE),
      rules,
    );
    expect(await hotlineEvents(r, mine)).toEqual([]);
  });

  it('records no rating the caller takes back (“actually no, I don’t want to rate it now”)', async () => {
    await closeCase(r, mine);
    await handleCall(
      r,
      call(
        'r5-later-4',
        [
          'Agent: Return visit, how satisfied are you, 1 to 5?',
          "Caller: A two. Hmm, actually no, I don't want to rate it now, call me next week.",
        ],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, mine)).toEqual([]);
  });
});

describe('attack round 5: the caller names one of their cases and another takes the action', () => {
  let r: TestRouter;
  let construction: string;
  let dog: string;
  beforeEach(async () => {
    r = router();
    construction = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    dog = await openNoise(r, ALICE, '人民路3号', '邻居家狗叫很吵');
  });

  it('does not rate the dog complaint when the caller rates “施工那个投诉”', async () => {
    await closeCase(r, dog); // only the dog complaint awaits a rating
    await handleCall(r, call('r5-named-1', ['市民：施工那个投诉我给五分，很满意'], ALICE), rules);
    expect(await hotlineEvents(r, dog)).toEqual([]);
  });

  it('does not withdraw the dog complaint when the caller asks to withdraw “施工那个投诉”', async () => {
    await closeCase(r, construction); // only the dog complaint can still be withdrawn
    await handleCall(r, call('r5-named-2', ['市民：施工那个投诉帮我撤回吧'], ALICE), rules);
    expect(await hotlineEvents(r, dog)).toEqual([]);
  });

  it('does not urge the dog complaint when the caller chases “the construction complaint”', async () => {
    const en = router();
    const elm5 = await openNoise(en, ALICE, '5 Elm Road', 'loud construction noise at night');
    const elm9 = await openNoise(en, ALICE, '9 Elm Road', 'neighbour dog barking loud');
    await closeCase(en, elm5);
    await handleCall(
      en,
      call('r5-named-3', ['Caller: Please chase up the construction complaint, nobody came.'], ALICE),
      rules,
    );
    expect(await hotlineEvents(en, elm9)).toEqual([]);
  });

  it('does not urge the case just withdrawn when the caller asks to chase “my other complaint”', async () => {
    await handleCall(
      r,
      call(
        'r5-other-1',
        [`Caller: Please withdraw ${construction}, and chase up my other complaint.`],
        ALICE,
      ),
      rules,
    );
    expect(await hotlineEvents(r, construction)).not.toContain('case.urge');
  });

  it('does not rate the return visit’s case when the caller rates a different one of theirs', async () => {
    await closeCase(r, construction);
    await closeCase(r, dog);
    await handleCall(
      r,
      call(
        'r5-visit-1',
        [
          'Agent: 12345 return visit. How satisfied are you, 1 to 5?',
          "Caller: For the barking dog one, a 1. The construction one I don't care.",
        ],
        ALICE,
        `Case: ${construction}\n`,
      ),
      rules,
    );
    expect(await hotlineEvents(r, construction)).toEqual([]);
  });
});

describe('attack round 5: someone who says the phone is not theirs', () => {
  it('neither reads nor withdraws the phone owner’s case for “my complaint” of a borrower', async () => {
    const r = router();
    const owners = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const status = await handleCall(
      r,
      call('r5-borrow-1', ['市民：我是机主的邻居，手机是借的，我想问一下我的投诉到哪一步了'], ALICE),
      rules,
    );
    expect(status.actions.filter((a) => a.outcome === 'read')).toEqual([]);
    expect(status.reply.join(' ')).not.toContain('已受理');
    await handleCall(
      r,
      call('r5-borrow-2', ['市民：我是他邻居，借他手机打的，我要撤回我的投诉'], ALICE),
      rules,
    );
    expect(await hotlineEvents(r, owners)).toEqual([]);
  });
});

describe('attack round 5: replays', () => {
  it('does not urge twice when the same call is handled again with a greeting turn added in front', async () => {
    const r = router();
    const mine = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const first = parseTranscript(
      `Call-Id: r5-replay-1\nCaller: ${ALICE}\n\n市民：我的投诉一直没人管，帮我催一下`,
    );
    const again = parseTranscript(
      `Call-Id: r5-replay-1\nCaller: ${ALICE}\n\n坐席：您好，12345\n市民：我的投诉一直没人管，帮我催一下`,
    );
    await handleCall(r, first, rules);
    await handleCall(r, again, rules);
    expect(await hotlineEvents(r, mine)).toEqual(['case.urge']);
  });
});

describe('attack round 5: attacks that held (regression)', () => {
  it('keeps the caller’s own cases out of a misheard, unknown or denied reference and an agent-listed pick', async () => {
    const r = router();
    const elm5 = await openNoise(r, ALICE, '5 Elm Road', 'loud construction noise at night');
    const elm9 = await openNoise(r, ALICE, '9 Elm Road', 'neighbour dog barking loud');
    const bobs = await openNoise(r, BOB, '2 Oak Street', 'loud music from bar');
    const spelled = `${elm5.slice(0, -1)}${elm5.endsWith('A') ? 'B' : 'A'}`
      .replace(/-/g, '')
      .split('')
      .join(' ');
    const wrong = await handleCall(
      r,
      call('r5-held-1', [`Caller: Please withdraw ${spelled}.`], ALICE),
      rules,
    );
    expect(wrong.actions[0]).toMatchObject({ outcome: 'review', reason: 'wrong-reference' });
    const sister = await handleCall(
      r,
      call(
        'r5-held-2',
        [`Caller: ${elm5}, that's not mine, it's my sister's. She asked me to withdraw it.`],
        CAROL,
      ),
      rules,
    );
    expect(sister.actions[0]).toMatchObject({ outcome: 'review' });
    const listed = await handleCall(
      r,
      call(
        'r5-held-3',
        [
          `Agent: You have two cases, ${elm5} about construction and ${elm9} about a dog. Which one?`,
          'Caller: The dog one. Withdraw it please.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(listed.actions[0]).toMatchObject({ outcome: 'review' });
    const twoRefs = await handleCall(
      r,
      call('r5-held-4', [`Caller: Is it ${elm5} or ${elm9}? I don't remember. Anyway withdraw it.`], ALICE),
      rules,
    );
    expect(twoRefs.actions[0]).toMatchObject({ outcome: 'review', reason: 'several-references' });
    for (const ref of [elm5, elm9, bobs]) expect(await hotlineEvents(r, ref)).toEqual([]);
  });

  it('reads no status to a withheld caller who confirms an agent-read reference', async () => {
    const r = router();
    const alices = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r5-held-5', [`坐席：是${alices}吗？`, '市民：对，我想查一下进度'], undefined),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'review', reason: 'not-verified' }),
    ]);
    expect(summary.reply.join(' ')).not.toContain('已受理');
  });
});
