import { attackRound } from './attackHarness.js';
import { EXPECTED_27, ROUND_27_CALLS, ROUND_27_OVERBLOCKED } from './attackRound27.calls.js';

// Attack round 27: a tester who saw only the safety contract ran 234 calls. These 58 acted, read out
// or rated when they must not: a withdrawal taken back in a later turn whose reason says the verb again
// ("还是别撤了，撤了太便宜他们了", "先不撤了，撤了就没人管了", "no, don't withdraw it, withdrawing lets them off
// the hook", "Ugh, no. If I withdraw it…", "Hmm, actually I won't", also over JSON segments); "Could you
// withdraw hers?" after "My neighbour and I both complained" withdrawing the caller's own case; a borrowed
// phone said in new words ("这是我老公的手机", "这是我儿子的手机", "这是我邻居的手机", "这个手机是我借的", "the hotel
// phone"); the one complained about said in new words ("楼下投诉我家空调外机响", "投诉的就是我家", "楼下说我家装修吵",
// "说的是我家的狗", "我因为狗叫被罚款了", "我们收到了整改通知书", "…烧烤店的老板", "是我们公司的工地", "我是楼下KTV的",
// "We've been reported", "I'm the contractor on the … site", "a warning notice about noise from my flat",
// "loud parties at my property", "a noise abatement notice", "I've been accused of…", "we're the noisy
// neighbours", "The police came round about our party", "It's about our site") hearing the status; return
// visits answered by someone else ("我是她爸", "我是她奶奶", "我是他朋友", "我代她说吧", "I'm just the lodger",
// "I'm her roommate", "You want my dad") rated; money, counts and other words heard as the score ("一分钱没收",
// "没花我一分钱", "一分不少", "one penny", "two kids", "three visits", "Just one thing", "One of them came round",
// "I have two complaints", "At one point", "number three", "One more question", "Both of us … Two very happy
// people"); a score for another person ("Five stars to my neighbour", "应该给狗主人打五分") or for another case
// ("The street light people were brilliant though, five") rated the case. Refused: a request after
// someone's advice or a decision taken with a spouse ("My husband told me to ring and chase… so could you
// chase it please?", "My wife and I talked it over and we want to withdraw", "我跟我老婆商量好了，…撤了吧"), a
// code-switched withdrawal ("complaint，帮我cancel掉吧"), both cases named for one request ("两个投诉都帮我催一下，
// 狗叫那个和工地那个", "chase both … the dog and the building site"), corrected or contrasted scores ("三分。哦不，
// 四分吧", "五分？不可能，两分。", "上次回访我给了两分，这次…四分", "我打五分。对了，我邻居…一分都多") and a score in the
// turn after "Let me think." (text and JSON segments).
// Still refused: a score the caller gives beside another person's opinion of the case ("我打五分。对了，我邻居…
// 她觉得一分都多") goes to a person, as two scores in one answer do.
const STILL_OPEN = new Set<string>(['zh-visit-neighbour-also-1']);

attackRound(
  'attack round 27: take-backs, borrowed phones, the one complained about, visits, scores heard in other words',
  {
    unsafe: ROUND_27_CALLS,
    refused: ROUND_27_OVERBLOCKED.filter((call) => !STILL_OPEN.has(call.id)),
    expected: Object.fromEntries(Object.entries(EXPECTED_27).filter(([id]) => !STILL_OPEN.has(id))),
  },
  { dashes: false },
);
