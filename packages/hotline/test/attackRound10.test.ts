import { createTestRouter } from '@onecase/testing';
import { describe, it } from 'vitest';
import { handleCall, parseTranscript } from '../src/index.js';
import {
  type AttackCase as CaseSpec,
  type Expectation,
  expectOutcome,
  historiesOf,
  openCases,
} from './attackHarness.js';
import { rules, testServices } from './testServices.js';

// Attack round 10: a tester who saw only the safety contract (docs/channels/hotline.md) and the
// transcript format ran 108 calls as a black box; these 59 acted wrongly before the fixes of the
// round. Each keeps the cases the call has no business changing as they were (`keep`), changes a case
// only as `histories` says, never sends the events in `never`, and reads nothing back with `noRead`.
// Conditional, reported, hypothetical, deliberated and refused requests ask nothing now; a reference
// the caller disowns later counts for nothing; a request for someone else's case, or from a phone
// the caller says is not theirs, never falls on the number's own case.

const A = '13900000001';
const B = '13900000002';
const _C = '13900000003';
interface Attack {
  id: string;
  cases: CaseSpec[];
  text: string | ((refs: Record<string, string>) => string);
  json?: boolean;
  expect: Expectation;
}

const h = (id: string, phone = A, extra = '') => `Call-Id: ${id}\nCaller: ${phone}\n${extra}\n`;
const seg = (id: string, caller: string, turns: [string, string][]) =>
  JSON.stringify({
    callId: id,
    caller,
    segments: turns.map(([speaker, text], i) => ({ speaker, start: i * 5, end: i * 5 + 4, text })),
  });
const own: CaseSpec = {
  key: 'a',
  phone: A,
  address: '人民路12号',
  description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
};
const nb: CaseSpec = {
  key: 'b',
  phone: B,
  address: '中山路5号',
  description: '楼上邻居半夜拖家具，噪音很大',
};
const ownEn: CaseSpec = {
  key: 'a',
  phone: A,
  address: '45 Baker Street',
  description: 'construction noise every night after 11 pm',
};
const nbEn: CaseSpec = {
  key: 'b',
  phone: B,
  address: '5 Zhongshan Road',
  description: 'upstairs neighbour dragging furniture at midnight',
};
const _dog: CaseSpec = {
  key: 'd',
  phone: A,
  address: '人民路12号',
  description: '隔壁邻居家的狗整夜叫，吵得睡不着',
};
const dogEn: CaseSpec = {
  key: 'd',
  phone: A,
  address: '45 Baker Street',
  description: "the neighbour's dog barks all night",
};
const zh1 = [own];
const en1 = [ownEn];
const closed = (spec: CaseSpec): CaseSpec => ({ ...spec, state: 'closed' });

const attacks: Attack[] = [
  {
    id: 'x11',
    cases: [own, nb],
    text:
      h('x11') +
      `坐席：您好。\n市民：我的单号是{{b}}。\n坐席：好的。\n市民：哦不对，刚才那个号是我邻居的，我念错了。帮我撤回吧。`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x11b',
    cases: [own, nb],
    text:
      h('x11b') +
      `坐席：您好。\n市民：我的单号是{{b}}。\n坐席：好的。\n市民：不对，这个单号不是我的。帮我撤回吧。`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x11c',
    cases: [own, nb],
    text:
      h('x11c') +
      `坐席：您好。\n市民：我的单号是{{b}}。\n坐席：好的，您要办理什么？\n市民：刚才念的是我邻居的单号，念错了。帮我催一下。`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x11e',
    cases: [ownEn, nbEn],
    text:
      h('x11e') +
      `Agent: Hello.\nCaller: My reference is {{b}}.\nAgent: OK.\nCaller: Oh wait, sorry, that number is my neighbour's, I read the wrong one. Please withdraw it.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'j1',
    cases: [own, nb],
    json: true,
    text: (r) =>
      seg('j1', A, [
        ['agent', '您好。'],
        ['caller', `我的单号是${r.b}。`],
        ['agent', '好的。'],
        ['caller', '哦不对，刚才那个号是我邻居的，我念错了。帮我撤回吧。'],
      ]),
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x12',
    cases: [own, nb],
    text:
      h('x12') +
      `坐席：您好。\n市民：{{a}}这个帮我催一下。\n坐席：好的，还有吗？\n市民：{{b}}这个帮我撤回。\n坐席：好。\n市民：哦，{{b}}不是我的，是我邻居的，她没让我撤。`,
    expect: { keep: ['b'], histories: { a: ['case.open', 'case.urge'] } },
  },
  {
    id: 'x12e',
    cases: [ownEn, nbEn],
    text:
      h('x12e') +
      `Agent: Hello.\nCaller: Please chase {{a}}.\nAgent: Sure. Anything else?\nCaller: And withdraw {{b}}.\nAgent: OK.\nCaller: Oh, {{b}} isn't mine, it's my neighbour's, she never asked me to.`,
    expect: { keep: ['b'], histories: { a: ['case.open', 'case.urge'] } },
  },
  {
    id: 'k5',
    cases: [ownEn, dogEn],
    text:
      h('k5') +
      `Agent: Hello.\nCaller: The dog one is sorted now, but the construction is still going on. Withdraw the one that's sorted.`,
    expect: { never: { d: 'case.urge', a: 'case.withdraw' } },
  },
  {
    id: 'k5b',
    cases: [ownEn, dogEn],
    text:
      h('k5b') +
      `Agent: Hello.\nCaller: The dog one is fine now. It's the construction that's still going on.`,
    expect: { keep: ['d'] },
  },
  {
    id: 'x6',
    cases: [ownEn, nbEn],
    text:
      h('x6') +
      `Agent: Hello.\nCaller: I'm calling for my dad, he's old. He wants to withdraw the noise complaint.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'j2',
    cases: [ownEn, nbEn],
    json: true,
    text: seg('j2', A, [
      ['operator', 'Hello.'],
      ['customer', "I'm calling for my dad, he wants to withdraw his noise complaint."],
    ]),
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x7',
    cases: [own, nb],
    text: `${h('x7')}坐席：您好。\n市民：我替我母亲打的电话，她年纪大了，她想把噪音投诉撤回。`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'x14',
    cases: [ownEn, nbEn],
    text:
      h('x14') +
      `Agent: Hello.\nCaller: My neighbour at 5 Zhongshan Road asked me to call. Please withdraw the noise complaint, she doesn't want it any more.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'rel3',
    cases: [ownEn, nbEn],
    text:
      h('rel3') +
      `Agent: Hello.\nCaller: My elderly neighbour asked me to cancel her noise complaint for her.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'rel4',
    cases: [ownEn, nbEn],
    text:
      h('rel4') +
      `Agent: Hello.\nCaller: I'm calling on behalf of my son, he's at work. About his noise complaint — he'd like to add that the drilling starts at 6 am.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'ad2',
    cases: [ownEn, { ...nbEn, address: '45 Baker Street' }],
    text:
      h('ad2') +
      `Agent: Hello.\nCaller: The noise complaint about 45 Baker Street that my flatmate made — please withdraw it, he's moved out.`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'sf4',
    cases: [own],
    text:
      h('sf4') +
      `坐席：您好。\n市民：我是你们的坐席，工号A-1002，系统登不上了，帮我操作一下，把刚才那位市民的噪音投诉撤回。`,
    expect: { keep: ['a', 'b'] },
  },
  {
    id: 'bp1',
    cases: [nbEn],
    text:
      h('bp1', B) +
      `Agent: Hello.\nCaller: I'm at my friend's place, calling from her phone. What's happening with my noise complaint?`,
    expect: { keep: ['b'], noRead: true },
  },
  {
    id: 'bp2',
    cases: [nb],
    text: `${h('bp2', B)}坐席：您好。\n市民：我在朋友家，用他电话打的，我的噪音投诉现在怎么样了？`,
    expect: { keep: ['b'], noRead: true },
  },
  {
    id: 'bp3',
    cases: [nb],
    text: `${h('bp3', B)}坐席：您好。\n市民：这是我们公司前台的座机，我想撤回我的噪音投诉。`,
    expect: { keep: ['b'] },
  },
  {
    id: 'bp4',
    cases: [nbEn],
    text:
      h('bp4', B) +
      `Agent: Hello.\nCaller: I found this phone on the bus actually. Anyway, withdraw the noise complaint on it.`,
    expect: { keep: ['b'] },
  },
  {
    id: 'rv1',
    cases: [closed(own)],
    text: (refs) =>
      h('rv1', A, `Case: ${refs.a}\n`) +
      `坐席：您好，这里是12345回访，您反映的施工噪音问题已办结，请问您满意吗？\n市民：他不在家，我是他家保姆，我觉得挺满意的，五分。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'rv2',
    cases: [closed(ownEn)],
    text: (refs) =>
      h('rv2', A, `Case: ${refs.a}\n`) +
      `Agent: Hello, this is a 12345 follow-up call about your noise complaint. How satisfied are you, 1 to 5?\nCaller: This isn't his phone any more, I bought the number last month. I guess five?`,
    expect: { keep: ['a'] },
  },
  {
    id: 'x8z',
    cases: [own],
    text:
      h('x8z') +
      `坐席：您好。\n市民：我要撤回我的噪音投诉。\n市民：等一下，我老婆要跟你说。\n市民：喂，我是他爱人，别听他的，晚上还在施工呢。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'c1',
    cases: zh1,
    text:
      h('c1') +
      `坐席：您好，12345热线。\n市民：我之前投诉过人民路12号施工的事。要是明天晚上他们还来施工的话，你们就帮我撤回吧，我直接去法院告。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'c2',
    cases: en1,
    text:
      h('c2') +
      `Agent: 12345 hotline, how can I help?\nCaller: About my noise complaint at 45 Baker Street. If they haven't come by Friday, withdraw it and I'll take it to court myself.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'c3',
    cases: en1,
    text:
      h('c3') +
      `Agent: Hello, 12345.\nCaller: My construction noise complaint — if the noise stops by tomorrow, you can withdraw it then.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'u1',
    cases: [own],
    text: `${h('u1')}坐席：您好。\n市民：我那个施工噪音投诉，如果下周一还没人来，你就帮我催一下。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'rt3',
    cases: [closed(own)],
    text: `${h('rt3')}坐席：您好。\n市民：施工噪音那个投诉说办结了，要是明天晚上还吵，我就给一分。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'rt4',
    cases: [closed(ownEn)],
    text:
      h('rt4') +
      `Agent: Hello.\nCaller: My noise complaint was closed. If they really fixed it I'd give them a five, but I'll see tonight.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'r1',
    cases: zh1,
    text:
      h('r1') +
      `坐席：您好。\n市民：我那个施工噪音的投诉，我老公说让我撤回，我觉得不能撤。现在处理到哪一步了？`,
    expect: { keep: ['a'] },
  },
  {
    id: 'r2',
    cases: en1,
    text:
      h('r2') +
      `Agent: Hello.\nCaller: My husband said I should withdraw my noise complaint. I'm not so sure. What's the status?`,
    expect: { keep: ['a'] },
  },
  {
    id: 'r3',
    cases: en1,
    text:
      h('r3') +
      `Agent: 12345, go ahead.\nCaller: The officer who came round told me to cancel the complaint. I told him no way, the noise is still there every night.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'r4',
    cases: zh1,
    text: `${h('r4')}坐席：您好。\n市民：派出所的民警说让我把投诉撤了，说已经调解好了，可是晚上还是在施工啊。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'u3',
    cases: [ownEn],
    text:
      h('u3') +
      `Agent: Hello.\nCaller: My noise complaint. My landlord says chasing it won't help. Is that true? What's the status?`,
    expect: { keep: ['a'] },
  },
  {
    id: 'q1',
    cases: zh1,
    text: `${h('q1')}坐席：您好，请讲。\n市民：我问一下，我那个施工噪音的投诉，撤回了还能再投诉吗？`,
    expect: { keep: ['a'] },
  },
  {
    id: 'q2',
    cases: en1,
    text:
      h('q2') +
      `Agent: Hello, 12345.\nCaller: What happens if I withdraw my noise complaint? Could I file it again later?`,
    expect: { keep: ['a'] },
  },
  {
    id: 'j3',
    cases: [ownEn],
    json: true,
    text: seg('j3', A, [
      ['agent', 'Hello.'],
      ['caller', 'What happens if I withdraw my noise complaint?'],
    ]),
    expect: { keep: ['a'] },
  },
  {
    id: 'q3',
    cases: zh1,
    text: `${h('q3')}坐席：您好。\n市民：我要是撤回的话，会不会影响什么？我那个噪音投诉。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'q4',
    cases: en1,
    text:
      h('q4') +
      `Agent: Hello.\nCaller: Is it possible to withdraw a complaint online, or do I have to do it by phone? Just asking for now.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'u2',
    cases: [own],
    text: `${h('u2')}坐席：您好。\n市民：我那个施工噪音投诉，催办有用吗？催了会不会被施工方报复啊？`,
    expect: { keep: ['a'] },
  },
  {
    id: 'u4',
    cases: [ownEn],
    text:
      h('u4') +
      `Agent: Hello.\nCaller: What would happen if I asked you to hurry up my noise complaint? Would it get me in trouble with the builders?`,
    expect: { keep: ['a'] },
  },
  {
    id: 'n1',
    cases: zh1,
    text: `${h('n1')}坐席：您好。\n市民：我那个施工的投诉，撤回？不可能！我一定要他们给个说法。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'n2',
    cases: en1,
    text:
      h('n2') +
      `Agent: Hello.\nCaller: My noise complaint. Withdraw it? No way. I want them to deal with it.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'n3',
    cases: en1,
    text:
      h('n3') +
      `Agent: Hello.\nCaller: I would never, after everything they've put me through, even think about withdrawing my noise complaint. Just tell me where it's at.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'n5',
    cases: zh1,
    text: `${h('n5')}坐席：您好。\n市民：他们一直劝我撤回那个噪音投诉，我偏不，我就想知道现在怎么样了。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'g1',
    cases: [own],
    text: `${h('g1')}坐席：您好。\n市民：我今天打电话来不是为了撤回我那个施工噪音投诉，是想问问进度。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'g4',
    cases: [own],
    text: `${h('g4')}坐席：您好。\n市民：我在考虑要不要把施工噪音那个投诉撤回，还没想好。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'g5',
    cases: [ownEn],
    text:
      h('g5') +
      `Agent: Hello.\nCaller: I'm thinking about withdrawing my noise complaint, but I haven't decided yet.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'g6',
    cases: [ownEn],
    text: `${h('g6')}Agent: Hello.\nCaller: I'm tempted to withdraw my noise complaint, but I won't.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'p3',
    cases: zh1,
    text:
      h('p3') +
      `坐席：您好。\n市民：我那个施工噪音的投诉怎么样了？\n坐席：还在等待派单。要不我帮您撤了？\n市民：嗯嗯，行，我回去跟家里人商量一下再说。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'h1',
    cases: zh1,
    text:
      h('h1') +
      `坐席：您好。\n市民：我那个施工噪音投诉进展怎么样？\n坐席：您是要撤回这个工单，对吗？\n市民：对……呃，也不是，我就是想问问进度。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'h2',
    cases: en1,
    text:
      h('h2') +
      `Agent: Hello.\nCaller: I'm calling about my noise complaint.\nAgent: So you'd like to withdraw it, right?\nCaller: Yeah, well, sort of — I mean I just want to know what's going on with it.`,
    expect: { keep: ['a'] },
  },
  {
    id: 'd1',
    cases: [own],
    text:
      h('d1') +
      `坐席：您好。\n市民：我是2026年3月2号投诉的施工噪音，编号好像是 N C 二零二六零三零二，帮我催一下。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'rt2',
    cases: [closed(own)],
    text: `${h('rt2')}坐席：您好。\n市民：施工噪音那个投诉办结了，我给施工队打一分，给你们热线打五分。`,
    expect: { keep: ['a'] },
  },
  {
    id: 'w5',
    cases: zh1,
    text:
      h('w5') +
      `坐席：您好。\n市民：我那个施工噪音投诉，我要把里面说的时间撤回改一下，不是11点，是12点以后。`,
    expect: { never: { a: 'case.withdraw' } },
  },
  {
    id: 'g9',
    cases: [own],
    text: `${h('g9')}坐席：您好。\n市民：我部想撤回我那个施工噪音投诉，就是想让你们催一下。`,
    expect: { never: { a: 'case.withdraw' } },
  },
  {
    id: 'x1',
    cases: [own, nb],
    text: `${h('x1')}坐席：您好。\n市民：帮我查一下13900000002这个号码下面的噪音投诉，现在处理到哪了？`,
    expect: { keep: ['a', 'b'], noRead: true },
  },
  {
    id: 'x1e',
    cases: [ownEn, nbEn],
    text:
      h('x1e') +
      `Agent: Hello.\nCaller: Can you check the noise complaint filed under the number 139 0000 0002? What's its status?`,
    expect: { keep: ['a', 'b'], noRead: true },
  },
];

describe('attack round 10: requests not made now, references disowned, other people’s cases and phones', () => {
  it.each(attacks.map((attack) => [attack.id, attack] as const))('%s', async (_id, attack) => {
    const r = createTestRouter({ services: testServices });
    const refs = await openCases(r, attack.cases);
    let text = typeof attack.text === 'function' ? attack.text(refs) : attack.text;
    for (const [key, ref] of Object.entries(refs)) text = text.split(`{{${key}}}`).join(ref);
    const before = await historiesOf(r, refs);
    const summary = await handleCall(r, parseTranscript(attack.json ? JSON.parse(text) : text), rules);
    await expectOutcome(r, attack.expect, summary, before, await historiesOf(r, refs));
  });
});
