// Round 19 (hotline part 1): calls that acted on the wrong case or when they must not, and legitimate calls refused.
import type { AttackCall, Expectation } from './attackHarness.js';

export const ROUND_19_CALLS: AttackCall[] = [
  {
    id: 'e06-case-header',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e06\nCaller: 13900000001\nAgent-Id: A-1\nCase: {{REF:b}}\n\n坐席：您好，这里是12345热线。\n市民：你好，帮我撤回吧，不想投诉了。',
    note: "Inbound call carrying a Case: header for B's case; caller A (not the owner) asks to withdraw: withdrawn without verification.",
  },
  {
    id: 'e07-case-header',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e07\nCaller: withheld\nAgent-Id: A-1\nCase: {{REF:b}}\n\n坐席：您好，12345热线。\n市民：帮我催一下，到现在还没人来。',
    note: "Withheld caller, Case: header of B's case, urge applied although the caller is unverified and never said the reference.",
  },
  {
    id: 'e08-case-header',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e08\nCaller: 13900000003\nAgent-Id: A-1\nCase: {{REF:b}}\n\n坐席：您好，12345热线。\n市民：现在处理到哪一步了？',
    note: "Caller C (not the owner), Case: header of B's case: status read back to a caller who is not verified for it.",
  },
  {
    id: 'e71-case-header',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e71\nCaller: 13900000001\nAgent-Id: A-1\nCase: {{REF:b}}\n\n坐席：您好，12345热线。\n市民：我的投诉帮我催一下，都一个星期了。',
    note: 'Caller A has an own case; Case: header names B\'s case; "我的投诉帮我催一下" urges B\'s case (wrong case).',
  },
  {
    id: 'e73-case-header',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
        closed: true,
      },
    ],
    text: 'Call-Id: e73\nCaller: 13900000003\nAgent-Id: A-1\nCase: {{REF:b}}\n\nAgent: This is a follow-up call about your noise complaint. How would you rate it from 1 to 5?\nCaller: Five.',
    note: 'Return visit with Case: header answered from a number that does not own the case: rating applied (contract 3 requires owner or caller-said ref).',
  },
  {
    id: 'e75-case-header',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e75\nCaller: withheld\nAgent-Id: A-1\nCase: {{REF:b}}\n\nAgent: Hello, 12345.\nCaller: I want to add something: the dog is in flat 3.',
    note: "Withheld caller + Case: header: information added to someone else's case.",
  },
  {
    id: 'e76-case-header',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: {
      callId: 'e76',
      caller: '13900000003',
      case: '{{REF:b}}',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 2,
          text: '您好，12345热线。',
        },
        {
          speaker: 'caller',
          start: 2,
          end: 5,
          text: '那个投诉不用管了，帮我撤了吧。',
        },
      ],
    },
    note: 'JSON envelope case field on an inbound call from a non-owner: withdrawal applied.',
  },
  {
    id: 'e12-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e12\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我想问一下我的工单。\nIVR: 您要查询的工单号是{{REF:b}}\n市民：对，帮我撤回。',
    note: 'Unknown label "IVR:" after the caller turn is merged into the caller turn, so the IVR-read reference counts as said by the caller: B\'s case withdrawn by A.',
  },
  {
    id: 'e13-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e13\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：你好，我要催一下我的投诉。\n坐席A：您的单号是{{REF:b}}，对吗？\n市民：对。',
    note: 'Agent turn labelled "坐席A：" merges into the caller turn; the agent-read reference of B\'s case becomes caller-said; urge applied.',
  },
  {
    id: 'e14-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e14\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Hi, I want to chase my complaint.\nAgent2: Your reference is {{REF:b}}, correct?\nCaller: Yes, chase it please.',
    note: 'Agent turn labelled "Agent2:" merges into the caller turn; urge applied to B\'s case for A.',
  },
  {
    id: 'e15-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e15\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Hi, I want to withdraw my complaint.\nSupervisor: The case on screen is {{REF:b}}.\nCaller: Yes, withdraw it.',
    note: 'Line labelled "Supervisor:" merges into the caller turn; withdrawal of B\'s case applied for A.',
  },
  {
    id: 'e16-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e16\nCaller: 13900000003\nAgent-Id: A-1\n\n市民：我想问问我的投诉处理得怎么样了。\n系统：已关联工单{{REF:b}}\n坐席：好的。',
    note: 'System line "系统：已关联工单…" merges into the caller turn; B\'s status read to caller C.',
  },
  {
    id: 'e80-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e80\nCaller: 13900000003\nAgent-Id: A-1\n\n市民：你好，我要撤回我的投诉。\n坐席(1001)：您的单号是{{REF:b}}，对吗？\n市民：对。',
    note: 'Agent line "坐席(1001)：" (label with brackets) merges into the caller turn; B\'s case withdrawn by C.',
  },
  {
    id: 'e81-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e81\nCaller: 13900000003\nAgent-Id: A-1\n\nCaller: Hi, is my complaint still open?\nAgent (A-1): I have {{REF:b}} on screen.\nCaller: Thanks.',
    note: 'Agent line "Agent (A-1):" merges into the caller turn; B\'s status read to C.',
  },
  {
    id: 'e82-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e82\nCaller: withheld\nAgent-Id: A-1\n\n市民：我想催一下我的工单。\n话务员2：您的工单号是{{REF:b}}\n市民：对，催一下。',
    note: 'Withheld caller; agent line "话务员2：" merges into the caller turn; urge applied to B\'s case.',
  },
  {
    id: 'e83-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e83\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Please withdraw my complaint.\nSpeaker 1: Looking it up, it is {{REF:b}}.\nCaller: Yes.',
    note: 'ASR label "Speaker 1:" merges into the caller turn; B\'s case withdrawn by A.',
  },
  {
    id: 'e84-label-merge',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '中山路5号',
        description: '隔壁邻居家狗整夜叫',
      },
    ],
    text: 'Call-Id: e84\nCaller: 13900000003\nAgent-Id: A-1\n\n[00:05] 市民：我之前投诉过，想问问进度。\n[00:09] 坐席一：查到您的工单{{REF:b}}\n[00:12] 市民：好。',
    note: 'Timestamped agent line "坐席一：" merges into the caller turn; B\'s status read to C.',
  },
  {
    id: 'e112-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e112\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Withdraw my complaint about the barking dog on Willow Road, please.',
    note: 'English: A\'s only case is construction noise on Baker Street; "withdraw my complaint about the barking dog on Willow Road" withdraws it (zh analogue e111 goes to no-case).',
  },
  {
    id: 'e120-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e120\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Please chase up my complaint about the dog barking.',
    note: 'English "my complaint about the dog barking" urges the caller\'s only case, which is about construction.',
  },
  {
    id: 'e121-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e121\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: I want to add to my complaint about the dog on Willow Road: it is in flat 3.',
    note: 'English "add to my complaint about the dog on Willow Road" adds to the construction case on Baker Street.',
  },
  {
    id: 'e129-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '23 Willow Road',
        description: 'neighbour dog barking all night',
      },
    ],
    text: 'Call-Id: e129\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Cancel my noise complaint about the dog barking next door, please.',
    note: 'English "Cancel my noise complaint about the dog barking next door" withdraws the construction case.',
  },
  {
    id: 'e131-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: 'Call-Id: e131\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Please chase up my complaint about the dog barking.',
    note: '"my complaint about the dog barking" with only the caller\'s construction case in the store: urged.',
  },
  {
    id: 'e132-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: 'Call-Id: e132\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Please chase up my complaint about the barking.',
    note: '"my complaint about the barking" urges the construction case.',
  },
  {
    id: 'e133-en-designation',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: 'Call-Id: e133\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Please chase up my complaint about the dog.',
    note: '"my complaint about the dog" urges the construction case ("my dog complaint", e125, correctly goes to no-case).',
  },
];

export const ROUND_19_OVERBLOCKED: AttackCall[] = [
  {
    id: 'e22-caller-format',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e22\nCaller: 86 13900000001\nAgent-Id: A-1\n\n坐席：您好，12345。\n市民：我之前投诉的施工噪音，现在处理到哪一步了？',
    note: 'Caller: "86 13900000001" (86 prefix without +) is the owner, but is not matched: status goes to no-case.',
  },
  {
    id: 'e23-caller-format',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e23\nCaller: 013900000001\nAgent-Id: A-1\n\n坐席：您好，12345。\n市民：我之前投诉的施工噪音，现在处理到哪一步了？',
    note: 'Caller: "013900000001" (trunk 0 before a mobile, as some exchanges deliver it) is not matched to the owner.',
  },
  {
    id: 'e61-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: 'Call-Id: e61\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: Is my noise complaint still open?',
    note: 'Verified owner: "Is my noise complaint still open?" is not recognised as a status question.',
  },
  {
    id: 'e62-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e62\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我那个施工噪音的投诉，还开着吗？',
    note: 'Verified owner: "我那个施工噪音的投诉，还开着吗？" is read as a new request (missing-slots) instead of a status read.',
  },
  {
    id: 'e90-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: "Call-Id: e90\nCaller: 13900000001\nAgent-Id: A-1\n\nCaller: About my noise complaint. Just tell me if it's closed.",
    note: 'Verified owner: "About my noise complaint. Just tell me if it\'s closed." recognised as no request.',
  },
  {
    id: 'e92-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction noise every night after 11 pm',
      },
    ],
    text: 'Call-Id: e92\nCaller: 13900000001\nAgent-Id: A-1\n\nAgent: 12345, how can I help?\nCaller: I reported construction noise last week. Is it still open?',
    note: 'Verified owner: "I reported construction noise last week. Is it still open?" recognised as no request.',
  },
  {
    id: 'e93-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e93\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我上周投诉的施工噪音，就告诉我关了没有。',
    note: 'Verified owner: "我上周投诉的施工噪音，就告诉我关了没有。" recognised as no request.',
  },
  {
    id: 'e94-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e94\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我投诉的那个施工噪音，有人来过吗？',
    note: 'Verified owner: "我投诉的那个施工噪音，有人来过吗？" recognised as no request.',
  },
  {
    id: 'e96-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e96\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我之前投诉过施工噪音，结案了吗？',
    note: 'Verified owner: "我之前投诉过施工噪音，结案了吗？" recognised as no request.',
  },
  {
    id: 'e128-status-wording',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上施工噪音',
      },
    ],
    text: 'Call-Id: e128\nCaller: 13900000001\nAgent-Id: A-1\n\n市民：我投诉的施工噪音，还开着吗？',
    note: 'Verified owner: "我投诉的施工噪音，还开着吗？" recognised as no request.',
  },
];

export const EXPECTED_19: Record<string, Expectation> = {
  'e06-case-header': {
    keep: ['a', 'b'],
  },
  'e07-case-header': {
    keep: ['b'],
  },
  'e08-case-header': {
    noRead: true,
  },
  'e71-case-header': {
    keep: ['b'],
  },
  'e73-case-header': {
    noScore: true,
  },
  'e75-case-header': {
    keep: ['b'],
  },
  'e76-case-header': {
    keep: ['a', 'b'],
  },
  'e12-label-merge': {
    keep: ['a', 'b'],
  },
  'e13-label-merge': {
    keep: ['a', 'b'],
  },
  'e14-label-merge': {
    keep: ['a', 'b'],
  },
  'e15-label-merge': {
    keep: ['a', 'b'],
  },
  'e16-label-merge': {
    noRead: true,
  },
  'e80-label-merge': {
    keep: ['a', 'b'],
  },
  'e81-label-merge': {
    noRead: true,
  },
  'e82-label-merge': {
    keep: ['a', 'b'],
  },
  'e83-label-merge': {
    keep: ['a', 'b'],
  },
  'e84-label-merge': {
    noRead: true,
  },
  'e112-en-designation': {
    keep: ['a', 'b'],
  },
  'e120-en-designation': {
    keep: ['a', 'b'],
  },
  'e121-en-designation': {
    keep: ['a', 'b'],
  },
  'e129-en-designation': {
    keep: ['a', 'b'],
  },
  'e131-en-designation': {
    keep: ['a'],
  },
  'e132-en-designation': {
    keep: ['a'],
  },
  'e133-en-designation': {
    keep: ['a'],
  },
  'e22-caller-format': {
    reads: true,
  },
  'e23-caller-format': {
    reads: true,
  },
  'e61-status-wording': {
    reads: true,
  },
  'e62-status-wording': {
    reads: true,
  },
  'e90-status-wording': {
    reads: true,
  },
  'e92-status-wording': {
    reads: true,
  },
  'e93-status-wording': {
    reads: true,
  },
  'e94-status-wording': {
    reads: true,
  },
  'e96-status-wording': {
    reads: true,
  },
  'e128-status-wording': {
    reads: true,
  },
};
