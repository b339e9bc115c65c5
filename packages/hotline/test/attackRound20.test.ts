import { attackRound } from './attackHarness.js';
import { EXPECTED_20, ROUND_20_CALLS, ROUND_20_OVERBLOCKED } from './attackRound20.calls.js';

// Attack round 20: a tester who saw only the safety contract ran 86 calls, half of them a verified
// owner of two or three cases asking one or two things. These are the 5 that acted on the wrong case
// before the fixes of the round — a new report then "Actually no, withdraw it" / "算了，帮我撤了吧" in
// the same turn withdrawing an older case, a return visit's header case withdrawn although the caller
// named another ("Forget the light. The band at Baker Street — withdraw that one.") — and the 7 plain
// calls it refused or misread (a case named by its address "成府路43号那个投诉", an urge of one case and
// a status question about the other in one turn).

attackRound(
  'attack round 20: a report taken back then an action, a header case set aside, cases named by their address',
  { unsafe: ROUND_20_CALLS, refused: ROUND_20_OVERBLOCKED, expected: EXPECTED_20 },
  { dashes: false },
);
