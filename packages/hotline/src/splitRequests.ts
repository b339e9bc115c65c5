import type { Intent } from './callReading.js';
import { CASE_INTENT_KINDS, type HotlineRules } from './hotlineTypes.js';
import type { Transcript } from './parseTranscript.js';
import type { NormalizedTurn } from './readTurns.js';

// A caller turn that starts another request: "Second, …", "还有就是…", "那第二件…", "Another thing: …".
const NEXT_REQUEST =
  /^(?:(?:好|好的|嗯|哦|行|对|ok|okay|right|and|so|then|那|那么|然后|接着)[\s,，、.。]*)*(?:second(?:ly)?\b|the second\b|the other thing\b|another thing\b|one more thing\b|还有(?:一个|一件|个事|就是)|另外|第二|二是|再一个|再有就是)/i;
// Another request said after a lead-in, as speech recognition runs it on: "哦社区就行好嘞还有个事儿…",
// "十点是吧。那我要投诉…", "OK. Also, I want to report…".
const NEXT_REQUEST_LATER =
  /(?:[了嘞啊吧哦呢，,。.！!？?]\s*)(?:还有(?:个|一个|件|一件)事|另外(?:还有)?(?:个|一个|件|一件)事|顺便(?:说|问|反映|报)一下|(?:那|那么|然后)我(?:还)?(?:要|想)(?:投诉|反映|举报|报修))|[.?!]\s+(?:also|and|so|then),?\s+i (?:also )?(?:want|need|would like|'d like) to (?:report|complain)|(?:^|[.?!,]\s*)(?:(?:because|and|so|but|now|ok|okay|right|oh)[,\s]+)*the (?:second|other|next|last) (?:thing|problem|issue)\b|[，,。.\s](?:然后|还有)?第二(?:个|件|就是|是)/i;
// A call that says it carries several matters: "两个事儿", "这两件我分开登记", "a couple of things", "two problems".
const SEVERAL_MATTERS =
  /(?:两|二|三|几)(?:个|件)(?:事|问题|情况)|这(?:两|几)件|分开(?:给您)?登记|\b(?:two|three|a couple of|several) (?:things|problems|issues|matters)\b|\blog (?:them|these) (?:both|separately)\b/;
// The place said before, pointed back to: "还是那条路", "同一条街上", "on the same road", "same street".
const SAME_PLACE =
  /还是(?:那|这)(?:条|个)(?:路|街|马路|地方)|同一(?:条|个)(?:路|街|地方)|就在(?:那|这)(?:条|个)?(?:路|街)上|\b(?:on|in|along) the same (?:road|street|stretch|lane)\b|\bsame (?:road|street) as\b/;
// The agent asking which of the caller's cases is meant, with or without a question mark: "您要撤哪一件", "Which one would you like to withdraw?"
export const WHICH_CASE =
  /哪一?(?:件|条|单)|哪一?个(?=[？?呢吧]|$|是|投诉|工单|案子|事|啊)|\bwhich (?:one|of (?:them|those|the two|these))\b|\bwhich (?:complaint|case|report)\b/;
// The agent asking for the next one: "And the second thing?", "还有一个是？".
const ASKS_NEXT =
  /second thing|the other thing|and the second|the other one\?|还有一个是|另一件(?:事|呢|是什么|是啥)|第二件|另外一个是/i;

/**
 * Where a call's requests begin, by turn: the first caller turn, and each caller turn that opens
 * another request or answers the agent asking for it; `undefined` for a call of one request.
 *
 * @example
 * ```ts
 * requestStarts(readTurns(call)); // [0, 3] — "Second, my recycling bin…" starts at turn 3
 * ```
 */
export function requestStarts(turns: readonly NormalizedTurn[]): number[] | undefined {
  const starts = [0];
  for (let i = 1; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.speaker !== 'caller') continue;
    const before = turns[i - 1]?.speaker === 'agent' ? turns[i - 1]!.lower : '';
    // "Which one is it?" — "The second one, the dog": a case picked, not a second request.
    if (WHICH_CASE.test(before)) continue;
    const asked = ASKS_NEXT.test(before);
    if (asked || NEXT_REQUEST.test(turn.lower) || NEXT_REQUEST_LATER.test(turn.lower)) starts.push(i);
  }
  return starts.length > 1 ? starts : undefined;
}

/**
 * Each caller request is its own intent: a call that reports two things ("a workshop's
 * machines… and a railing has fallen") is read request by request, and every new request one of
 * them makes — with its own service and slots — is returned (several only when the parts tell
 * them apart).
 *
 * @example
 * ```ts
 * newRequestsByPart(transcript, turns, rules, interpretCall); // [noise complaint, street-facility report]
 * ```
 */
export function newRequestsByPart(
  transcript: Transcript,
  turns: readonly NormalizedTurn[],
  rules: HotlineRules,
  read: (part: Transcript) => { intents: Intent[] },
  registered?: Intent,
): Intent[] {
  const starts = requestStarts(turns);
  if (!starts) return [];
  // "我们这条街有两个事儿" … "这两件我分开给您登记": each part says what it is; the registering said once is for all.
  const several = registered !== undefined && turns.some((turn) => SEVERAL_MATTERS.test(turn.lower));
  const found: Intent[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? turns.length;
    // The other requests' turns are blanked, so turn numbers stay those of the call.
    const part: Transcript = {
      ...transcript,
      turns: transcript.turns.map((turn, i) => (i >= from && i < to ? turn : { ...turn, text: '' })),
    };
    const fresh = read(part).intents.find(
      (intent) =>
        intent.kind === 'new-request' &&
        (intent.confidence >= rules.threshold || (several && intent.service !== undefined)),
    );
    if (fresh && fresh.confidence < rules.threshold) fresh.confidence = registered!.confidence;
    // "第二个，还是那条路，…公交站前头": the place of the request before, said again by pointing back to it.
    const before = found.at(-1)?.details.slots.address;
    const samePlace =
      fresh !== undefined &&
      fresh.details.slots.address === undefined &&
      before !== undefined &&
      turns.some(
        (turn, i) => i >= from && i < to && turn.speaker === 'caller' && SAME_PLACE.test(turn.lower),
      );
    if (samePlace) fresh.details = { ...fresh.details, slots: { ...fresh.details.slots, address: before! } };
    // Another part of the same service at the same place repeats the request, unless it said it is another matter there.
    if (
      fresh &&
      (samePlace || !found.some((other) => other.service === fresh.service && sameWhere(other, fresh)))
    )
      found.push(fresh);
  }
  return found;
}

function sameWhere(a: Intent, b: Intent): boolean {
  return (a.details.slots.address ?? '') === (b.details.slots.address ?? '');
}

/**
 * Replaces the call's one new request by the new requests its parts make when it makes several
 * (or when only a part makes one); a call about no filed case keeps no case intents beside them.
 *
 * @example
 * ```ts
 * splitNewRequests(intents, transcript, turns, rules, false, (part) => interpretCall(part, rules));
 * ```
 */
export function splitNewRequests(
  intents: Intent[],
  transcript: Transcript,
  turns: readonly NormalizedTurn[],
  rules: HotlineRules,
  aboutOld: boolean,
  read: (part: Transcript) => { intents: Intent[] },
): void {
  const registered = intents.find((i) => i.kind === 'new-request' && i.confidence >= rules.threshold);
  const parts = newRequestsByPart(transcript, turns, rules, read, registered);
  const had = registered !== undefined;
  if (parts.length < 2 && (parts.length === 0 || had)) return;
  const keep = intents.filter(
    (i) => i.kind !== 'new-request' && (aboutOld || !CASE_INTENT_KINDS.includes(i.kind as never)),
  );
  intents.splice(0, intents.length, ...keep, ...parts);
}
