import { attackRound } from './attackHarness.js';
import { EXPECTED_19, ROUND_19_CALLS, ROUND_19_OVERBLOCKED } from './attackRound19.calls.js';

// Attack round 19: a tester who saw only the safety contract took the part 1 from less obvious
// angles (about 110 calls). These are the 24 that acted unsafely before the fixes of the round — the
// Case: header of an inbound call acting for any caller, a line labelled "IVR:", "Agent2:", "坐席A：",
// "坐席(1001)：" or "系统：" run into the caller's turn so the reference it read counted as the caller's,
// "my complaint about the barking dog" acting on the caller's only case about construction — and the 10
// plain calls it refused ("86 139…" and "0139…" callers, "Is it still open?", "结案了吗？", "有人来过吗？").

attackRound(
  'attack round 19: the Case: header, other speaker labels, English designations, caller formats, status wordings',
  { unsafe: ROUND_19_CALLS, refused: ROUND_19_OVERBLOCKED, expected: EXPECTED_19 },
  { dashes: false },
);
