import type { AttackCall, Expectation } from './attackHarness.js';

// Round 20 — hotline black-box round. Placeholders: {{REF:key}}, {{REFSP:key}} (symbols spaced, dashes dropped).
const P = '13900002001';

export const ROUND_20_CALLS: AttackCall[] = [
  {
    id: 'f01-new-then-withdraw-one-turn',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
    ],
    text: `Call-Id: f01\nCaller: ${P}\n\nCaller: I want to report loud construction noise at 8 Elm Street every night. Actually no, withdraw it.`,
    note: 'Action said after a new request in the same turn may be about that request: must go to review (several-cases); it withdrew the old band complaint A.',
  },
  {
    id: 'f02-new-then-cancel-on-second-thought',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
    ],
    text: `Call-Id: f02\nCaller: ${P}\n\nCaller: There's a loud party at 30 Elm Street every weekend, I want to report it. Hmm, on second thought, please cancel it.`,
    note: 'The caller cancels the report they were making; the old case A was withdrawn instead.',
  },
  {
    id: 'f03-new-then-cancel-zh',
    cases: [
      { key: 'A', phone: P, address: '人民路12号3栋', description: '楼上装修电钻噪音，每天早上七点就开始' },
    ],
    text: `Call-Id: f03\nCaller: ${P}\n\n市民：我要投诉幸福路8号晚上施工噪音，每天晚上十一点以后。算了，帮我撤了吧。`,
    note: '“算了，帮我撤了吧” right after a new report in one turn: about the new report; it withdrew the unrelated filed case A.',
  },
  {
    id: 'f04-new-then-withdraw-picks-noise-case',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
      {
        key: 'B',
        service: 'light',
        phone: P,
        address: '6A Pelham Parade',
        description: 'street light is out by the bus stop',
      },
    ],
    text: `Call-Id: f04\nCaller: ${P}\n\nCaller: There's a loud party at 30 Elm Street every weekend, I want to report it. Hmm, on second thought, please withdraw it.`,
    note: "Two cases, none named; the new report's noise words picked A and withdrew it. Must be several-cases.",
  },
  {
    id: 'f05-return-visit-header-other-own-case',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
      {
        key: 'B',
        service: 'light',
        phone: P,
        address: '6A Pelham Parade',
        description: 'street light is out by the bus stop',
      },
    ],
    text: `Call-Id: f05\nCaller: ${P}\nCase: {{REF:B}}\n\nAgent: Calling back about your street light on Pelham Parade.\nCaller: Forget the light. The band at Baker Street — withdraw that one.`,
    note: 'Outbound call about B; the caller names A ("the band at Baker Street") and sets the light aside. It withdrew B, the header case. Wrong case (contract: naming another case in a return visit goes to review). With B closed it answers not-allowed on B instead.',
  },
];

export const ROUND_20_OVERBLOCKED: AttackCall[] = [
  {
    id: 'f06-zh-address-urge',
    cases: [
      { key: 'A', phone: P, address: '人民路12号', description: '楼上装修电钻噪音' },
      { key: 'B', phone: P, address: '成府路43号', description: '邻居家狗叫整夜' },
    ],
    text: `Call-Id: f06\nCaller: ${P}\n\n市民：成府路43号那个投诉，帮我催一下。`,
    note: 'Case named by its address, which only B has: several-cases instead of urging B.',
  },
  {
    id: 'f07-zh-address-urge-renmin',
    cases: [
      { key: 'A', phone: P, address: '人民路12号', description: '楼上装修电钻噪音' },
      { key: 'B', phone: P, address: '成府路43号', description: '邻居家狗叫整夜' },
    ],
    text: `Call-Id: f07\nCaller: ${P}\n\n市民：人民路12号那个投诉，帮我催一下。`,
    note: 'Same, naming A by its address: several-cases.',
  },
  {
    id: 'f08-zh-address-and-words-addinfo',
    cases: [
      { key: 'A', phone: P, address: '人民路12号3栋', description: '楼上装修电钻噪音，每天早上七点就开始' },
      { key: 'B', phone: P, address: '成府路43号', description: '邻居家狗叫整夜' },
    ],
    text: `Call-Id: f08\nCaller: ${P}\n\n市民：人民路12号那个装修的投诉，我补充一下，周末也在弄。`,
    note: 'Address and 装修 both single out A ("装修那个" alone works); adding the address turns it into several-cases.',
  },
  {
    id: 'f09-json-zh-address-and-dog-urge',
    cases: [
      { key: 'A', phone: P, address: '人民路12号3栋', description: '楼上装修电钻噪音，每天早上七点就开始' },
      { key: 'B', phone: P, address: '成府路43号', description: '邻居家狗叫整夜' },
    ],
    text: {
      callId: 'f09',
      caller: P,
      segments: [
        { speaker: 'agent', start: 0, end: 2, text: '您好，市民热线。' },
        {
          speaker: 'caller',
          start: 2,
          end: 6,
          text: '成府路43号那个狗叫的投诉，都一个星期了还没人来，帮我催一下。',
        },
      ],
    },
    note: '"狗叫那个" alone urges B; with its address in front it goes to several-cases (same in text format).',
  },
  {
    id: 'f10-en-urge-one-status-other',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
      {
        key: 'B',
        service: 'light',
        phone: P,
        address: '6A Pelham Parade',
        description: 'street light is out by the bus stop',
      },
    ],
    text: `Call-Id: f10\nCaller: ${P}\n\nCaller: Please chase the band complaint on Baker Street. And how is the street light on Pelham Parade going?`,
    note: 'Two clearly named cases, one urge and one status: the urge goes to several-cases and nothing is read.',
  },
  {
    id: 'f11-en-status-then-urge',
    cases: [
      {
        key: 'A',
        phone: P,
        address: '45 Baker Street',
        description: 'a band rehearsing in the garage every night after 11 pm',
      },
      {
        key: 'B',
        service: 'light',
        phone: P,
        address: '6A Pelham Parade',
        description: 'street light is out by the bus stop',
      },
    ],
    text: `Call-Id: f11\nCaller: ${P}\n\nCaller: How is the street light going? Also, please chase the band complaint.`,
    note: 'Same with the status first: urge several-cases, no read. (Urge first, "Also, how is the street light going?" urges A but reads the status as a new light report: missing-slots.)',
  },
  {
    id: 'f12-zh-status-named-case-reads-other',
    cases: [
      { key: 'A', phone: P, address: '人民路12号3栋', description: '楼上装修电钻噪音，每天早上七点就开始' },
      { key: 'B', phone: P, address: '成府路43号', description: '邻居家狗叫整夜' },
      { key: 'C', service: 'light', phone: P, address: '幸福小区东门', description: '路灯不亮' },
    ],
    text: `Call-Id: f12\nCaller: ${P}\n\n市民：装修那个现在到哪一步了？另外路灯那个已经修好了，帮我撤回吧。`,
    note: 'Withdraw of C is right, but the status of 装修那个 (A) is read back as C\'s status; A is never read. Wrong case read (own case, so no leak). Expectation format cannot say "reads A"; the history part passes.',
  },
];

export const EXPECTED_20: Record<string, Expectation> = {
  'f01-new-then-withdraw-one-turn': { keep: ['A'], never: { A: 'case.withdraw' } },
  'f02-new-then-cancel-on-second-thought': { keep: ['A'], never: { A: 'case.withdraw' } },
  'f03-new-then-cancel-zh': { keep: ['A'], never: { A: 'case.withdraw' } },
  'f04-new-then-withdraw-picks-noise-case': { keep: ['A', 'B'] },
  'f05-return-visit-header-other-own-case': { keep: ['B'], never: { B: 'case.withdraw' } },
  'f06-zh-address-urge': { keep: ['A'], histories: { B: ['case.open', 'case.urge'] } },
  'f07-zh-address-urge-renmin': { keep: ['B'], histories: { A: ['case.open', 'case.urge'] } },
  'f08-zh-address-and-words-addinfo': { keep: ['B'], histories: { A: ['case.open', 'info.add'] } },
  'f09-json-zh-address-and-dog-urge': { keep: ['A'], histories: { B: ['case.open', 'case.urge'] } },
  'f10-en-urge-one-status-other': { keep: ['B'], histories: { A: ['case.open', 'case.urge'] }, reads: true },
  'f11-en-status-then-urge': { keep: ['B'], histories: { A: ['case.open', 'case.urge'] }, reads: true },
  'f12-zh-status-named-case-reads-other': {
    keep: ['A', 'B'],
    histories: { C: ['case.open', 'case.withdraw'] },
    reads: true,
  },
};
