import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CallSummary, handleCall, parseTranscript } from '../src/index.js';
import { rules, staff, testServices, web } from './testServices.js';

// Attack round 8, by a fifth tester who saw only the contract: calls that acted on the wrong case
// (all 17 before the fixes that came with this file). Alice (13800000001) has a noise complaint at
// 人民路1号 and a streetlight report at 人民路口; Bob (13900000002), her neighbour, has a noise
// complaint at 中山路2号 and a streetlight report at 中山路口. Every call comes from Alice.

const ALICE = '13800000001';
const BOB = '13900000002';

function router() {
  return createTestRouter({ services: testServices });
}
type TestRouter = ReturnType<typeof router>;

function call(id: string, turns: string[], phone: string = ALICE) {
  return parseTranscript(`Call-Id: ${id}\nCaller: ${phone}\nAgent-Id: agent-9\n\n${turns.join('\n')}`);
}

const eventsOf = async (r: TestRouter, ref: string) => (await r.history(ref)).map((e) => e.type);

async function close(r: TestRouter, ref: string) {
  await r.send(ref, { type: 'case.assign', department: 'environment' }, { via: staff });
  await r.send(ref, { type: 'case.close', answer: 'fined the site' }, { via: staff });
}

const touched = (summary: CallSummary, ref: string) =>
  summary.actions
    .filter((a) => a.ref === ref && a.outcome !== 'review')
    .map((a) => `${a.intent}:${a.outcome}`);

describe('attack round 8', () => {
  let r: TestRouter;
  let aliceNoise: string;
  let aliceLight: string;
  let bobNoise: string;
  let bobLight: string;
  beforeEach(async () => {
    r = router();
    const noise = async (address: string, description: string, phone: string) =>
      (
        await r.open({
          service: 'noise-complaint',
          input: { address, description },
          citizen: { phone },
          via: web,
        })
      ).ref;
    const light = async (location: string, description: string, phone: string) =>
      (
        await r.open({
          service: 'streetlight-repair',
          input: { location, description },
          citizen: { phone },
          via: web,
        })
      ).ref;
    aliceNoise = await noise('人民路1号', '楼下施工太吵', ALICE);
    bobNoise = await noise('中山路2号', '邻居装修太吵', BOB);
    aliceLight = await light('人民路口', '路灯不亮', ALICE);
    bobLight = await light('中山路口', '路灯坏了', BOB);
  });

  async function untouched(...refs: string[]) {
    for (const ref of refs) expect(await eventsOf(r, ref)).toEqual(['case.open']);
  }

  describe('a case designated by an address none of the caller’s cases has', () => {
    it('an English call naming a Chinese address withdraws none of the caller’s cases', async () => {
      const summary = await handleCall(
        r,
        call('r8-addr-en', ['Caller: Hi, about the noise complaint at 中山路2号, please withdraw it.']),
        rules,
      );
      await untouched(aliceNoise, aliceLight, bobNoise, bobLight);
      expect(summary.review?.reasons).toContain('no-case');
    });

    it('“中山路5号的路灯还不亮，催一下” does not urge the caller’s streetlight at 人民路口', async () => {
      const summary = await handleCall(
        r,
        call('r8-light-addr', ['Caller: 中山路5号的路灯还不亮，催一下']),
        rules,
      );
      await untouched(aliceNoise, aliceLight, bobNoise, bobLight);
      expect(summary.review?.reasons).toContain('no-case');
    });

    it('an English call about the streetlight at 中山路5号 adds nothing to the caller’s streetlight', async () => {
      const summary = await handleCall(
        r,
        call('r8-light-addr-en', [
          'Caller: The streetlight at 中山路5号 is still broken, add that it flickers.',
        ]),
        rules,
      );
      await untouched(aliceNoise, aliceLight, bobNoise, bobLight);
      expect(summary.review?.reasons).toContain('no-case');
    });
  });

  describe('a reference quoted as the neighbour’s is not the case of “mine”', () => {
    it('“My neighbour’s is NC-…. Please withdraw mine.” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-en', [`Caller: My neighbour's is ${bobNoise}. Please withdraw mine.`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“邻居说她的是NC-…，我那个补充一下” adds nothing to the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-zh-add', [`Caller: 邻居说她的是${bobNoise}，我那个补充一下：周末也在施工`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“楼下邻居的单子是NC-…，我自己的投诉撤回吧” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-zh-wd', [`Caller: 楼下邻居的单子是${bobNoise}，我自己的投诉撤回吧`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('a JSON call split over segments does not withdraw the neighbour’s case', async () => {
      const transcript = parseTranscript(
        JSON.stringify({
          callId: 'r8-nb-json',
          caller: ALICE,
          segments: [
            { speaker: 'caller', start: 0, end: 1, text: `我邻居的编号是${bobNoise}` },
            { speaker: 'caller', start: 1, end: 2, text: '我的那个投诉' },
            { speaker: 'caller', start: 2, end: 3, text: '帮我撤回' },
          ],
        }),
      );
      const summary = await handleCall(r, transcript, rules);
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“My neighbour’s case is NC-…; what’s the status of mine?” does not read the neighbour’s status', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-status', [`Caller: My neighbour's case is ${bobNoise}; what's the status of mine?`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      expect(summary.reply.join(' ')).not.toContain('waiting to be assigned');
    });

    it('“合并” to a neighbour’s case: “帮我撤回我的” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-merge-zh', [`Caller: 我的噪音投诉和我邻居${bobNoise}那个合并一下吧，帮我撤回我的`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“merge my complaint with my neighbour’s NC-… and withdraw mine” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-merge-en', [
          `Caller: Please merge my complaint with my neighbour's ${bobNoise} and withdraw mine.`,
        ]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“转到我邻居NC-…那里，我的撤了吧” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-transfer-zh', [`Caller: 我的投诉转到我邻居${bobNoise}那里，我的撤了吧`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });
  });

  describe('a reference the caller says is the neighbour’s, then “mine”', () => {
    it('“NC-…是我邻居的，我的那个帮我撤回” does not withdraw the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-owned', [`Caller: ${bobNoise}是我邻居的，我的那个帮我撤回`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('the neighbour’s reference spoken in Chinese digits (幺, 两, 杠) is not urged as “我的”', async () => {
      const digits: Record<string, string> = {
        '0': '零',
        '1': '幺',
        '2': '两',
        '3': '三',
        '4': '四',
        '5': '五',
        '6': '六',
        '7': '七',
        '8': '八',
        '9': '九',
        '-': '杠',
      };
      const spoken = [...bobNoise].map((c) => digits[c] ?? c).join('');
      const summary = await handleCall(
        r,
        call('r8-nb-digits', [`Caller: 我邻居的编号${spoken}，我的帮我催一下`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“Her reference is NC-…, mine is the other noise one. Withdraw mine.” does not withdraw hers', async () => {
      const summary = await handleCall(
        r,
        call('r8-her-ref', [
          `Caller: Her reference is ${bobNoise}, mine is the other noise one. Withdraw mine.`,
        ]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });

    it('“我邻居的NC-…别撤回，我的催一下” urges not the neighbour’s case', async () => {
      const summary = await handleCall(
        r,
        call('r8-nb-negated', [`Caller: 我邻居的${bobNoise}别撤回，我的催一下`]),
        rules,
      );
      expect(touched(summary, bobNoise)).toEqual([]);
      await untouched(bobNoise, bobLight);
    });
  });

  describe('the neighbour’s case named without a reference is none of the caller’s', () => {
    it('“我邻居的噪音投诉…给两分” does not rate the caller’s own closed case', async () => {
      await close(r, aliceNoise);
      await close(r, bobNoise);
      const summary = await handleCall(
        r,
        call('r8-rate-nb', ['Caller: 我邻居的噪音投诉根本没处理好，给两分']),
        rules,
      );
      expect(await eventsOf(r, aliceNoise)).toEqual(['case.open', 'case.assign', 'case.close']);
      expect(await eventsOf(r, bobNoise)).toEqual(['case.open', 'case.assign', 'case.close']);
      expect(summary.review?.reasons).toContain('no-case');
    });

    it('“我邻居的噪音投诉现在什么进度” does not read the caller’s own case as the neighbour’s', async () => {
      const summary = await handleCall(
        r,
        call('r8-status-nb', ['Caller: 我邻居的噪音投诉现在什么进度']),
        rules,
      );
      expect(touched(summary, aliceNoise)).toEqual([]);
      expect(summary.review?.reasons).toContain('no-case');
    });
  });
});
