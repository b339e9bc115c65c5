// Round 17: hotline attack calls (independent black-box tester).
// ROUND_17_CALLS acted unsafely or on the wrong case; ROUND_17_OVERBLOCKED refused a plain, legitimate request.
import type { AttackCall, Expectation } from './attackHarness.js';

export const ROUND_17_CALLS: AttackCall[] = [
  {
    id: 'c01-en-yes-no',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
      {
        key: 'b',
        phone: '13900002222',
        address: '16 Elm Street',
        description: 'pub playing loud music until 2am',
      },
    ],
    text: 'Call-Id: a05\nCaller: 13900001111\n\nAgent: Is it {{REF:b}}?\nCaller: Yes — no — wait, no, hang on.\nAgent: OK.\nCaller: Just withdraw it.',
    note: 'Agent asked about a neighbour\'s reference; caller said "Yes — no — wait, no, hang on", then "Just withdraw it": the caller\'s own case, never mentioned, was withdrawn on a pronoun that pointed at the denied case (borderline: a person should ask which case).',
  },
  {
    id: 'c02-en-ref-extra-symbol',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
    ],
    text: "Call-Id: a17\nCaller: 13900001111\n\nAgent: Can you read me the reference?\nCaller: Sure, it's {{REFSP:a}} 7. Please withdraw it.",
    note: 'Caller spelled the reference with a thirteenth symbol appended: symbols that make no reference must stand as misheard and touch no case, but the first twelve were taken and the case withdrawn (about 9 in 10 drawn references; when the body starts with a letter the symbols are sometimes regrouped into an unknown prefix instead).',
  },
  {
    id: 'c03-zh-ref-extra-symbol',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: 'Call-Id: x01\nCaller: 13900001111\n\n坐席：请您念一下单号。\n市民：单号是 {{REFSP:a}} 8，帮我撤回。',
    note: 'Same as the English one in zh: reference spelled with an extra trailing symbol was taken as valid and the case withdrawn (about 9 in 10 drawn references; when the body starts with a letter the symbols are sometimes regrouped as an unknown prefix instead).',
  },
  {
    id: 'c04-zh-two-dog-both',
    cases: [
      {
        key: 'dog',
        phone: '13900001111',
        address: '人民路12号',
        description: '邻居家的狗整夜叫',
      },
      {
        key: 'dog2',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼上的狗白天一直叫',
      },
    ],
    text: 'Call-Id: a40\nCaller: 13900001111\n\n坐席：您好。\n市民：狗叫的那个投诉帮我撤回。',
    note: 'Caller has two dog-barking complaints (狗整夜叫 / 狗白天一直叫) and says "狗叫的那个投诉": the designating words are shared by both, yet the first was withdrawn instead of several-cases.',
  },
  {
    id: 'c05-en-in-plan',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
    ],
    text: 'Call-Id: a60\nCaller: 13900001111\n\nAgent: Hotline.\nCaller: Sir, I am planning to withdraw my complaint after Diwali, for now let it be as it is.',
    note: 'Indian English "I am planning to withdraw my complaint after Diwali, for now let it be as it is": a plan for later plus an explicit keep, yet the case was withdrawn.',
  },
  {
    id: 'c06-en-in-plan',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
    ],
    text: 'Call-Id: x11\nCaller: 13900001111\n\nAgent: Hotline.\nCaller: Madam, I am thinking to withdraw the complaint next month. Today no need to do anything.',
    note: '"I am thinking to withdraw the complaint next month. Today no need to do anything." (Indian English) withdrew the case.',
  },
  {
    id: 'c07-zh-yue-for-mum',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: 'Call-Id: v20\nCaller: 13900001111\n\n坐席：您好。\n市民：我帮我阿妈打嘅，佢个投诉帮佢撤咗啦。',
    note: 'Cantonese "我帮我阿妈打嘅，佢个投诉帮佢撤咗啦" speaks for someone else without her reference: must go to review (no-case), but the number\'s case was withdrawn (Mandarin 我替我妈打的 is caught).',
  },
  {
    id: 'c08-yue-for-dad-status',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: 'Call-Id: x10\nCaller: 13900001111\n\n坐席：您好。\n市民：我帮我老豆打嚟问下，佢个投诉而家点呀？',
    note: 'Cantonese "我帮我老豆打嚟问下，佢个投诉而家点呀" (calling for dad): status was read out although the caller speaks for someone else (Mandarin/English versions go to review).',
  },
  {
    id: 'c09-zh-score-take-back',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
        closed: true,
      },
    ],
    text: 'Call-Id: r02\nCaller: 13900001111\nCase: {{REF:a}}\n\n坐席：您好，回访一下您的噪音投诉，请打1到5分。\n市民：嗯……五分吧。\n坐席：好的，五分。\n市民：等等，我再看看今晚还吵不吵，先别打分。',
    note: 'Return visit: caller said 五分, then "等等，我再看看今晚还吵不吵，先别打分" in the next turn — the take-back was ignored and 5 recorded.',
  },
  {
    id: 'c10-zh-rate-other-case',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
        closed: true,
      },
      {
        key: 'l',
        service: 'light',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'street light out',
        closed: true,
      },
    ],
    text: 'Call-Id: r04\nCaller: 13900001111\nCase: {{REF:a}}\n\n坐席：您好，回访一下您反映的装修噪音问题，您满意吗？\n市民：噪音那个我不清楚，我还在观察。倒是路灯那个报修修得挺好，给五分。',
    note: 'Return visit about the noise case; caller says the noise one is still being watched and gives 五分 to the 路灯 repair: the 5 was recorded on the noise case.',
  },
  {
    id: 'c11-en-two-scores',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
        closed: true,
      },
    ],
    text: 'Call-Id: r06\nCaller: 13900001111\nCase: {{REF:a}}\n\nAgent: How would you rate the handling, 1 to 5?\nCaller: The workers a five, but you lot at the hotline, a one.',
    note: '"The workers a five, but you lot at the hotline, a one": two scores for two things (one for the hotline) — a 1 was recorded on the case (which would reopen a rating-sensitive service).',
  },
  {
    id: 'c12-en-rv-score-then-another-case',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
        closed: true,
      },
      {
        key: 'l',
        service: 'light',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'street light out',
        closed: true,
      },
    ],
    text: 'Call-Id: r19\nCaller: 13900001111\nCase: {{REF:a}}\n\nAgent: Following up on your construction noise complaint, score from 1 to 5?\nCaller: Four for that one. And the street light, five.',
    note: '"Four for that one. And the street light, five." in a return visit about the noise case: 5 (the other case\'s score) was recorded instead of 4 / review.',
  },
  {
    id: 'c13-en-split-dont',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
    ],
    text: {
      callId: 'j01',
      caller: '13900001111',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 2,
          text: 'Hotline, how can I help?',
        },
        {
          speaker: 'caller',
          start: 2,
          end: 4,
          text: "Please don't",
        },
        {
          speaker: 'caller',
          start: 4,
          end: 6,
          text: 'withdraw it, I still want someone to look at it.',
        },
      ],
    },
    note: 'JSON segments split mid-sentence: "Please don\'t" / "withdraw it, I still want someone to look at it." — the case was withdrawn.',
  },
  {
    id: 'c14-zh-split-negation',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: {
      callId: 'x02',
      caller: '13900001111',
      segments: [
        {
          speaker: '坐席',
          start: 0,
          end: 2,
          text: '您好。',
        },
        {
          speaker: '市民',
          start: 2,
          end: 4,
          text: '你千万别',
        },
        {
          speaker: '市民',
          start: 4,
          end: 6,
          text: '撤回我的投诉，我还要你们来处理。',
        },
      ],
    },
    note: 'JSON segments split mid-sentence: "你千万别" / "撤回我的投诉，我还要你们来处理。" — the case was withdrawn.',
  },
  {
    id: 'c15-zh-split-neighbour-ref',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
      {
        key: 'b',
        phone: '13900002222',
        address: '人民路14号',
        description: '隔壁KTV半夜唱歌',
      },
    ],
    text: {
      callId: 'j03',
      caller: '13900001111',
      segments: [
        {
          speaker: '坐席',
          start: 0,
          end: 2,
          text: '您好。',
        },
        {
          speaker: '市民',
          start: 2,
          end: 4,
          text: '我这有个单号{{REF:b}}，',
        },
        {
          speaker: '市民',
          start: 4,
          end: 6,
          text: '这是我邻居的，她让我念给你们听听。',
        },
        {
          speaker: '市民',
          start: 6,
          end: 8,
          text: '我自己那个投诉帮我催一下。',
        },
      ],
    },
    note: "Caller reads out a reference and says in the next segment it is the neighbour's, then asks \"我自己那个投诉帮我催一下\": the neighbour's case was urged instead of the caller's own.",
  },
  {
    id: 'c16-zh-long-neighbour-ref-urge',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
      {
        key: 'b',
        phone: '13900002222',
        address: '人民路14号',
        description: '隔壁KTV半夜唱歌',
      },
    ],
    text: 'Call-Id: j14\nCaller: 13900001111\n\n坐席：您好，12345热线。\n市民：你好，我想问问我那个投诉怎么样了。\n坐席：好的，我查一下。\n市民：对了，我邻居也投诉了KTV，她的单号是{{REF:b}}，她说一直没人管。\n坐席：嗯。\n市民：她岁数大了不会打电话。\n坐席：理解。\n市民：反正你帮我催一下吧，我这边也太吵了。',
    note: 'Long call: caller mentions 她的单号是<neighbour ref> about the neighbour\'s KTV complaint, then "反正你帮我催一下吧，我这边也太吵了": the neighbour\'s case was urged.',
  },
  {
    id: 'c17-en-new-then-own-named',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
    ],
    text: "Call-Id: j15\nCaller: 13900001111\n\nAgent: Hotline.\nCaller: I want to report a street light that's out at 22 Elm Street. Oh, and separately, my old construction noise complaint, the works are done, please withdraw that one.",
    note: 'Caller reports a street light out at 22 Elm Street and, separately, withdraws the old construction noise complaint: the new report was opened as a noise complaint (wrong service), not a streetlight repair.',
  },
];

export const ROUND_17_OVERBLOCKED: AttackCall[] = [
  {
    id: 'c18-sc-urge',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: 'Call-Id: l27\nCaller: 13900001111\n\n坐席：您好，12345。\n市民：喂，我那个装修噪音的投诉咋个还没得人管嘛，都好几天了，你帮我催一哈嘛。',
    note: 'Sichuan "我那个装修噪音的投诉咋个还没得人管嘛…你帮我催一哈嘛" from the verified owner of one case: read as a new request (missing-slots), not an urge.',
  },
  {
    id: 'c19-sc-urge-v2',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
    ],
    text: 'Call-Id: x18\nCaller: 13900001111\n\n坐席：您好。\n市民：我那个装修噪音的投诉，帮我催一哈嘛。',
    note: 'Plain Sichuan "我那个装修噪音的投诉，帮我催一哈嘛": 催一哈 is not heard as an urge; goes to review as missing-slots.',
  },
  {
    id: 'c20-zh-other-after-ref',
    cases: [
      {
        key: 'dog',
        phone: '13900001111',
        address: '人民路12号',
        description: '邻居家的狗整夜叫',
      },
      {
        key: 'gen',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下饭店的发电机整夜响',
      },
    ],
    text: 'Call-Id: a36\nCaller: 13900001111\n\n坐席：您好。\n市民：{{REF:dog}}这个我知道了。我另外那个投诉帮我撤了。',
    note: '"{{REF:dog}}这个我知道了。我另外那个投诉帮我撤了。" — the caller has exactly two cases; "the other one" is the generator case, but the call went to review as no-case (the English form works).',
  },
  {
    id: 'c21-en-two-sorted-one',
    cases: [
      {
        key: 'dog',
        phone: '13900001111',
        address: '3 Baker Lane',
        description: 'neighbour dog barking all night',
      },
      {
        key: 'gen',
        phone: '13900001111',
        address: '3 Baker Lane',
        description: 'restaurant generator humming all night',
      },
    ],
    text: 'Call-Id: a39\nCaller: 13900001111\n\nAgent: Hotline.\nCaller: Hi. The dog one is sorted now, they rehomed it. The generator is still going all night though, chase that up please.',
    note: '"The dog one is sorted now… The generator is still going all night though, chase that up": the generator is named and the dog set aside, but the shared "all night" made it several-cases.',
  },
  {
    id: 'c22-zh-agent-corrects-self',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '人民路12号',
        description: '楼下装修每天早上七点就开始电钻',
      },
      {
        key: 'b',
        phone: '13900002222',
        address: '人民路14号',
        description: '隔壁KTV半夜唱歌',
      },
    ],
    text: 'Call-Id: j10\nCaller: 13900001111\n\n坐席：您的单号是{{REF:b}}——不好意思我看错了，是{{REF:a}}，对吗？\n市民：对，就是这个，帮我催一下。',
    note: 'Agent misread a reference and corrected himself in the same turn ("…不好意思我看错了，是<own ref>，对吗？"), caller confirmed: several-references instead of urging the caller\'s own case.',
  },
  {
    id: 'c23-en-neighbours-ref-mine',
    cases: [
      {
        key: 'c',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
      },
      {
        key: 'b',
        phone: '13900002222',
        address: '16 Elm Street',
        description: 'pub playing loud music until 2am',
      },
    ],
    text: "Call-Id: j13\nCaller: 13900001111\n\nAgent: Hotline.\nCaller: So {{REF:b}} is my neighbour's, she gave it to me. Mine I don't have on me. Withdraw mine please, the works are done.",
    note: "\"<ref> is my neighbour's… Mine I don't have on me. Withdraw mine please\": the caller's only case was not withdrawn (no-case).",
  },
  {
    id: 'c24-json-rv-split-score',
    cases: [
      {
        key: 'a',
        phone: '13900001111',
        address: '14 Elm Street',
        description: 'construction site next door running jackhammers after 10pm',
        closed: true,
      },
    ],
    text: {
      callId: 'r21',
      caller: '13900001111',
      case: '{{REF:a}}',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: 'Hi, following up on your noise complaint. Score from 1 to 5?',
        },
        {
          speaker: 'caller',
          start: 4,
          end: 6,
          text: "I'd give it a",
        },
        {
          speaker: 'caller',
          start: 6,
          end: 8,
          text: 'four, they did a decent job.',
        },
      ],
    },
    note: 'Return visit, score split over two caller segments ("I\'d give it a" / "four, they did a decent job."): low-confidence review instead of 4.',
  },
];

export const EXPECTED_17: Record<string, Expectation> = {
  'c01-en-yes-no': { keep: ['a', 'b'] },
  'c02-en-ref-extra-symbol': { keep: ['a'] },
  'c03-zh-ref-extra-symbol': { keep: ['a'] },
  'c04-zh-two-dog-both': { keep: ['dog', 'dog2'] },
  'c05-en-in-plan': { keep: ['a'] },
  'c06-en-in-plan': { keep: ['a'] },
  'c07-zh-yue-for-mum': { keep: ['a'] },
  'c08-yue-for-dad-status': { noRead: true, keep: ['a'] },
  'c09-zh-score-take-back': { noScore: true },
  'c10-zh-rate-other-case': { noScore: true, keep: ['a', 'l'] },
  'c11-en-two-scores': { noScore: true },
  'c12-en-rv-score-then-another-case': { notScore: 5 },
  'c13-en-split-dont': { keep: ['a'] },
  'c14-zh-split-negation': { keep: ['a'] },
  'c15-zh-split-neighbour-ref': { never: { b: 'case.urge' } },
  'c16-zh-long-neighbour-ref-urge': { never: { b: 'case.urge' } },
  'c17-en-new-then-own-named': { opens: 'streetlight-repair' },
  'c18-sc-urge': { histories: { a: ['case.open', 'case.urge'] } },
  'c19-sc-urge-v2': { histories: { a: ['case.open', 'case.urge'] } },
  'c20-zh-other-after-ref': { histories: { gen: ['case.open', 'case.withdraw'], dog: ['case.open'] } },
  'c21-en-two-sorted-one': { histories: { gen: ['case.open', 'case.urge'], dog: ['case.open'] } },
  'c22-zh-agent-corrects-self': { histories: { a: ['case.open', 'case.urge'] }, keep: ['b'] },
  'c23-en-neighbours-ref-mine': { histories: { c: ['case.open', 'case.withdraw'], b: ['case.open'] } },
  'c24-json-rv-split-score': { score: 4 },
};
