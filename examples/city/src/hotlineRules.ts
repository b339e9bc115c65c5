import { type CallSlots, defineHotlineRules } from '@onecase/hotline';
import { CITY_ADDRESS_PATTERNS } from './governance/cityAddressPatterns.js';
import { CITY_CATEGORIES } from './governance/cityCategories.js';
import { streetFacilityHotline } from './governance/streetFacilityHotline.js';
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

const NIGHT_HOURS =
  /半夜|深夜|凌晨|夜里|大半夜|每天晚上|天天晚上|晚上[0-9一二三四五六七八九十]+点|一大早|\b(?:at night|every night|all night|midnight|late at night|every evening|till (?:late|eleven|twelve|midnight|[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm)?)|until (?:late|[0-9]{1,2}\s*(?:am|pm))|in the small hours)\b/i;

const FACILITY_CODES = ['road.pothole', 'lamp.broken', 'facility.manhole', 'facility.sign', 'facility.other'];
const PLAIN = new Set(['other', 'damaged', 'broken', 'missing', 'street']);
// The words of each facility category's own zh and en names: English words, Chinese pairs of characters.
const FACILITY_LABEL_WORDS = CITY_CATEGORIES.filter((category) => FACILITY_CODES.includes(category.code)).map(
  (category) => ({
    code: category.code,
    words: [
      ...category.en
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((word) => word.length >= 4 && !PLAIN.has(word)),
      ...[...category.zh].slice(0, -1).map((char, i) => char + category.zh[i + 1]),
    ],
  }),
);

/** The facility category whose names share the most words with what was said ("a hole in the road" → road.pothole). */
function facilityByLabel(text: string): string | undefined {
  const lower = text.toLowerCase();
  let best: { code: string; score: number } | undefined;
  for (const { code, words } of FACILITY_LABEL_WORDS) {
    const score = words.filter((word) => lower.includes(word)).length;
    if (score > 0 && (!best || score > best.score)) best = { code, score };
  }
  return best?.code;
}

const facilityInput = streetFacilityHotline.input as (
  slots: CallSlots,
) => Record<string, unknown> | undefined;

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
 * English and how a call becomes a noise complaint or a consultation; titles and states are
 * read back in the services' own zh-CN and en labels. Parking permits and business licences are recognized (status, references) but opened
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
        // Things people do, and machines that run, that carry through walls — without the word "noise".
        {
          zh: [
            '拖桌子',
            '拖椅子',
            '拖东西',
            '敲打',
            '敲东西',
            '敲墙',
            '砸墙',
            '跺脚',
            '蹦迪',
            '唱歌',
            '放歌',
            '打麻将',
            '搓麻将',
            '轰鸣',
            '音箱',
            '跳舞',
            '机器',
            '电锯',
            '切割',
            '电焊',
            '风机',
            '空调外机',
            '压缩机',
            '吆喝',
            '叫卖',
            '吵闹',
            '喧闹',
            '喧哗',
            '嘈杂',
            '闹腾',
            '大喊大叫',
            '尖叫',
            '刺耳',
            '震耳',
            '响声',
            '声响',
            '冲击钻',
            '切割机',
            '搅拌机',
            '鼓风机',
            '发电机',
            '低音炮',
            '报警器',
            '警报',
            '冲压',
            '卸货',
          ],
          en: [
            'band',
            'drums',
            'drumming',
            'trumpet',
            'saxophone',
            'violin',
            'piano',
            'practising',
            'practicing',
            'singing',
            'karaoke',
            'thumping',
            'slamming',
            'hammering',
            'revving',
            'blaring',
            'booming',
            'rehearsing',
            'dragging furniture',
            'stamping',
            'screaming',
            'yelling',
            'humming',
            'hum',
            'buzzing',
            'whirring',
            'clanging',
            'clang',
            'mixer',
            'compressor',
            'table saw',
            'chainsaw',
            'circular saw',
            'grinder',
            'grinding',
            'machinery',
            'machine',
            'engine',
            'idling',
            'blasting',
            'car alarm',
            'alarm',
            'rumbling',
            'rumble',
            'screeching',
            'squealing',
            'beeping',
            'roaring',
            'clattering',
            'pounding',
            'thudding',
            'vibration',
            'vibrating',
            'subwoofer',
            'speakers',
            'sound system',
            'power tools',
            'leaf blower',
            'lawn mower',
            'bang',
            'thud',
            'boom',
            'piling',
            'pile driving',
            'pile driver',
            'piles',
            'bark',
            'whine',
            'whining',
            'high-pitched',
            'droning',
            'extractor fan',
            'crashing',
            'smashing',
            'dropping things',
            'dragging things',
            'moving furniture',
            'wind turbine',
            'generator running',
          ],
          patterns: [
            // "开得特别大", "声音太响", "整栋楼都能听见", "狗一起叫", "goes right through the window".
            /(?:开|放|弄)得[^，。,]{0,3}(?:大|响)|声音[^，。,]{0,3}(?:大|响)|(?:都|也)?(?:能|听得)(?:听见|听到)|狗[^，。,]{0,6}叫/,
            /\b(?:can hear it|hear it (?:from|through|in)|goes (?:right )?through (?:the|my) (?:window|wall)s?|through the (?:walls|floor|ceiling))\b/i,
            // The sound itself: a sound word said twice ("咣咣的", "呜呜响", "bang, bang"), something
            // sounding on and on ("一直响", "响了两天"), a building shaking, sleep lost.
            /([咣哐嗡咚嘭吱嘀嗒嘟哗轰砰叮咔噼啪呜隆叭突])\1/,
            // A two-syllable sound said twice: "嘎啦嘎啦", "轰隆轰隆", "叮当叮当".
            /嘎啦嘎啦|嘎吱嘎吱|咯噔咯噔|叮当叮当|叮咚叮咚|轰隆轰隆|哗啦哗啦|咕噜咕噜|乒乓乒乓|噼啪噼啪|扑通扑通|呼呼呼|吱呀吱呀|咚咚咚|嘭嘭嘭|哐当哐当|咣当咣当|嗡嗡嗡/,
            /\b(bang|boom|thud|thump|clang|knock|beep|buzz|ding|honk|crash|bam|wham|bark|woof|beep)s?[\s,!.…-]+\1s?\b/i,
            /(?:一直|整天|整夜|不停地?|老是|天天|成天)[^，。,]{0,4}响|响(?:了|个)[^，。,]{0,4}(?:天|小时|晚|不停)|震得|震动/,
            // Rest lost, or a sound that keeps coming back: "影响休息", "一闭眼都是这个声儿", "倒车提示音".
            /影响(?:休息|睡眠|睡觉)|休息不好|睡不好|没法睡|一闭眼|提示音|鸣笛|声儿/,
            /\b(?:building|house|flat|floor|windows?|walls?|ceiling) (?:shakes|shaking|shook|vibrates|vibrating|rattles|rattling)\b|\b(?:can'?t|can ?not|could ?n[o']t|unable to) (?:sleep|get to sleep|rest|nap|take a nap)\b/i,
          ],
          weight: 0.4,
        },
        // The city's own categories of noise source (neighbour, construction, business, traffic)
        // and the hours noise is complained of: weak alone, a noise report together.
        { patterns: [...NOISE_SOURCE_WORDS.map(([, words]) => words), NIGHT_HOURS], weight: 0.25 },
      ],
      // An address in the city's own terms (district, street, number) finds the work order's street.
      slots: { address: CITY_ADDRESS_PATTERNS },
      input: noiseInput,
    },
    {
      service: consultation,
      cues: [
        { en: ['paperwork', 'what paperwork', 'requirements'], zh: ['手续', '材料', '流程'], weight: 0.4 },
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
    },
    {
      service: parkingPermit,
      cues: [
        {
          zh: ['停车证', '停车许可', '居民停车', '车位'],
          en: ['parking permit', 'residents parking', 'parking'],
          weight: 0.6,
        },
      ],
      input: null,
    },
    {
      service: businessLicence,
      cues: [
        // Opening a business of one's own is what the licence is for.
        {
          patterns: [
            /\b(?:i'm|i am|we're|we are|i|we) (?:\w+ ){0,3}open(?:ing)? (?:a|an|my|our) (?:\w+ ){0,2}(?:shop|salon|cafe|café|restaurant|bakery|store|business|stall|studio|bar)\b|\bregister (?:a|my|the) (?:business|company|shop)\b/i,
            /(?:我|我们|想|要|准备|打算)(?:想|要|准备)?(?:在[\u4e00-\u9fff]{1,6})?开(?:个|一家|家)?[\u4e00-\u9fff]{0,4}(?:店|铺|馆|公司|工作室)/,
          ],
          weight: 0.45,
        },
        {
          zh: ['营业执照', '执照', '开店', '注册公司'],
          en: ['business licence', 'business license', 'licence', 'license'],
          weight: 0.6,
        },
      ],
      input: null,
    },
    // Street facilities (lamps, roads, manhole covers, railings), opened as 12345 work orders.
    {
      ...streetFacilityHotline,
      // The rule's own category words first, then the city's names for its categories.
      input: (slots: CallSlots) => {
        const category = slots.description ? facilityByLabel(slots.description) : undefined;
        return (
          facilityInput(slots) ??
          (slots.address && slots.description && category
            ? { category, description: slots.description, address: slots.address }
            : undefined)
        );
      },
      cues: [
        ...[streetFacilityHotline.cues].flat(),
        {
          zh: [
            '井盖',
            '窨井',
            '盖子',
            '窟窿',
            '大坑',
            '栏杆',
            '灯杆',
            '下水道盖',
            '篦子',
            '裂缝',
            '坑洼',
            '指示牌',
            '隔离栏',
          ],
          en: [
            'hole in the road',
            'hole in the pavement',
            'street lights',
            'lamps are out',
            'cover is missing',
            'drain cover',
            'grate',
            'signpost',
            'lamp post',
            'flickering',
            'crack in the road',
            'cracked pavement',
            'broken paving',
            'road surface',
            'tarmac',
            'roads team',
            'road maintenance',
          ],
          patterns: [
            /灯[^，。,]{0,12}(?:不亮|黑|坏)|(?:路|马路|路面)[^，。,]{0,6}(?:坏|裂|塌|陷|坑)/,
            // A street object and what happened to it ("牌子让车给撞歪了", "the lid … someone took it").
            /(?:牌|灯|杆|井盖|盖子|栏|路面)[^，。,]{0,8}(?:撞|歪|倒|断|裂|塌|掉|破|坏|缺|丢|没了|不见)|(?:路|路面|马路|人行道)[^，。,]{0,6}(?:塌下去|陷下去|塌了|陷了|鼓起来)/,
            /\b(?:sign|lamp|light|pole|post|cover|lid|railing|kerb|curb|bollard)s? (?:(?:\w+ ){0,3}(?:knocked|bent|fallen|broken|missing|gone|cracked|hanging|leaning|smashed|stolen)|(?:is|are|has been|have been|went|gone) (?:down|out))\b|\b(?:hole|crater|dip|sinkhole) (?:\w+ ){0,3}(?:road|pavement|street|footpath|sidewalk)\b/,
            // "the road … it's kind of sunk in", "a bad bit of road … a big chunk's broken away".
            /\b(?:road|street|pavement|footpath)\b[^.?!]{0,40}\b(?:sunk|sunken|sinking|caved|collapsed|crumbl\w*|broken away|breaking up|broken up|subsid\w*)\b|\bbad (?:bit|stretch|patch) of (?:road|pavement)\b/,
          ],
          weight: 0.45,
        },
      ],
    },
  ],
});
