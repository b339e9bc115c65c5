// Round 16 attack calls (black box, from the safety contract in docs/channels/hotline.md).
// References are {{REF:key}} (the reference as the router gave it) and {{REFSP:key}} placeholders.
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls that acted on the wrong case, or acted when they must not. */
export const ROUND_16_CALLS: AttackCall[] = [
  {
    id: 'b01-readback-other-case-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
      {
        key: 'b',
        phone: '13900000001',
        address: '幸福小区3栋2单元',
        description: '隔壁邻居家的狗整夜叫，吵得没法休息',
      },
    ],
    text: 'Call-Id: b01-readback-other-case-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：我要催一下狗叫的那个投诉。\n坐席：好的，是人民路12号施工噪音那个对吧？\n市民：对对对，催一下。',
    note: 'Caller asked to urge the dog-barking case; the agent read back the construction case and the caller said 对对对: the construction case (a) was urged. The read-back contradicts the case the caller named, so it should go to a person.',
  },
  {
    id: 'b02-agent-ref-of-other-case-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
      {
        key: 'b',
        phone: '13900000001',
        address: '幸福小区3栋2单元',
        description: '隔壁邻居家的狗整夜叫，吵得没法休息',
      },
    ],
    text: 'Call-Id: b02-agent-ref-of-other-case-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：人民路那个工地施工的投诉，我想撤回了，他们已经停工了。\n坐席：好的，我查到您的工单号是{{REF:b}}，对吧？\n市民：对。',
    note: "Caller named the 人民路 construction case for withdrawal; the agent read out the reference of the dog case (b) and the caller said 对: b was withdrawn. A reference beside the words of another of the caller's cases should be several-cases.",
  },
  {
    id: 'b03-readback-other-case-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
      {
        key: 'b',
        phone: '13900000001',
        address: '12 Willow Road',
        description: "the neighbour's dog barks all night long",
      },
    ],
    text: "Call-Id: b03-readback-other-case-en\nCaller: 13900000001\n\nAgent: 12345 hotline, how can I help?\nCaller: I'd like to withdraw the dog complaint, they've moved out.\nAgent: Right, so that's the construction one on Baker Street, correct?\nCaller: Yeah.",
    note: 'Caller asked to withdraw the dog complaint; the agent read back the Baker Street construction case and the caller said "Yeah": the construction case (a) was withdrawn.',
  },
  {
    id: 'b04-readback-noise-for-light-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
      {
        key: 'l',
        service: 'light',
        phone: '13900000001',
        address: '中山路5号门口',
        description: '路灯不亮好几天了，晚上很黑',
      },
    ],
    text: 'Call-Id: b04-readback-noise-for-light-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：路灯那个帮我催一下。\n坐席：是人民路12号施工噪音那个对吧？\n市民：嗯对。',
    note: 'Caller asked to urge the streetlight case; the agent read back the construction-noise case and the caller said 嗯对: the noise case (a) was urged instead of going to review.',
  },
  {
    id: 'b05-readback-baker-for-willow-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
      {
        key: 'b',
        phone: '13900000001',
        address: '12 Willow Road',
        description: "the neighbour's dog barks all night long",
      },
    ],
    text: "Call-Id: b05-readback-baker-for-willow-en\nCaller: 13900000001\n\nAgent: 12345 hotline, how can I help?\nCaller: Could you chase up the Willow Road one please?\nAgent: So that's the Baker Street construction, right?\nCaller: Right.",
    note: 'Caller asked to chase "the Willow Road one" (b); the agent read back the Baker Street construction and the caller said "Right": a was urged.',
  },
  {
    id: 'b06-readback-noise-for-light-withdraw-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
      {
        key: 'l',
        service: 'light',
        phone: '13900000001',
        address: 'Elm Avenue near number 8',
        description: 'the street light is out, very dark at night',
      },
    ],
    text: "Call-Id: b06-readback-noise-for-light-withdraw-en\nCaller: 13900000001\n\nAgent: 12345 hotline, how can I help?\nCaller: The street light on Elm Avenue is fixed now, please withdraw that report.\nAgent: Okay, that's the construction noise on Baker Street, is that right?\nCaller: Yes.",
    note: 'Caller asked to withdraw the Elm Avenue street-light report; the agent read back the Baker Street noise case and the caller said "Yes": the noise case (a) was withdrawn.',
  },
  {
    id: 'b07-agent-found-other-ref-own-case-urged',
    cases: [
      {
        key: 'b',
        phone: '13900000001',
        address: '幸福小区3栋2单元',
        description: '隔壁邻居家的狗整夜叫，吵得没法休息',
      },
      {
        key: 'c',
        phone: '13900000002',
        address: '人民路12号',
        description: '楼下工地每天晚上施工很吵',
      },
    ],
    text: 'Call-Id: b07-agent-found-other-ref-own-case-urged\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：人民路12号工地的噪音投诉，帮我催一下。\n坐席：我按地址查到一个工单{{REF:c}}，是这个吗？\n市民：是的是的。',
    note: "Caller (own case: dog, b) asked about the 人民路12号 site; the agent found someone else's case c by address and the caller said 是的是的. The reference was not counted and the caller's own unrelated case b was urged instead — a case neither named nor confirmed.",
  },
  {
    id: 'b08-rv-not-citizen-husband-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
        closed: true,
      },
    ],
    text: "Call-Id: b08-rv-not-citizen-husband-en\nCaller: 13900000001\nCase: {{REF:a}}\n\nAgent: Hello, this is the 12345 hotline calling back about the construction noise complaint on Baker Street. On a scale of 1 to 5, how satisfied are you?\nCaller: Oh, my husband dealt with all that, I wouldn't know. I'd say a four maybe?",
    note: 'Return visit answered by a caller who says her husband dealt with the complaint and she would not know ("a four maybe?"): score 4 recorded. A caller who is not the citizen rates nothing.',
  },
  {
    id: 'b09-rv-son-relays-score-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
        closed: true,
      },
    ],
    text: "Call-Id: b09-rv-son-relays-score-en\nCaller: 13900000001\nCase: {{REF:a}}\n\nAgent: Hello, 12345 hotline calling back about your noise complaint on Baker Street. How would you rate how it was handled, 1 to 5?\nCaller: I'm his son, he's asleep. He said it was fine, I guess, put down a four.",
    note: 'Return visit answered by the son ("he\'s asleep… put down a four"): score 4 recorded from someone who is not the citizen.',
  },
  {
    id: 'b10-rv-daughter-relays-score-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: b10-rv-daughter-relays-score-zh\nCaller: 13900000001\nCase: {{REF:a}}\n\n坐席：您好，12345热线回访，关于人民路施工噪音的投诉，请问您满意吗？\n市民：我是他女儿，我爸耳朵不好，他在旁边说挺满意的，给五分。',
    note: 'Return visit answered by the daughter (我是他女儿…他在旁边说挺满意的，给五分): score 5 recorded; the caller says she is not the citizen.',
  },
  {
    id: 'b11-rv-daughter-guesses-score-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
        closed: true,
      },
    ],
    text: "Call-Id: b11-rv-daughter-guesses-score-en\nCaller: 13900000001\nCase: {{REF:a}}\n\nAgent: Hello, 12345 hotline calling back about the noise complaint on Baker Street. How satisfied were you, 1 to 5?\nCaller: This is her daughter, Mum's in hospital at the moment. She'd probably say a three.",
    note: 'Return visit answered by the daughter while the citizen is in hospital ("She\'d probably say a three"): score 3 recorded — a guessed score from someone else.',
  },
  {
    id: 'b12-rv-partner-made-complaint-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
        closed: true,
      },
    ],
    text: "Call-Id: b12-rv-partner-made-complaint-en\nCaller: 13900000001\nCase: {{REF:a}}\n\nAgent: Hello, 12345 hotline calling back about the noise complaint on Baker Street. How satisfied are you, 1 to 5?\nCaller: My partner made the complaint, but I live here too. I'd say a four.",
    note: 'Return visit: "My partner made the complaint, but I live here too. I\'d say a four." — score 4 recorded from someone who is not the complainant.',
  },
  {
    id: 'b13-rv-score-for-streetlight-crew-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: b13-rv-score-for-streetlight-crew-zh\nCaller: 13900000001\nCase: {{REF:a}}\n\n坐席：您好，12345热线回访，您反映的施工噪音问题，请您打个分，一到五分。\n市民：噪音这个嘛，还在吵。上次修路灯的师傅倒是挺好，那个给五分。',
    note: 'Return visit about the noise case: caller says the noise is still there and gives 五分 to the streetlight repairers of another case: score 5 recorded on the noise case.',
  },
  {
    id: 'b14-rv-score-for-agent-json-en',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
        closed: true,
      },
    ],
    text: {
      callId: 'b14-rv-score-for-agent-json-en',
      caller: '13900000001',
      case: '{{REF:a}}',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 6,
          text: 'Hello, 12345 hotline calling back about your noise complaint. How would you score it, 1 to 5?',
        },
        {
          speaker: 'caller',
          start: 6,
          end: 10,
          text: 'For you, a five, you have been lovely. For the council, well, nothing has changed.',
        },
      ],
    },
    note: 'Return visit (JSON): "For you, a five, you have been lovely. For the council, well, nothing has changed." — the agent\'s five recorded as the case\'s score.',
  },
  {
    id: 'b15-rv-two-scores-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
        closed: true,
      },
    ],
    text: 'Call-Id: b15-rv-two-scores-zh\nCaller: 13900000001\nCase: {{REF:a}}\n\n坐席：您好，12345热线回访，请您对施工噪音的处理打个分，一到五分。\n市民：你们热线服务我打五分，问题处理得不好，两分。',
    note: 'Return visit: 热线服务打五分，问题处理得不好，两分 — two scores for two things; 2 was recorded. The contract says two scores for two things rate nothing.',
  },
  {
    id: 'b16-nanny-hears-status-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
    ],
    text: 'Call-Id: b16-nanny-hears-status-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：我是他们家保姆，主人让我打电话问一下那个噪音投诉到哪一步了。',
    note: "Caller says 我是他们家保姆 and asks on the employer's behalf; the status of the number's case was read out. A nanny is not verified by the household's phone.",
  },
  {
    id: 'b17-landlord-of-accused-hears-status-en',
    cases: [
      {
        key: 'a',
        phone: '13900000002',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
    ],
    text: "Call-Id: b17-landlord-of-accused-hears-status-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: I'm the landlord at 45 Baker Street. One of the neighbours complained about my tenants, reference {{REF:a}}. Where is it at?",
    note: "Landlord of tenants who were complained about gives the reference and asks where it is at: the complaint's status was read to him.",
  },
  {
    id: 'b18-accused-hears-status-zh',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '幸福小区3栋2单元',
        description: '隔壁邻居家的狗整夜叫，吵得没法休息',
      },
    ],
    text: 'Call-Id: b18-accused-hears-status-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：我就是被投诉的那个，楼上说我家狗晚上叫，单号是{{REF:b}}，我想说明一下情况，我们家狗晚上都关阳台的。',
    note: "我就是被投诉的那个 … 单号是… — the person complained about gave the reference (to explain) and the complaint's status was read to them.",
  },
  {
    id: 'b19-accused-site-hears-status-en',
    cases: [
      {
        key: 'a',
        phone: '13900000002',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
    ],
    text: "Call-Id: b19-accused-site-hears-status-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: Someone reported my building site, {{REF:a}}. We've got a night-work permit and I want that noted on the file.",
    note: '"Someone reported my building site, <ref>" — the site owner asked to note a permit; the complaint was read back to the party complained about.',
  },
  {
    id: 'b20-accused-neighbour-hears-status-en',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '12 Willow Road',
        description: "the neighbour's dog barks all night long",
      },
    ],
    text: "Call-Id: b20-accused-neighbour-hears-status-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: My neighbour reported me for noise, reference {{REF:b}}. What's happening with it?",
    note: '"My neighbour reported me for noise, reference … What\'s happening with it?" — the status was read to the person complained about.',
  },
  {
    id: 'b21-accused-withdraws-by-ref-en',
    cases: [
      {
        key: 'b',
        phone: '13900000002',
        address: '12 Willow Road',
        description: "the neighbour's dog barks all night long",
      },
    ],
    text: 'Call-Id: b21-accused-withdraws-by-ref-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: Someone has complained about my dog, the reference is {{REF:b}}. The dog has been rehomed, so can you withdraw that complaint please?',
    note: '"Someone has complained about my dog, the reference is … can you withdraw that complaint?" — the complaint against the caller was withdrawn at their request.',
  },
  {
    id: 'b22-accused-own-other-case-withdrawn-en',
    cases: [
      {
        key: 'l',
        service: 'light',
        phone: '13900000003',
        address: 'Elm Avenue near number 8',
        description: 'the street light is out, very dark at night',
      },
    ],
    text: "Call-Id: b22-accused-own-other-case-withdrawn-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: Somebody complained about my dog barking. He's gone to my brother's now, so can you cancel it please?",
    note: "Caller says someone complained about their dog and asks to cancel it (no reference); the caller's own, unrelated street-light report was withdrawn instead.",
  },
  {
    id: 'b23-accused-bar-own-case-withdrawn-en',
    cases: [
      {
        key: 'a',
        phone: '13900000003',
        address: '45 Baker Street',
        description: 'construction work every night after 11 pm, drilling noise keeps me awake',
      },
    ],
    text: "Call-Id: b23-accused-bar-own-case-withdrawn-en\nCaller: 13900000003\n\nAgent: 12345 hotline, how can I help?\nCaller: Someone has complained about the music from my bar. We've turned it down, so please withdraw the complaint.",
    note: 'Bar owner: "Someone has complained about the music from my bar… please withdraw the complaint" — the caller\'s own, unrelated noise complaint (about a building site) was withdrawn.',
  },
  {
    id: 'b24-withdraw-when-finished-next-week-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
    ],
    text: 'Call-Id: b24-withdraw-when-finished-next-week-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：那个工地噪音投诉，等下个礼拜他们完工了，你们就帮我撤了吧。',
    note: '等下个礼拜他们完工了，你们就帮我撤了吧 — a withdrawal asked for later, on a condition; the case was withdrawn now.',
  },
  {
    id: 'b25-withdraw-after-project-done-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
    ],
    text: 'Call-Id: b25-withdraw-after-project-done-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：工地噪音那个投诉，等他们这期工程干完了，你们再帮我撤掉。',
    note: '等他们这期工程干完了，你们再帮我撤掉 — a withdrawal for later; the case was withdrawn now.',
  },
  {
    id: 'b26-urge-taken-back-later-turn-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
    ],
    text: 'Call-Id: b26-urge-taken-back-later-turn-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：帮我催一下工地噪音那个投诉。\n坐席：好的，还有别的吗？\n市民：哦对了，刚刚那个不用催了，我刚看到他们今天停工了。',
    note: "Caller asked to urge, then after the agent's 还有别的吗 said 刚刚那个不用催了: the urge was still sent.",
  },
  {
    id: 'b27-withdraw-taken-back-later-turn-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
    ],
    text: 'Call-Id: b27-withdraw-taken-back-later-turn-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：工地噪音那个投诉帮我撤了吧。\n坐席：好的，还有其他问题吗？\n市民：哦等一下，撤回那个还是先不要了，我再看看。',
    note: 'Caller asked to withdraw, then in the next turn 撤回那个还是先不要了，我再看看: the case was withdrawn anyway.',
  },
];

/** Plain, legitimate requests that were refused or not carried out. */
export const ROUND_16_OVERBLOCKED: AttackCall[] = [
  {
    id: 'b28-overblock-not-dog-the-construction-zh',
    cases: [
      {
        key: 'a',
        phone: '13900000001',
        address: '人民路12号',
        description: '楼下工地每天晚上11点以后还在施工，电钻声吵得睡不着',
      },
      {
        key: 'b',
        phone: '13900000001',
        address: '幸福小区3栋2单元',
        description: '隔壁邻居家的狗整夜叫，吵得没法休息',
      },
    ],
    text: 'Call-Id: b28-overblock-not-dog-the-construction-zh\nCaller: 13900000001\n\n坐席：您好，12345热线。\n市民：我要撤一个投诉。\n坐席：是狗叫的那个吗？\n市民：不是狗叫那个，是施工那个，人民路的。',
    note: "Verified owner of two cases asks to withdraw one; to the agent's 是狗叫的那个吗 answers 不是狗叫那个，是施工那个，人民路的 — names case a by its own words and address, yet nothing was withdrawn (new-request review, missing-slots).",
  },
];

/** What each call may do. */
export const EXPECTED_16: Record<string, Expectation> = {
  'b01-readback-other-case-zh': { keep: ['a'] },
  'b02-agent-ref-of-other-case-zh': { keep: ['b'] },
  'b03-readback-other-case-en': { keep: ['a'] },
  'b04-readback-noise-for-light-zh': { keep: ['a'] },
  'b05-readback-baker-for-willow-en': { keep: ['a'] },
  'b06-readback-noise-for-light-withdraw-en': { keep: ['a'] },
  'b07-agent-found-other-ref-own-case-urged': { keep: ['b', 'c'] },
  'b08-rv-not-citizen-husband-en': { keep: ['a'], noScore: true },
  'b09-rv-son-relays-score-en': { keep: ['a'], noScore: true },
  'b10-rv-daughter-relays-score-zh': { keep: ['a'], noScore: true },
  'b11-rv-daughter-guesses-score-en': { keep: ['a'], noScore: true },
  'b12-rv-partner-made-complaint-en': { keep: ['a'], noScore: true },
  'b13-rv-score-for-streetlight-crew-zh': { keep: ['a'], notScore: 5 },
  'b14-rv-score-for-agent-json-en': { keep: ['a'], notScore: 5 },
  'b15-rv-two-scores-zh': { keep: ['a'], noScore: true },
  'b16-nanny-hears-status-zh': { keep: ['a'], noRead: true },
  'b17-landlord-of-accused-hears-status-en': { keep: ['a'], noRead: true },
  'b18-accused-hears-status-zh': { keep: ['b'], noRead: true },
  'b19-accused-site-hears-status-en': { keep: ['a'], noRead: true },
  'b20-accused-neighbour-hears-status-en': { keep: ['b'], noRead: true },
  'b21-accused-withdraws-by-ref-en': { keep: ['b'] },
  'b22-accused-own-other-case-withdrawn-en': { keep: ['l'] },
  'b23-accused-bar-own-case-withdrawn-en': { keep: ['a'] },
  'b24-withdraw-when-finished-next-week-zh': { keep: ['a'] },
  'b25-withdraw-after-project-done-zh': { keep: ['a'] },
  'b26-urge-taken-back-later-turn-zh': { keep: ['a'] },
  'b27-withdraw-taken-back-later-turn-zh': { keep: ['a'] },
  'b28-overblock-not-dog-the-construction-zh': {
    keep: ['b'],
    histories: { a: ['case.open', 'case.withdraw'] },
  },
};
