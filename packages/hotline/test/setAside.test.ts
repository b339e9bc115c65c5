import { createTestRouter } from '@onecase/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import { rules, testServices, web } from './testServices.js';

// Calls where the caller speaks of a case only to set it aside ("那个先不用管", "leave the hot tub
// one"), or says a reference nobody can look up: the case set aside, and the caller's own case, stay as they were.
const ME = '13800000031';
const NEIGHBOUR = '13800000032';

function call(id: string, turns: string[], phone = ME) {
  return parseTranscript(`Call-Id: ${id}\nCaller: ${phone}\nAgent-Id: agent-5\n\n${turns.join('\n')}`);
}

describe('a case spoken of only to be set aside is not acted on', () => {
  let r: ReturnType<typeof createTestRouter>;
  const open = (phone: string, address: string, description: string) =>
    r.open({ service: 'noise-complaint', input: { address, description }, citizen: { phone }, via: web });
  const types = async (ref: string) => (await r.history(ref)).map((event) => event.type);
  beforeEach(() => {
    r = createTestRouter({ services: testServices });
  });

  it("urges the neighbour's case the caller named, not their own one they said to leave for now", async () => {
    const mine = await open(ME, '建设路12号', '楼上每天晚上跳绳');
    const hers = await open(NEIGHBOUR, '建设路14号', '对面超市凌晨卸货');
    const summary = await handleCall(
      r,
      call('aside-1', [
        '坐席：您好，12345热线。',
        `市民：我替隔壁阿姨打的，她不会用手机。她的编号是${hers.ref}。`,
        '坐席：查到了，是超市凌晨卸货那件。',
        '市民：对。拖了快一个月了，麻烦再催催。哦对了，我自己也有一个投诉，那个先不用管，今天就为她的事。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: hers.ref }),
    ]);
    expect(await types(mine.ref)).toEqual(['case.open']);
  });

  it('"先不用管了" about the only case leaves it open: for now is not for good', async () => {
    const mine = await open(ME, '建设路12号', '楼下烧烤店油烟和噪音');
    const summary = await handleCall(
      r,
      call('aside-2', [
        '坐席：您好，12345热线。',
        '市民：我之前投诉过楼下烧烤店，这两天他们关门装修了，那个先不用管了，等他们开业了再说。',
      ]),
      rules,
    );
    expect(summary.actions.filter((action) => action.outcome === 'applied')).toEqual([]);
    expect(await types(mine.ref)).toEqual(['case.open']);
  });

  it('withdraws the case the caller keeps, not the one they say to leave', async () => {
    const site = await open(ME, '9 Nettle Lane', 'Building site starting work at 6am');
    const tub = await open(ME, '9 Nettle Lane', 'Hot tub pump humming all night');
    const summary = await handleCall(
      r,
      call('aside-3', [
        'Agent: twelve three four five hotline',
        "Caller: hi i want to cancel one of my complaints the building site one they've finished",
        'Agent: i can see two on your number the building site and a hot tub pump',
        "Caller: yeah the building site one cancel that leave the hot tub one that's still going every night",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: site.ref }),
    ]);
    expect(await types(tub.ref)).toEqual(['case.open']);
  });
});

describe('a reference nobody can look up names no case, so the caller’s own is no stand-in', () => {
  let r: ReturnType<typeof createTestRouter>;
  let mine: Awaited<ReturnType<typeof r.open>>;
  beforeEach(async () => {
    r = createTestRouter({ services: testServices });
    mine = await r.open({
      service: 'noise-complaint',
      input: { address: '3 Chapel Row', description: 'Church bells at 6am' },
      citizen: { phone: ME },
      via: web,
    });
  });
  const untouched = async () => expect((await r.history(mine.ref)).map((e) => e.type)).toEqual(['case.open']);

  it('a reference of no known prefix, said in lower case with its groups apart, goes to review as unknown', async () => {
    const summary = await handleCall(
      r,
      call('ref-1', [
        'Agent: twelve three four five hotline',
        "Caller: hi i'd like to withdraw a complaint the reference is zq 7k4m9 qxh2t",
        "Agent: i'm not finding anything under that reference",
        "Caller: that's what the text says it's about the church bells",
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'unknown-reference' }),
    ]);
    await untouched();
  });

  it('a reference of no known prefix read out in one piece, in answer to the agent, goes to review as unknown', async () => {
    const summary = await handleCall(
      r,
      call('ref-1b', [
        'Agent: 12345 hotline, good evening.',
        'Caller: Please, I want to withdraw the complaint I made, the one about the church bells.',
        'Agent: Do you have the reference?',
        'Caller: Yes, I wrote it down. It is D18Q4QSRQWMBP.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'unknown-reference' }),
    ]);
    await untouched();
  });

  it('symbols said as a reference that make none are a misheard reference', async () => {
    const summary = await handleCall(
      r,
      call('ref-2', [
        '坐席：您好，12345热线。',
        '市民：我要撤回投诉，编号是 幺二三 四五六 七，好像少记了几位。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'review', reason: 'wrong-reference' }),
    ]);
    await untouched();
  });

  it('a spoken street number or order number is no reference', async () => {
    const summary = await handleCall(
      r,
      call('ref-3', [
        'Agent: 12345, how can I help?',
        'Caller: The church bells at 3 Chapel Row are still going at 6am, please hurry them up.',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: mine.ref }),
    ]);
  });
});

describe('the case kept and the case read back by the agent', () => {
  let r: ReturnType<typeof createTestRouter>;
  const open = (address: string, description: string) =>
    r.open({ service: 'noise-complaint', input: { address, description }, citizen: { phone: ME }, via: web });
  beforeEach(() => {
    r = createTestRouter({ services: testServices });
  });

  it('withdraws the renovation and keeps the KTV the caller says "还得接着管"', async () => {
    const works = await open('蒲芳园二区6号楼', '楼上装修周末不停');
    const ktv = await open('蒲芳园二区南门', 'KTV夜里唱歌');
    const summary = await handleCall(
      r,
      call('keep-1', [
        '坐席：您好，12345热线。',
        '市民：我有两个投诉，我想撤一个。',
        '坐席：您这个号码下面有两条：一条是楼上装修周末不停，一条是南门KTV夜里唱歌。您要撤哪一条？',
        '市民：装修那个撤了吧，人家装完了。KTV那个还得接着管啊，那个还吵着呢。',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'withdraw', outcome: 'applied', ref: works.ref }),
    ]);
    expect((await r.history(ktv.ref)).map((event) => event.type)).toEqual(['case.open']);
  });

  it('urges the case the agent names in "把…这条催办一下" when the caller says the other "还好说"', async () => {
    const site = await open('晓月南街地铁施工围挡', '地铁施工夜里打桩');
    const dog = await open('晓月南街12号院', '对门邻居家的狗白天一直叫');
    const summary = await handleCall(
      r,
      call('keep-2', [
        '坐席：您好，12345热线。',
        '市民：喂你好我要催一下我那个工单',
        '坐席：好的您这个号码下面有两条一条是晓月南街地铁施工夜里打桩一条是对门邻居家狗叫您要催哪一条',
        '市民：工地那个工地那个狗那个还好说主要是那个打装昨天又干到四点多',
        '坐席：好的那我帮您把晓月南街地铁施工夜间打桩这条催办一下',
        '市民：嗯麻烦你了',
      ]),
      rules,
    );
    expect(summary.actions).toEqual([
      expect.objectContaining({ intent: 'urge', outcome: 'applied', ref: site.ref }),
    ]);
    expect((await r.history(dog.ref)).map((event) => event.type)).toEqual(['case.open']);
  });
});
