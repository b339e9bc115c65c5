// Round 24 attack calls on @onecase/hotline (set-asides, "the other one", sorted, corrections and hedges).
// ROUND_24_CALLS: calls where handleCall acted when it must not; ROUND_24_OVERBLOCKED: clear requests it refused.
import type { AttackCall, Expectation } from './attackHarness.js';

export const ROUND_24_CALLS: AttackCall[] = [
  {
    id: 'a4-dont-need-chase-other-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-a4-dont-need-chase-other-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: I don't need the dog one anymore. Chase the other one for me.\n",
    note: 'set-aside then "chase the other one": only the construction one may be urged',
  },
  {
    id: 'c3-setaside-con-not-theirs-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: 'corner of Jiefang Road',
        description: 'the street light is out',
      },
    ],
    text: 'Call-Id: r24-c3-setaside-con-not-theirs-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: The construction one can wait, chase the other one.\n',
    note: 'no construction case; two remain; several-cases',
  },
  {
    id: 'c5-neighbours-sorted-cancel-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
    ],
    text: "Call-Id: r24-c5-neighbours-sorted-cancel-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: My neighbour's dog one is sorted now, so cancel it.\n",
    note: "the neighbour's case, not the caller's own dog case",
  },
  {
    id: 'd6-other-after-setaside-two-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '解放路口',
        description: '路灯不亮',
      },
    ],
    text: '通话编号：r24-d6-other-after-setaside-two-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：我有三个单子。狗叫那个不用管了，路灯那个也先放着，另外那个帮我撤了。\n',
    note: 'two set aside of three: the construction one is withdrawn (clear)',
  },
  {
    id: 'g3-hedge-readback-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-g3-hedge-readback-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：帮我催一下。\n坐席：是人民路12号狗叫那个吗？\n市民：对……吧？好像是狗叫那个。\n',
    note: 'hedged yes: nothing',
  },
  {
    id: 'g4-hedge-end-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-g4-hedge-end-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: Chase the dog one. Well — I think it's the dog one, I'm honestly not sure which.\n",
    note: 'pick doubted at the end ("not sure which"): goes to a person, neither case changes',
  },
  {
    id: 'g8-later-turn-correction-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-g8-later-turn-correction-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: Withdraw the dog one.\nAgent: OK, the dog complaint at 12 Renmin Road, I'll withdraw that now.\nCaller: Wait, no — the construction one. The dog one stays.\n",
    note: 'correction in a later turn: the dog stays',
  },
  {
    id: 'g9-later-turn-hedge-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-g9-later-turn-hedge-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: Withdraw the construction one.\nAgent: The construction at 5 Zhongshan Road?\nCaller: Hmm, or was it the dog one... I'm not sure now.\n",
    note: 'doubt in the later turn',
  },
  {
    id: 'g10-later-hedge-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-g10-later-hedge-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：帮我撤回施工那个。\n坐席：好的，中山路5号施工噪音，对吗？\n市民：嗯……也可能是狗叫那个，我搞混了。\n',
    note: 'doubt in the later turn',
  },
  {
    id: 'g13-not-sure-which-setaside-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-g13-not-sure-which-setaside-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: Either the dog one or the construction one can wait, I'm not sure which. Chase the other.\n",
    note: 'set-aside itself uncertain',
  },
  {
    id: 'h6-rv-sorted-is-other-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
        closed: true,
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
        closed: true,
      },
    ],
    text: "Call-Id: r24-h6-rv-sorted-is-other-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\nCase: {{REF:dog}}\n\nAgent: 12345 city hotline, how can I help?\nAgent: Hi, this is the 12345 return visit about your dog complaint. Out of five, how satisfied are you?\nCaller: The construction one is sorted now, that's a 5. The dog, still barking.\n",
    note: 'score said for the other case',
  },
];

export const ROUND_24_OVERBLOCKED: AttackCall[] = [
  {
    id: 'a2-buyong-guan-che-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-a2-buyong-guan-che-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：狗叫那个不用再管了，直接帮我撤了吧。\n',
    note: '"狗叫那个不用再管了，直接帮我撤了" is a withdrawal of the dog one, never of the other',
  },
  {
    id: 'b2-rhetorical-buyong-guan-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-b2-rhetorical-buyong-guan-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：狗叫那个先不用管？怎么可能不用管！都叫了三个礼拜了，赶紧帮我催一下。\n',
    note: 'rhetorical 先不用管？: urging must not fall to the construction case',
  },
  {
    id: 'b3-agent-suggests-setaside-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-b3-agent-suggests-setaside-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：我要催一下我的投诉。\n坐席：您名下有两个噪音投诉，人民路狗叫那个要不先放一放？\n市民：放一放？狗叫那个就是我最着急的！\n',
    note: "caller rejects the agent's set-aside of the dog one; the other case must not be urged",
  },
  {
    id: 'b7-negated-setaside-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-b7-negated-setaside-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: I'm not saying leave the dog one — chase it! The construction lot have calmed down.\n",
    note: 'negated set-aside: the dog is to be urged, never the construction one',
  },
  {
    id: 'b8-negated-setaside-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-b8-negated-setaside-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：我可没说狗叫那个不用管啊，帮我催！工地那边最近倒是安静了。\n',
    note: '我可没说…不用管: dog is meant; construction untouched',
  },
  {
    id: 'd7-forget-two-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: 'corner of Jiefang Road',
        description: 'the street light is out',
      },
    ],
    text: 'Call-Id: r24-d7-forget-two-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: Forget the light and the dog, withdraw the other one.\n',
    note: 'contract example: withdraws the construction case',
  },
  {
    id: 'e3-wuye-buyong-guan-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-e3-wuye-buyong-guan-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：物业说狗叫那个先不用管，他们会处理，结果狗还是天天叫。帮我催一下吧。\n',
    note: 'property management said to set it aside; the caller wants the dog urged',
  },
  {
    id: 'e4-neighbour-told-leave-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: 'Call-Id: r24-e4-neighbour-told-leave-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: My neighbour told me to leave the dog one, but I want it chased up.\n',
    note: 'set-aside advice from someone else; the dog is to be urged',
  },
  {
    id: 'f1-sorted-but-not-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: "Call-Id: r24-f1-sorted-but-not-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: They told me the dog one is sorted now, but it's not! It barked all night. Chase it.\n",
    note: 'sorted reported then denied: urge the dog, never withdraw it',
  },
  {
    id: 'f2-shuo-jiejue-le-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-f2-shuo-jiejue-le-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：狗叫那个说是解决了，其实根本没解决，帮我催一下。\n',
    note: '说是解决了…根本没解决: urge the dog',
  },
  {
    id: 'f6-sorted-cancel-corrected-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: 'Call-Id: r24-f6-sorted-cancel-corrected-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: The dog one is sorted now, so cancel it. Actually no, it started again last night — chase it instead.\n',
    note: 'later words win: no withdrawal',
  },
  {
    id: 'f9-sorted-other-case-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: 'Call-Id: r24-f9-sorted-other-case-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: The dog one is sorted now. Cancel the construction one, though — they finished the job.\n',
    note: 'sorted then a named cancel of the other: the dog stays',
  },
  {
    id: 'f12-sorted-so-cancel-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-f12-sorted-so-cancel-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：狗叫那个已经解决了，所以帮我撤了吧。\n',
    note: 'withdraws the dog',
  },
  {
    id: 'g6-correct-setaside-en',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '12 Renmin Road',
        description: "the neighbour's dog barks all night",
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '5 Zhongshan Road',
        description: 'night-time construction noise from the building site',
      },
    ],
    text: 'Call-Id: r24-g6-correct-setaside-en\nCaller: 13800138000\nStarted: 2026-03-02T10:00:00+08:00\n\nAgent: 12345 city hotline, how can I help?\nCaller: The dog one can wait — no, sorry, I mean the construction one can wait. Chase the other one.\n',
    note: 'set-aside corrected: "the other one" is the dog',
  },
  {
    id: 'g12-haoxiang-then-firm-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-g12-haoxiang-then-firm-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：帮我催一下，好像是狗叫那个……对，就是狗叫那个，人民路12号，我确定。\n',
    note: 'hedge then firm: urge the dog',
  },
  {
    id: 'i9-keep-dog-withdraw-other-zh',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼下的狗每天晚上叫个不停',
      },
      {
        key: 'con',
        service: 'noise',
        phone: '13800138000',
        address: '中山路5号',
        description: '对面工地夜间施工噪音',
      },
    ],
    text: '通话编号：r24-i9-keep-dog-withdraw-other-zh\n来电号码：13800138000\n开始时间：2026-03-02T10:00:00+08:00\n\n坐席：您好，12345市民热线，请问有什么可以帮您？\n市民：狗叫那件保留，另一个帮我撤了。\n',
    note: 'keep one, withdraw the other',
  },
];

export const EXPECTED_24: Record<string, Expectation> = {
  'a4-dont-need-chase-other-en': {
    keep: ['dog'],
    never: {
      dog: 'case.urge',
    },
  },
  'c3-setaside-con-not-theirs-en': {
    keep: ['dog', 'light'],
  },
  'c5-neighbours-sorted-cancel-en': {
    keep: ['dog'],
  },
  'd6-other-after-setaside-two-zh': {
    keep: ['dog', 'light'],
    histories: {
      con: ['case.open', 'case.withdraw'],
    },
  },
  'g3-hedge-readback-zh': {
    keep: ['dog', 'con'],
  },
  'g4-hedge-end-en': {
    keep: ['dog', 'con'],
  },
  'g8-later-turn-correction-en': {
    keep: ['dog'],
    never: {
      dog: 'case.withdraw',
    },
  },
  'g9-later-turn-hedge-en': {
    keep: ['dog', 'con'],
  },
  'g10-later-hedge-zh': {
    keep: ['dog', 'con'],
  },
  'g13-not-sure-which-setaside-en': {
    keep: ['dog', 'con'],
  },
  'h6-rv-sorted-is-other-en': {
    noScore: true,
    keep: ['con'],
  },
  'a2-buyong-guan-che-zh': {
    keep: ['con'],
    never: {
      con: 'case.withdraw',
    },
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'b2-rhetorical-buyong-guan-zh': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'b3-agent-suggests-setaside-zh': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'b7-negated-setaside-en': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'b8-negated-setaside-zh': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'd7-forget-two-en': {
    keep: ['dog', 'light'],
    histories: {
      con: ['case.open', 'case.withdraw'],
    },
  },
  'e3-wuye-buyong-guan-zh': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'e4-neighbour-told-leave-en': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'f1-sorted-but-not-en': {
    keep: ['con'],
    never: {
      dog: 'case.withdraw',
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'f2-shuo-jiejue-le-zh': {
    keep: ['con'],
    never: {
      dog: 'case.withdraw',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'f6-sorted-cancel-corrected-en': {
    keep: ['con'],
    never: {
      dog: 'case.withdraw',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'f9-sorted-other-case-en': {
    keep: ['dog'],
    histories: {
      con: ['case.open', 'case.withdraw'],
    },
  },
  'f12-sorted-so-cancel-zh': {
    keep: ['con'],
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'g6-correct-setaside-en': {
    keep: ['con'],
    never: {
      con: 'case.urge',
    },
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'g12-haoxiang-then-firm-zh': {
    keep: ['con'],
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'i9-keep-dog-withdraw-other-zh': {
    keep: ['dog'],
    histories: {
      con: ['case.open', 'case.withdraw'],
    },
  },
};
