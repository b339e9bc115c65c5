import { attackRound } from './attackHarness.js';
import { EXPECTED_15, ROUND_15_CALLS, ROUND_15_OVERBLOCKED } from './attackRound15.calls.js';

// Attack round 15: a tester who saw only the safety contract ran 271 calls (90 of them plain
// requests). These are the 32 that acted unsafely or on the wrong case before the fixes of the round
// — a yes taken back at once ("对。" — "哦不对，不是这个，我看错了"), a yes that answered the agent's
// address question, "是吗？我不知道啊" taken as confirming, a number the caller only just got, the one
// complained about acting by the reference, a request not asked now, a reference heard only in part
// falling back to the caller's only case — and the 13 legitimate calls it refused.

attackRound(
  'attack round 15: yes taken back, a yes to another question, doubtful yes, new numbers, the one complained about, partial references',
  { unsafe: ROUND_15_CALLS, refused: ROUND_15_OVERBLOCKED, expected: EXPECTED_15 },
);
