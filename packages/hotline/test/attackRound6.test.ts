import { createTestRouter } from '@onecase/testing';
import { describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, staff, testServices, web } from './testServices.js';

// Attack round 6, by a third tester who saw only the contract: calls that acted on the wrong case
// or dropped a request silently (11 of them before the fixes that came with this file).
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

async function openNoise(r: TestRouter, phone: string, address: string, description: string) {
  return r.open({
    service: 'noise-complaint',
    input: { address, description },
    citizen: { phone },
    via: web,
  });
}

async function closeCase(r: TestRouter, ref: string) {
  await r.send(ref, { type: 'case.assign', department: 'noise-team' }, { via: staff });
  await r.send(ref, { type: 'case.close', answer: 'done' }, { via: staff });
}

const eventsOf = async (r: TestRouter, ref: string) => (await r.history(ref)).map((e) => e.type);

describe('attack round 6: the caller names a case that is not theirs', () => {
  it('does not withdraw the caller’s other case after “不是，是我母亲的那个”', async () => {
    const r = router();
    const construction = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const dancing = await openNoise(r, ALICE, '中山路5号', '广场舞吵得很');
    const summary = await handleCall(
      r,
      call('r6-mother', [`坐席：是${construction.ref}吗？`, '市民：不是，是我母亲的那个，帮我撤了'], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(summary.review?.reasons).toContain('no-case');
    expect(await eventsOf(r, construction.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, dancing.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the caller’s other case after “No, it’s my neighbour’s one”', async () => {
    const r = router();
    const construction = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const dancing = await openNoise(r, ALICE, '中山路5号', '广场舞吵得很');
    const summary = await handleCall(
      r,
      call(
        'r6-neighbour',
        [`Agent: Is it ${construction.ref}?`, "Caller: No, it's my neighbour's one. Please withdraw it."],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(summary.review?.reasons).toContain('no-case');
    expect(await eventsOf(r, dancing.ref)).toEqual(['case.open']);
  });

  it('does not urge the caller’s other case for “不是这个，是我邻居家的，帮他催一下”', async () => {
    const r = router();
    const construction = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const dancing = await openNoise(r, ALICE, '中山路5号', '广场舞吵得很');
    const summary = await handleCall(
      r,
      call(
        'r6-neighbour-zh',
        [`坐席：是${construction.ref}吗？`, '市民：不是这个，是我邻居家的，帮他催一下'],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, dancing.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the caller’s own case when they name another citizen’s case by its address', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const bobs = await openNoise(r, BOB, '中山路5号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r6-address', ['市民：中山路5号那个施工噪音投诉帮我撤回'], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(summary.review?.reasons).toContain('no-case');
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, bobs.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the case at 人民路1号 when the caller names 人民路99号', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r6-number', ['市民：人民路99号那个施工投诉帮我撤回'], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });

  it('does not urge the caller’s only case when they name an address it does not have', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r6-urge-address', ['市民：中山路8号那个投诉，帮我催一下'], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });
});

describe('attack round 6: a reference heard in pieces is a misread reference', () => {
  it('does not withdraw the caller’s own case when another case’s reference is split over two turns', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const bobs = await openNoise(r, BOB, '中山路5号', '太吵');
    const summary = await handleCall(
      r,
      call(
        'r6-split',
        [
          `Caller: it's ${bobs.ref.slice(0, 2)}`,
          'Agent: go on',
          `Caller: ${bobs.ref.slice(2)}. Withdraw it.`,
        ],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
    expect(await eventsOf(r, bobs.ref)).toEqual(['case.open']);
  });

  it('does not urge the caller’s own case when the reference is split “编号是NC-” … “…，帮我催一下”', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const bobs = await openNoise(r, BOB, '中山路5号', '太吵');
    const summary = await handleCall(
      r,
      call(
        'r6-split-zh',
        [`市民：编号是${bobs.ref.slice(0, 3)}`, '坐席：嗯，您说', `市民：${bobs.ref.slice(3)}，帮我催一下`],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the caller’s own case when the reference is said without its prefix', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const bobs = await openNoise(r, BOB, '中山路5号', '太吵');
    const summary = await handleCall(
      r,
      call('r6-no-prefix', [`Caller: My case is ${bobs.ref.slice(3)}, please withdraw it.`], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });

  it('does not withdraw the caller’s own case when the reference is cut short by one character', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const bobs = await openNoise(r, BOB, '中山路5号', '太吵');
    const summary = await handleCall(
      r,
      call('r6-truncated', [`Caller: It's ${bobs.ref.slice(0, -1)}, please withdraw it.`], ALICE),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });
});

describe('attack round 6: a return visit that names another case', () => {
  it('sends an urge of another of the caller’s cases, said in a return visit, to review', async () => {
    const r = router();
    const visited = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const other = await openNoise(r, ALICE, '中山路5号', '广场舞吵得很');
    await closeCase(r, visited.ref);
    const summary = await handleCall(
      r,
      call(
        'r6-visit-other',
        ['坐席：回访您的噪音投诉，满意吗？', '市民：满意。另外广场舞那个帮我催一下'],
        ALICE,
        visited.ref,
      ),
      rules,
    );
    expect(summary.review).toBeDefined();
    expect(await eventsOf(r, other.ref)).toEqual(['case.open']);
  });
});

describe('attack round 6: attacks that held', () => {
  it('withdraws the caller’s other case after “No, the other one” with two cases', async () => {
    const r = router();
    const first = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const second = await openNoise(r, ALICE, '中山路5号', '广场舞吵得很');
    const summary = await handleCall(
      r,
      call(
        'r6-other-one',
        [`Agent: Is this about ${first.ref}?`, 'Caller: No, the other one. Please withdraw it.'],
        ALICE,
      ),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: second.ref }),
    ]);
    expect(await eventsOf(r, first.ref)).toEqual(['case.open']);
  });

  it('does not verify a JSON call by a phone number said in a segment’s text', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      parseTranscript({
        callId: 'r6-json-text',
        caller: 'withheld',
        segments: [
          { speaker: 'agent', start: 0, end: 1, text: `Caller: ${ALICE}` },
          {
            speaker: 'caller',
            start: 1,
            end: 3,
            text: `Caller: ${ALICE}. Please withdraw my noise complaint.`,
          },
        ],
      }),
      rules,
    );
    expect(summary.review?.reasons).toContain('not-verified');
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });

  it('does not count a “yes” that comes before the agent’s question in out-of-order segments', async () => {
    const r = router();
    const alices = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    await openNoise(r, BOB, '中山路2号', '太吵');
    const summary = await handleCall(
      r,
      parseTranscript({
        callId: 'r6-json-order',
        caller: BOB,
        segments: [
          { speaker: 'caller', start: 5, end: 6, text: '对，帮我撤回' },
          { speaker: 'agent', start: 1, end: 2, text: `您说的是${alices.ref}吗？` },
          { speaker: 'caller', start: 0, end: 1, text: '你好' },
        ],
      }),
      rules,
    );
    expect(summary.actions.every((a) => a.outcome !== 'applied')).toBe(true);
    expect(await eventsOf(r, alices.ref)).toEqual(['case.open']);
  });

  it('does not rate a case whose reference the agent read to a caller of another number', async () => {
    const r = router();
    const alices = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    await closeCase(r, alices.ref);
    const summary = await handleCall(
      r,
      call(
        'r6-rate-other',
        [`Agent: Calling about ${alices.ref}, how satisfied are you, 1 to 5?`, 'Caller: Yes. Five.'],
        BOB,
      ),
      rules,
    );
    expect(summary.review?.reasons).toContain('not-verified');
    expect(await eventsOf(r, alices.ref)).toEqual(['case.open', 'case.assign', 'case.close']);
  });

  it('does not read status to a withheld caller who says their number and the case’s address', async () => {
    const r = router();
    const own = await openNoise(r, ALICE, '人民路1号', '楼下施工太吵');
    const summary = await handleCall(
      r,
      call('r6-withheld-status', [`市民：我是${ALICE}，人民路1号施工那个投诉现在什么进度了`], undefined),
      rules,
    );
    expect(summary.actions.some((a) => a.outcome === 'read')).toBe(false);
    expect(summary.review?.reasons).toContain('not-verified');
    expect(await eventsOf(r, own.ref)).toEqual(['case.open']);
  });
});
