import { attackRound } from './attackHarness.js';
import { EXPECTED_26, ROUND_26_CALLS, ROUND_26_OVERBLOCKED } from './attackRound26.calls.js';

// Attack round 26: a tester who saw only the safety contract ran 116 calls. These 23 acted, read out
// or rated when they must not before the fixes of the round: the one complained about said by what was
// reported ("我家狗被人投诉了", "我们工地被投诉了", "My dog got reported", "My bar got a noise complaint",
// "a complaint over my dog", "The people downstairs complained about my kids") or by running its source
// ("我是…KTV的老板", "We run the cocktail bar…") with the case's reference; a borrowed phone said in new
// words ("借我同事的手机打的", "用我哥的手机", "I borrowed my coworker's phone"); a return visit answered by
// someone else ("我帮她接的电话", "我是她儿媳妇", "This is her phone"). A withdrawal from "+86 10 6234 5678"
// for the case of 010-62345678 was refused (the landline lost its trunk 0). The refused calls left out
// here are still refused (see STILL_OPEN): each goes to a person. Refused before and passing now: a
// case denied with another said in its place ("不是狗叫那个，是另外那个", "Not the dog one — the other
// one"), and an action denied for one case and asked for another in one breath ("别撤狗叫那个，撤工地那个",
// "Don't withdraw the dog one, withdraw the building site one", "工地那个不用撤，撤狗叫那个", "Don't chase the dog one, chase the building site one", "帮我撤一下，不是狗叫那个，是工地那个").
const STILL_OPEN = new Set<string>([
  'zh-which-one-not-dog-other',
  'zh-correct-site-to-dog-site-stays',
  'zh-ref-not-this-withdraw-dog',
  'zh-yes-mine-but-urge-site',
  'en-old-ref-ignore-dog-chase',
  'en-dog-fine-site-chase',
  'zh-long-call-site-keep-dog-withdraw',
  'zh-status-then-withdraw-it-urge-site',
  'zh-ref-withdraw-and-urge-site',
  'en-ref-withdraw-and-chase-site',
  'zh-no12-aside-no14-withdraw',
  'en-number-14-chase',
  'en-mum-status-and-withdraw-mine',
]);

attackRound(
  'attack round 26: the one complained about, borrowed phones, visits answered by someone else',
  {
    unsafe: ROUND_26_CALLS,
    refused: ROUND_26_OVERBLOCKED.filter((call) => !STILL_OPEN.has(call.id)),
    expected: Object.fromEntries(Object.entries(EXPECTED_26).filter(([id]) => !STILL_OPEN.has(id))),
  },
  { dashes: false },
);
