import { attackRound } from './attackHarness.js';
import { EXPECTED_30, ROUND_30_CALLS, ROUND_30_OVERBLOCKED } from './attackRound30.calls.js';

// Attack round 30: a tester who saw only the safety contract ran 310 calls about who hears what, and several
// requests in one call. The findings still open are listed in STILL_OPEN (each one kind of wording).
const STILL_OPEN = new Set<string>([
  'zh-bushi-cui-shi-che',
  'zh-two-requests-one-taken-back',
  'en-chase-both-not-the-dog',
  'en-same-for-the-other-one',
  'zh-json-two-requests-nopunct',
  'zh-haiyou-gongdi-buyongle',
  'zh-urge-plus-conditional-withdraw',
  'zh-cui-gou-che-lingyige',
  'en-chase-dog-withdraw-other',
]);

attackRound(
  'attack round 30: who hears what, and several requests in one call',
  {
    unsafe: ROUND_30_CALLS.filter((call) => !STILL_OPEN.has(call.id)),
    refused: ROUND_30_OVERBLOCKED.filter((call) => !STILL_OPEN.has(call.id)),
    expected: Object.fromEntries(Object.entries(EXPECTED_30).filter(([id]) => !STILL_OPEN.has(id))),
  },
  { dashes: false },
);
