import type { CallInterpretation, Evidence, Intent } from './callReading.js';
import { combine } from './collectEvidence.js';
import type { CallReference } from './hearReferences.js';
import type { NormalizedTurn } from './readTurns.js';
import { memoRecent } from './recentMemo.js';

const SERVICE_FLOOR = 0.3;
// Where one request ends and the next begins inside a turn.
export const CLAUSE_BREAK =
  /[。！？!?；;]|\.(?=\s|$)|另外(?!一?(?:个|件))|还有|顺便|(?<![说答做猜找选算弄])对了(?![吗吧呢])|第[一二三]|首先|其次|再就是|\b(?:also|and another|another thing|first(?:ly)?|second(?:ly)?|two things|then)\b|,\s*and\s+(?=(?:please\s+|can you\s+|could you\s+)?(?:chase|hurry|urge|push|withdraw|cancel|close|drop|add|rate|tell|check|what|where|how)\b)/gi;

/**
 * Which request of a turn a position falls in, counting the breaks before it ("。", "另外", "also").
 *
 * @example
 * ```ts
 * clauseOf('四分吧。另外 NC-… 到哪一步了？', 8); // 1
 * ```
 */
export function clauseOf(text: string, at: number): number {
  const breaks = breaksOf(text);
  let clause = 0;
  while (clause < breaks.length && breaks[clause]! < at) clause += 1;
  return clause;
}

// The breaks of the last few texts asked about: reading one call asks of the same turns again and again.
const breaksOf = memoRecent(8, (text) => {
  const breaks: number[] = [];
  for (const mark of text.matchAll(CLAUSE_BREAK)) breaks.push(mark.index);
  return breaks;
});

/**
 * The service named in the same caller requests as an intent ("my parking permit" beside a new noise report).
 *
 * @example
 * ```ts
 * serviceSpokenIn(statusIntent.evidence, reading.services, asksOnly, (turn) => turns[turn].text); // 'parking-permit'
 * ```
 */
export function serviceSpokenIn(
  evidence: readonly Evidence[],
  services: CallInterpretation['services'],
  asksOnly: (service: string) => boolean,
  textOf: (turn: number) => string,
  shared: ReadonlySet<number> = new Set(),
): string | undefined {
  // The requests (turn and clause) the intent was said in; a service named there is the one meant.
  const requestOf = (e: Evidence) => `${e.turn}:${e.at === undefined ? '*' : clauseOf(textOf(e.turn), e.at)}`;
  const requests = new Set(evidence.filter((e) => e.speaker === 'caller').map(requestOf));
  const inRequest = (e: Evidence) => requests.has(requestOf(e)) || requests.has(`${e.turn}:*`);
  let found: { service: string; weight: number } | undefined;
  // Question words ("问一下", "how do I") name the enquiry service only when nothing else is named.
  const named = services.filter((candidate) => !asksOnly(candidate.service));
  for (const candidate of [...named, ...services.filter((candidate) => asksOnly(candidate.service))]) {
    if (found && asksOnly(candidate.service)) break;
    const weight = combine(candidate.evidence.filter((e) => e.speaker === 'caller' && inRequest(e)));
    if (weight >= SERVICE_FLOOR && (!found || weight > found.weight))
      found = { service: candidate.service, weight };
  }
  if (found) return found.service;
  // "你们那儿能查停车证吗？我那个停车证申请，到哪一步了？": named in another clause of a turn that
  // asks nothing else.
  const alone = new Set(
    evidence.filter((e) => e.speaker === 'caller' && !shared.has(e.turn)).map((e) => e.turn),
  );
  for (const candidate of named) {
    const weight = combine(candidate.evidence.filter((e) => e.speaker === 'caller' && alone.has(e.turn)));
    if (weight >= SERVICE_FLOOR && (!found || weight > found.weight))
      found = { service: candidate.service, weight };
  }
  return found?.service;
}

/**
 * With several references and several requests in one call, each request gets the one said in
 * the same clause ("四分吧。另外 NC-… 到哪一步了？"); a request with none gets the one no other
 * request took. One request with two references keeps both (a guess goes to review).
 *
 * @example
 * ```ts
 * assignReferences(intents, counting, turns); // intents[0].ref === 'NC-…'
 * ```
 */
export function assignReferences(
  intents: Intent[],
  counting: readonly CallReference[],
  turns: readonly NormalizedTurn[],
): void {
  const placed = counting.map((ref) => {
    const text = turns[ref.turn]?.text ?? '';
    const at = text.indexOf(ref.heard);
    return { ref, clause: clauseOf(text, Math.max(at, 0)) };
  });
  if (intents.filter((intent) => intent.kind !== 'new-request').length < 2) return;
  const taken = new Set<string>();
  const open: Intent[] = [];
  for (const intent of intents) {
    if (intent.kind === 'new-request') continue;
    const own = new Set<string>();
    for (const e of intent.evidence) {
      if (e.speaker !== 'caller' || e.at === undefined) continue;
      const clause = clauseOf(turns[e.turn]?.text ?? '', e.at);
      for (const p of placed) if (p.ref.turn === e.turn && p.clause === clause) own.add(p.ref.ref);
    }
    if (own.size === 1) {
      intent.ref = [...own][0]!;
      taken.add(intent.ref);
    } else if (own.size === 0) open.push(intent);
  }
  const left = counting.filter((ref) => !taken.has(ref.ref));
  if (taken.size > 0 && left.length === 1) for (const intent of open) intent.ref = left[0]!.ref;
}
