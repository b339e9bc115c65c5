import { attackRound } from './attackHarness.js';
import { EXPECTED_29, ROUND_29_CALLS, ROUND_29_OVERBLOCKED } from './attackRound29.calls.js';

// Attack round 29: a tester who saw only the safety contract ran 210 calls about whose case and which case.
// 40 acted, read out or rated when they must not; 10 refused what a supervisor would do. Closed here: a
// household member who filed it ("我家那口子前两天投诉了", "孩子他爸前阵子反映的", "房东之前投诉过", "The missus rang
// you lot", "Our son logged a complaint"); borrowed phones and numbers new to the caller ("我拿我媳妇手机打的",
// "这是跟路人借的", "I'm using my mate's", "popped next door to use their landline", "这个号原来是我妈用的", "This used
// to be my late husband's number", "Work gave me this phone"); a neighbour's case on the caller's number ("工地那个是
// 我邻居用我手机报的", "my neighbour logged using my phone"); return visits answered by a landlord, a neighbour
// picking up or someone whose mum complained; set-aside wordings ("甭管了", "就那样吧", "放一边", "没事了", "随它去",
// "Never mind the dog one", "Don't worry about the dog one", "on the back burner", "The dog one's all good now");
// references disowned in the next turn ("这是我老公那张单子上的号，不是我的", "off the wrong letter"), corrected in
// their prefix ("前面两个字母是SL不是NC") or doubted ("后面几个字母我可能看错了", "the paper's a bit smudged"), or
// said to be a neighbour's note ("是楼下张姐写给我的"); the case excepted from "all" ("除了狗叫那个"); both taken
// back ("两个都先别动了", "leave both as they are"). And the refused: "狗那个。", "The dog, please.", "剩下那个",
// "the remaining one", "别的不动", "狗叫那个和工地那个都…", "我那三个投诉都…", "all three of my complaints",
// "我要催一个投诉", and "算了，还是撤狗叫那个吧，工地那个留着" now act on the case meant.
const STILL_OPEN = new Set<string>([]);

attackRound(
  'attack round 29: whose case and which case',
  {
    unsafe: ROUND_29_CALLS.filter((call) => !STILL_OPEN.has(call.id)),
    refused: ROUND_29_OVERBLOCKED.filter((call) => !STILL_OPEN.has(call.id)),
    expected: Object.fromEntries(Object.entries(EXPECTED_29).filter(([id]) => !STILL_OPEN.has(id))),
  },
  { dashes: false },
);
