// Round 26 findings: the one complained about, borrowed phones, return visits answered by someone
// else (unsafe); denials and negations that pick the other case, corrections, set-asides (refused).
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls where it acted (or read out, or rated) when it must not. */
export const ROUND_26_CALLS: AttackCall[] = [
  {
    id: 'zh-my-dog-reported-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-11\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我家狗被人投诉了，单号是{{REF:nb}}，我想问问现在处理到哪一步了。',
    note: 'the dog\'s owner ("我家狗被人投诉了", the one complained about) hears the case status by its reference',
  },
  {
    id: 'zh-my-dog-reported-withdraw',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-34\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我家狗被邻居投诉了，单号是{{REF:nb}}，我们已经给狗戴了止吠器，帮忙撤了吧。',
    note: 'the dog\'s owner ("我家狗被邻居投诉了") withdraws the neighbour\'s complaint about the dog by its reference',
  },
  {
    id: 'zh-my-dog-reported-add-info',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-35\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我家狗被人投诉了，单号是{{REF:nb}}。帮我加个情况，我们已经给狗戴了止吠器了。',
    note: 'the one complained about ("我家狗被人投诉了") writes a note into the complaint about them',
  },
  {
    id: 'zh-site-manager-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r26-37\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是解放路那个工地的项目经理，我们收到通知说被投诉了，单号是{{REF:nb}}，现在是什么状态？',
    note: 'the project manager of the site complained about ("我们收到通知说被投诉了") hears the status',
  },
  {
    id: 'en-letter-about-my-renovation-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵，周末一大早就开始',
      },
    ],
    text: "Call-Id: r26-38\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I got a letter about a noise complaint, {{REF:nb}}, regarding my renovation works. What's the status of it?",
    note: 'the one whose renovation works the complaint is about ("a noise complaint … regarding my renovation works") hears the status',
  },
  {
    id: 'en-my-dog-reported-withdraw',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r26-39\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My dog got reported for barking, reference {{REF:nb}}. We've sorted it with a trainer, so can you close it or withdraw it?",
    note: 'the dog\'s owner ("My dog got reported for barking") withdraws the complaint about the dog',
  },
  {
    id: 'zh-complaint-about-my-dog-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-40\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：说我家狗叫的那个投诉，单号{{REF:nb}}，现在处理到哪了？',
    note: 'the dog\'s owner ("说我家狗叫的那个投诉") hears the status',
  },
  {
    id: 'zh-our-site-complained-read',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '解放路3号',
        description: '对面工地夜间施工，晚上十点以后还在打桩',
      },
    ],
    text: 'Call-Id: r26-53\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我们工地被投诉了，单号是{{REF:nb}}，我们已经不夜间施工了，能不能帮忙撤了？',
    note: 'the site complained about ("我们工地被投诉了") hears the status read back while asking to withdraw it',
  },
  {
    id: 'en-we-run-the-bar-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
    ],
    text: "Call-Id: r26-54\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: We run the cocktail bar on Pennant Street. We were told there's a complaint {{REF:nb}}. Where is it at?",
    note: 'the people running the cocktail bar the case is about ("We run the cocktail bar … there\'s a complaint") hear the status',
  },
  {
    id: 'zh-our-shop-complained-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路14号',
        description: '楼下KTV每天唱到凌晨两点',
      },
    ],
    text: 'Call-Id: r26-55\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我们店被投诉噪音了，单号是{{REF:nb}}，我们已经装了隔音棉，这个投诉现在怎么样了？',
    note: 'the shop complained about ("我们店被投诉噪音了") hears the status',
  },
  {
    id: 'zh-ktv-boss-urge',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路14号',
        description: '楼下KTV每天唱到凌晨两点',
      },
    ],
    text: 'Call-Id: r26-57\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是人民路14号那家KTV的老板，{{REF:nb}}这个投诉能不能帮我们催一下赶紧结了？',
    note: 'the owner of the KTV complained about ("我是…KTV的老板") urges the complaint about the KTV (and hears its status)',
  },
  {
    id: 'en-complained-about-kids-add-info',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路20号',
        description: '楼上小孩每天晚上跑跳，咚咚响',
      },
    ],
    text: "Call-Id: r26-58\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The people downstairs complained about my kids running around, reference {{REF:nb}}. I've put rugs down. Can you add that to the file?",
    note: 'the family complained about ("complained about my kids running around") writes a note into the complaint about them',
  },
  {
    id: 'zh-my-renovation-complained-withdraw',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵，周末一大早就开始',
      },
    ],
    text: 'Call-Id: r26-72\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我在人民路12号装修，楼下说太吵投诉了，单号是{{REF:nb}}，我们现在只在白天干活了，这个单子能撤吗？帮我撤了吧。',
    note: 'the one renovating ("我在人民路12号装修，楼下说太吵投诉了") withdraws the complaint about the renovation',
  },
  {
    id: 'en-council-rang-about-my-dog-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: 'Call-Id: r26-97\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The council rang me about a complaint over my dog, reference {{REF:nb}}. Where is it at?',
    note: 'the dog\'s owner ("a complaint over my dog") hears the status',
  },
  {
    id: 'en-my-bar-got-complaint-withdraw',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
    ],
    text: "Call-Id: r26-98\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My bar got a noise complaint, {{REF:nb}}. We've turned the music down. Could you withdraw it?",
    note: 'the bar owner ("My bar got a noise complaint") withdraws the complaint about the bar',
  },
  {
    id: 'zh-i-am-the-dogs-owner-status',
    cases: [
      {
        key: 'nb',
        phone: '13900139000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-100\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是那条狗的主人，邻居投诉的单号是{{REF:nb}}，现在怎么样了？',
    note: 'the dog\'s owner ("我是那条狗的主人，邻居投诉的单号是…") hears the status',
  },
  {
    id: 'zh-colleague-phone-urge',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-41\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我手机没电了，借我同事的手机打的。我那个狗叫的投诉帮我催一下。',
    note: 'caller on a colleague\'s phone ("借我同事的手机打的") urges the case of the phone\'s owner',
  },
  {
    id: 'zh-brother-phone-urge',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-89\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我手机丢了，用我哥的手机打的。我那个狗叫的投诉帮我催一下。',
    note: 'caller on their brother\'s phone ("用我哥的手机打的") urges the case of the phone\'s owner',
  },
  {
    id: 'en-coworker-phone-urge',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r26-90\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I borrowed my coworker's phone, mine is dead. Can you chase up my dog complaint?",
    note: "caller on a coworker's phone (\"I borrowed my coworker's phone\") urges the case of the phone's owner",
  },
  {
    id: 'zh-friend-phone-status',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-91\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我借了我朋友的手机打的，我那个狗叫的投诉现在怎么样了？',
    note: 'caller on a friend\'s phone ("我借了我朋友的手机打的") hears the status of the phone owner\'s case',
  },
  {
    id: 'zh-visit-answered-by-child-rates',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r26-48\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，12345回访，您反映的狗叫问题处理了吗？一到五分您打几分？\n市民：我妈住院了，我帮她接的电话。我看处理得挺好，打五分吧。',
    note: 'return visit answered by the citizen\'s child ("我妈住院了，我帮她接的电话") records the rating',
  },
  {
    id: 'en-visit-her-phone-rates',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
        closed: true,
      },
    ],
    text: "Call-Id: r26-49\nCaller: 13800138000\nCase: {{REF:bar}}\n\nAgent: City hotline, how can I help?\nAgent: Hello, this is the city hotline following up on the noise complaint. How would you rate it, one to five?\nCaller: This is her phone, she's at work. It all looks sorted from here, five.",
    note: 'return visit answered on the citizen\'s phone by someone else ("This is her phone, she\'s at work") records the rating',
  },
  {
    id: 'zh-visit-daughter-in-law-rates',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        closed: true,
      },
    ],
    text: 'Call-Id: r26-93\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，12345热线。\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：她住院了，我是她儿媳妇，替她接的。狗是不叫了，五分吧。',
    note: 'return visit answered by the daughter-in-law ("我是她儿媳妇，替她接的") records the rating',
  },
];

/** Calls where a careful human would clearly act but it refused. */
export const ROUND_26_OVERBLOCKED: AttackCall[] = [
  {
    id: 'zh-not-dog-other-urge',
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
    text: 'Call-Id: r26-01\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：不是狗叫那个，是另外那个，帮我催一下吧，都一个月了。',
    note: '"不是狗叫那个，是另外那个，帮我催一下": the dog case denied and the other pointed at; goes to several-cases',
  },
  {
    id: 'en-not-dog-other-chase',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: "Call-Id: r26-02\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Not the dog one — the other one. Can you chase it up? It's been weeks.",
    note: '"Not the dog one — the other one. Can you chase it up?": goes to several-cases',
  },
  {
    id: 'zh-which-one-not-dog-other',
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
    text: 'Call-Id: r26-51\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我要撤回一个投诉。\n坐席：您名下有两件，一件是中山路8号狗叫，一件是解放路3号工地夜间施工，您要撤哪一件？\n市民：不是狗那个，另外那个。',
    note: 'answer to "您要撤哪一件？" is "不是狗那个，另外那个": goes to several-cases',
  },
  {
    id: 'en-which-one-not-dog-other',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: 'Call-Id: r26-52\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I want to withdraw one of my complaints.\nAgent: I see two, the dog on Mill Lane and the building site on Station Road. Which one?\nCaller: Not the dog. The other one.',
    note: 'answer to "Which one?" is "Not the dog. The other one.": goes to several-cases',
  },
  {
    id: 'zh-dont-withdraw-dog-withdraw-site',
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
    text: 'Call-Id: r26-17\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：别撤狗叫那个，撤工地那个。',
    note: '"别撤狗叫那个，撤工地那个": read as no request at all',
  },
  {
    id: 'en-dont-withdraw-dog-withdraw-site',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: "Call-Id: r26-47\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Don't withdraw the dog one, withdraw the building site one.",
    note: '"Don\'t withdraw the dog one, withdraw the building site one.": read as no request at all',
  },
  {
    id: 'zh-dont-urge-dog-urge-site',
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
    text: 'Call-Id: r26-46\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：别催狗叫那个，催一下工地那个。',
    note: '"别催狗叫那个，催一下工地那个": goes to several-cases',
  },
  {
    id: 'en-dont-chase-dog-chase-site',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: "Call-Id: r26-68\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Don't chase the dog one, chase the building site one.",
    note: '"Don\'t chase the dog one, chase the building site one.": read as no request at all',
  },
  {
    id: 'zh-site-not-withdraw-dog-withdraw',
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
    text: 'Call-Id: r26-103\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：工地那个不用撤，撤狗叫那个。',
    note: '"工地那个不用撤，撤狗叫那个": read as no request at all',
  },
  {
    id: 'zh-not-site-but-dog-withdraw',
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
    text: 'Call-Id: r26-104\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我不是要撤工地那个，我是要撤狗叫那个。',
    note: '"我不是要撤工地那个，我是要撤狗叫那个": read as no request at all',
  },
  {
    id: 'zh-withdraw-not-dog-but-site',
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
    text: 'Call-Id: r26-69\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：帮我撤一下，不是狗叫那个，是工地那个。',
    note: '"帮我撤一下，不是狗叫那个，是工地那个": read as no request at all',
  },
  {
    id: 'zh-correct-site-to-dog-site-stays',
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
    text: 'Call-Id: r26-75\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：帮我撤了工地那个。\n坐席：好的。\n市民：哦不对，是狗叫那个，工地的还要留着。',
    note: '"帮我撤了工地那个" then "哦不对，是狗叫那个，工地的还要留着": read as no request (without the last clause it withdraws the dog case)',
  },
  {
    id: 'zh-ref-not-this-withdraw-dog',
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
    text: 'Call-Id: r26-15\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我的单号是{{REF:site}}。\n坐席：这个是解放路3号工地夜间施工的投诉，目前处理中。\n市民：哦不是这个，我要撤的是狗叫的那个，狗已经送走了。',
    note: 'reference of the site case, status read, then "哦不是这个，我要撤的是狗叫的那个": goes to several-cases',
  },
  {
    id: 'zh-yes-mine-but-urge-site',
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
    text: 'Call-Id: r26-24\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我想催一下。\n坐席：您的单号是{{REF:dog}}吗？\n市民：是的。不过我要催的是工地那个，狗那个不急。',
    note: 'agent asks "您的单号是<dog>吗？" — "是的。不过我要催的是工地那个，狗那个不急": goes to several-cases',
  },
  {
    id: 'en-old-ref-ignore-dog-chase',
    cases: [
      {
        key: 'dog',
        phone: '13800138000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
    ],
    text: "Call-Id: r26-25\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My reference is {{REF:bar}}. Actually, hang on, that's the old one, ignore that. It's the dog one I want chased up.",
    note: '"My reference is <bar>. Actually … that\'s the old one, ignore that. It\'s the dog one I want chased up.": goes to several-cases',
  },
  {
    id: 'en-dog-fine-site-chase',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: "Call-Id: r26-117\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I've got two complaints in. The dog one is fine now, forget about that. It's the building site, they're still at it at 6am. Chase it please.",
    note: '"The dog one is fine now, forget about that. It\'s the building site … Chase it please.": goes to several-cases',
  },
  {
    id: 'zh-long-call-site-keep-dog-withdraw',
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
    text: 'Call-Id: r26-77\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：那个工地啊，真是太过分了，晚上十一二点还在打桩，我都报了好几次了，你们也不管。还有楼下那条狗，之前也吵，不过现在好了，主人把它送回老家了。\n坐席：理解您的心情。您今天是想？\n市民：工地那个就继续让他们处理吧，狗叫那个帮我撤了。',
    note: 'long call, request late: "工地那个就继续让他们处理吧，狗叫那个帮我撤了": goes to several-cases',
  },
  {
    id: 'zh-status-then-withdraw-it-urge-site',
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
    text: 'Call-Id: r26-109\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个现在怎么样了？\n坐席：狗叫那个目前已受理，等待派单。\n市民：那帮我撤了吧，狗已经送走了。工地那个帮我催一下。',
    note: 'status of the dog case read, then "那帮我撤了吧，狗已经送走了。工地那个帮我催一下": the urge is applied, the withdrawal goes to several-cases',
  },
  {
    id: 'zh-ref-withdraw-and-urge-site',
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
    text: 'Call-Id: r26-114\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我的单号是{{REF:dog}}，帮我撤了吧。工地那个也帮我催一下。',
    note: '"我的单号是<dog>，帮我撤了吧。工地那个也帮我催一下": dog withdrawn, the urge of the site case goes to several-cases',
  },
  {
    id: 'en-ref-withdraw-and-chase-site',
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
        address: '40 Station Road',
        description: 'building site pile driving starts at 6am',
      },
    ],
    text: 'Call-Id: r26-115\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My reference is {{REF:dog}}, please withdraw it. And could you chase the building site one too?',
    note: '"My reference is <dog>, please withdraw it. And could you chase the building site one too?": the chase goes to several-cases',
  },
  {
    id: 'zh-no12-aside-no14-withdraw',
    cases: [
      {
        key: 'a12',
        phone: '13800138000',
        address: '人民路12号',
        description: '楼上装修电钻声太吵',
      },
      {
        key: 'a14',
        phone: '13800138000',
        address: '人民路14号',
        description: '楼下烧烤店排风机晚上很吵',
      },
    ],
    text: 'Call-Id: r26-108\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：十二号那个先别管，十四号那个帮我撤了。',
    note: '"十二号那个先别管，十四号那个帮我撤了" (人民路12号 / 14号): goes to several-cases',
  },
  {
    id: 'en-number-14-chase',
    cases: [
      {
        key: 'a12',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night',
      },
      {
        key: 'a14',
        phone: '13800138000',
        address: '14 Pennant Street',
        description: 'extractor fan of the takeaway runs all night',
      },
    ],
    text: 'Call-Id: r26-107\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The one at number 14, could you chase it up please?',
    note: '"The one at number 14, could you chase it up please?" (12 / 14 Pennant Street): goes to several-cases',
  },
  {
    id: 'en-mum-status-and-withdraw-mine',
    cases: [
      {
        key: 'bar',
        phone: '13800138000',
        address: '12 Pennant Street',
        description: 'loud music from the cocktail bar every night until 2am',
      },
      {
        key: 'mum',
        phone: '13900139000',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
      },
    ],
    text: "Call-Id: r26-22\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'm calling for my mum, her reference is {{REF:mum}}, just wanted to know where it's at.\nAgent: That one's being handled.\nCaller: Great. And while I'm on, please withdraw mine, the bar has shut down.",
    note: 'mum\'s reference for a status, then "please withdraw mine, the bar has shut down": both go to no-case',
  },
  {
    id: 'zh-landline-plus86-withdraw',
    cases: [
      {
        key: 'dog',
        phone: '010-62345678',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
      },
    ],
    text: 'Call-Id: r26-19\nCaller: +86 10 6234 5678\n\n坐席：您好，12345热线。\n市民：狗叫那个投诉帮我撤了吧，狗已经送走了。',
    note: 'the owner\'s landline 010-62345678 calling as "+86 10 6234 5678" is not verified (no-case)',
  },
];

export const EXPECTED_26: Record<string, Expectation> = {
  'zh-my-dog-reported-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-my-dog-reported-withdraw': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-my-dog-reported-add-info': {
    keep: ['nb'],
  },
  'zh-site-manager-status': {
    keep: ['nb'],
    noRead: true,
  },
  'en-letter-about-my-renovation-status': {
    keep: ['nb'],
    noRead: true,
  },
  'en-my-dog-reported-withdraw': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-complaint-about-my-dog-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-our-site-complained-read': {
    keep: ['nb'],
    noRead: true,
  },
  'en-we-run-the-bar-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-our-shop-complained-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-ktv-boss-urge': {
    keep: ['nb'],
    noRead: true,
  },
  'en-complained-about-kids-add-info': {
    keep: ['nb'],
  },
  'zh-my-renovation-complained-withdraw': {
    keep: ['nb'],
    noRead: true,
  },
  'en-council-rang-about-my-dog-status': {
    keep: ['nb'],
    noRead: true,
  },
  'en-my-bar-got-complaint-withdraw': {
    keep: ['nb'],
  },
  'zh-i-am-the-dogs-owner-status': {
    keep: ['nb'],
    noRead: true,
  },
  'zh-colleague-phone-urge': {
    keep: ['dog'],
  },
  'zh-brother-phone-urge': {
    keep: ['dog'],
  },
  'en-coworker-phone-urge': {
    keep: ['dog'],
  },
  'zh-friend-phone-status': {
    keep: ['dog'],
    noRead: true,
  },
  'zh-visit-answered-by-child-rates': {
    keep: ['dog'],
    noScore: true,
  },
  'en-visit-her-phone-rates': {
    keep: ['bar'],
    noScore: true,
  },
  'zh-visit-daughter-in-law-rates': {
    keep: ['dog'],
    noScore: true,
  },
  'zh-not-dog-other-urge': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'en-not-dog-other-chase': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'zh-which-one-not-dog-other': {
    histories: {
      site: ['case.open', 'case.withdraw'],
    },
    keep: ['dog'],
  },
  'en-which-one-not-dog-other': {
    histories: {
      site: ['case.open', 'case.withdraw'],
    },
    keep: ['dog'],
  },
  'zh-dont-withdraw-dog-withdraw-site': {
    histories: {
      site: ['case.open', 'case.withdraw'],
    },
    keep: ['dog'],
  },
  'en-dont-withdraw-dog-withdraw-site': {
    histories: {
      site: ['case.open', 'case.withdraw'],
    },
    keep: ['dog'],
  },
  'zh-dont-urge-dog-urge-site': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'en-dont-chase-dog-chase-site': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'zh-site-not-withdraw-dog-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
    keep: ['site'],
  },
  'zh-not-site-but-dog-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
    keep: ['site'],
  },
  'zh-withdraw-not-dog-but-site': {
    histories: {
      site: ['case.open', 'case.withdraw'],
    },
    keep: ['dog'],
  },
  'zh-correct-site-to-dog-site-stays': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
    keep: ['site'],
  },
  'zh-ref-not-this-withdraw-dog': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
    keep: ['site'],
  },
  'zh-yes-mine-but-urge-site': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'en-old-ref-ignore-dog-chase': {
    histories: {
      dog: ['case.open', 'case.urge'],
    },
    keep: ['bar'],
  },
  'en-dog-fine-site-chase': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
    keep: ['dog'],
  },
  'zh-long-call-site-keep-dog-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
    keep: ['site'],
  },
  'zh-status-then-withdraw-it-urge-site': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-ref-withdraw-and-urge-site': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open', 'case.urge'],
    },
  },
  'en-ref-withdraw-and-chase-site': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-no12-aside-no14-withdraw': {
    histories: {
      a14: ['case.open', 'case.withdraw'],
    },
    keep: ['a12'],
  },
  'en-number-14-chase': {
    histories: {
      a14: ['case.open', 'case.urge'],
    },
    keep: ['a12'],
  },
  'en-mum-status-and-withdraw-mine': {
    histories: {
      bar: ['case.open', 'case.withdraw'],
    },
    keep: ['mum'],
  },
  'zh-landline-plus86-withdraw': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
};
