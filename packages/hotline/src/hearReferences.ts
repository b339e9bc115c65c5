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
  /** Whether the call may be about this case: said by the caller, confirmed by them, or the header's; never denied. */
  counts: boolean;
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
      for (const ref of found) hear(ref, turn.index, 'caller', 'caller');
      continue;
    }
    for (const ref of found) {
      hear(ref, turn.index, 'agent', turn.answer === 'yes' ? 'agent-confirmed' : 'agent');
      const known = byRef.get(ref.ref)!;
      // "Is it NC-…?" — "No": the caller denies the case, even one they named before (a misread).
      if (turn.answer === 'no' && known.source !== 'header') known.denied = true;
    }
  }
  const references = [...byRef.values()];
  for (const ref of references) ref.counts = ref.source !== 'agent' && !ref.denied;
  return references;
}
