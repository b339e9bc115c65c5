import { attackRound } from './attackHarness.js';
import { EXPECTED_22, ROUND_22_CALLS, ROUND_22_OVERBLOCKED } from './attackRound22.calls.js';

// Attack round 22: a tester who saw only the safety contract ran about 64 everyday calls in British,
// American and Chinese phrasing. These are the 10 that acted when they must not before the fixes of the
// round — a "no need" read as a withdrawal ("撤回就不必了", "撤销就免了", "withdrawing it won't be
// necessary"), British take-backs ("Hang fire… leave it be", "Wait, belay that"), a rating by the one
// complained about from the number that holds the case ("I was the one complained about… a one",
// "是别人投诉我。给一分") — and a refused "you can bin it, it's sorted". "chase up the one about the
// builders" for a case about building work, refused until the words for one thing were read as one
// (topicConcepts.ts), is in too.
attackRound(
  'attack round 22: "no need" after the verb, British take-backs, the one complained about rating',
  {
    unsafe: ROUND_22_CALLS,
    refused: ROUND_22_OVERBLOCKED,
    expected: EXPECTED_22,
  },
  { dashes: false },
);
