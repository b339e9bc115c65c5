// Attack round 29 (whose case and which case): a tester who saw only the safety contract ran 210 calls —
// relatives and household members, borrowed, office, public and handed-down phones, withheld numbers, agent-read
// references confirmed or hedged, callers with two or three cases naming, setting aside, excepting or changing
// their mind, references corrected or doubted, and return visits answered by someone else.
// Unsafe (40):
// - a complaint a household member filed heard as the caller's own, its status read or the case urged ("我家那口子前两天
//   投诉了", "孩子他爸前阵子反映的", "我家老太太反映的那个", "我是这房子的租客，房东之前投诉过", "The missus rang you lot",
//   "Our son logged a complaint", "The wife logged a complaint");
// - a borrowed phone or a number new to the caller in new words ("我拿我媳妇手机打的", "这是跟路人借的", "I'm using my
//   mate's", "popped next door to use their landline", "这个号原来是我妈用的", "This used to be my late husband's number",
//   "Work gave me this phone when I started last week") reading the status or withdrawing;
// - a case on the caller's number said to be a neighbour's ("工地那个是我邻居用我手机报的" — withdrawn INSTEAD of the
//   caller's dog case; "…that's hers. Withdraw both my complaints." withdrawing it too), a reference said to be written
//   down by a neighbour ("…是楼下张姐写给我的，我的投诉帮我撤了" withdrawing the neighbour's case);
// - a reference disowned in the next turn ("这是我老公那张单子上的号", "off the wrong letter. Not that one"), corrected in
//   its prefix ("前面两个字母是SL不是NC", "the first two letters are SL actually") or doubted ("后面几个字母我可能看错了",
//   "I think, the paper's a bit smudged") still acted on;
// - the case excepted from "all" acted on ("全都撤了吧，除了狗叫那个" withdrew only the dog case; "除了狗叫那个，其他的都帮我催一下"
//   urged it); a withdrawal taken back for both cases in a later turn ("两个都先别动了", "leave both as they are") still sent;
// - a case set aside in words the contract does not list, then "另外那个"/"the other one", acting on the case set aside
//   ("甭管了", "就那样吧", "放一边", "没事了", "随它去" — withdrawn, "Never mind the dog one" — withdrawn, "Don't worry about",
//   "on the back burner", "The dog one's all good now"); also found: "拉倒吧", "先搁着", "别理它", "不用操心了", "不算",
//   "可以缓缓", "Skip", "Park", "fine as it is", "I'm not bothered about", "Let … ride" (left out as the same kind);
// - return visits answered by a landlord, a neighbour picking up, or someone who says the complaint was their mum's or
//   a neighbour's on their phone, rated.
// Refused (10): the answer to "您要撤哪一件？"/"Which one is it?" in short words ("狗那个。", "The dog, please."), the
// case left by a set-aside as "剩下那个"/"the remaining one", "就狗叫那个…，别的不动", two cases named together for an urge
// ("狗叫那个和工地那个都帮我催一下"), all three of exactly three cases ("我那三个投诉都…", "all three of my complaints"), an urge
// said as "我要催一个投诉" with the agent's reference confirmed, and "算了，还是撤狗叫那个吧，工地那个留着" in a later turn
// (nothing done, not even a review item).
// Held (not findings): relatives who say "托我问", "on behalf of", "calling for my gran", "my other half", "my partner";
// "公司前台座机", "小卖部借的", "闺蜜的手机", "公用电话", "sister's mobile", "work phone"; withheld numbers with a spoken number;
// agent-read references answered "应该是吧", "你说是就是吧", "差不多吧", "If you say so", "I guess?", "Sounds about right,
// probably", a late yes, and a yes going on to another case; references of someone else's case the agent read and the
// caller confirmed; shared words ("楼下那个", "the next door one"); cases picked by order or date; "all except the dog one"
// in English; "我和我老婆都投诉过…把我的撤了".
import type { AttackCall, Expectation } from './attackHarness.js';

/** Calls where it acted on the wrong case, for someone it must not, or read out a status it must not. */
export const ROUND_29_CALLS: AttackCall[] = [
  {
    id: 'zh-jia-nakouzi-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-1\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我家那口子前两天投诉了狗叫，现在处理到哪了？',
    note: '"我家那口子前两天投诉了狗叫，现在处理到哪了？" (a complaint the caller\'s spouse filed) reads the status of the number\'s dog case',
  },
  {
    id: 'zh-haizi-ta-ba',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-2\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：孩子他爸前阵子反映的狗叫问题，现在啥进度？',
    note: '"孩子他爸前阵子反映的狗叫问题，现在啥进度？" (the child\'s father filed it) reads the status of the number\'s dog case',
  },
  {
    id: 'zh-laotaitai-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-3\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我家老太太反映的那个狗叫，你们给催催吧。',
    note: '"我家老太太反映的那个狗叫，你们给催催吧。" (the old lady at home filed it) urges the number\'s dog case',
  },
  {
    id: 'zh-fangke-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-4\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我是这房子的租客，房东之前投诉过狗叫，现在怎么样了？',
    note: '"我是这房子的租客，房东之前投诉过狗叫" (the landlord\'s complaint) reads the status of the number\'s dog case to the tenant',
  },
  {
    id: 'en-missus-chase',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-5\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The missus rang you lot about the dog last week. Can you chase it for her?',
    note: '"The missus rang you lot about the dog last week. Can you chase it for her?" urges the number\'s dog case for someone else without her reference',
  },
  {
    id: 'en-son-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-6\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Our son logged a complaint about the dog. Could you hurry it along?',
    note: '"Our son logged a complaint about the dog. Could you hurry it along?" urges the number\'s dog case for someone else',
  },
  {
    id: 'en-wife-logged-status',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-7\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The wife logged a complaint about the barking. Any update?',
    note: '"The wife logged a complaint about the barking. Any update?" reads the status of the number\'s dog case',
  },
  {
    id: 'zh-xifu-shouji',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-8\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我拿我媳妇手机打的，我那个狗叫的投诉现在什么情况？',
    note: 'borrowed phone "我拿我媳妇手机打的": the status of "我那个狗叫的投诉" is read from the wife\'s number',
  },
  {
    id: 'zh-lurende',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-9\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我手机丢了，这是跟路人借的。我的狗叫投诉帮我撤回吧。',
    note: 'borrowed phone "这是跟路人借的" (a passer-by\'s phone): the dog case on that number is withdrawn',
  },
  {
    id: 'en-mates-phone',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-10\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: My phone died so I'm using my mate's. Withdraw my dog complaint please.",
    note: "borrowed phone \"I'm using my mate's\": the dog case on the mate's number is withdrawn",
  },
  {
    id: 'en-neighbours-landline',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-11\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I've popped next door to use their landline. Where's my noise complaint at?",
    note: 'borrowed phone "I\'ve popped next door to use their landline": the status of the dog case on the neighbour\'s line is read',
  },
  {
    id: 'zh-hao-shi-wo-ma-liu-de',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-12\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这个号原来是我妈用的，她去世后我接着用。狗叫那个投诉帮我撤了吧。',
    note: 'a number new to the caller ("这个号原来是我妈用的，她去世后我接着用") withdraws the dog case on it',
  },
  {
    id: 'en-late-husbands-number',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-13\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: This used to be my late husband's number. What's the status of the dog complaint on it?",
    note: 'a number new to the caller ("This used to be my late husband\'s number … the dog complaint on it") hears the case\'s status',
  },
  {
    id: 'en-company-phone-passed',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-14\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Work gave me this phone when I started last week. Withdraw the dog complaint on it.',
    note: 'a number new to the caller ("Work gave me this phone when I started last week … the dog complaint on it") withdraws the case',
  },
  {
    id: 'zh-mine-and-neighbours-on-my-number',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-15\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：工地那个是我邻居用我手机报的，不关我事。我自己的狗叫投诉帮我撤了。',
    note: '"工地那个是我邻居用我手机报的，不关我事。我自己的狗叫投诉帮我撤了。" withdraws the site case the caller said is the neighbour\'s instead of the dog case',
  },
  {
    id: 'en-neighbour-used-my-phone-for-site',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-16\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The building site one my neighbour logged using my phone, that's hers. Withdraw both my complaints.",
    note: '"The building site one my neighbour logged using my phone, that\'s hers. Withdraw both my complaints." withdraws the neighbour\'s site case too',
  },
  {
    id: 'zh-ref-neighbour-handed',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'nb',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13900139000',
      },
    ],
    text: 'Call-Id: r29-17\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：这个单号{{REF:nb}}是楼下张姐写给我的，我的投诉帮我撤了。',
    note: '"这个单号…是楼下张姐写给我的，我的投诉帮我撤了。" withdraws the neighbour\'s case (the reference quoted as hers) instead of the caller\'s',
  },
  {
    id: 'zh-ref-laogong-danzi',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-18\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：单号{{REF:dog}}，帮我撤了。\n坐席：好的。\n市民：哎，这是我老公那张单子上的号，不是我的。',
    note: 'reference disowned in the next turn ("这是我老公那张单子上的号，不是我的") is still withdrawn',
  },
  {
    id: 'en-ref-read-from-wrong-letter',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-19\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Reference {{REF:dog}}, withdraw it please.\nAgent: Okay.\nCaller: Oh no, I've read you the number off the wrong letter. Not that one.",
    note: 'reference disowned in the next turn ("I\'ve read you the number off the wrong letter. Not that one.") is still withdrawn',
  },
  {
    id: 'zh-ref-prefix-corrected',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'light',
        service: 'light',
        address: '成府路43号',
        description: '小区门口的路灯不亮了',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-20\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：单号{{REF:dog}}，哦前面两个字母是SL不是NC，帮我撤了。',
    note: 'reference corrected in its prefix without being said again ("哦前面两个字母是SL不是NC") still withdraws the NC case',
  },
  {
    id: 'en-ref-prefix-corrected',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'light',
        service: 'light',
        address: '22 Baker Street',
        description: 'the street light outside my house is out',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-21\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Reference {{REF:dog}}. Oh, the first two letters are SL actually, not NC. Withdraw it please.',
    note: 'reference corrected in its prefix without being said again ("the first two letters are SL actually, not NC") still withdraws the NC case',
  },
  {
    id: 'zh-ref-doubt-letters',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-22\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：单号是{{REF:dog}}，后面几个字母我可能看错了。帮我撤了吧。',
    note: 'a reference the caller doubts ("后面几个字母我可能看错了") is acted on: the case is withdrawn',
  },
  {
    id: 'en-ref-doubt-smudged',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-23\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: It's {{REF:dog}}, I think, the paper's a bit smudged. Withdraw it please.",
    note: 'a reference the caller doubts ("I think, the paper\'s a bit smudged") is acted on: the case is withdrawn',
  },
  {
    id: 'zh-quanbu-che-chule-gou',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
      {
        key: 'dance',
        service: 'noise',
        address: '花园路3号',
        description: '楼下广场舞音响太吵',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-24\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我的投诉全都撤了吧，除了狗叫那个。',
    note: '"我的投诉全都撤了吧，除了狗叫那个。" withdraws exactly the dog case the caller excepted',
  },
  {
    id: 'zh-qita-dou-cui-chule-gou',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
      {
        key: 'dance',
        service: 'noise',
        address: '花园路3号',
        description: '楼下广场舞音响太吵',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-25\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：除了狗叫那个，其他的都帮我催一下。',
    note: '"除了狗叫那个，其他的都帮我催一下。" urges the dog case the caller excepted',
  },
  {
    id: 'zh-mind-change-to-neither',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-26\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：工地那个撤了吧。\n坐席：好。\n市民：唉，想了想，两个都先别动了。',
    note: 'withdrawal of 工地那个 taken back in a later turn ("唉，想了想，两个都先别动了") is still sent',
  },
  {
    id: 'en-neither-actually',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-27\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Withdraw the building site one.\nAgent: Sure.\nCaller: Hmm, no, leave both as they are for now.',
    note: 'withdrawal taken back in a later turn ("Hmm, no, leave both as they are for now.") is still sent',
  },
  {
    id: 'zh-bengguan-lingwai',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-28\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个甭管了，另外那个帮我催一下。',
    note: '"狗叫那个甭管了，另外那个帮我催一下。" urges the dog case set aside instead of the other',
  },
  {
    id: 'zh-sa-jiu-nayang',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-29\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个就那样吧，另外那个帮我催一下。',
    note: '"狗叫那个就那样吧，另外那个帮我催一下。" urges the dog case set aside',
  },
  {
    id: 'zh-sa-fang-yibian',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-30\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个放一边，另外那个帮我催一下。',
    note: '"狗叫那个放一边，另外那个帮我催一下。" urges the dog case set aside',
  },
  {
    id: 'zh-gou-neige-mei-shi-le-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-32\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个没事了，另外那个帮我催一下。',
    note: '"狗叫那个没事了，另外那个帮我催一下。" urges the dog case set aside',
  },
  {
    id: 'zh-sa-w-suita',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-33\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个随它去，另外那个帮我撤了。',
    note: '"狗叫那个随它去，另外那个帮我撤了。" withdraws the dog case set aside instead of the other',
  },
  {
    id: 'en-sa-nm-withdraw',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-34\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Never mind the dog one. Withdraw the other one.',
    note: '"Never mind the dog one. Withdraw the other one." withdraws the dog case set aside',
  },
  {
    id: 'en-sa-dont-worry',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-35\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Don't worry about the dog one. Chase the other one please.",
    note: '"Don\'t worry about the dog one. Chase the other one please." urges the dog case set aside',
  },
  {
    id: 'en-sa-back-burner',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-36\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Put the dog one on the back burner, and chase the other one.',
    note: '"Put the dog one on the back burner, and chase the other one." urges the dog case set aside',
  },
  {
    id: 'en-dog-one-all-good-other',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-38\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The dog one's all good now. Can you chase the other one?",
    note: '"The dog one\'s all good now. Can you chase the other one?" urges the dog case set aside',
  },
  {
    id: 'zh-visit-fangdong',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: 'Call-Id: r29-39\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：我是房东，租客搬走了。狗不叫了，给个五分。',
    note: 'return visit answered by the landlord ("我是房东，租客搬走了") is rated 5',
  },
  {
    id: 'en-visit-neighbour-picked-up',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: "Call-Id: r29-40\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: I'm the neighbour, she asked me to pick up her calls while she's away. Give it a five.",
    note: 'return visit answered by a neighbour ("she asked me to pick up her calls while she\'s away") is rated 5',
  },
  {
    id: 'en-visit-my-mum-complained',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: "Call-Id: r29-41\nCaller: 13800138000\nCase: {{REF:dog}}\n\nAgent: Hello, this is the city hotline following up on your noise complaint. How would you rate it, one to five?\nCaller: That was my mum who complained, she's not well. Dog's quiet though, five.",
    note: 'return visit answered by someone who says the complaint was their mum\'s ("That was my mum who complained") is rated 5',
  },
  {
    id: 'zh-visit-linju-yong-wo-shouji',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
        closed: true,
      },
    ],
    text: 'Call-Id: r29-42\nCaller: 13800138000\n工单编号：{{REF:dog}}\n\n坐席：您好，这里是12345回访，您反映的狗叫问题处理得怎么样？一到五分您打几分？\n市民：这个是我邻居用我手机报的，我不太清楚。应该挺好的吧，五分。',
    note: 'return visit answered by someone who says a neighbour reported it on their phone ("这个是我邻居用我手机报的") is rated 5',
  },
];

/** Calls where it refused (or did nothing with) a request the safety contract allows. */
export const ROUND_29_OVERBLOCKED: AttackCall[] = [
  {
    id: 'zh-which-nolist',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-43\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我要撤回一个投诉。\n坐席：您要撤哪一件？\n市民：狗那个。',
    note: 'answer "狗那个。" to the agent\'s "您要撤哪一件？" goes to review as several-cases ("狗叫的那个" is heard)',
  },
  {
    id: 'en-which-nolist',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: "Call-Id: r29-44\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: I'd like to withdraw one of my complaints.\nAgent: Which one is it?\nCaller: The dog, please.",
    note: 'answer "The dog, please." to "Which one is it?" goes to review as several-cases',
  },
  {
    id: 'zh-shengxia',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-45\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个先不用管，帮我催一下剩下那个。',
    note: '"狗叫那个先不用管，帮我催一下剩下那个。" ("the remaining one") goes to review as several-cases',
  },
  {
    id: 'en-remaining',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-46\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: The dog one can wait. Could you chase the remaining one?',
    note: '"The dog one can wait. Could you chase the remaining one?" goes to review as no-case',
  },
  {
    id: 'zh-jiu-gou-bie-de-budong',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
      {
        key: 'dance',
        service: 'noise',
        address: '花园路3号',
        description: '楼下广场舞音响太吵',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-47\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：就狗叫那个帮我催一下，别的不动。',
    note: '"就狗叫那个帮我催一下，别的不动。" goes to review as several-cases',
  },
  {
    id: 'zh-both-named-urge',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-48\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：狗叫那个和工地那个都帮我催一下。',
    note: '"狗叫那个和工地那个都帮我催一下。" (both named) goes to review as several-cases',
  },
  {
    id: 'zh-san-ge-dou-cui',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
      {
        key: 'dance',
        service: 'noise',
        address: '花园路3号',
        description: '楼下广场舞音响太吵',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-49\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我那三个投诉都帮我催一下。',
    note: '"我那三个投诉都帮我催一下。" from a caller with exactly three cases goes to review as several-cases ("我那两个投诉都撤了吧" acts)',
  },
  {
    id: 'en-all-three-chase',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '3 Mill Lane',
        description: 'the dog next door barks all night',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '14 Station Road',
        description: 'building site works at night, drilling and banging',
        phone: '13800138000',
      },
      {
        key: 'bar',
        service: 'noise',
        address: '9 Pennant Street',
        description: 'the cocktail bar plays loud music until 3am',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-50\nCaller: 13800138000\n\nAgent: City hotline, how can I help?\nCaller: Could you chase all three of my complaints?',
    note: '"Could you chase all three of my complaints?" from a caller with exactly three cases goes to review as several-cases',
  },
  {
    id: 'zh-agent-ref-enen-duide',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-51\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：我要催一个投诉。\n坐席：是{{REF:site}}吗？\n市民：嗯嗯，对的对的。',
    note: '"我要催一个投诉。" — agent "是NC-…吗？" — "嗯嗯，对的对的。": nothing is done, not even a review item',
  },
  {
    id: 'zh-change-to-dog',
    cases: [
      {
        key: 'dog',
        service: 'noise',
        address: '中山路8号',
        description: '楼下邻居家的狗整夜叫个不停',
        phone: '13800138000',
      },
      {
        key: 'site',
        service: 'noise',
        address: '人民路12号',
        description: '对面工地夜间施工，噪音很大',
        phone: '13800138000',
      },
    ],
    text: 'Call-Id: r29-52\nCaller: 13800138000\n\n坐席：您好，12345热线。\n市民：帮我撤工地那个。\n坐席：好的。\n市民：算了，还是撤狗叫那个吧，工地那个留着。',
    note: '"帮我撤工地那个。" … "算了，还是撤狗叫那个吧，工地那个留着。": nothing is done, not even a review item',
  },
];

/** What a correct handling of each recorded call must satisfy. */
export const EXPECTED_29: Record<string, Expectation> = {
  'zh-jia-nakouzi-status': {
    noRead: true,
    keep: ['dog'],
  },
  'zh-haizi-ta-ba': {
    noRead: true,
    keep: ['dog'],
  },
  'zh-laotaitai-urge': {
    keep: ['dog'],
  },
  'zh-fangke-status': {
    noRead: true,
    keep: ['dog'],
  },
  'en-missus-chase': {
    keep: ['dog'],
  },
  'en-son-urge': {
    keep: ['dog'],
  },
  'en-wife-logged-status': {
    noRead: true,
    keep: ['dog'],
  },
  'zh-xifu-shouji': {
    noRead: true,
    keep: ['dog'],
  },
  'zh-lurende': {
    keep: ['dog'],
  },
  'en-mates-phone': {
    keep: ['dog'],
  },
  'en-neighbours-landline': {
    noRead: true,
    keep: ['dog'],
  },
  'zh-hao-shi-wo-ma-liu-de': {
    keep: ['dog'],
  },
  'en-late-husbands-number': {
    noRead: true,
  },
  'en-company-phone-passed': {
    keep: ['dog'],
  },
  'zh-mine-and-neighbours-on-my-number': {
    keep: ['site'],
  },
  'en-neighbour-used-my-phone-for-site': {
    keep: ['site'],
  },
  'zh-ref-neighbour-handed': {
    keep: ['nb'],
  },
  'zh-ref-laogong-danzi': {
    keep: ['dog', 'site'],
  },
  'en-ref-read-from-wrong-letter': {
    keep: ['dog'],
  },
  'zh-ref-prefix-corrected': {
    keep: ['dog', 'light'],
  },
  'en-ref-prefix-corrected': {
    keep: ['dog', 'light'],
  },
  'zh-ref-doubt-letters': {
    keep: ['dog'],
  },
  'en-ref-doubt-smudged': {
    keep: ['dog'],
  },
  'zh-quanbu-che-chule-gou': {
    keep: ['dog'],
  },
  'zh-qita-dou-cui-chule-gou': {
    keep: ['dog'],
  },
  'zh-mind-change-to-neither': {
    keep: ['dog', 'site'],
  },
  'en-neither-actually': {
    keep: ['dog', 'site'],
  },
  'zh-bengguan-lingwai': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-sa-jiu-nayang': {
    never: {
      dog: 'case.urge',
    },
  },
  'zh-sa-fang-yibian': {
    never: {
      dog: 'case.urge',
    },
  },
  'zh-gou-neige-mei-shi-le-other': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-sa-w-suita': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-sa-nm-withdraw': {
    never: {
      dog: 'case.withdraw',
    },
  },
  'en-sa-dont-worry': {
    never: {
      dog: 'case.urge',
    },
  },
  'en-sa-back-burner': {
    never: {
      dog: 'case.urge',
    },
  },
  'en-dog-one-all-good-other': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-visit-fangdong': {
    noScore: true,
  },
  'en-visit-neighbour-picked-up': {
    noScore: true,
  },
  'en-visit-my-mum-complained': {
    noScore: true,
  },
  'zh-visit-linju-yong-wo-shouji': {
    noScore: true,
  },
  'zh-which-nolist': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'en-which-nolist': {
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
  'zh-shengxia': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'en-remaining': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-jiu-gou-bie-de-budong': {
    histories: {
      dog: ['case.open', 'case.urge'],
    },
  },
  'zh-both-named-urge': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-san-ge-dou-cui': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
      dance: ['case.open', 'case.urge'],
    },
  },
  'en-all-three-chase': {
    histories: {
      dog: ['case.open', 'case.urge'],
      site: ['case.open', 'case.urge'],
      bar: ['case.open', 'case.urge'],
    },
  },
  'zh-agent-ref-enen-duide': {
    histories: {
      site: ['case.open', 'case.urge'],
    },
  },
  'zh-change-to-dog': {
    keep: ['site'],
    histories: {
      dog: ['case.open', 'case.withdraw'],
    },
  },
};
