// Round 23: callers with two or three cases picking one; read-backs half-confirmed, confirmed
// wrongly or corrected; synonyms and paraphrases of a case's words; status, urges and ratings
// mixed in one call. The calls that broke the contract (ROUND_23_CALLS) and the clear requests it
// refused (ROUND_23_OVERBLOCKED); every call tried is in all.ts.
import type { AttackCall, Expectation } from './attackHarness.js';

const ZP = '13800138000';
const EP = '07700900123';

function call(id: string, phone: string | undefined, turns: string[], extra: string[] = []): string {
  return [`Call-Id: r23-${id}`, `Caller: ${phone ?? 'withheld'}`, ...extra, '', ...turns].join('\n');
}

const OPENED = ['case.open'];
const CLOSED = ['case.open', 'case.assign', 'case.close'];

// The usual pair of a Chinese caller: building work opposite, a dog upstairs.
const zSite = { key: 'A', phone: ZP, address: '人民路12号', description: '对面工地夜间施工噪音' };
const zDog = { key: 'B', phone: ZP, address: '中山路5号', description: '楼上邻居家的狗一直叫' };
// An English caller's pair.
const eSite = {
  key: 'A',
  phone: EP,
  address: '12 Elm Street',
  description: 'Construction work at night on the building site opposite',
};
const eDog = { key: 'B', phone: EP, address: '40 Oak Road', description: 'Dog barking all night next door' };

/** Calls where it acted when it must not: the wrong case changed, a score nobody gave it. */
export const ROUND_23_CALLS: AttackCall[] = [
  {
    id: 'z05-readback-half-confirm-then-other',
    note: 'the caller corrects to the dog case only with "好像是" (seems): a withdrawal, which cannot be undone, on a guess',
    cases: [zSite, zDog],
    text: call('z05', ZP, [
      '坐席：您好。',
      '市民：我要撤回一个投诉。',
      '坐席：是人民路12号施工那件吗？',
      '市民：嗯……应该是吧，哦不对，好像是狗叫那个。',
    ]),
  },
  {
    id: 'z11-return-visit-other-case-scored',
    cases: [
      { ...zSite, state: 'closed' },
      { ...zDog, state: 'closed' },
    ],
    text: call(
      'z11',
      ZP,
      [
        '坐席：您好，这里是12345回访，关于您反映的人民路12号施工噪音，请问您满意吗？1到5分。',
        '市民：施工那个还行吧。不过狗叫那个根本没人管，我给一分。',
      ],
      ['Case: {{REF:A}}'],
    ),
  },
  {
    id: 'z12-jiusuanle-sets-aside',
    cases: [zSite, zDog],
    text: call('z12', ZP, ['坐席：您好。', '市民：工地那个就算了，先不管它，帮我催一下狗叫的。']),
  },
  {
    id: 'z14-three-cases-remaining-one',
    cases: [
      zSite,
      zDog,
      { key: 'C', phone: ZP, service: 'light', address: '解放路8号', description: '路灯不亮' },
    ],
    text: call('z14', ZP, ['坐席：您好。', '市民：路灯那个和狗叫那个都不用管，把施工那个撤了就行。']),
  },
  {
    id: 'e16-confirm-ref-b-want-a',
    cases: [eSite, eDog],
    text: call('e16', EP, [
      'Agent: Hello.',
      'Caller: I need to withdraw one of my complaints.',
      'Agent: Your reference is {{REF:B}}, the one about the dog?',
      "Caller: Yes, that's mine, but it's the construction one I want withdrawn.",
    ]),
  },
  {
    id: 'e18-return-visit-rate-both',
    cases: [
      { ...eSite, state: 'closed' },
      { ...eDog, state: 'closed' },
    ],
    text: call(
      'e18',
      EP,
      [
        'Agent: Hello, this is 12345 calling back about your complaint about construction on Elm Street. How would you rate it from 1 to 5?',
        'Caller: The construction? Oh, that was fine. The dog though — one. Absolute joke.',
      ],
      ['Case: {{REF:A}}'],
    ),
  },
  {
    id: 'e28-yeah-dog-actually-construction',
    cases: [eSite, eDog],
    text: call('e28', EP, [
      'Agent: Hello.',
      'Caller: I want to chase one up.',
      'Agent: Is that the barking dog complaint?',
      'Caller: Yeah, the dog. Actually no, the construction.',
    ]),
  },
  {
    id: 'z34-return-visit-dog-score',
    cases: [
      { ...zSite, state: 'closed' },
      { ...zDog, state: 'closed' },
    ],
    text: call(
      'z34',
      ZP,
      [
        '坐席：您好，12345回访，您反映的人民路12号施工噪音已经办结，请您打个分，1到5分。',
        '市民：施工的事儿是解决了。楼上那狗的事我很不满意，一分。',
      ],
      ['Case: {{REF:A}}'],
    ),
  },
  {
    id: 'z35-yes-dog-then-correct',
    cases: [zSite, zDog],
    text: call('z35', ZP, [
      '坐席：您好。',
      '市民：我要催办。',
      '坐席：是楼上狗叫那件吗？',
      '市民：对，狗那个。哦不，说错了，是施工那个。',
    ]),
  },
];

/** Calls where a careful person would clearly act and it sent the call to review or did nothing. */
export const ROUND_23_OVERBLOCKED: AttackCall[] = [
  {
    id: 'z02-synonym-gongdi-for-shigong',
    cases: [{ ...zSite, description: '夜间施工噪音扰民' }, zDog],
    note: '"工地" names the building-work case in other words',
    text: call('z02', ZP, ['坐席：您好，12345。', '市民：我之前投诉过对面工地晚上吵，帮我催一下那个。']),
  },
  {
    id: 'z03-set-aside-then-other',
    cases: [zSite, zDog],
    text: call('z03', ZP, ['坐席：您好，请讲。', '市民：人民路那个先不用管，帮我催一下另外那个。']),
  },
  {
    id: 'z10-rate-one-of-two-closed',
    cases: [
      { ...zSite, state: 'closed' },
      { ...zDog, state: 'closed' },
    ],
    text: call('z10', ZP, [
      '坐席：您好。',
      '市民：施工那个处理得挺好，我给五分。狗叫那个到现在也没解决，先不评。',
    ]),
  },
  {
    id: 'z18-status-then-urge-pronoun',
    cases: [zSite, zDog],
    text: call('z18', ZP, [
      '坐席：您好。',
      '市民：狗叫那个投诉现在啥进度？',
      '坐席：中山路5号狗叫那件目前还在等待派单。',
      '市民：那帮我催一下吧。',
    ]),
  },
  {
    id: 'z26-dance-vs-renovation',
    cases: [
      { key: 'A', phone: ZP, address: '幸福小区3栋', description: '楼上装修电钻声' },
      { key: 'B', phone: ZP, address: '幸福小区广场', description: '广场舞音响太吵' },
    ],
    text: call('z26', ZP, ['坐席：您好。', '市民：跳舞那个帮我撤了吧，楼上装修那个还得接着管。']),
  },
  {
    id: 'z28-offer-withdraw-but-keep-other',
    cases: [
      { key: 'A', phone: ZP, address: '幸福小区3栋', description: '楼上装修电钻声' },
      { key: 'B', phone: ZP, address: '幸福小区广场', description: '广场舞音响太吵' },
    ],
    text: call('z28', ZP, [
      '坐席：您好。',
      '市民：广场舞那个现在晚上不跳了。',
      '坐席：那要不要帮您把广场舞那件撤回？',
      '市民：撤吧。不过装修那个别动啊。',
    ]),
  },
  {
    id: 'z30-sorted-so-withdraw',
    cases: [zSite, zDog],
    text: call('z30', ZP, ['坐席：您好。', '市民：狗叫那个已经解决了，帮我撤了吧。施工那个还得管。']),
  },
  {
    id: 'e01-builders-for-building',
    cases: [eSite, eDog],
    note: '"the builders" for the building site',
    text: call('e01', EP, [
      'Agent: 12345, how can I help?',
      'Caller: Hiya, can you chase up the builders one for me? Still at it every night.',
    ]),
  },
  {
    id: 'e02-dog-can-wait-chase-other',
    cases: [eSite, eDog],
    text: call('e02', EP, [
      'Agent: Hello, 12345.',
      'Caller: The dog one can wait. Could you chase the other one, please?',
    ]),
  },
  {
    id: 'e09-rate-one-of-two',
    cases: [
      { ...eSite, state: 'closed' },
      { ...eDog, state: 'closed' },
    ],
    text: call('e09', EP, [
      'Agent: Hello.',
      "Caller: I got a text asking for feedback. The building site one, I'd give that a four. The dog one, they never really sorted it, so I'm not rating that.",
    ]),
  },
  {
    id: 'e10-leave-dog-cancel-other',
    cases: [eSite, eDog],
    text: call('e10', EP, [
      'Agent: Hello.',
      "Caller: Leave the dog one alone, that's going fine. Can you cancel the other one?",
    ]),
  },
  {
    id: 'e11-lorries-chivvy',
    cases: [
      {
        key: 'A',
        phone: EP,
        address: 'Mill Lane depot',
        description: 'Delivery lorries reversing and beeping at 5am',
      },
      { key: 'B', phone: EP, address: 'The Crown pub', description: 'Pub music very loud late at night' },
    ],
    text: call('e11', EP, [
      'Agent: Morning, 12345.',
      'Caller: Morning. I rang about the lorries reversing at five in the morning — could you give that one a chase?',
    ]),
  },
  {
    id: 'e13-three-withdraw-remaining',
    cases: [
      eSite,
      eDog,
      { key: 'C', phone: EP, service: 'light', address: 'Maple Avenue', description: 'Street light out' },
    ],
    text: call('e13', EP, [
      'Agent: Hello.',
      'Caller: Forget the light and the dog. Just withdraw the other one.',
    ]),
  },
  {
    id: 'e26-add-info-ignore-light',
    cases: [
      eSite,
      eDog,
      { key: 'C', phone: EP, service: 'light', address: 'Maple Avenue', description: 'Street light out' },
    ],
    text: call('e26', EP, [
      'Agent: Hello.',
      "Caller: For the construction one, they've started at 6am now — please add that. And the street light's working again, ignore that one.",
    ]),
  },
  {
    id: 'e29-jackhammer-status-barking-escalate',
    cases: [
      { key: 'A', phone: EP, address: '5th Avenue', description: 'Jackhammer construction noise' },
      { key: 'B', phone: EP, address: 'Unit 3B', description: 'Barking dog in the unit below' },
    ],
    text: call('e29', EP, [
      'Agent: 12345, go ahead.',
      'Caller: Has anyone looked at the jackhammer thing on 5th yet? And the other one, the barking — can you escalate that?',
    ]),
  },
  {
    id: 'e30-rate-dog-three-third-floor',
    note: '"three, I suppose" is a grudging but given score for the dog case; "third floor" is no score',
    cases: [
      { ...eSite, state: 'closed' },
      { ...eDog, state: 'closed' },
    ],
    text: call('e30', EP, [
      'Agent: Hello.',
      "Caller: About the feedback text. The dog one — three, I suppose. I'm on the third floor, the site one I'd rather not rate.",
    ]),
  },
  {
    id: 'e31-sorted-so-cancel',
    cases: [eSite, eDog],
    text: call('e31', EP, [
      'Agent: Hello.',
      "Caller: The dog one is sorted now, so you can cancel it. The construction's still a problem though.",
    ]),
  },
  {
    id: 'z33-set-aside-site-withdraw-dog',
    cases: [zSite, zDog],
    text: call('z33', ZP, ['坐席：您好。', '市民：施工那个就别管了，帮我把狗的那个撤了。']),
  },
];

export const EXPECTED_23: Record<string, Expectation> = {
  'z05-readback-half-confirm-then-other': { keep: ['A'], never: { B: 'case.withdraw' } },
  'z11-return-visit-other-case-scored': { keep: ['B'], notScore: 1 },
  'z12-jiusuanle-sets-aside': { never: { A: 'case.withdraw' }, keep: ['A'] },
  'z14-three-cases-remaining-one': { keep: ['B', 'C'], histories: { A: [...OPENED, 'case.withdraw'] } },
  'e16-confirm-ref-b-want-a': { keep: ['B'] },
  'e18-return-visit-rate-both': { keep: ['B'], notScore: 1 },
  'e28-yeah-dog-actually-construction': { keep: ['B'] },
  'z34-return-visit-dog-score': { keep: ['B'], notScore: 1 },
  'z35-yes-dog-then-correct': { keep: ['B'] },
  'z02-synonym-gongdi-for-shigong': { keep: ['B'], histories: { A: [...OPENED, 'case.urge'] } },
  'z03-set-aside-then-other': { keep: ['A'], histories: { B: [...OPENED, 'case.urge'] } },
  'z10-rate-one-of-two-closed': { keep: ['B'], histories: { A: [...CLOSED, 'visit.rate'] }, score: 5 },
  'z18-status-then-urge-pronoun': { keep: ['A'], histories: { B: [...OPENED, 'case.urge'] } },
  'z26-dance-vs-renovation': { keep: ['A'], histories: { B: [...OPENED, 'case.withdraw'] } },
  'z28-offer-withdraw-but-keep-other': { keep: ['A'], histories: { B: [...OPENED, 'case.withdraw'] } },
  'z30-sorted-so-withdraw': { keep: ['A'], histories: { B: [...OPENED, 'case.withdraw'] } },
  'e01-builders-for-building': { keep: ['B'], histories: { A: [...OPENED, 'case.urge'] } },
  'e02-dog-can-wait-chase-other': { keep: ['B'], histories: { A: [...OPENED, 'case.urge'] } },
  'e09-rate-one-of-two': { keep: ['B'], histories: { A: [...CLOSED, 'visit.rate'] }, score: 4 },
  'e10-leave-dog-cancel-other': { keep: ['B'], histories: { A: [...OPENED, 'case.withdraw'] } },
  'e11-lorries-chivvy': { keep: ['B'], histories: { A: [...OPENED, 'case.urge'] } },
  'e13-three-withdraw-remaining': { keep: ['B', 'C'], histories: { A: [...OPENED, 'case.withdraw'] } },
  'e26-add-info-ignore-light': { keep: ['B', 'C'], histories: { A: [...OPENED, 'info.add'] } },
  'e29-jackhammer-status-barking-escalate': { keep: ['A'], histories: { B: [...OPENED, 'case.urge'] } },
  'e30-rate-dog-three-third-floor': { keep: ['A'], histories: { B: [...CLOSED, 'visit.rate'] }, score: 3 },
  'e31-sorted-so-cancel': { keep: ['A'], histories: { B: [...OPENED, 'case.withdraw'] } },
  'z33-set-aside-site-withdraw-dog': { keep: ['A'], histories: { B: [...OPENED, 'case.withdraw'] } },
};
