import type { CueSet, IntentKind } from './hotlineTypes.js';

const STRONG = 0.8;
const MEDIUM = 0.5;
const WEAK = 0.3;

/**
 * The built-in words for each intent in Chinese and English; `defineHotlineRules` adds a
 * service's own cues to these, and `intents` in the config adds more.
 *
 * @example
 * ```ts
 * const rules = defineHotlineRules({ services, intents: { urge: [{ zh: ['督办'], weight: 0.8 }] } });
 * ```
 */
export const DEFAULT_INTENT_CUES: Readonly<Record<IntentKind, readonly CueSet[]>> = {
  'new-request': [
    {
      weight: STRONG,
      zh: [
        '我要投诉',
        '我想投诉',
        '我要举报',
        '我想举报',
        '我要反映',
        '我想反映',
        '反映一个问题',
        '反映个问题',
        '反映一下',
        '投诉一下',
        '举报一下',
        '我要报修',
        '我想报修',
        '帮我登记',
        '我要申请',
        '我想申请',
        '想办理',
      ],
      en: [
        'i want to report',
        "i'd like to report",
        'i would like to report',
        'i want to complain',
        "i'd like to complain",
        'i would like to complain',
        'i want to make a complaint',
        "i'd like to make a complaint",
        'i want to file',
        "i'd like to file",
        'file a complaint',
        'lodge a complaint',
        'report a problem',
        'make a report',
        'i want to apply',
        "i'd like to apply",
        'i need to report',
        'calling to report',
        'calling to complain',
      ],
    },
    {
      weight: MEDIUM,
      zh: ['投诉', '举报', '反映', '报修', '申请'],
      en: ['complain', 'complaint', 'report', 'apply'],
    },
  ],
  status: [
    {
      weight: STRONG,
      zh: [
        '进度',
        '进展',
        '查询',
        '查一下',
        '查查',
        '处理到哪',
        '到哪一步',
        '什么状态',
        '处理得怎么样',
        '处理的怎么样',
        '有没有结果',
        '有结果了吗',
        '有回复吗',
        '怎么样了',
        '办到哪',
        '办得怎么样',
      ],
      en: [
        'status',
        'progress',
        'any update',
        'an update',
        'any news',
        "what's happening with",
        'what is happening with',
        'check on',
        'where is my',
        'how is my',
        'where things stand',
        'where it stands',
      ],
    },
    { weight: WEAK, zh: ['状态', '结果'], en: ['update', 'result'] },
    // "管了没有", "处理了没有", "解决没有": asking whether something was done.
    {
      weight: STRONG,
      patterns: [/(?:处理|管|解决|办|修|查)(?:了)?没(?:有)?[?？啊呀吗]?/, /(?:处理|管|解决|办)(?:好)?了吗/],
    },
  ],
  'add-info': [
    {
      weight: STRONG,
      zh: [
        '补充',
        '还有个情况',
        '还有一个情况',
        '新的情况',
        '最新情况',
        '再提供',
        '多说一句',
        '忘了说',
        '还想说',
      ],
      en: [
        'add some information',
        'add information',
        'add more information',
        'add a detail',
        'add something',
        'add a note',
        'more information',
        'more details',
        'one more thing',
        'forgot to mention',
        'forgot to say',
        'new information',
        'want to add',
        'like to add',
        'also wanted to tell',
        'also want to tell',
      ],
    },
    {
      weight: MEDIUM,
      zh: ['再说一下', '再跟你们说', '跟你们说一下', '告诉你们一下'],
      en: ['let you know', 'wanted to tell you'],
    },
    { weight: WEAK, zh: ['另外', '还有就是'], en: ['also', 'by the way'] },
  ],
  urge: [
    {
      weight: STRONG,
      zh: [
        '催办',
        '催一下',
        '催促',
        '催催',
        '督促',
        '怎么还没',
        '还没处理',
        '还没有处理',
        '还没人来',
        '还没有人来',
        '没人管',
        '没人处理',
        '太慢了',
        '拖了',
      ],
      en: [
        'urge',
        'expedite',
        'chase',
        'escalate',
        'still not fixed',
        'still not done',
        'still nothing',
        'nobody came',
        'no one came',
        'nobody has come',
        'no one has come',
        'taking too long',
        'taking so long',
        'too slow',
        'why is it taking',
        'still waiting',
      ],
    },
    {
      weight: MEDIUM,
      zh: ['一直没', '还是没', '打了好几次', '第三次打', '又打来', '好几次了'],
      en: [
        'still',
        'third time',
        'several times',
        'when is someone going to',
        'when will someone',
        'going to do something',
      ],
    },
  ],
  withdraw: [
    {
      weight: STRONG,
      zh: [
        '撤回',
        '撤销',
        '不用处理了',
        '不需要处理了',
        '不用管了',
        '取消投诉',
        '取消申请',
        '取消工单',
        '我要取消',
        '不投诉了',
        '不用再处理',
      ],
      en: [
        'withdraw',
        'cancel my complaint',
        'cancel my request',
        'cancel my application',
        'cancel the complaint',
        'cancel the request',
        'cancel my case',
        'no longer needed',
        "don't need it anymore",
        'do not need it anymore',
        'drop the complaint',
        'drop my complaint',
        'close my case',
        'take back my complaint',
      ],
    },
    {
      weight: MEDIUM,
      zh: ['已经解决了', '自己解决了', '取消'],
      en: ['already resolved', 'sorted itself out', 'resolved itself', 'cancel'],
    },
  ],
  rate: [
    {
      weight: MEDIUM,
      zh: ['回访', '满意度', '评价', '打分', '打几分', '评分', '几分', '满意吗', '是否满意'],
      en: [
        'return visit',
        'follow-up call',
        'follow up call',
        'following up',
        'satisfaction',
        'how satisfied',
        'rate',
        'rating',
        'score',
        'out of five',
        'out of 5',
        'survey',
      ],
    },
  ],
};

/**
 * Words that show the caller speaks of a case that already exists ("我之前投诉过", "my complaint"):
 * they stop a call about an old case from opening a new one.
 *
 * @example
 * ```ts
 * EXISTING_CASE_CUES.zh?.includes('投诉过'); // true
 * ```
 */
export const EXISTING_CASE_CUES: CueSet = {
  weight: STRONG,
  zh: [
    '之前投诉',
    '之前反映',
    '之前举报',
    '之前申请',
    '上次投诉',
    '上次反映',
    '已经投诉',
    '已经反映',
    '我投诉的',
    '我反映的',
    '我的工单',
    '工单号',
    '编号是',
    '投诉过',
    '反映过',
    '举报过',
    '申请过',
    '报过',
  ],
  en: [
    'my complaint',
    'my report',
    'my case',
    'my request',
    'my application',
    'i reported',
    'i complained',
    'already reported',
    'reported it',
    'i called before',
    'i called last',
    'case number',
    'reference number',
    'my reference',
    'i filed',
  ],
};

/**
 * Words of urgency ("please hurry", "尽快", "asap"): said about an existing case they urge it;
 * said while reporting something new they only say how pressing it is, so they never urge
 * the case the call opens.
 *
 * @example
 * ```ts
 * URGENCY_CUES.en?.includes('hurry'); // true
 * ```
 */
export const URGENCY_CUES: CueSet = {
  weight: STRONG,
  zh: ['加快', '快点处理', '尽快处理', '尽快', '赶紧', '抓紧', '快点', '快一点', '越快越好', '马上'],
  en: [
    'hurry',
    'speed up',
    'speed it up',
    'as soon as possible',
    'asap',
    'quickly',
    'urgent',
    'urgently',
    'right away',
    'immediately',
  ],
};
