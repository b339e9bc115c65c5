import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type CallClassifier,
  handleCall,
  interpretCall,
  listReviewItems,
  parseTranscript,
  reviewCallback,
} from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

const ALICE = '13800000001';
const BOB = '13900000002';
const SECRET = 'safety-test-secret';
const ID_NUMBER = '11010519491231002X';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string | undefined) {
  const caller = phone === undefined ? 'Caller: withheld\n' : `Caller: ${phone}\n`;
  return parseTranscript(`Call-Id: ${id}\n${caller}Agent-Id: agent-9\n\n${turns.join('\n')}`);
}

async function openNoise(r: TestRouter, phone: string, address: string) {
  return r.open({
    service: 'noise-complaint',
    input: { address, description: '楼下施工太吵' },
    citizen: { phone },
    via: web,
  });
}

const eventsOf = async (r: TestRouter, ref: string) => (await r.history(ref)).map((e) => e.type);

describe('the hotline safety contract', () => {
  let r: TestRouter;
  let alice: Awaited<ReturnType<typeof openNoise>>;
  let bob: Awaited<ReturnType<typeof openNoise>>;
  beforeEach(async () => {
    r = router();
    alice = await openNoise(r, ALICE, '人民路1号');
    bob = await openNoise(r, BOB, '中山路2号');
  });

  it('never acts on a reference the agent said and the caller denied; the note lands on the caller’s own case', async () => {
    const summary = await handleCall(
      r,
      call(
        'deny-1',
        [
          `Agent: Are you calling about case ${alice.ref}?`,
          "Caller: No, that's not mine. I want to add something to my complaint: they also work on Sundays.",
        ],
        BOB,
      ),
      rules,
    );
    expect(summary.interpretation.references).toEqual([
      expect.objectContaining({ ref: alice.ref, source: 'agent', denied: true, counts: false }),
    ]);
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'add-info', outcome: 'applied', ref: bob.ref }),
    ]);
    expect(await eventsOf(r, alice.ref)).toEqual(['case.open']);
  });

  it('does not withdraw a case whose reference the agent read off the screen and the caller never confirmed', async () => {
    const summary = await handleCall(
      r,
      call(
        'screen-1',
        [`Agent: I see case ${alice.ref} here.`, 'Caller: Hmm. Please withdraw my complaint, it stopped.'],
        BOB,
      ),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: bob.ref }),
    ]);
    expect((await r.get(alice.ref)).state.done).toBe(false);
  });

  it('sends a confirmed agent-read reference of someone else’s case to review instead of withdrawing it', async () => {
    const summary = await handleCall(
      r,
      call(
        'confirm-1',
        [
          `Agent: Is it case ${alice.ref}?`,
          'Caller: Yes.',
          'Caller: Please withdraw it, I do not need it anymore.',
        ],
        BOB,
      ),
      rules,
    );
    expect(summary.interpretation.references[0]).toMatchObject({ source: 'agent-confirmed', counts: true });
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'not-verified' }),
    ]);
    expect(await eventsOf(r, alice.ref)).toEqual(['case.open']);
  });

  it('never falls back to the caller’s own cases when they name a reference no service has', async () => {
    for (const said of ['XQ-7K4M9-QXH2T', 'X Q 7 K 4 M 9 Q X H 2 T']) {
      const summary = await handleCall(
        r,
        call(
          `odd-ref-${said.length}`,
          [`Caller: I'd like to withdraw my complaint, reference ${said}. It's sorted.`],
          ALICE,
        ),
        rules,
      );
      expect(summary.actions).toEqual([
        expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'unknown-reference' }),
      ]);
    }
    expect(await eventsOf(r, alice.ref)).toEqual(['case.open']);
  });

  it('lets a caller act on a case whose reference they said themselves, from any number', async () => {
    const summary = await handleCall(
      r,
      call(
        'own-ref-1',
        [`Caller: I'm calling for my mother, case ${alice.ref}, nobody came, please hurry.`],
        BOB,
      ),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: alice.ref }),
    ]);
  });

  it('never takes a withheld number plus a spoken phone number as verification: nothing changed, nothing read back', async () => {
    const withdraw = await handleCall(
      r,
      call('imp-1', ['市民：我的手机号是 幺三八 零零零零 零零零幺，我要撤回我的投诉'], undefined),
      rules,
    );
    expect(withdraw.interpretation.caller).toBeUndefined();
    expect(withdraw.interpretation.spokenPhone).toBe(ALICE);
    expect(withdraw.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'not-verified' }),
    ]);
    expect(await eventsOf(r, alice.ref)).toEqual(['case.open']);

    const status = await handleCall(
      r,
      call('imp-2', ['市民：我想查一下我投诉的进度，我电话是 13800000001'], undefined),
      rules,
    );
    expect(status.actions).toEqual([
      expect.objectContaining({ intent: 'status', outcome: 'review', reason: 'not-verified' }),
    ]);
    expect(status.actions[0]!.state).toBeUndefined();
    expect(status.reply.join(' ')).not.toContain('已受理');
    // Says why and offers the channels that can verify the caller.
    expect(status.reply[0]).toMatch(/无法核实来电人身份.*受理编号.*App.*窗口/);
  });

  it('applies the safety rules whatever a plugged-in classifier claims', async () => {
    const greedy: CallClassifier = () => [{ kind: 'withdraw', confidence: 0.99, ref: alice.ref, turn: 0 }];
    const unheard = await handleCall(r, call('cls-1', ['Caller: hello, just checking in'], BOB), rules, {
      classify: greedy,
    });
    expect(unheard.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'unconfirmed-reference' }),
    ]);
    const denied = await handleCall(
      r,
      call('cls-2', [`Agent: Is this about ${alice.ref}?`, 'Caller: no, not mine'], BOB),
      rules,
      { classify: greedy },
    );
    expect(denied.actions[0]).toMatchObject({ outcome: 'review', reason: 'unconfirmed-reference' });
    const byPhone = await handleCall(r, call('cls-3', ['Caller: please cancel'], BOB), rules, {
      classify: () => [{ kind: 'withdraw', confidence: 0.95 }],
    });
    // Without a reference, only the verified caller's own case can be the target.
    expect(byPhone.actions[0]).toMatchObject({ outcome: 'applied', ref: bob.ref });
    expect(await eventsOf(r, alice.ref)).toEqual(['case.open']);
  });

  it('refuses a malformed classifier answer before anything is applied', async () => {
    const bad: CallClassifier = () => [{ kind: 'explode' as never, confidence: 2 }];
    await expect(
      handleCall(r, call('cls-4', ['Caller: hi'], BOB), rules, { classify: bad }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await listReviewItems(r)).toEqual([]);
  });
});

describe('review items keep no identifier in clear', () => {
  it('seals the callback number, hashes the caller and redacts phone and ID numbers from the excerpt', async () => {
    const r = router();
    const transcripts = [
      call(
        'pii-1',
        [
          `市民：我身份证号是${ID_NUMBER}，电话 138 0000 0001，帮我催一下`,
          '市民：或者打 幺三九 零零零零 零零零二',
        ],
        ALICE,
      ),
      call('pii-2', ['Caller: call me on 13900000002, I want to report something'], undefined),
      call('pii-3', ['Caller: you useless idiots'], BOB),
    ];
    await openNoise(r, ALICE, '人民路1号');
    await openNoise(r, ALICE, '人民路3号');
    for (const transcript of transcripts) await handleCall(r, transcript, rules, { secret: SECRET });
    const items = await listReviewItems(r);
    expect(items).toHaveLength(3);
    const stored = JSON.stringify(
      await Promise.all(items.map(async (item) => ({ item, history: await r.history(item.ref) }))),
    );
    for (const identifier of [ALICE, BOB, ID_NUMBER, '1380000', '1390000', '110105194912']) {
      expect(stored).not.toContain(identifier);
    }
    expect(stored).not.toMatch(/(?<![0-9A-Za-z_-])(?:1[3-9]\d{9}|\d{17}[\dX])(?![0-9A-Za-z])/);
    const [first] = items.filter((item) => (item.context as { callId: string }).callId === 'pii-1');
    expect(reviewCallback(first!, SECRET)).toBe(ALICE);
    expect(first!.context).toMatchObject({
      callbackVerified: true,
      callerKey: expect.stringMatching(/^phone:/),
    });
    expect(() => reviewCallback(first!, 'another-secret')).toThrow(/key/);
    const abuse = items.find((item) => (item.context as { callId: string }).callId === 'pii-3');
    expect(abuse!.context).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ reason: 'abuse' })]),
    });
  });

  it('keeps no callback at all without a secret', async () => {
    const r = router();
    await handleCall(r, call('pii-4', ['Caller: hello?'], ALICE), rules);
    const [item] = await listReviewItems(r);
    expect(item!.context).not.toHaveProperty('callback');
    expect(JSON.stringify(item!.context)).not.toContain(ALICE);
  });
});

describe('understanding that generalises', () => {
  const kinds = (...turns: string[]) =>
    interpretCall(call('u', turns, ALICE), rules)
      .intents.filter((intent) => intent.confidence >= rules.threshold)
      .map((intent) => intent.kind)
      .sort();

  it('reads "please hurry" in a new report as urgency, not an urge', () => {
    const reading = interpretCall(
      call('u-1', ['市民：我要投诉，人民路5号楼下装修太吵了，麻烦你们快点派人来，越快越好'], ALICE),
      rules,
    );
    expect(reading.intents.filter((i) => i.confidence >= rules.threshold).map((i) => i.kind)).toEqual([
      'new-request',
    ]);
    expect(reading.flags).toContain('urgency');
  });

  it('takes the last answer when the caller corrects themselves', () => {
    const score = (...turns: string[]) =>
      interpretCall(call('u-2', turns, ALICE), rules).intents.find((i) => i.kind === 'rate')?.details.score;
    expect(
      score('Agent: return visit, how satisfied are you, 1 to 5?', 'Caller: a four — no, make it a five'),
    ).toBe(5);
    expect(score('坐席：回访，请您打分，1到5分', '市民：三分……算了，给四分吧')).toBe(4);
    expect(
      interpretCall(
        call('u-3', ['市民：我要投诉，住在人民路30号，不对不对，是人民路38号，楼上装修太吵'], ALICE),
        rules,
      ).slots.address,
    ).toBe('人民路38号');
  });

  it('takes the address the agent read back and the caller confirmed', () => {
    const reading = interpretCall(
      call(
        'u-4',
        [
          'Caller: I want to report loud construction noise, at 14 Baker Street, sorry, no, 41',
          'Agent: So that is 41 Baker Street, right?',
          'Caller: Yes.',
        ],
        ALICE,
      ),
      rules,
    );
    expect(reading.slots.address).toBe('41 Baker Street');
  });

  it('keeps two requests of one call apart', () => {
    expect(
      kinds(
        '坐席：这里是12345回访，请问您对处理结果满意吗？',
        '市民：满意。另外我还有一个投诉，现在到哪一步了？',
      ),
    ).toEqual(['rate', 'status']);
  });
});
