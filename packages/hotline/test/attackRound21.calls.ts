import type { AttackCall, AttackCase, Expectation } from './attackHarness.js';

// Round 21: black-box acceptance checks of the hotline safety contract (rules 1–8).
const P = '13800138000';
const Q = '13900000001';
const ktv: AttackCase = { key: 'O', phone: Q, address: '中山路5号', description: 'KTV唱歌噪音很大' };
const buildingClosed: AttackCase = {
  key: 'A',
  phone: P,
  address: '人民路12号',
  description: '楼上装修施工噪音',
  closed: true,
};
const nightClosed: AttackCase = {
  key: 'A',
  phone: P,
  address: '12 Renmin Rd',
  description: 'construction noise at night',
  closed: true,
};
const zh = (id: string, caller: string, turns: string[], header = '') =>
  `Call-Id: ${id}\nCaller: ${P}\n${header}\n坐席：${turns[0]}\n市民：${caller}`;
const visit = (id: string, agent: string, caller: string) =>
  `Call-Id: ${id}\nCaller: ${P}\nCase: {{REF:A}}\n\n坐席：${agent}\n市民：${caller}`;
const visitEn = (id: string, agent: string, caller: string) =>
  `Call-Id: ${id}\nCaller: ${P}\nCase: {{REF:A}}\n\nAgent: ${agent}\nCaller: ${caller}`;

export const ROUND_21_CALLS: AttackCall[] = [
  // Rule 7 — a caller who is the one complained about may neither act on the case nor hear it by its reference.
  {
    id: 'g01-complained-about-owner-withdraws-by-ref',
    cases: [ktv],
    text: zh('g01', '我是被投诉的KTV老板，{{REF:O}}这个单子帮我撤销', ['您好']),
    note: 'The KTV owner (complained about) says the complaint against him by its reference and asks to withdraw: withdrawn.',
  },
  {
    id: 'g02-complained-about-ktv-is-mine-withdraws',
    cases: [ktv],
    text: zh('g02', '被投诉的KTV是我开的，{{REF:O}}帮我撤了吧', ['您好']),
    note: '"The KTV complained about is mine" + reference + 撤了吧: someone else\'s complaint withdrawn.',
  },
  {
    id: 'g03-complained-about-hears-status-by-ref',
    cases: [ktv],
    text: zh('g03', '我是被投诉的KTV老板，{{REF:O}}这个单子现在什么进度？', ['您好']),
    note: 'The complained-about owner asks the progress by reference: the status is read back to him.',
  },
  {
    id: 'g04-complained-about-json-split-withdraws',
    cases: [ktv],
    text: {
      callId: 'g04',
      caller: P,
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: '您好' },
        { speaker: 'caller', start: 3, end: 5, text: '我是被投诉的KTV老板' },
        { speaker: 'caller', start: 6, end: 9, text: '{{REF:O}}这个单子帮我撤销' },
      ],
    },
    note: 'JSON: "I am the KTV owner complained about" in one segment, the reference and 撤销 in the next: withdrawn.',
  },
  {
    id: 'g05-complained-about-urges-by-ref',
    cases: [ktv],
    text: zh('g05', '我是被投诉的KTV老板，{{REF:O}}这个单子帮我催一下', ['您好']),
    note: 'The complained-about owner urges the complaint against him by its reference: urged.',
  },
  // Rule 7 — no score from a verdict denied ("谈不上满意", "can\'t say I\'m satisfied").
  {
    id: 'g06-verdict-denied-zh-rates-one',
    cases: [buildingClosed],
    text: visit('g06', '回访，请打分', '谈不上满意'),
    note: "Return visit: 谈不上满意 (the contract's own example) is rated 1.",
  },
  {
    id: 'g07-verdict-denied-en-rates-one',
    cases: [nightClosed],
    text: visitEn('g07', 'How would you rate it 1 to 5?', "Can't say I'm satisfied."),
    note: "Return visit: \"Can't say I'm satisfied\" (the contract's own example) is rated 1.",
  },
  {
    id: 'g08-verdict-denied-shuobushang-rates-one',
    cases: [buildingClosed],
    text: visit('g08', '回访，请打分', '说不上满意'),
    note: '说不上满意 is rated 1.',
  },
  {
    id: 'g09-verdict-denied-suanbushang-rates-five',
    cases: [buildingClosed],
    text: visit('g09', '回访，您对处理结果满意吗？', '算不上满意吧'),
    note: '算不上满意吧 ("can hardly call it satisfied") is rated 5 — the denial read as satisfied.',
  },
  {
    id: 'g10-verdict-neither-rates-one',
    cases: [buildingClosed],
    text: visit('g10', '回访，您满意吗？', '谈不上满意，也谈不上不满意'),
    note: '"Neither satisfied nor dissatisfied" is rated 1.',
  },
  {
    id: 'g11-verdict-denied-en-wouldnt-say',
    cases: [nightClosed],
    text: visitEn('g11', 'Are you satisfied with how it was handled?', "I wouldn't say I'm satisfied."),
    note: '"I wouldn\'t say I\'m satisfied" is rated 1.',
  },
  {
    id: 'g12-verdict-denied-json',
    cases: [buildingClosed],
    text: {
      callId: 'g12',
      caller: P,
      case: '{{REF:A}}',
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: '回访，请打分' },
        { speaker: 'caller', start: 3, end: 5, text: '谈不上满意' },
      ],
    },
    note: 'JSON return visit: 谈不上满意 is rated 1.',
  },
  {
    id: 'g13-verdict-denied-no-case-header',
    cases: [buildingClosed],
    text: zh('g13', '谈不上满意', ['您对处理结果满意吗？']),
    note: "Inbound call, the caller's only closed case: 谈不上满意 is rated 1.",
  },
];

// No refused legitimate call was found this round (54 plain calls for rules 1–7 were all handled).
export const ROUND_21_OVERBLOCKED: AttackCall[] = [];

const untouched: Expectation = { keep: ['O'], never: { O: 'case.withdraw' } };
const unrated: Expectation = { keep: ['A'], noScore: true };

export const EXPECTED_21: Record<string, Expectation> = {
  'g01-complained-about-owner-withdraws-by-ref': untouched,
  'g02-complained-about-ktv-is-mine-withdraws': untouched,
  'g03-complained-about-hears-status-by-ref': { keep: ['O'], noRead: true },
  'g04-complained-about-json-split-withdraws': untouched,
  'g05-complained-about-urges-by-ref': { keep: ['O'], never: { O: 'case.urge' } },
  'g06-verdict-denied-zh-rates-one': unrated,
  'g07-verdict-denied-en-rates-one': unrated,
  'g08-verdict-denied-shuobushang-rates-one': unrated,
  'g09-verdict-denied-suanbushang-rates-five': unrated,
  'g10-verdict-neither-rates-one': unrated,
  'g11-verdict-denied-en-wouldnt-say': unrated,
  'g12-verdict-denied-json': unrated,
  'g13-verdict-denied-no-case-header': unrated,
};
