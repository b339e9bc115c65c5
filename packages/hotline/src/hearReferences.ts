import { findCaseRefs, type HeardCaseRef } from './findCaseRefs.js';
import { normalizeSpoken } from './normalizeSpoken.js';
import type { Speaker, Transcript } from './parseTranscript.js';
import type { NormalizedTurn } from './readTurns.js';

/**
 * Who vouches for a reference: the caller said it; the agent said it and the caller confirmed
 * it in the next turn; the agent only said it (it does not count); or the call's `Case:` header
 * (an outbound call the system placed about that case).
 */
export type ReferenceSource = 'caller' | 'agent-confirmed' | 'agent' | 'header';

/** A case reference heard in a call, where, and whether it may be acted on. */
export interface CallReference extends HeardCaseRef {
  /** The turn it was first heard in (-1 for the `Case:` header). */
  turn: number;
  speaker: Speaker;
  source: ReferenceSource;
  /** The caller denied it ("No, that's not mine"): it never counts, whoever said it. */
  denied?: boolean;
  /**
   * The agent asked about it ("Is it NC-…?") and the caller neither confirmed nor denied it
   * ("Maybe", "嗯……我再想想"): the call may be about it, so no other case stands in for it.
   */
  unresolved?: boolean;
  /** Whether the call may be about this case: said by the caller, confirmed by them, or the header's; never denied. */
  counts: boolean;
}

// A denial right before the reference ("it's not", "不是"), or after it in the same turn ("? No, that's not mine").
const DENIED_BEFORE =
  /(?:\bnot|\bisn't|\bnever|不是|并不是|不是那个)\s*(?:case\s*|number\s*|the\s*|编号\s*)?$/i;
const DENIED_AFTER =
  /^[\s?？,，.。…!！]*(?:(?:no|nope|不|不是|不对)[\s,，.。…!！]*)?(?:[^.。!！?？]{0,24}?)(?:(?:that's|that is|it's|it is|is|was) not (?:mine|ours|me)|not mine|isn't mine|(?:that's|that is|it's) (?:my )?(?:neighbou?r's|someone else's|somebody else's)|不是我的|不是我们的|那是(?:我)?(?:邻居|别人|他|她)的|是别人的)/i;

function deniedInTurn(text: string, heard: string): boolean {
  const at = text.indexOf(heard);
  if (at < 0) return false;
  return (
    DENIED_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ||
    DENIED_AFTER.test(text.slice(at + heard.length))
  );
}

const RANK: Record<ReferenceSource, number> = { agent: 0, 'agent-confirmed': 1, caller: 2, header: 3 };

/**
 * Finds every reference in a call and decides which ones count: a reference counts only when
 * the caller said it, or the agent said it and the caller confirmed it in the next caller turn
 * (是/对/yes…); a denial (不是/no…) cancels it, whoever said it first. A reference the agent read
 * off a screen and the caller never confirmed is reported but never acted on.
 *
 * @example
 * ```ts
 * hearReferences(readTurns(call), call, rules.prefixes).filter((ref) => ref.counts);
 * ```
 */
export function hearReferences(
  turns: readonly NormalizedTurn[],
  transcript: Pick<Transcript, 'regarding'>,
  prefixes: ReadonlySet<string>,
): CallReference[] {
  const byRef = new Map<string, CallReference>();
  const hear = (found: HeardCaseRef, turn: number, speaker: Speaker, source: ReferenceSource) => {
    const known = byRef.get(found.ref);
    if (!known) {
      byRef.set(found.ref, { ...found, turn, speaker, source, counts: false });
    } else if (RANK[source] > RANK[known.source]) {
      known.source = source;
      // Said again by the caller after a denial: the later statement wins.
      if (source === 'caller' && known.denied && turn > known.turn) delete known.denied;
    }
  };
  if (transcript.regarding !== undefined) {
    for (const ref of findCaseRefs(normalizeSpoken(transcript.regarding), prefixes))
      hear(ref, -1, 'agent', 'header');
  }
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    // A reference of no known prefix matters only from the caller: nobody acts on one the agent said.
    const found = findCaseRefs(turn.text, prefixes, { loose: turn.speaker === 'caller' });
    if (found.length === 0) continue;
    if (turn.speaker === 'caller') {
      for (const ref of found) {
        hear(ref, turn.index, 'caller', 'caller');
        // "It's not NC-…, that's my neighbour's", "NC-…? No, that's not mine": said only to deny it.
        if (deniedInTurn(turn.text, ref.heard)) byRef.get(ref.ref)!.denied = true;
      }
      continue;
    }
    for (const ref of found) {
      hear(ref, turn.index, 'agent', turn.answer === 'yes' ? 'agent-confirmed' : 'agent');
      const known = byRef.get(ref.ref)!;
      // "Is it NC-…?" — "No": the caller denies the case, even one they named before (a misread).
      if (turn.answer === 'no' && known.source !== 'header') known.denied = true;
      if (
        turn.asks &&
        turn.answer === undefined &&
        turns[i + 1]?.speaker === 'caller' &&
        known.source === 'agent'
      )
        known.unresolved = true;
    }
  }
  const references = [...byRef.values()];
  for (const ref of references) {
    ref.counts = ref.source !== 'agent' && !ref.denied;
    if (ref.counts || ref.denied) delete ref.unresolved;
  }
  return references;
}
