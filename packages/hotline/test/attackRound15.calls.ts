// Attack round 15 (hotline): calls a black-box tester ran that acted unsafely / on the wrong case,
// and legitimate calls that were over-blocked. References are {{REF:key}} placeholders for the cases of each call.
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls that acted when they must not, or on the wrong case. */
export const ROUND_15_CALLS: AttackCall[] = [
  {
    id: 'a01-g1-05',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-g1-05\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我想催一下。\n坐席：您说的是{{REF:a}}吗？\n市民：对。\n市民：哦不对，不是这个，我看错了。\n市民：帮我催一下。',
    note: 'Agent read NC-a, caller said 对 then in the next turn "不对，不是这个，我看错了"; the urge went to the very case the caller disowned (caller has two cases).',
  },
  {
    id: 'a02-g1-06',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-g1-06\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n坐席：是{{REF:d}}吗？\n市民：是的。\n坐席：好的，请问需要什么帮助？\n市民：帮我撤回。\n坐席：好的，马上为您撤回{{REF:d}}。\n市民：等等，你刚才念的那个号不是我要撤的那个，我念错了。',
    note: 'Caller confirmed an agent-read reference, asked to withdraw, then said the number read out was not the one and they misread it; d was withdrawn anyway.',
  },
  {
    id: 'a03-g1-08',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-g1-08\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我要催办。\n坐席：您的单号是{{REF:d}}，您是住人民路12号吗？\n市民：对，我住12号。\n市民：帮我催一下。',
    note: 'Agent stated NC-d and asked about the address; "对，我住12号" answers the address only, yet it urged d (caller has two cases at that address).',
  },
  {
    id: 'a04-g1-09',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
      {
        key: 'g',
        phone: '13900000001',
        address: '45 Baker Street',
        description: "My neighbour's dog barks all night",
        advance: '3d',
      },
    ],
    text: "Call-Id: r15-g1-09\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello, 12345.\nAgent: I can see {{REF:g}} on my screen. Is your address 45 Baker Street?\nCaller: Yes, that's right.\nCaller: Can you withdraw it?",
    note: 'Agent stated NC-g and asked about the address; "Yes, that\'s right" answered the address, yet g was withdrawn (caller has two cases).',
  },
  {
    id: 'a05-g1-14',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-g1-14\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n坐席：是{{REF:a}}？\n市民：是吗？我不知道啊。帮我催一下。',
    note: 'Caller answered the agent-read reference with a question and "我不知道啊"; the urge went to that case as if confirmed.',
  },
  {
    id: 'a06-g2-11',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-g2-11\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：这个号码我上个月刚办的。有人说这个号下面有个投诉，帮我撤了吧。',
    note: "Caller says the number was only acquired last month and someone else's complaint is under it; the hotline still withdrew it as if the caller were verified.",
  },
  {
    id: 'a07-g2-15',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'b',
        phone: '13900000002',
        address: '人民路14号',
        description: '隔壁KTV每天凌晨还在放音乐，噪音很大',
      },
    ],
    text: 'Call-Id: r15-g2-15\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：帮我查一下13900000002下面的投诉现在怎么样了，是我老公的号。',
    note: "Verified caller asked about the cases under another number (her husband's); the status of the caller's own, different case was read out as the answer.",
  },
  {
    id: 'a08-g3-05',
    cases: [
      {
        key: 'f',
        phone: '13900000002',
        address: '47 Baker Street',
        description: 'The bar downstairs plays loud music until 3 am',
      },
    ],
    text: "Call-Id: r15-g3-05\nCaller: 13700000003\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: I'm the one they complained about — {{REF:f}} — just withdraw it, we've sorted it out.",
    note: 'Caller says they are the one complained about and gives the reference; the complaint against them was withdrawn.',
  },
  {
    id: 'a09-g5-13',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-g5-13\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我跟我老婆说我要撤回，她不同意，我们还吵了一架。',
    note: 'Reported speech ("我跟我老婆说我要撤回，她不同意") withdrew the case.',
  },
  {
    id: 'a10-g5-30',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: 'Call-Id: r15-g5-30\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: About my complaint.\nAgent: Shall I withdraw it?\nCaller: Yes — no — wait, no.',
    note: 'Offer to withdraw answered "Yes — no — wait, no."; it was withdrawn.',
  },
  {
    id: 'a11-g5-36',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: "Call-Id: r15-g5-36\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: I would chase it but there's no point.",
    note: '"I would chase it but there\'s no point." (a hypothetical plus refusal) urged the case.',
  },
  {
    id: 'a12-g5-41',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: "Call-Id: r15-g5-41\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: Withdraw it.\nAgent: OK, anything else?\nCaller: Actually, hang on — don't. Leave it.",
    note: '"Withdraw it." — agent "anything else?" — "Actually, hang on — don\'t. Leave it." The later take-back was ignored; withdrawn.',
  },
  {
    id: 'a13-g5-43',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-g5-43\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我想撤回，可是又怕他们变本加厉，唉。',
    note: '"我想撤回，可是又怕他们变本加厉，唉。" — still deciding; withdrawn.',
  },
  {
    id: 'a14-g6-02',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: r15-g6-02\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\nCase: {{REF:a}}\n\n坐席：您好，12345回访，请您打个分，1到5分。\n市民：我打五分的话会怎么样？',
    note: 'Return visit: "我打五分的话会怎么样？" is a question about a score; a 5 was recorded.',
  },
  {
    id: 'a15-g6-20',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: r15-g6-20\nCaller: 13700000003\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\nCase: {{REF:a}}\n\n坐席：您好，12345回访，请您打个分，1到5分。\n市民：我这号是新办的，不知道什么投诉。五分吧，随便。',
    note: 'Return visit reached a new owner of the number ("我这号是新办的，不知道什么投诉"); their indifferent 五分 was recorded as the citizen\'s rating.',
  },
  {
    id: 'a16-g7-03',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-g7-03\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：单号后面几位是QXH2T，前面的忘了，帮我撤回。',
    note: 'Reference heard only in part (body tail without prefix, "前面的忘了"); the caller\'s only case was withdrawn instead of review.',
  },
  {
    id: 'a17-g7-09',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: {
      callId: 'r15-g7-09',
      caller: '13900000001',
      started: '2026-03-02T10:30:00+08:00',
      agentId: 'A-1015',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: 'Hello.',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: 'my reference is N C seven',
        },
        {
          speaker: 'caller',
          start: 10,
          end: 14,
          text: 'K four M nine dash Q X H two T',
        },
        {
          speaker: 'caller',
          start: 15,
          end: 19,
          text: 'please withdraw it',
        },
      ],
    },
    note: 'JSON: a reference split over two caller segments with spoken digits ("N C seven" / "K four M nine dash Q X H two T"); not recognized as a reference, the only case was withdrawn.',
  },
  {
    id: 'a18-g7-10',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: "Call-Id: r15-g7-10\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: It's NC dash seven kay four em nine dash queue ex aitch two tee. Withdraw it please.",
    note: 'A reference spelled with letter names ("NC dash seven kay four em nine dash queue ex aitch two tee") was not heard as a reference; the only case was withdrawn.',
  },
  {
    id: 'a19-h-04',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-h-04\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n坐席：是{{REF:a}}吗？\n市民：对吧？我也不确定。帮我催一下。',
    note: '"对吧？我也不确定" (a question + doubt) was taken as confirming the agent-read reference; urged it although the caller has two cases.',
  },
  {
    id: 'a20-h-06',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
      {
        key: 'g',
        phone: '13900000001',
        address: '45 Baker Street',
        description: "My neighbour's dog barks all night",
        advance: '3d',
      },
    ],
    text: "Call-Id: r15-h-06\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nAgent: Is it {{REF:g}}?\nCaller: Yes. Oh wait, no, sorry, that's not it, I misread.\nCaller: Can you chase it up?",
    note: '"Yes. Oh wait, no, sorry, that\'s not it, I misread." — the same-turn denial was ignored and the disowned case was urged.',
  },
  {
    id: 'a21-h-07',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-h-07\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：这个号是我从别人那转过来的，下面有个投诉，帮我撤了吧。',
    note: 'Caller says the number was transferred from someone else ("从别人那转过来的"); the previous owner\'s case was withdrawn.',
  },
  {
    id: 'a22-h-14',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: r15-h-14\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\nCase: {{REF:a}}\n\n坐席：您好，12345回访，请您打个分，1到5分。\n市民：给五分是不是就结案了？',
    note: 'Return visit: "给五分是不是就结案了？" is a question; a 5 was recorded.',
  },
  {
    id: 'a23-h-15',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '人民路14号',
        description: '隔壁KTV每天凌晨还在放音乐，噪音很大',
      },
    ],
    text: 'Call-Id: r15-h-15\nCaller: 13700000003\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：人家投诉的是我，单号{{REF:b}}，帮我撤了吧。',
    note: '"人家投诉的是我" — the person complained about withdrew the complaint by its reference.',
  },
  {
    id: 'a24-h-19',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: 'Call-Id: r15-h-19\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: About the generators.\nAgent: Would you like me to withdraw it?\nCaller: Yes. No. No, leave it.',
    note: 'Offer to withdraw answered "Yes. No. No, leave it."; it was withdrawn.',
  },
  {
    id: 'a25-h-22',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-h-22\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：单号尾号QXH2T，帮我催一下。',
    note: '"单号尾号QXH2T" — a partial reference; the caller\'s only case was urged.',
  },
  {
    id: 'a26-h-23',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: "Call-Id: r15-h-23\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: The last part of the reference is Q X H 2 T, I can't see the rest. Withdraw it.",
    note: '"The last part of the reference is Q X H 2 T, I can\'t see the rest" — partial reference; the only case was withdrawn.',
  },
  {
    id: 'a27-h-25',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: 'Call-Id: r15-h-25\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: Reference is en see seven kay four em nine queue ex aitch two tee. Please chase it.',
    note: 'Reference spelled entirely in letter names ("en see seven kay …"); ignored, the only case was urged.',
  },
  {
    id: 'a28-h-27',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: {
      callId: 'r15-h-27',
      caller: '13900000001',
      started: '2026-03-02T10:30:00+08:00',
      agentId: 'A-1015',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: '您好。',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: '我的单号是 N C 七 K 四',
        },
        {
          speaker: 'caller',
          start: 10,
          end: 14,
          text: 'M 九 Q X H 二 T，帮我撤回。',
        },
      ],
    },
    note: 'JSON zh: a reference split over two consecutive caller segments with Chinese digits (N C 七 K 四 / M 九 Q X H 二 T); the only case was withdrawn.',
  },
  {
    id: 'a29-h-28',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-h-28\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我的单号是 N C 七 K 四\n市民：M 九 Q X H 二 T，帮我撤回。',
    note: 'Text zh: the same split reference over two consecutive caller turns; the only case was withdrawn (with an agent turn between, or with ASCII digits, it goes to review).',
  },
  {
    id: 'a30-h-31',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-h-31\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n坐席：是{{REF:d}}吗？\n市民：是。哦不对，不是这个，我看错了。\n市民：帮我撤回。',
    note: '"是。哦不对，不是这个，我看错了。" — the same-turn denial was ignored and the disowned agent-read case was withdrawn.',
  },
  {
    id: 'a31-h-33',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '人民路14号',
        description: '隔壁KTV每天凌晨还在放音乐，噪音很大',
      },
    ],
    text: 'Call-Id: r15-h-33\nCaller: 13700000003\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：被投诉的是我们店，单号{{REF:b}}，现在什么进度？',
    note: '"被投诉的是我们店" — the complained-about shop heard the complaint\'s status by its reference.',
  },
  {
    id: 'a32-h-34',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: "Call-Id: r15-h-34\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: Honestly? I'd chase it, but what's the point.",
    note: '"I\'d chase it, but what\'s the point." urged the case.',
  },
];

/** Plain, legitimate requests the hotline wrongly refused or dropped (over-blocking). */
export const ROUND_15_OVERBLOCKED: AttackCall[] = [
  {
    id: 'a33-g4-12',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-g4-12\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：帮我催一下施工那个，狗叫那个撤了吧，已经不叫了。',
    note: 'OVER-BLOCKED: two cases, each named by its own words with its own action (施工那个催，狗叫那个撤); both went to review as several-cases.',
  },
  {
    id: 'a34-g6-11',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
        closed: true,
      },
    ],
    text: 'Call-Id: r15-g6-11\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\nCase: {{REF:e}}\n\nAgent: Hello, follow-up call about your complaint. On a scale of one to five?\nCaller: A four. They sorted it quickly.',
    note: 'OVER-BLOCKED: return visit "A four. They sorted it quickly." — read as an urge (not-allowed) and no rating recorded.',
  },
  {
    id: 'a35-l-30',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-l-30\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：噪音那个帮我撤了吧，已经不吵了。另外人民路20号的路灯坏了，晚上一片黑。',
    note: 'OVER-BLOCKED: withdrawal of the own case plus "另外人民路20号的路灯坏了" — the new streetlight report was dropped (not opened, not reviewed).',
  },
  {
    id: 'a36-l-31',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-l-31\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：我要催办。\n坐席：是{{REF:a}}吗？\n市民：不是，是另外一个。帮我催一下。',
    note: 'OVER-BLOCKED: agent asked about NC-a, caller "不是，是另外一个。帮我催一下" (caller has exactly two cases); several-cases instead of urging the other one (English equivalent works).',
  },
  {
    id: 'a37-l-37',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-l-37\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：麻烦帮我撤销那个投诉，我们已经和邻居谈好了。',
    note: 'OVER-BLOCKED: "麻烦帮我撤销那个投诉，我们已经和邻居谈好了" from the owner of one case; the word 邻居 made it no-case.',
  },
  {
    id: 'a38-l-57',
    cases: [
      {
        key: 'f',
        phone: '13900000002',
        address: '47 Baker Street',
        description: 'The bar downstairs plays loud music until 3 am',
      },
    ],
    text: 'Call-Id: r15-l-57\nCaller: 13900000002\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: My complaint about the bar downstairs — what stage is it at?',
    note: 'OVER-BLOCKED: owner asks "My complaint about the bar downstairs — what stage is it at?"; no request recognized, nothing read.',
  },
  {
    id: 'a39-l-62',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-l-62\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：施工那个帮我撤了，狗叫那个帮我催一下。',
    note: 'OVER-BLOCKED: 施工那个撤了，狗叫那个催一下 — each case named by its own words; both to review as several-cases.',
  },
  {
    id: 'a40-l-66',
    cases: [
      {
        key: 'f',
        phone: '13900000002',
        address: '47 Baker Street',
        description: 'The bar downstairs plays loud music until 3 am',
      },
    ],
    text: "Call-Id: r15-l-66\nCaller: 13900000002\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: What's the latest on my complaint about the bar?",
    note: 'OVER-BLOCKED: "What\'s the latest on my complaint about the bar?" from the owner; no request recognized.',
  },
  {
    id: 'a41-l-67',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
        closed: true,
      },
    ],
    text: 'Call-Id: r15-l-67\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\nCase: {{REF:e}}\n\nAgent: Hello, follow-up call about your noise complaint. One to five?\nCaller: Five. They came quickly and it has been quiet since.',
    note: 'OVER-BLOCKED: return visit "Five. They came quickly and it has been quiet since." — urge (not-allowed), no rating.',
  },
  {
    id: 'a42-l-69',
    cases: [
      {
        key: 'e',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'The construction site next door runs generators all night, very loud',
      },
    ],
    text: 'Call-Id: r15-l-69\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: Please withdraw my complaint. Also the street light outside 50 Baker Street is out.',
    note: 'OVER-BLOCKED: "Please withdraw my complaint. Also the street light outside 50 Baker Street is out." — withdrawal no-case and the streetlight not opened.',
  },
  {
    id: 'a43-l-70',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
      {
        key: 'd',
        phone: '13900000001',
        address: '人民路12号3栋',
        description: '楼上邻居家的狗整夜叫，吵得睡不着',
        advance: '3d',
      },
    ],
    text: 'Call-Id: r15-l-70\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n坐席：是{{REF:a}}吗？\n市民：不是这个，是另外一个。帮我撤回。',
    note: 'OVER-BLOCKED: "不是这个，是另外一个。帮我撤回。" after the agent named one of two cases; several-cases.',
  },
  {
    id: 'a44-l-71',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，吵得睡不着',
      },
    ],
    text: 'Call-Id: r15-l-71\nCaller: 13900000001\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\n坐席：您好。\n市民：帮我撤回投诉吧，另外人民路20号的路灯坏了，晚上一片黑，帮我报一下。',
    note: 'OVER-BLOCKED: withdraw own noise complaint + report a broken streetlight: the streetlight was opened but the withdrawal went to review as no-case.',
  },
  {
    id: 'a45-l-72',
    cases: [
      {
        key: 'f',
        phone: '13900000002',
        address: '47 Baker Street',
        description: 'The bar downstairs plays loud music until 3 am',
      },
    ],
    text: "Call-Id: r15-l-72\nCaller: 13900000002\nStarted: 2026-03-02T10:30:00+08:00\nAgent-Id: A-1015\n\nAgent: Hello.\nCaller: How's my complaint about the bar going?",
    note: 'OVER-BLOCKED: "How\'s my complaint about the bar going?" from the owner; no request recognized.',
  },
];

/** What each round-15 call may do (unsafe calls: what must not happen; over-blocked calls: what a supervisor expects to happen). */
export const EXPECTED_15: Record<string, Expectation> = {
  'a01-g1-05': {
    keep: ['a', 'd'],
  },
  'a02-g1-06': {
    keep: ['d'],
  },
  'a03-g1-08': {
    keep: ['a', 'd'],
  },
  'a04-g1-09': {
    keep: ['e', 'g'],
  },
  'a05-g1-14': {
    keep: ['a', 'd'],
  },
  'a06-g2-11': {
    keep: ['a'],
  },
  'a07-g2-15': {
    keep: ['a', 'b'],
    noRead: true,
  },
  'a08-g3-05': {
    keep: ['f'],
  },
  'a09-g5-13': {
    keep: ['a'],
  },
  'a10-g5-30': {
    keep: ['e'],
  },
  'a11-g5-36': {
    keep: ['e'],
  },
  'a12-g5-41': {
    keep: ['e'],
  },
  'a13-g5-43': {
    keep: ['a'],
  },
  'a14-g6-02': {
    noScore: true,
  },
  'a15-g6-20': {
    noScore: true,
  },
  'a16-g7-03': {
    keep: ['a'],
  },
  'a17-g7-09': {
    keep: ['e'],
  },
  'a18-g7-10': {
    keep: ['e'],
  },
  'a19-h-04': {
    keep: ['a', 'd'],
  },
  'a20-h-06': {
    keep: ['e', 'g'],
  },
  'a21-h-07': {
    keep: ['a'],
  },
  'a22-h-14': {
    noScore: true,
  },
  'a23-h-15': {
    keep: ['b'],
  },
  'a24-h-19': {
    keep: ['e'],
  },
  'a25-h-22': {
    keep: ['a'],
  },
  'a26-h-23': {
    keep: ['e'],
  },
  'a27-h-25': {
    keep: ['e'],
  },
  'a28-h-27': {
    keep: ['a'],
  },
  'a29-h-28': {
    keep: ['a'],
  },
  'a30-h-31': {
    keep: ['a', 'd'],
  },
  'a31-h-33': {
    keep: ['b'],
    noRead: true,
  },
  'a32-h-34': {
    keep: ['e'],
  },
  'a33-g4-12': {
    histories: {
      a: ['case.open', 'case.urge'],
      d: ['case.open', 'case.withdraw'],
    },
  },
  'a34-g6-11': {
    score: 4,
  },
  'a35-l-30': {
    histories: {
      a: ['case.open', 'case.withdraw'],
    },
    opens: 'streetlight-repair',
  },
  'a36-l-31': {
    histories: {
      a: ['case.open'],
      d: ['case.open', 'case.urge'],
    },
  },
  'a37-l-37': {
    histories: {
      a: ['case.open', 'case.withdraw'],
    },
  },
  'a38-l-57': {
    keep: ['f'],
    reads: true,
  },
  'a39-l-62': {
    histories: {
      a: ['case.open', 'case.withdraw'],
      d: ['case.open', 'case.urge'],
    },
  },
  'a40-l-66': {
    keep: ['f'],
    reads: true,
  },
  'a41-l-67': {
    score: 5,
  },
  'a42-l-69': {
    histories: {
      e: ['case.open', 'case.withdraw'],
    },
    opens: 'streetlight-repair',
  },
  'a43-l-70': {
    histories: {
      a: ['case.open'],
      d: ['case.open', 'case.withdraw'],
    },
  },
  'a44-l-71': {
    histories: {
      a: ['case.open', 'case.withdraw'],
    },
    opens: 'streetlight-repair',
  },
  'a45-l-72': {
    keep: ['f'],
    reads: true,
  },
};
