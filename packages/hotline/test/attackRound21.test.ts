import { attackRound } from './attackHarness.js';
import { EXPECTED_21, ROUND_21_CALLS, ROUND_21_OVERBLOCKED } from './attackRound21.calls.js';

// Attack round 21: a tester who saw only the safety contract wrote 5–8 short calls against each of
// its rules and 2–3 plain ones each must not block (131 calls). These are the 13 that acted unsafely
// before the fixes of the round: the owner of the KTV complained about acting by the reference ("我是被投诉
// 的KTV老板", "被投诉的KTV是我开的"), and a denied or neutral verdict scored ("谈不上满意" as a 1, "算不上
// 满意吧" as a 5, "Can't say I'm satisfied") where the contract says no score comes from it. The round
// refused no plain request.

attackRound(
  'attack round 21: the owner complained about, verdicts denied',
  { unsafe: ROUND_21_CALLS, refused: ROUND_21_OVERBLOCKED, expected: EXPECTED_21 },
  { dashes: false },
);
