// Round 25 findings (wrong case / read-out focus). All calls tried are in all.ts.
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls where it acted (or read out) when it must not. */
export const ROUND_25_CALLS: AttackCall[] = [
  {
    id: 'zh-other-of-three',
    cases: [
      {
        key: 'reno',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵，晚上十点还在打',
      },
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
      {
        key: 'site',
        phone: '13800138000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r25-37\nCaller: 13800138000\n\n坐席: 您好。\n市民: 我的单号是{{REF:reno}}，帮我加个情况：现在晚上十一点以后还在打钻。另外我另一个投诉帮我撤了吧。',
    note: 'reference of the renovation case said with add-info; the info went to the site case (words "晚上…以后还在" matched it), and "另一个" was counted against the referenced case',
  },
  {
    id: 'zh-ref-addinfo-then-other-two',
    cases: [
      {
        key: 'reno',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵，晚上十点还在打',
      },
      {
        key: 'site',
        phone: '13800138000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r25-77\nCaller: 13800138000\n\n坐席: 您好。\n市民: 我的单号是{{REF:reno}}，帮我加个情况：现在晚上十一点以后还在打钻。另外我另一个投诉帮我撤了吧。',
    note: 'same with two cases: info for the referenced case is written into the other case, which is also withdrawn',
  },
  {
    id: 'en-complained-about-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '14 Pennant Street',
        description: 'thumping bass from the pub below the flat',
      },
    ],
    text: "Call-Id: r25-54\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: I'm the landlord of the pub, somebody filed {{REF:nb}} about us. What's the status?",
    note: 'the pub landlord, the one complained about ("filed … about us"), hears the case status by its reference',
  },
  {
    id: 'en-landlord-owner-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '14 Pennant Street',
        description: 'thumping bass from the pub below the flat',
      },
    ],
    text: "Call-Id: r25-94\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: I own the pub on Pennant Street. There's a complaint, {{REF:nb}}, about our music. What's the status?",
    note: 'the pub owner ("a complaint … about our music") hears the case status by its reference',
  },
];

/** Calls where a careful human would clearly act but it refused. */
export const ROUND_25_OVERBLOCKED: AttackCall[] = [
  {
    id: 'zh-neighbour-ref-mine-withdraw',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路14号',
        description: '隔壁楼盘施工噪音，早上六点就开工',
      },
    ],
    text: 'Call-Id: r25-9\nCaller: 13800138000\n\n坐席: 您好。\n市民: {{REF:nb}}是我邻居的，不是我的。我的那个狗叫的投诉帮我撤了吧，狗已经送走了。',
    note: 'neighbour\'s reference denied ("是我邻居的，不是我的"); the caller\'s own dog case named by its words is not withdrawn (no-case)',
  },
  {
    id: 'en-nb-ref-not-mine-withdraw-mine',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
      {
        key: 'nb',
        phone: '13900139000',
        address: '14 Pennant Street',
        description: 'thumping bass from the pub below the flat',
      },
    ],
    text: "Call-Id: r25-89\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: {{REF:nb}} is my neighbour's, not mine. Please withdraw mine, the dog has gone.",
    note: 'neighbour\'s reference said as theirs; "withdraw mine" for the caller\'s only case goes to no-case',
  },
  {
    id: 'en-mum-ref-withdraw',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
      {
        key: 'nb',
        phone: '13900139000',
        address: '14 Pennant Street',
        description: 'thumping bass from the pub below the flat',
      },
    ],
    text: "Call-Id: r25-11\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: I'm ringing for my mum, her reference is {{REF:nb}}. The pub has closed down, so she'd like it withdrawn please.",
    note: 'calling for mum with her reference, "she\'d like it withdrawn please": only the status is read, nothing withdrawn',
  },
  {
    id: 'en-rate-light-named',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
        closed: true,
      },
      {
        key: 'light',
        phone: '13800138000',
        service: 'light',
        address: 'Elm Road by number 22',
        description: 'the lamp post is out and the corner is pitch dark',
        closed: true,
      },
    ],
    text: "Call-Id: r25-74\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: I'd like to give feedback on the street light repair: five out of five, it works perfectly.",
    note: 'rating outside a return visit naming the street light repair, "five out of five": low-confidence',
  },
  {
    id: 'en-rate-light-give-five',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
        closed: true,
      },
      {
        key: 'light',
        phone: '13800138000',
        service: 'light',
        address: 'Elm Road by number 22',
        description: 'the lamp post is out and the corner is pitch dark',
        closed: true,
      },
    ],
    text: "Call-Id: r25-83\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: I'd give the street light repair a five, it works perfectly now.",
    note: '"I\'d give the street light repair a five": read as a new request, low-confidence',
  },
  {
    id: 'en-rate-only-closed-light',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
      {
        key: 'light',
        phone: '13800138000',
        service: 'light',
        address: 'Elm Road by number 22',
        description: 'the lamp post is out and the corner is pitch dark',
        closed: true,
      },
    ],
    text: 'Call-Id: r25-84\nCaller: 13800138000\n\nAgent: City hotline.\nCaller: Feedback on my street light repair: five out of five.',
    note: 'only closed case, "Feedback on my street light repair: five out of five": low-confidence',
  },
];

export const EXPECTED_25: Record<string, Expectation> = {
  'zh-other-of-three': {
    never: {
      reno: 'case.withdraw',
    },
    keep: ['dog', 'site'],
  },
  'zh-ref-addinfo-then-other-two': {
    never: {
      reno: 'case.withdraw',
      site: 'info.add',
    },
  },
  'en-complained-about-status': {
    keep: ['nb'],
    noRead: true,
  },
  'en-landlord-owner-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-neighbour-ref-mine-withdraw': {
    keep: ['nb'],
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'en-nb-ref-not-mine-withdraw-mine': {
    keep: ['nb'],
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'en-mum-ref-withdraw': {
    keep: ['bar'],
    histories: {
      nb: ['case.open', 'case.withdraw'],
    },
  },
  'en-rate-light-named': {
    keep: ['bar'],
    score: 5,
  },
  'en-rate-light-give-five': {
    keep: ['bar'],
    score: 5,
  },
  'en-rate-only-closed-light': {
    keep: ['bar'],
    score: 5,
  },
};
