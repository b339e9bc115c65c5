import { CaseError, createCaseRef } from '@onecase/core';
import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  handleCall,
  listReturnVisits,
  listReviewItems,
  parseTranscript,
  recordReturnVisit,
  reviewCallback,
} from '../src/index.js';
import { rules, staff, testServices, web } from './testServices.js';

const PHONE = '13800138000';
const SECRET = 'hotline-test-secret';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string | undefined = PHONE) {
  const caller = phone === undefined ? '' : `Caller: ${phone}\n`;
  return parseTranscript(`Call-Id: ${id}\n${caller}Agent-Id: agent-7\n\n${turns.join('\n')}`);
}

async function openNoise(r: TestRouter, phone = PHONE, address = '人民路12号') {
  return r.open({
    service: 'noise-complaint',
    input: { address, description: '楼下施工太吵' },
    citizen: { phone },
    via: web,
  });
}

async function snapshotOf(r: TestRouter, phone = PHONE) {
  const cases = await r.find({ phone });
  return Promise.all(cases.map(async (c) => ({ ref: c.ref, events: (await r.history(c.ref)).length })));
}

function misheard(ref: string): string {
  return `${ref.slice(0, -1)}${ref.endsWith('X') ? 'Y' : 'X'}`;
}

describe('handleCall', () => {
  let r: TestRouter;
  beforeEach(() => {
    r = router();
  });

  it('opens a new request for the caller as the agent, and a replay opens nothing more', async () => {
    const transcript = call('new-1', [
      '坐席：您好，12345热线。',
      '市民：呃，我要投诉，我住在人民路12号，楼下每天晚上11点以后还在施工，吵得睡不着。',
    ]);
    const summary = await handleCall(r, transcript, rules);
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'new-request', outcome: 'opened', service: 'noise-complaint' }),
    ]);
    const ref = summary.actions[0]!.ref!;
    const view = await r.get(ref);
    expect(view.openedVia).toEqual({ channel: 'hotline', actor: { id: 'agent-7', role: 'agent' } });
    expect(summary.reply[0]).toContain(ref);
    expect(summary.reply[0]).toContain('已受理');

    const again = await handleCall(r, transcript, rules);
    expect(again.actions[0]!.ref).toBe(ref);
    expect(await snapshotOf(r)).toEqual([{ ref, events: 1 }]);
  });

  it('reads back the status of the named case, and of every open case when none is named', async () => {
    const a = await openNoise(r);
    const b = await r.open({
      service: 'streetlight-repair',
      input: { location: '中山路', description: '路灯不亮' },
      citizen: { phone: PHONE },
      via: web,
    });
    await r.send(b.ref, { type: 'case.assign', department: 'lights' }, { via: staff });
    const named = await handleCall(r, call('st-1', [`Caller: what's the status of ${b.ref}?`]), rules);
    expect(named.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'read', ref: b.ref, state: 'being repaired' }),
    ]);
    expect(named.reply[0]).toContain('being repaired');
    expect(named.actions[0]!.next).toEqual(['add-info', 'urge', 'withdraw']);
    expect(named.reply[0]).toContain('You can call us to add information');
    const both = await handleCall(
      r,
      call('st-3', [`Caller: what's the status of ${a.ref} and ${b.ref}?`]),
      rules,
    );
    expect(both.actions.map((action) => [action.outcome, action.ref])).toEqual([
      ['read', a.ref],
      ['read', b.ref],
    ]);
    const all = await handleCall(r, call('st-2', ['市民：我想查一下我反映的问题的进度']), rules);
    expect(all.actions.map((action) => action.ref).sort()).toEqual([a.ref, b.ref].sort());
    expect(all.review).toBeUndefined();
  });

  it('adds information to the named case once, however often the call is replayed', async () => {
    const { ref } = await openNoise(r);
    const transcript = call('info-1', [
      '坐席：您好',
      `市民：我之前投诉过，编号是 ${ref.toLowerCase().split('').join(' ')}，我想补充一下`,
      '市民：现在凌晨两点还在施工',
    ]);
    const first = await handleCall(r, transcript, rules);
    expect(first.actions).toEqual([
      expect.objectContaining({ intent: 'add-info', outcome: 'applied', ref, event: 'info.add' }),
    ]);
    expect((await r.get(ref)).context).toMatchObject({
      notes: [expect.stringContaining('凌晨两点还在施工')],
    });
    const replay = await handleCall(r, transcript, rules);
    expect(replay.actions[0]!.outcome).toBe('already-applied');
    expect((await r.history(ref)).map((e) => e.type)).toEqual(['case.open', 'info.add']);
  });

  it('urges the only open case of the caller', async () => {
    const { ref } = await openNoise(r);
    const summary = await handleCall(
      r,
      call('urge-1', ['Caller: um it has been a week and nobody came, can you hurry them up?']),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref, event: 'case.urge' }),
    ]);
    expect((await r.get(ref)).context).toMatchObject({ urges: 1 });
    const [, urge] = await r.history(ref);
    expect(urge).toMatchObject({
      via: { channel: 'hotline', actor: { id: 'agent-7' } },
      idempotencyKey: 'hotline:urge-1:c0:urge',
    });
  });

  it('withdraws a case and refuses a second withdrawal from another call', async () => {
    const { ref } = await openNoise(r);
    const summary = await handleCall(r, call('wd-1', [`市民：${ref}，问题已经解决了，我要撤回投诉`]), rules);
    expect(summary.actions[0]).toMatchObject({ intent: 'withdraw', outcome: 'applied', state: '已撤回' });
    expect((await r.get(ref)).state.done).toBe(true);
    const later = await handleCall(r, call('wd-2', [`Caller: please withdraw ${ref}`]), rules);
    expect(later.actions[0]).toMatchObject({ intent: 'withdraw', outcome: 'not-allowed', ref });
    expect(await r.history(ref)).toHaveLength(2);
  });

  it('replays a call found by phone as a no-op even after the case moved on', async () => {
    const { ref } = await openNoise(r);
    const transcript = call('wd-3', [
      'Caller: we sorted it out with the neighbours, please withdraw my complaint',
    ]);
    expect((await handleCall(r, transcript, rules)).actions[0]).toMatchObject({ outcome: 'applied', ref });
    const replay = await handleCall(r, transcript, rules);
    expect(replay.actions[0]).toMatchObject({ outcome: 'already-applied', ref });
    expect(replay.review).toBeUndefined();
    expect(await r.history(ref)).toHaveLength(2);
    expect(await listReviewItems(r)).toEqual([]);
  });

  it('never touches a case when the reference fails its check character, and asks to confirm it', async () => {
    const { ref } = await openNoise(r);
    const before = await snapshotOf(r);
    const wrong = misheard(ref);
    const summary = await handleCall(r, call('wrong-1', [`市民：编号${wrong}，帮我催一下`]), rules);
    expect(summary.actions).toEqual([
      expect.objectContaining({
        intent: 'urge',
        outcome: 'review',
        reason: 'wrong-reference',
        refs: [wrong],
      }),
    ]);
    expect(summary.reply[0]).toContain('核对');
    expect(await snapshotOf(r)).toEqual(before);
    expect(summary.review).toMatchObject({
      reasons: ['wrong-reference'],
      ref: expect.stringMatching(/^HR-/),
    });
  });

  it('sends an unnamed case of a caller with several open cases to review', async () => {
    await openNoise(r);
    await openNoise(r, PHONE, '中山路8号');
    const before = await snapshotOf(r);
    const summary = await handleCall(r, call('amb-1', ['市民：怎么还没人来处理，帮我催一下']), rules, {
      secret: SECRET,
    });
    expect(summary.actions[0]).toMatchObject({ outcome: 'review', reason: 'several-cases' });
    expect(summary.actions[0]!.refs).toHaveLength(2);
    expect(await snapshotOf(r)).toEqual(before);

    const queue = await listReviewItems(r);
    expect(queue.map((item) => item.ref)).toEqual([summary.review!.ref]);
    expect(queue[0]!.context).toMatchObject({
      callId: 'amb-1',
      items: [expect.objectContaining({ reason: 'several-cases' })],
    });
    // The reviewer can call back, but the number is stored sealed, never in clear.
    expect(reviewCallback(queue[0]!, SECRET)).toBe(PHONE);
    expect(JSON.stringify(queue[0]!.context)).not.toContain(PHONE);
    await handleCall(r, call('amb-1', ['市民：怎么还没人来处理，帮我催一下']), rules);
    expect(await listReviewItems(r)).toHaveLength(1);
    await r.send(
      summary.review!.ref!,
      { type: 'review.resolve', resolution: 'urged the right one' },
      { via: staff },
    );
    expect(await listReviewItems(r)).toEqual([]);
    expect(await r.find({ phone: PHONE })).toHaveLength(2);
  });

  it('does not pick one of two named cases to act on', async () => {
    const a = await openNoise(r);
    const b = await openNoise(r, PHONE, '中山路8号');
    const summary = await handleCall(
      r,
      call('two-1', [`市民：${a.ref} 还有 ${b.ref}，帮我催一下其中一个`]),
      rules,
    );
    expect(summary.actions[0]).toMatchObject({
      outcome: 'review',
      reason: 'several-references',
      refs: [a.ref, b.ref],
    });
    expect((await r.history(a.ref)).length + (await r.history(b.ref)).length).toBe(2);
  });

  it('sends a doubtful call to review instead of guessing', async () => {
    await openNoise(r);
    const summary = await handleCall(
      r,
      call('low-1', ['Caller: hmm, I was wondering about the result, also the cancel thing']),
      rules,
    );
    expect(summary.actions.every((action) => action.outcome === 'review')).toBe(true);
    expect(summary.review?.reasons).toEqual(['low-confidence']);
  });

  it('reports a reference that is well formed but unknown', async () => {
    const summary = await handleCall(
      r,
      call('unk-1', [`Caller: please hurry up case ${createCaseRef('NC')}`]),
      rules,
    );
    expect(summary.actions[0]).toMatchObject({ outcome: 'review', reason: 'unknown-reference' });
  });

  it('lists closed cases due a return visit and records the rating from the visit call', async () => {
    const { ref } = await openNoise(r);
    await r.send(ref, { type: 'case.assign', department: 'env' }, { via: staff });
    await r.send(ref, { type: 'case.close', answer: 'fined the site' }, { via: staff });
    const closedAt = r.clock.now();
    r.clock.advance('1d');
    const due = await listReturnVisits(r, rules, { phones: [PHONE], now: r.clock.now(), afterMs: 3_600_000 });
    expect(due).toEqual([expect.objectContaining({ ref, closedAt })]);
    // Without phones or references: every case of the rules' services, through router.list.
    expect(await listReturnVisits(r, rules, { now: r.clock.now(), afterMs: 3_600_000 })).toEqual(due);
    expect(await listReturnVisits(r, rules, { now: r.clock.now(), afterMs: 2 * 86_400_000 })).toEqual([]);
    expect(
      await listReturnVisits(r, rules, { refs: [ref], now: r.clock.now(), afterMs: 3 * 86_400_000 }),
    ).toEqual([]);

    const visit = call('visit-1', [
      '坐席：您好，这里是12345回访，请问您对处理结果满意吗？',
      '市民：嗯，基本满意吧，就是晚上偶尔还有点吵。',
    ]);
    const summary = await recordReturnVisit(r, visit, rules, { ref });
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'rate', outcome: 'applied', score: 3, ref }),
    ]);
    expect((await r.get(ref)).context).toMatchObject({ score: 3 });
    expect(await listReturnVisits(r, rules, { phones: [PHONE], now: r.clock.now() })).toEqual([]);
  });

  it('throws when the store is down, and handling the call again later applies it once', async () => {
    const { ref } = await openNoise(r);
    const transcript = call('down-1', ['Caller: nobody came, please hurry them up']);
    const failing = {
      ...r,
      get: r.get,
      find: r.find,
      history: r.history,
      open: r.open,
      send: async () => {
        throw new CaseError('STORE_UNAVAILABLE', 'connection refused');
      },
    };
    await expect(handleCall(failing, transcript, rules)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await handleCall(r, transcript, rules)).actions[0]).toMatchObject({ outcome: 'applied', ref });
    expect((await handleCall(r, transcript, rules)).actions[0]).toMatchObject({
      outcome: 'already-applied',
      ref,
    });
    expect((await r.get(ref)).context).toMatchObject({ urges: 1 });
  });

  it('asks for a reference when a withheld caller names none', async () => {
    const withheld = parseTranscript('Call-Id: anon-1\nAgent-Id: agent-7\n\n市民：我想查一下进度');
    const summary = await handleCall(r, withheld, rules);
    expect(summary.actions).toEqual([{ intent: 'status', outcome: 'no-case' }]);
    expect(summary.review).toBeUndefined();
  });

  it('sends a status question to a person when the number it came from holds no case', async () => {
    // The case may be under another number or a relative's name: someone looks it up and calls back.
    const summary = await handleCall(r, call('none-1', ['市民：我想查一下我投诉的进度']), rules);
    expect(summary.actions).toEqual([{ intent: 'status', outcome: 'review', reason: 'no-case' }]);
    expect(summary.review?.reasons).toEqual(['no-case']);
    expect(await snapshotOf(r)).toEqual([]);
  });
});
