import { type CallSlots, defineHotlineRules } from '@onecase/hotline';
import { WORK_ORDER_STATE_LABELS } from '@onecase/governance';
import { CITY_ADDRESS_PATTERNS } from './governance/cityAddressPatterns.js';
import {
  businessLicence,
  consultation,
  type NoiseSource,
  noiseCategory,
  noiseComplaint,
  parkingPermit,
} from './services/index.js';

/** The first label whose words occur in the text, else the fallback. */
function classify<T extends string>(text: string, labels: readonly (readonly [T, RegExp])[], fallback: T): T {
  return labels.find(([, words]) => words.test(text))?.[0] ?? fallback;
}

const NOISE_SOURCE_WORDS: readonly (readonly [NoiseSource, RegExp])[] = [
  [
    'construction',
    /施工|装修|工地|电钻|打桩|construction|roadworks|drilling|jackhammer|renovat|building site/i,
  ],
  ['business', /酒吧|KTV|餐馆|饭店|商铺|门店|夜市|广场舞|bar\b|restaurant|shop|club|karaoke/i],
  ['traffic', /喇叭|鸣笛|摩托|货车|车辆|traffic|horn|motorbike|truck/i],
  ['neighbour', /邻居|楼上|楼下|隔壁|对门|neighbou?r|upstairs|downstairs|next door/i],
];

const CONSULTATION_TOPICS = [
  ['parking', /停车|车位|parking/i],
  ['licences', /营业执照|执照|许可证|licen[cs]e/i],
  ['noise', /噪音|噪声|noise/i],
  ['social-security', /社保|医保|养老|social security|pension/i],
  ['housing', /住房|公积金|租房|房子|housing|rent/i],
] as const;

// The work order (version 2) files the source as its category; a call needs the address as
// version 1 did, so a call without one still goes to a human rather than to an unroutable order.
function noiseInput(slots: CallSlots) {
  if (!slots.address || !slots.description) return undefined;
  return {
    category: noiseCategory(classify(slots.description, NOISE_SOURCE_WORDS, 'other')),
    address: slots.address,
    description: slots.description,
    ...(slots.time ? { when: slots.time } : {}),
  };
}

function consultationInput(slots: CallSlots) {
  if (!slots.description) return undefined;
  return { question: slots.description, topic: classify(slots.description, CONSULTATION_TOPICS, 'other') };
}

/**
 * The example city's hotline rules: how callers name each city service in Chinese and
 * English, how a call becomes a noise complaint or a consultation, and how each state is read
 * back. Parking permits and business licences are recognized (status, references) but opened
 * online or at a counter, as their services allow.
 *
 * @example
 * ```ts
 * const summary = await handleCall(city, parseTranscript(text), cityHotlineRules);
 * ```
 */
export const cityHotlineRules = defineHotlineRules({
  intents: {
    'new-request': [
      {
        zh: ['我想咨询', '我要咨询', '咨询一下', '想了解一下'],
        en: [
          'i have a question',
          'i would like to ask',
          "i'd like to ask",
          'i want to ask',
          'can you tell me how',
        ],
        weight: 0.8,
      },
    ],
  },
  services: [
    {
      service: noiseComplaint,
      title: { zh: '噪音投诉', en: 'noise complaint' },
      cues: [
        {
          zh: [
            '噪音',
            '噪声',
            '太吵',
            '很吵',
            '吵得',
            '吵死',
            '扰民',
            '施工',
            '装修',
            '广场舞',
            '音响',
            '电钻',
            '吵',
            '声音大',
            '声音很大',
            '声音特别大',
            '动静',
            '狗叫',
            '睡不着',
            '打桩',
            '高压水枪',
            '弹钢琴',
            '弹琴',
            '琴声',
            'KTV',
            '音乐',
            '喇叭',
            '鞭炮',
            '工地',
          ],
          en: [
            'noise',
            'noisy',
            'loud',
            'construction',
            'roadworks',
            'jackhammer',
            'unbearable',
            'drilling',
            'loud music',
            'party',
            'barking',
            'racket',
            'parties',
            'music',
            'bass',
            'howl',
            'barks',
            'dog',
            'banging',
            'stomping',
            'shouting',
            'generator',
            'building site',
            'construction site',
            'fireworks',
            'loudspeaker',
            "can't sleep",
            "haven't slept",
            'keeps me awake',
            'kept awake',
          ],
          weight: 0.55,
        },
      ],
      // An address in the city's own terms (district, street, number) finds the work order's street.
      slots: { address: CITY_ADDRESS_PATTERNS },
      input: noiseInput,
      // The work order's states, read back as version 1 read the states both versions have.
      states: {
        ...WORK_ORDER_STATE_LABELS,
        received: { zh: '已受理，等待派单', en: 'received, waiting to be dispatched' },
        dispatched: {
          zh: '已派发至承办单位，等待签收',
          en: 'sent to the department, waiting for it to accept',
        },
        handling: { zh: '承办单位处理中', en: 'being handled by the department' },
        replied: { zh: '已答复，等待回访', en: 'answered, waiting for your feedback' },
        closed: { zh: '已办结', en: 'closed' },
        withdrawn: { zh: '已撤回', en: 'withdrawn' },
      },
    },
    {
      service: consultation,
      title: { zh: '政策咨询', en: 'enquiry' },
      cues: [
        {
          zh: [
            '咨询',
            '怎么办理',
            '如何办理',
            '需要什么材料',
            '在哪里办',
            '在哪办',
            '怎么申请',
            '要带什么',
            '想问一下',
            '问一下',
            '请问',
          ],
          en: [
            'question',
            'how do i',
            'how can i',
            'where can i',
            'where do i',
            'what documents',
            'enquiry',
            'inquiry',
            'can i',
            'do i need',
            'do i have to',
          ],
          weight: 0.5,
        },
      ],
      // Questions ("怎么办理", "how do I…", "can I…") are enquiries, whatever service they are about.
      takesQuestions: true,
      input: consultationInput,
      events: { 'add-info': null, urge: null, rate: null },
      states: {
        asked: { zh: '已记录，等待答复', en: 'recorded, waiting for an answer' },
        answered: { zh: '已答复', en: 'answered' },
        withdrawn: { zh: '已撤回', en: 'withdrawn' },
      },
    },
    {
      service: parkingPermit,
      title: { zh: '居民停车证', en: 'residential parking permit' },
      cues: [
        {
          zh: ['停车证', '停车许可', '居民停车', '车位'],
          en: ['parking permit', 'residents parking', 'parking'],
          weight: 0.6,
        },
      ],
      input: null,
      states: {
        applied: {
          zh: '已申请，等待到窗口核验身份',
          en: 'applied, waiting for the identity check at a counter',
        },
        review: { zh: '审核中', en: 'under review' },
        active: { zh: '有效', en: 'valid' },
        expired: { zh: '已过期', en: 'expired' },
        rejected: { zh: '未获批准', en: 'rejected' },
        lapsed: { zh: '已失效', en: 'lapsed' },
        withdrawn: { zh: '已撤回', en: 'withdrawn' },
      },
    },
    {
      service: businessLicence,
      title: { zh: '营业执照申请', en: 'business licence application' },
      cues: [
        {
          zh: ['营业执照', '执照', '开店', '注册公司'],
          en: ['business licence', 'business license', 'licence', 'license'],
          weight: 0.6,
        },
      ],
      input: null,
      states: {
        submitted: {
          zh: '已提交，等待到窗口核验原件',
          en: 'submitted, waiting for the originals at a counter',
        },
        review: { zh: '审核中', en: 'under review' },
        infoRequested: { zh: '需要补充材料', en: 'more information needed from you' },
        approved: { zh: '已批准，等待领取执照', en: 'approved, ready for collection' },
        issued: { zh: '已发证', en: 'issued' },
        rejected: { zh: '未获批准', en: 'rejected' },
        lapsed: { zh: '已失效', en: 'lapsed' },
        withdrawn: { zh: '已撤回', en: 'withdrawn' },
      },
    },
  ],
});
