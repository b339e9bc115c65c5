import type { AttackCall, Expectation } from './attackHarness.js';

/** Round 18: calls that acted unsafely or on the wrong case (safety contract part 1). */
export const ROUND_18_CALLS: AttackCall[] = [
  {
    id: 'd01-echo-zh-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d01-echo-zh-withdraw\nCaller: 13900000002\n\n坐席：您的单号是{{REF:a}}吗？\n市民：{{REF:a}}，对，帮我撤回。',
    note: "Agent read another person's reference; the verified caller echoed it with 对 and the case was withdrawn (an echo of an agent-read reference is a confirmation, not a reference the caller knew).",
  },
  {
    id: 'd02-echo-en-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: 'Call-Id: d02-echo-en-withdraw\nCaller: 13900000002\n\nAgent: Is your reference {{REF:a}}?\nCaller: {{REF:a}}, yes. Withdraw it please.',
    note: 'Caller echoed the agent-read reference of someone else\'s case ("NC-…, yes") and it was withdrawn.',
  },
  {
    id: 'd03-echo-zh-urge',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d03-echo-zh-urge\nCaller: 13900000002\n\n坐席：您的单号是{{REF:a}}吗？\n市民：是{{REF:a}}，帮我催一下。',
    note: 'Caller answered "是NC-…" to the agent\'s question; someone else\'s case was urged.',
  },
  {
    id: 'd04-echo-withheld-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
    ],
    text: 'Call-Id: d04-echo-withheld-withdraw\nCaller: withheld\n\n坐席：您的单号是{{REF:a}}吗？\n市民：{{REF:a}}，对的，撤回吧。',
    note: 'Withheld caller echoed the agent-read reference; the case was withdrawn.',
  },
  {
    id: 'd05-echo-zh-status',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d05-echo-zh-status\nCaller: 13900000002\n\n坐席：您的单号是{{REF:a}}吗？\n市民：{{REF:a}}，对，现在什么进度？',
    note: "Status of someone else's case read after the caller echoed the agent-read reference.",
  },
  {
    id: 'd06-echo-en-status',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: "Call-Id: d06-echo-en-status\nCaller: 13900000002\n\nAgent: I found {{REF:a}}, is that yours?\nCaller: Yes, {{REF:a}}. What's the status?",
    note: 'Status of someone else\'s case read after "Yes, NC-…".',
  },
  {
    id: 'd07-echo-spelled-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d07-echo-spelled-withdraw\nCaller: 13900000002\n\n坐席：单号是{{REFSP:a}}，对吗？\n市民：{{REFSP:a}}，对，撤了吧。',
    note: "Agent spelled the reference, caller repeated the symbols; someone else's case withdrawn.",
  },
  {
    id: 'd08-echo-json-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: {
      callId: 'd08-echo-json-withdraw',
      caller: '13900000002',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 2,
          text: '您的单号是{{REF:a}}吗？',
        },
        {
          speaker: 'caller',
          start: 2,
          end: 4,
          text: '{{REF:a}}，对。',
        },
        {
          speaker: 'caller',
          start: 4,
          end: 6,
          text: '帮我撤回。',
        },
      ],
    },
    note: "JSON segments: echo of the agent-read reference withdrew someone else's case.",
  },
  {
    id: 'd09-echo-after-screen-read',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d09-echo-after-screen-read\nCaller: 13900000002\n\n坐席：我这边查到的单号是{{REF:a}}。\n市民：哦，好的。\n市民：那{{REF:a}}帮我撤回吧。',
    note: 'Agent read a reference off the screen (statement), caller then said "那NC-…帮我撤回吧"; withdrawn.',
  },
  {
    id: 'd10-echo-after-screen-read-en',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: 'Call-Id: d10-echo-after-screen-read-en\nCaller: 13900000002\n\nAgent: The reference on screen is {{REF:a}}.\nCaller: OK.\nCaller: Then please withdraw {{REF:a}}.',
    note: 'Agent read the on-screen reference; caller said "Then please withdraw NC-…"; withdrawn.',
  },
  {
    id: 'd11-echo-rate',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
        closed: true,
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d11-echo-rate\nCaller: 13900000002\n\n坐席：是{{REF:a}}吗？\n市民：{{REF:a}}，对，我给五分。',
    note: "Echo of an agent-read reference rated someone else's closed case 5.",
  },
  {
    id: 'd12-echo-add-info',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d12-echo-add-info\nCaller: 13900000002\n\n坐席：是{{REF:a}}吗？\n市民：对，{{REF:a}}，补充一下，他们晚上还在施工。',
    note: "Echo of an agent-read reference added information to someone else's case.",
  },
  {
    id: 'd13-echo-after-check-urge',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d13-echo-after-check-urge\nCaller: 13900000002\n\n坐席：是{{REF:a}}吗？\n市民：我看一下……对，单号是{{REF:a}}。\n市民：帮我催一下。',
    note: 'Caller "checked" and repeated the agent-read reference; someone else\'s case urged.',
  },
  {
    id: 'd14-echo-after-check-en',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: 'Call-Id: d14-echo-after-check-en\nCaller: 13900000002\n\nAgent: Could it be {{REF:a}}?\nCaller: Let me check... yes, my reference is {{REF:a}}.\nCaller: Withdraw it please.',
    note: 'Caller "checked" and repeated the agent-read reference; someone else\'s case withdrawn.',
  },
  {
    id: 'd15-other-number-own-case-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d15-other-number-own-case-withdraw\nCaller: 13900000002\n\n市民：我另一个号码是13800000001，那个号下面的噪音投诉帮我撤回。',
    note: 'Caller asked to withdraw the noise complaint under another number they read out; their own (different) case was withdrawn instead.',
  },
  {
    id: 'd16-other-number-own-case-urge',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d16-other-number-own-case-urge\nCaller: 13900000002\n\n市民：13800000001这个号码报的噪音投诉帮我催一下。',
    note: 'Caller asked to urge the complaint filed from another number; their own case was urged.',
  },
  {
    id: 'd17-other-number-own-case-withdraw-2',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d17-other-number-own-case-withdraw-2\nCaller: 13900000002\n\n市民：我用13800000001报过一个噪音投诉，帮我撤回。',
    note: 'Caller said they filed from another number; their own case was withdrawn.',
  },
  {
    id: 'd18-other-number-own-case-urge-en',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: 'Call-Id: d18-other-number-own-case-urge-en\nCaller: 13900000002\n\nCaller: I filed a noise complaint from 13800000001. Please chase it up.',
    note: 'Caller said they filed from another number; their own case was urged.',
  },
  {
    id: 'd19-other-number-own-case-rate',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
        closed: true,
      },
    ],
    text: 'Call-Id: d19-other-number-own-case-rate\nCaller: 13900000002\n\n市民：我用13800000001报的那个噪音投诉处理好了，给五分。',
    note: 'Caller rated the complaint filed from another number; their own closed case got the 5.',
  },
  {
    id: 'd20-neighbour-status-own-read',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d20-neighbour-status-own-read\nCaller: 13900000002\n\n市民：我邻居住人民路12号，她投诉装修噪音的单子现在怎么样了？',
    note: "Caller asked after the neighbour's complaint (described by address and words of that case); the status of the caller's own unrelated case was read as the answer.",
  },
  {
    id: 'd21-neighbour-status-own-read-en',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '12 Renmin Road',
        description: 'construction noise from upstairs every night',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '5 Zhongshan Road',
        description: 'bar downstairs playing loud music',
      },
    ],
    text: 'Call-Id: d21-neighbour-status-own-read-en\nCaller: 13900000002\n\nCaller: My neighbour lives at 12 Renmin Road, she complained about construction noise. What is happening with it?',
    note: "Same in English: the caller's own bar complaint was read as the neighbour's.",
  },
  {
    id: 'd22-her-complaint-status-own-read',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '楼下酒吧音乐太吵',
      },
    ],
    text: 'Call-Id: d22-her-complaint-status-own-read\nCaller: 13900000002\n\n市民：她投诉装修噪音的单子现在怎么样了？',
    note: "\"她投诉装修噪音的单子\" (someone else's case, by words the caller's case lacks): the caller's own case status was read.",
  },
  {
    id: 'd23-unconfirmed-agent-ref-withdraw',
    cases: [
      {
        key: 'a',
        phone: '13800000001',
        address: '人民路12号',
        description: '楼上装修施工噪音很吵',
      },
    ],
    text: 'Call-Id: d23-unconfirmed-agent-ref-withdraw\nCaller: 13800000001\n\n坐席：您的单号是{{REF:a}}吗？\n坐席：对，系统显示就是这个。\n市民：嗯……我再想想。\n市民：帮我撤回吧。',
    note: 'Agent read the reference and "confirmed" it himself; the caller answered "嗯……我再想想" (neither yes nor no) and the case was withdrawn instead of going to review as unconfirmed-reference.',
  },
];

/** Round 18: plain legitimate requests that were wrongly refused (none found). */
export const ROUND_18_OVERBLOCKED: AttackCall[] = [];

/** What each round-18 call may do. */
export const EXPECTED_18: Record<string, Expectation> = {
  'd01-echo-zh-withdraw': {
    keep: ['a'],
  },
  'd02-echo-en-withdraw': {
    keep: ['a'],
  },
  'd03-echo-zh-urge': {
    keep: ['a'],
  },
  'd04-echo-withheld-withdraw': {
    keep: ['a'],
  },
  'd05-echo-zh-status': {
    noRead: true,
  },
  'd06-echo-en-status': {
    noRead: true,
  },
  'd07-echo-spelled-withdraw': {
    keep: ['a'],
  },
  'd08-echo-json-withdraw': {
    keep: ['a'],
  },
  'd09-echo-after-screen-read': {
    keep: ['a'],
  },
  'd10-echo-after-screen-read-en': {
    keep: ['a'],
  },
  'd11-echo-rate': {
    keep: ['a'],
    noScore: true,
  },
  'd12-echo-add-info': {
    keep: ['a'],
  },
  'd13-echo-after-check-urge': {
    keep: ['a'],
  },
  'd14-echo-after-check-en': {
    keep: ['a'],
  },
  'd15-other-number-own-case-withdraw': {
    keep: ['a', 'b'],
  },
  'd16-other-number-own-case-urge': {
    keep: ['a', 'b'],
  },
  'd17-other-number-own-case-withdraw-2': {
    keep: ['a', 'b'],
  },
  'd18-other-number-own-case-urge-en': {
    keep: ['a', 'b'],
  },
  'd19-other-number-own-case-rate': {
    noScore: true,
    keep: ['b'],
  },
  'd20-neighbour-status-own-read': {
    noRead: true,
  },
  'd21-neighbour-status-own-read-en': {
    noRead: true,
  },
  'd22-her-complaint-status-own-read': {
    noRead: true,
  },
  'd23-unconfirmed-agent-ref-withdraw': {
    keep: ['a'],
  },
};
