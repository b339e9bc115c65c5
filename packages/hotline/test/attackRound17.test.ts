import { attackRound } from './attackHarness.js';
import { EXPECTED_17, ROUND_17_CALLS, ROUND_17_OVERBLOCKED } from './attackRound17.calls.js';

// Attack round 17: a tester who saw only the safety contract ran 186 calls (71 of them plain requests)
// in Mandarin, 东北话, 四川话, Cantonese words, and British, American, Indian and Singaporean English.
// These are the 17 that acted unsafely or on the wrong case before the fixes of the round — a reference
// spelled with one symbol too many, a negation speech recognition left in the segment before ("Please
// don't" / "withdraw it…"), "planning to withdraw… after Diwali", Cantonese "我帮我阿妈打嘅", return-visit
// scores taken back or meant for the street light, the workers or the hotline, a neighbour's reference
// said as news, two cases sharing "狗叫", a new report opened as the old case's service — and the 7
// legitimate calls it refused ("催一哈", "我另外那个投诉帮我撤了", "withdraw mine", a score split over two
// segments). The tester wrote {{REFSP:key}} as the reference's symbols with the dashes dropped.

attackRound(
  'attack round 17: long and regional calls, split segments, extra symbols, scores for others, a neighbour\u2019s reference as news',
  { unsafe: ROUND_17_CALLS, refused: ROUND_17_OVERBLOCKED, expected: EXPECTED_17 },
  { dashes: false },
);
