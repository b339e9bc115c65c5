// Round 27 findings: take-backs whose reason repeats the verb, borrowed phones, the one complained about
// said in new words, return visits answered by someone else, and counts, money and other people's
// scores heard as the case's score (unsafe); corrected scores, a score in the next turn, both cases
// named, a decision taken with a spouse, a code-switched withdrawal (refused).
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls where it acted (or read out, or rated) when it must not. */
export const ROUND_27_CALLS: AttackCall[] = [
  {
    id: 'zh-withdraw-then-urge-instead',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-1\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：帮我把狗叫那个撤了吧。\n坐席：好的，您确定要撤回吗？\n市民：哎，还是别撤了，撤了太便宜他们了，帮我催一下吧。',
    note: '"帮我把狗叫那个撤了吧" then "哎，还是别撤了，撤了太便宜他们了，帮我催一下吧": the take-back is ignored, the case is withdrawn (and urged)',
  },
  {
    id: 'zh-withdraw-then-bie-che-le',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-2\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我那个狗叫投诉帮我撤了吧。\n坐席：好的，确认撤回吗？\n市民：哎呀不行，还是不撤了，撤了太便宜他了。',
    note: '"帮我撤了吧" then "哎呀不行，还是不撤了，撤了太便宜他了": the take-back whose reason says "撤了" withdraws the case',
  },
  {
    id: 'zh-withdraw-then-no-add-info',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-3\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我那个狗叫投诉帮我撤了吧。\n坐席：好的，确认撤回吗？\n市民：等一下，先不撤了，撤了就没人管了。帮我补充一下，现在早上五点也叫。',
    note: '"帮我撤了吧" then "等一下，先不撤了，撤了就没人管了。帮我补充一下…": the case is withdrawn (and urged) beside the note',
  },
  {
    id: 'en-withdraw-no-leave-it-open-chase',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-4\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Can you withdraw my dog complaint?\nAgent: Sure, are you certain?\nCaller: Hmm, no, don't withdraw it, withdrawing lets them off the hook. Just chase it.",
    note: '"Can you withdraw my dog complaint?" then "Hmm, no, don\'t withdraw it, withdrawing lets them off the hook. Just chase it.": withdrawn and chased',
  },
  {
    id: 'en-withdraw-then-no-too-easy',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-5\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Can you withdraw my dog complaint?\nAgent: Of course. Just to confirm, withdraw it?\nCaller: Ugh, no. If I withdraw it they'll think they got away with it.",
    note: '"Can you withdraw my dog complaint?" then "Ugh, no. If I withdraw it they\'ll think they got away with it.": withdrawn',
  },
  {
    id: 'en-withdraw-then-hmm-not',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-6\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I think I'll withdraw my dog complaint.\nAgent: Alright.\nCaller: Hmm, actually I won't. They'll only start up again.",
    note: '"I think I\'ll withdraw my dog complaint." then "Hmm, actually I won\'t. They\'ll only start up again.": withdrawn',
  },
  {
    id: 'en-takeback-text-same',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-7\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Please withdraw my dog complaint.\nAgent: Okay.\nCaller: Actually no, if I withdraw it they'll think they've won. Leave it.",
    note: '"Please withdraw my dog complaint." then "Actually no, if I withdraw it they\'ll think they\'ve won. Leave it.": withdrawn',
  },
  {
    id: 'json-takeback-next-seg',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: {
      callId: 'r27-8',
      caller: '13800138000',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: 'City hotline.',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: 'Please withdraw my dog complaint.',
        },
        {
          speaker: 'caller',
          start: 10,
          end: 14,
          text: "Actually no, if I withdraw it they'll think they've won. Leave it.",
        },
      ],
    },
    note: 'JSON segments: "Please withdraw my dog complaint." / "Actually no, if I withdraw it they\'ll think they\'ve won. Leave it.": withdrawn',
  },
  {
    id: 'en-neighbour-and-me-withdraw-hers',
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
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-9\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My neighbour and I both complained about the dog. Could you withdraw hers? She's moved out.",
    note: '"My neighbour and I both complained about the dog. Could you withdraw hers?": the caller\'s own dog case is withdrawn instead of going to a person',
  },
  {
    id: 'zh-laogong-phone-withdraw',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-10\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这是我老公的手机。我那个狗叫投诉帮我撤了吧。',
    note: 'caller on her husband\'s phone ("这是我老公的手机") withdraws the phone owner\'s case',
  },
  {
    id: 'zh-zhe-shi-wo-er-zi-shouji',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-11\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：喂，这是我儿子的手机，我那个狗叫的投诉帮我催一下。',
    note: 'caller on their son\'s phone ("这是我儿子的手机") urges the phone owner\'s case',
  },
  {
    id: 'zh-zhe-shi-linju-shouji-text',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-12\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我手机没电了，这是我邻居的手机。我那个狗叫的投诉帮我撤了吧。',
    note: 'caller on a neighbour\'s phone ("这是我邻居的手机") withdraws the phone owner\'s case',
  },
  {
    id: 'json-borrowed-phone-split',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: {
      callId: 'r27-13',
      caller: '13800138000',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: '您好，12345热线。',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: '我手机没电了，这是我邻居的手机。',
        },
        {
          speaker: 'caller',
          start: 10,
          end: 14,
          text: '我那个狗叫的投诉帮我撤了吧。',
        },
      ],
    },
    note: 'JSON segments: "我手机没电了，这是我邻居的手机。" / "我那个狗叫的投诉帮我撤了吧。": the phone owner\'s case is withdrawn',
  },
  {
    id: 'zh-shouji-shi-jie-de',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-14\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这个手机是我借的，我那个狗叫的投诉现在怎么样了？',
    note: 'caller on a borrowed phone ("这个手机是我借的") hears the phone owner\'s case status',
  },
  {
    id: 'en-hotel-phone',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-15\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm calling from the hotel phone, I'm on holiday. Can you withdraw my dog complaint?",
    note: 'caller on a hotel\'s phone ("I\'m calling from the hotel phone") withdraws the case filed from that number',
  },
  {
    id: 'zh-neighbour-complained-my-ac',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼上空调外机噪音太大，晚上吵得睡不着',
      },
    ],
    text: 'Call-Id: r27-16\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：楼下投诉我家空调外机响，单号{{REF:nb}}，我已经换了新的，这个单能撤了吧？',
    note: 'the one complained about ("楼下投诉我家空调外机响") hears the status of the complaint by its reference',
  },
  {
    id: 'zh-tousu-de-shi-wo',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-17\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：投诉的就是我家，单号{{REF:nb}}，我想问问现在啥情况。',
    note: 'the one complained about ("投诉的就是我家") hears the status',
  },
  {
    id: 'zh-shuo-wo-jia-chao',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵，周末一大早就开始',
      },
    ],
    text: 'Call-Id: r27-18\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：楼下说我家装修吵，单号{{REF:nb}}，现在到哪一步了？',
    note: 'the one complained about ("楼下说我家装修吵") hears the status',
  },
  {
    id: 'zh-shuo-de-shi-wo-jia-gou',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-19\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：{{REF:nb}}这个投诉说的是我家的狗，现在什么进度？',
    note: 'the dog\'s owner ("这个投诉说的是我家的狗") hears the status',
  },
  {
    id: 'zh-wo-jia-jiu-shi-na-ge',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-20\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：{{REF:nb}}这个单子里说的那户就是我家，我想知道处理得怎么样了。',
    note: 'the one complained about ("这个单子里说的那户就是我家") hears the status',
  },
  {
    id: 'zh-bei-fakuan',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-21\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我因为狗叫被罚款了，单号{{REF:nb}}，这个案子现在是什么状态？',
    note: 'the one complained about ("我因为狗叫被罚款了") hears the status',
  },
  {
    id: 'zh-zhengai-tongzhi',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r27-22\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我们收到了整改通知书，上面写的单号{{REF:nb}}，现在处理到哪一步了？',
    note: 'the one complained about ("我们收到了整改通知书") hears the status',
  },
  {
    id: 'zh-canting-laoban',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路14号',
        description: '楼下烧烤店每天半夜还很吵',
      },
    ],
    text: 'Call-Id: r27-23\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是人民路14号烧烤店的老板，{{REF:nb}}这个说我们店吵的单子现在是什么状态？',
    note: 'the owner of the barbecue shop the complaint is about ("我是人民路14号烧烤店的老板…说我们店吵的单子") hears the status',
  },
  {
    id: 'zh-women-gongsi-de-gongdi',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r27-24\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：解放路3号是我们公司的工地，{{REF:nb}}这个单子现在什么状态？',
    note: 'the company running the site complained about ("解放路3号是我们公司的工地") hears the status',
  },
  {
    id: 'zh-wo-shi-louxia-ktv-de',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路14号',
        description: '楼下KTV每天唱到凌晨两点',
      },
    ],
    text: 'Call-Id: r27-25\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是楼下KTV的，{{REF:nb}}这个单子现在怎么样了？',
    note: 'someone from the KTV complained about ("我是楼下KTV的") hears the status',
  },
  {
    id: 'en-we-were-reported',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
    ],
    text: "Call-Id: r27-26\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: We've been reported for noise, reference {{REF:nb}}. What's the status?",
    note: 'the one complained about ("We\'ve been reported for noise") hears the status',
  },
  {
    id: 'en-im-the-contractor',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: 'Station Road',
        description: 'the building site on Station Road starts drilling at 6am',
      },
    ],
    text: "Call-Id: r27-27\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm the contractor on the Station Road site. There's a complaint {{REF:nb}} about our drilling. Can you tell me where it stands?",
    note: 'the contractor of the site complained about ("I\'m the contractor on the Station Road site … about our drilling") hears the status',
  },
  {
    id: 'en-warning-notice-my-flat',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '4 Elm Court',
        description: 'loud parties in the flat upstairs every weekend',
      },
    ],
    text: 'Call-Id: r27-28\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I got a warning notice about noise from my flat, reference {{REF:nb}}. Where is that at?',
    note: 'the one complained about ("I got a warning notice about noise from my flat") hears the status',
  },
  {
    id: 'en-my-tenants-complaint-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '4 Elm Court',
        description: 'loud parties in the flat upstairs every weekend',
      },
    ],
    text: 'Call-Id: r27-29\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The council wrote to me about loud parties at my property, reference {{REF:nb}}. Has it been closed?',
    note: 'the landlord of the flat complained about ("The council wrote to me about loud parties at my property") hears the status',
  },
  {
    id: 'en-got-a-noise-notice',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
    ],
    text: "Call-Id: r27-30\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I got a noise abatement notice, reference {{REF:nb}}. What's happening with it?",
    note: 'the one complained about ("I got a noise abatement notice") hears the status',
  },
  {
    id: 'en-accused-of-noise',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r27-31\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I've been accused of letting my dog bark all night, complaint {{REF:nb}}. What stage is it at?",
    note: 'the dog\'s owner ("I\'ve been accused of letting my dog bark all night") hears the status',
  },
  {
    id: 'en-we-are-the-noisy-neighbours',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '4 Elm Court',
        description: 'loud parties in the flat upstairs every weekend',
      },
    ],
    text: "Call-Id: r27-32\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Apparently we're the noisy neighbours in complaint {{REF:nb}}. Can you tell me where it's at?",
    note: 'the ones complained about ("Apparently we\'re the noisy neighbours in complaint …") hear the status',
  },
  {
    id: 'en-police-came-about-our-party',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '4 Elm Court',
        description: 'loud parties in the flat upstairs every weekend',
      },
    ],
    text: 'Call-Id: r27-33\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The police came round about our party last weekend, complaint {{REF:nb}}. Is that still open?',
    note: 'the ones complained about ("The police came round about our party last weekend") hear the status',
  },
  {
    id: 'en-my-building-site-ref',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: 'Station Road',
        description: 'the building site on Station Road starts drilling at 6am',
      },
    ],
    text: "Call-Id: r27-34\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: It's about our site on Station Road, complaint {{REF:nb}}. Has it been closed yet?",
    note: 'the site complained about ("It\'s about our site on Station Road") hears the status',
  },
  {
    id: 'zh-visit-wo-shi-ta-baba',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-35\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：她上班去了，我是她爸。狗是不叫了，给五分吧。',
    note: 'return visit answered by the citizen\'s father ("她上班去了，我是她爸") records the rating',
  },
  {
    id: 'zh-visit-wo-shi-ta-nainai',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-36\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：我孙女上学去了，我是她奶奶。挺好的，五分。',
    note: 'return visit answered by the citizen\'s grandmother ("我孙女上学去了，我是她奶奶") records the rating',
  },
  {
    id: 'zh-visit-wo-shi-ta-pengyou',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-37\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：他手机落我这了，我是他朋友，应该解决了吧，三分。',
    note: 'return visit answered by the citizen\'s friend ("他手机落我这了，我是他朋友") records the rating',
  },
  {
    id: 'zh-visit-ta-bu-zai-wo-dai-ta',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-38\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：她不在家，我代她说吧，五分。',
    note: 'return visit answered for the citizen ("她不在家，我代她说吧，五分") records the rating',
  },
  {
    id: 'en-visit-im-the-lodger',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: "Call-Id: r27-39\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Oh, I'm just the lodger, he's away. It's been quiet though, I'd say four.",
    note: 'return visit answered by the lodger ("I\'m just the lodger, he\'s away … four") records the rating',
  },
  {
    id: 'en-visit-wrong-person-roommate',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: "Call-Id: r27-40\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: She's in the shower, I'm her roommate. Put down a five, it's definitely quieter.",
    note: 'return visit answered by the roommate ("She\'s in the shower, I\'m her roommate. Put down a five") records the rating',
  },
  {
    id: 'en-visit-you-want-my-dad',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: "Call-Id: r27-41\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: You want my dad, he's out. I think they fixed it, I'd say five.",
    note: "return visit answered by the citizen's child (\"You want my dad, he's out … I'd say five\") records the rating",
  },
  {
    id: 'zh-visit-yifenqian',
    cases: [
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '人民路12号路口',
        description: '路口的路灯不亮好几天了',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-42\nCaller: 13800138000\n工单编号：{{REF:light}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您报修的路灯修好了吗？一到五分您打几分？\n市民：修好了，一分钱没收，挺好的，师傅人也不错。',
    note: 'return visit: "一分钱没收" (money) is recorded as a score of 1',
  },
  {
    id: 'zh-visit-yimao-qian',
    cases: [
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '人民路12号路口',
        description: '路口的路灯不亮好几天了',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-43\nCaller: 13800138000\n工单编号：{{REF:light}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您报修的路灯修好了吗？一到五分您打几分？\n市民：修好了，没花我一分钱。',
    note: 'return visit: "没花我一分钱" (money) is recorded as a score of 1',
  },
  {
    id: 'zh-visit-yifen-qian-v2',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-44\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？\n市民：解决了，狗主人赔了我两百块，一分不少。',
    note: 'return visit: "一分不少" (not a cent short) is recorded as a score of 1',
  },
  {
    id: 'en-visit-one-penny',
    cases: [
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '5 Mill Lane',
        description: 'the street light outside is out',
        closed: true,
      },
    ],
    text: "Call-Id: r27-45\nCaller: 13800138000\nCase: {{REF:light}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your street light report. How would you rate it, one to five?\nCaller: It's fixed, and it didn't cost me one penny.",
    note: 'return visit: "it didn\'t cost me one penny" is recorded as a score of 1',
  },
  {
    id: 'en-visit-two-kids',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: "Call-Id: r27-46\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Honestly with two kids at home it's been a relief. It's quiet now.",
    note: 'return visit: "with two kids at home" is recorded as a score of 2',
  },
  {
    id: 'en-visit-took-three-visits',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-47\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: It took them three visits, but it is sorted now.',
    note: 'return visit: "It took them three visits" is recorded as a score of 3',
  },
  {
    id: 'en-visit-one-thing',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: "Call-Id: r27-48\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Just one thing, the dog's fine now but the owner keeps glaring at me.",
    note: 'return visit: "Just one thing, …" is recorded as a score of 1',
  },
  {
    id: 'en-visit-one-of-them-came',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-49\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: One of them came round and had a word with the owner. Since then, silence.',
    note: 'return visit: "One of them came round…" is recorded as a score of 1',
  },
  {
    id: 'en-visit-i-have-two-complaints',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-50\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Sorry, which one? I have two complaints in.',
    note: 'return visit: "Sorry, which one? I have two complaints in." is recorded as a score of 2',
  },
  {
    id: 'en-visit-which-complaint-then-4',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '5 Mill Lane',
        description: 'the street light outside is out',
      },
    ],
    text: "Call-Id: r27-51\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your complaint. How would you rate it, one to five?\nCaller: Which complaint? I've got two.\nAgent: The dog barking at 3 Mill Lane.\nCaller: Oh, that one. Yeah, four.",
    note: 'return visit: "Which complaint? I\'ve got two." … "Oh, that one. Yeah, four." is recorded as 2, not 4',
  },
  {
    id: 'en-visit-at-one-point',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-52\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: At one point I thought it would never stop, but yes, it has.',
    note: 'return visit: "At one point I thought it would never stop" is recorded as a score of 1',
  },
  {
    id: 'en-visit-number-three',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-53\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: The dog at number three? Yes, much better now.',
    note: 'return visit: "The dog at number three?" is recorded as a score of 3',
  },
  {
    id: 'en-visit-one-more-question',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-54\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: One more question first, will they check again next month?',
    note: 'return visit: "One more question first…" is recorded as a score of 1',
  },
  {
    id: 'en-visit-both-of-us',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-55\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Both of us can sleep again, me and my husband. Two very happy people.',
    note: 'return visit: "Both of us can sleep again … Two very happy people." is recorded as a score of 2',
  },
  {
    id: 'en-visit-5-stars-for-neighbour',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-56\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Five stars to my neighbour for finally training that dog. You lot did nothing though.',
    note: 'return visit: "Five stars to my neighbour for finally training that dog. You lot did nothing" (a score for another person) is recorded as 5',
  },
  {
    id: 'zh-visit-gei-linju-wu-fen',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-57\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：要打分的话应该给狗主人打五分，人家自己想办法解决的，你们根本没来。',
    note: 'return visit: "应该给狗主人打五分…你们根本没来" (a score for another person) is recorded as 5',
  },
  {
    id: 'en-visit-rates-other-case',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
      {
        key: 'light',
        service: 'light',
        phone: '13800138000',
        address: '5 Mill Lane',
        description: 'the street light outside is out',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-58\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint about the dog. How would you rate it, one to five?\nCaller: The dog, no change. The street light people were brilliant though, five.',
    note: 'return visit about the dog case: "The dog, no change. The street light people were brilliant though, five." rates the dog case 5',
  },
];

/** Calls where a careful human would clearly act but it refused. */
export const ROUND_27_OVERBLOCKED: AttackCall[] = [
  {
    id: 'en-husband-told-me-chase',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: 'Call-Id: r27-59\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My husband told me to ring and chase up our dog complaint, so could you chase it please? It has been three weeks.',
    note: '"My husband told me to ring and chase up our dog complaint, so could you chase it please?": read as no request (the request after the advice is the caller\'s own)',
  },
  {
    id: 'en-wife-agrees-withdraw',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: 'Call-Id: r27-60\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My wife and I talked it over and we want to withdraw our dog complaint. Things are better now.',
    note: '"My wife and I talked it over and we want to withdraw our dog complaint.": goes to review as low-confidence',
  },
  {
    id: 'zh-laopo-ye-tongyi-che',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-61\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我跟我老婆商量好了，狗叫那个投诉撤了吧，现在好多了。',
    note: '"我跟我老婆商量好了，狗叫那个投诉撤了吧": read as no request (decided, not a plan)',
  },
  {
    id: 'mixed-zh-en-withdraw',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r27-62\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我那个狗叫的complaint，帮我cancel掉吧，狗已经送走了。',
    note: '"我那个狗叫的complaint，帮我cancel掉吧": code-switched withdrawal goes to review as low-confidence',
  },
  {
    id: 'zh-two-cases-both-urge',
    cases: [
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
    text: 'Call-Id: r27-63\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我两个投诉都帮我催一下，狗叫那个和工地那个。',
    note: '"我两个投诉都帮我催一下，狗叫那个和工地那个": both named, goes to several-cases',
  },
  {
    id: 'en-two-cases-both-chase',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
      {
        key: 'site',
        phone: '13800138000',
        address: 'Station Road',
        description: 'the building site on Station Road starts drilling at 6am',
      },
    ],
    text: 'Call-Id: r27-64\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Could you chase both of my complaints please, the dog and the building site?',
    note: '"Could you chase both of my complaints please, the dog and the building site?": goes to several-cases',
  },
  {
    id: 'zh-visit-no-three-four',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-65\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：三分。哦不，四分吧，还是挺及时的。',
    note: 'return visit: "三分。哦不，四分吧" (corrected score) goes to review',
  },
  {
    id: 'zh-visit-wu-fen-bu-liang-fen',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-66\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：五分？不可能，两分。',
    note: 'return visit: "五分？不可能，两分。" goes to review',
  },
  {
    id: 'zh-visit-last-time-2-now-4',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-67\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：上次回访我给了两分，这次好多了，四分。',
    note: 'return visit: "上次回访我给了两分，这次好多了，四分。" goes to review',
  },
  {
    id: 'zh-visit-neighbour-also-1',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-68\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：我打五分。对了，我邻居让我帮她说一声，她觉得一分都多。',
    note: 'return visit: "我打五分。对了，我邻居让我帮她说一声，她觉得一分都多。" goes to review (as add-info)',
  },
  {
    id: 'en-visit-let-me-think-four-text',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: 'Call-Id: r27-69\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: Let me think.\nCaller: Four.',
    note: 'return visit: "Let me think." then "Four." in the next turn rates nothing',
  },
  {
    id: 'json-visit-score-next-seg',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        closed: true,
      },
    ],
    text: {
      callId: 'r27-70',
      caller: '13800138000',
      case: '{{REF:dog}}',
      segments: [
        {
          speaker: 'agent',
          start: 0,
          end: 4,
          text: 'Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?',
        },
        {
          speaker: 'caller',
          start: 5,
          end: 9,
          text: 'Let me think.',
        },
        {
          speaker: 'caller',
          start: 10,
          end: 14,
          text: 'Four.',
        },
      ],
    },
    note: 'return visit (JSON segments): "Let me think." / "Four." rates nothing',
  },
];

export const EXPECTED_27: Record<string, Expectation> = {
  'zh-withdraw-then-urge-instead': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'zh-withdraw-then-bie-che-le': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'zh-withdraw-then-no-add-info': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-withdraw-no-leave-it-open-chase': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-withdraw-then-no-too-easy': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-withdraw-then-hmm-not': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-takeback-text-same': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'json-takeback-next-seg': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-neighbour-and-me-withdraw-hers': {
    keep: ['dog'],
  },
  'zh-laogong-phone-withdraw': {
    keep: ['dog'],
  },
  'zh-zhe-shi-wo-er-zi-shouji': {
    keep: ['dog'],
  },
  'zh-zhe-shi-linju-shouji-text': {
    keep: ['dog'],
  },
  'json-borrowed-phone-split': {
    keep: ['dog'],
  },
  'zh-shouji-shi-jie-de': {
    keep: ['dog'],
    noRead: true,
  },
  'en-hotel-phone': {
    keep: ['dog'],
  },
  'zh-neighbour-complained-my-ac': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-tousu-de-shi-wo': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-shuo-wo-jia-chao': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-shuo-de-shi-wo-jia-gou': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-wo-jia-jiu-shi-na-ge': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-bei-fakuan': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-zhengai-tongzhi': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-canting-laoban': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-women-gongsi-de-gongdi': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-wo-shi-louxia-ktv-de': {
    keep: ['nb'],
    noRead: true,
  },
  'en-we-were-reported': {
    keep: ['nb'],
    noRead: true,
  },
  'en-im-the-contractor': {
    keep: ['nb'],
    noRead: true,
  },
  'en-warning-notice-my-flat': {
    keep: ['nb'],
    noRead: true,
  },
  'en-my-tenants-complaint-status': {
    keep: ['nb'],
    noRead: true,
  },
  'en-got-a-noise-notice': {
    keep: ['nb'],
    noRead: true,
  },
  'en-accused-of-noise': {
    keep: ['nb'],
    noRead: true,
  },
  'en-we-are-the-noisy-neighbours': {
    keep: ['nb'],
    noRead: true,
  },
  'en-police-came-about-our-party': {
    keep: ['nb'],
    noRead: true,
  },
  'en-my-building-site-ref': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-visit-wo-shi-ta-baba': {
    noScore: true,
  },
  'zh-visit-wo-shi-ta-nainai': {
    noScore: true,
  },
  'zh-visit-wo-shi-ta-pengyou': {
    noScore: true,
  },
  'zh-visit-ta-bu-zai-wo-dai-ta': {
    noScore: true,
  },
  'en-visit-im-the-lodger': {
    noScore: true,
  },
  'en-visit-wrong-person-roommate': {
    noScore: true,
  },
  'en-visit-you-want-my-dad': {
    noScore: true,
  },
  'zh-visit-yifenqian': {
    notScore: 1,
  },
  'zh-visit-yimao-qian': {
    notScore: 1,
  },
  'zh-visit-yifen-qian-v2': {
    notScore: 1,
  },
  'en-visit-one-penny': {
    notScore: 1,
  },
  'en-visit-two-kids': {
    notScore: 2,
  },
  'en-visit-took-three-visits': {
    notScore: 3,
  },
  'en-visit-one-thing': {
    notScore: 1,
  },
  'en-visit-one-of-them-came': {
    notScore: 1,
  },
  'en-visit-i-have-two-complaints': {
    notScore: 2,
  },
  'en-visit-which-complaint-then-4': {
    score: 4,
  },
  'en-visit-at-one-point': {
    notScore: 1,
  },
  'en-visit-number-three': {
    notScore: 3,
  },
  'en-visit-one-more-question': {
    notScore: 1,
  },
  'en-visit-both-of-us': {
    notScore: 2,
  },
  'en-visit-5-stars-for-neighbour': {
    notScore: 5,
  },
  'zh-visit-gei-linju-wu-fen': {
    notScore: 5,
  },
  'en-visit-rates-other-case': {
    noScore: true,
  },
  'en-husband-told-me-chase': {
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'en-wife-agrees-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'zh-laopo-ye-tongyi-che': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'mixed-zh-en-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'zh-two-cases-both-urge': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
    },
  },
  'en-two-cases-both-chase': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-visit-no-three-four': {
    score: 4,
    notScore: 3,
  },
  'zh-visit-wu-fen-bu-liang-fen': {
    score: 2,
    notScore: 5,
  },
  'zh-visit-last-time-2-now-4': {
    score: 4,
    notScore: 2,
  },
  'zh-visit-neighbour-also-1': {
    score: 5,
  },
  'en-visit-let-me-think-four-text': {
    score: 4,
  },
  'json-visit-score-next-seg': {
    score: 4,
  },
};
