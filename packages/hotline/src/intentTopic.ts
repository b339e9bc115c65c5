import { CLAUSE_BREAK, clauseOf } from './assignReferences.js';
import type { Evidence } from './callReading.js';
import { singlesOut } from './caseTopic.js';
import type { NormalizedTurn } from './readTurns.js';

/** A text cut at its clause breaks, each break kept at the head of the clause it opens ("另外…"). */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let from = 0;
  for (const mark of text.matchAll(CLAUSE_BREAK)) {
    clauses.push(text.slice(from, mark.index));
    from = mark.index;
  }
  clauses.push(text.slice(from));
  return clauses;
}

/**
 * The words that say which case an intent is about: the caller turns that carry it, the agent's
 * read-backs the caller confirmed, and the caller's mentions of a filed case that carry no
 * other request ("This is about the generator one").
 *
 * @example
 * ```ts
 * topicOf(intent.evidence, existing, caseTurns, turns, (text) => text); // 'This is about the generator one, not the dog.'
 * ```
 */
export function topicOf(
  evidence: readonly Evidence[],
  existing: readonly Evidence[],
  caseTurns: readonly Evidence[],
  turns: readonly NormalizedTurn[],
  strip: (text: string) => string,
): string {
  const own = new Set(
    evidence.filter((e) => e.speaker === 'caller' || turns[e.turn]?.answer === 'yes').map((e) => e.turn),
  );
  if (existing.length === 0 && own.size === 0) return '';
  const theirs = caseTurns.filter((e) => !evidence.includes(e));
  const others = new Set(theirs.map((e) => e.turn));
  for (const e of existing) if (e.speaker === 'caller' && !others.has(e.turn)) own.add(e.turn);
  // A turn that carries another request too ("withdraw NC-…, and chase up my other complaint"):
  // only the clauses of this one.
  const words = (index: number) => {
    const text = turns[index]?.text ?? '';
    if (!others.has(index)) return text;
    const mine = new Set(
      evidence.filter((e) => e.turn === index && e.at !== undefined).map((e) => clauseOf(text, e.at!)),
    );
    if (mine.size === 0) return text;
    // The other request's clauses go; the rest stay ("不是，是另外一个。帮我催一下").
    const other = new Set(
      theirs
        .filter((e) => e.turn === index && e.at !== undefined)
        .map((e) => clauseOf(text, e.at!))
        .filter((clause) => !mine.has(clause)),
    );
    return clausesOf(text)
      .filter((_, clause) => !other.has(clause))
      .join(' ');
  };
  const topic = (indexes: Iterable<number>) =>
    [...indexes]
      .sort((a, b) => a - b)
      .map((index) => strip(words(index)))
      .join(' ')
      .slice(0, 1000);
  const said = topic(own);
  if (singlesOut(said)) return said;
  // Nothing singled out where the request was said: the caller's turns that carry no other request
  // may ("我想催一下我的投诉" … "不是这个…是楼下KTV那个").
  // The agent's read-backs the caller confirmed count too ("So the generator at 2 Granary Court?" — "That's it.").
  for (const turn of turns)
    if (
      !others.has(turn.index) &&
      (turn.speaker === 'caller' ? !turn.pleasantry : turn.asks === true && turn.answer === 'yes')
    )
      own.add(turn.index);
  return topic(own);
}
