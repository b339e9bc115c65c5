import { attackRound } from './attackHarness.js';
import { EXPECTED_16, ROUND_16_CALLS, ROUND_16_OVERBLOCKED } from './attackRound16.calls.js';

// Attack round 16: a tester who saw only the safety contract ran 200 ordinary daily calls (73 of them
// plain requests). These are the 27 that acted unsafely or on the wrong case before the fixes of the
// round — a read-back of another case than the one named, confirmed with a yes; a return visit answered
// by a relative or with a score for someone else; the household's nanny; the one complained about (a
// landlord, a site owner, a neighbour) acting by the reference or without one; a withdrawal for later
// ("等下个礼拜他们完工了，你们就帮我撤了吧"); a take-back after "anything else?" — and the one
// legitimate call it refused ("我要撤一个投诉" … "不是狗叫那个，是施工那个"). The tester wrote
// {{REFSP:key}} as the reference's symbols with the dashes dropped.

attackRound(
  'attack round 16: read-backs of another case, relatives in return visits, scores for others, the one complained about, requests for later',
  { unsafe: ROUND_16_CALLS, refused: ROUND_16_OVERBLOCKED, expected: EXPECTED_16 },
  { dashes: false },
);
