import type { CallReference } from './hearReferences.js';
import type { NormalizedTurn } from './readTurns.js';

// Ten symbols of a reference's body written in capitals ("VPBRR-2HGJT"), or a prefix then
// four to nine of them (a reference cut short).
const BODY_ONLY = /(?<![0-9A-Za-z])(?=[0-9A-Z\s-]*[A-Z])[0-9A-Z]{5}[\s-]?[0-9A-Z]{5}(?![0-9A-Za-z])/;

// Symbols said as a reference ("the reference is d7 2k…", "编号是幺二三…") that make none: at least two digits.
const SAID_AS_REFERENCE =
  /(?:\b(?:reference|ref|case number|complaint number|tracking number)(?: number)?(?: is| was)?(?: something like| maybe| probably)?|编号|工单号|(?<!订)单号|受理号)(?:好像|大概|应该|可能|似乎)?(?:是|为)?[\s:：]*((?=(?:[^0-9]*[0-9]){2})[0-9a-z](?:[\s-]?[0-9a-z]){5,15})(?![0-9a-z])/i;

// A symbol spelled out: a letter or digit, a digit's word, a letter's name ("kay", "queue", "aitch").
const LETTER_NAMES =
  'ay|bee|see|cee|dee|ee|ef|gee|aitch|eye|jay|kay|el|em|en|pee|queue|cue|are|ar|ess|tee|you|vee|double-you|ex|why|zed|zee';
const SPELLED_SYMBOL = `(?:[0-9a-z]|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|dash|hyphen|${LETTER_NAMES}|[零〇一幺两二三四五六七八九])`;
const LETTER_NAME = new RegExp(`^(?:[a-z]|${LETTER_NAMES})$`, 'i');
// "Reference is en see seven kay four em nine…", "单号是 N C 七 K 四 M 九…": a reference spelled out
// symbol by symbol, which speech recognition left as words.
const SPELLED_REFERENCE = new RegExp(
  `(?:\\b(?:reference|ref|case number|complaint number|tracking number)(?: number)?(?: is| was|'s)?|编号|工单号|(?<!订)单号|受理号)(?:是|为)?[\\s:：,]*((?:${SPELLED_SYMBOL}[\\s,-]+){5,}${SPELLED_SYMBOL})(?![0-9a-z])`,
  'i',
);
/** Whether spelled symbols read as a reference: some letters among them, not a phone number in words. */
function spellsReference(symbols: string): boolean {
  const tokens = symbols.split(/[\s,-]+/).filter(Boolean);
  return tokens.filter((token) => LETTER_NAME.test(token)).length >= 2;
}

// Every wording the three patterns below read has one of these words (the patterns run only then).
const SAYS_REFERENCE = /reference|\bref\b|number|编号|单号|受理号/i;
// "单号后面几位是QXH2T，前面的忘了", "单号尾号QXH2T", "the reference ends in QXH2T": only its tail.
const REFERENCE_TAIL =
  /(?:编号|工单号|(?<!订)单号|受理号|\breference|\bref\b)(?:的)?(?:后面几位|后几位|最后几位|尾号|末尾几位|后四位|后五位|\s+ends? (?:in|with))(?:是|为)?[\s:：]*([0-9A-Za-z](?:[\s-]?[0-9A-Za-z]){3,9})(?![0-9A-Za-z])/i;

const partialFor = new WeakMap<ReadonlySet<string>, { alone: RegExp; short: RegExp; spelled: RegExp }>();
/**
 * A prefix said alone at the end of a turn, a prefix with a few symbols after it, and a prefix
 * followed by symbols spelled out ("NC dash seven kay four em…"); built once per prefix set. The
 * prefix may be spelled letter by letter ("N C").
 */
function partialPatterns(prefixes: ReadonlySet<string>): { alone: RegExp; short: RegExp; spelled: RegExp } {
  let patterns = partialFor.get(prefixes);
  if (!patterns) {
    const names = [...prefixes].map((prefix) => prefix.split('').join('[\\s,]*')).join('|');
    patterns = {
      alone: new RegExp(`(?:^|[^A-Za-z])(?:${names})\\s*-?\\s*[,.，。…]*$`, 'i'),
      short: new RegExp(`(?<![A-Za-z])(?:${names})[\\s-]*((?:[0-9A-Za-z]{1,5}[\\s-]?){1,4})`, 'gi'),
      spelled: new RegExp(
        `(?<![A-Za-z])(?:${names})[\\s,-]+((?:${SPELLED_SYMBOL}[\\s,-]+){3,}${SPELLED_SYMBOL})(?![0-9a-z])`,
        'i',
      ),
    };
    partialFor.set(prefixes, patterns);
  }
  return patterns;
}

/**
 * A reference heard only in part, when a call has no whole one: a prefix said alone, a prefix with a
 * few symbols, its body without the prefix, symbols said as a reference that make none, its tail
 * ("单号后面几位是QXH2T"), one split over two of the caller's segments, or one spelled in letter names
 * ("en see seven kay…"). It names no case, so it stands as a misheard reference (`partial: true`).
 *
 * @example
 * ```ts
 * partialReference(readTurns(call), rules.prefixes); // { ref: 'NC', valid: false, partial: true, … }
 * ```
 */
export function partialReference(
  turns: readonly NormalizedTurn[],
  prefixes: ReadonlySet<string>,
): CallReference | undefined {
  if (prefixes.size === 0) return undefined;
  const { alone, short, spelled } = partialPatterns(prefixes);
  // The symbols after a prefix make a reference's start only if each group looks like one:
  // a lone symbol, a group with a digit ("7K4M") or one written in capitals ("VPBRR") — never
  // words ("block and").
  const cutShort = (text: string) => {
    for (const hit of text.matchAll(short)) {
      const groups = hit[1]!
        .trim()
        .split(/[\s-]+/)
        .filter(Boolean);
      const compact = groups.join('');
      if (compact.length < 4 || compact.length > 9) continue;
      if (!/[0-9]/.test(compact) && !groups.every((group) => /^[0-9A-Z]+$/.test(group))) continue;
      if (groups.every((group) => group.length === 1 || /[0-9]/.test(group) || /^[0-9A-Z]{2,5}$/.test(group)))
        return hit;
    }
    return null;
  };
  for (const turn of turns) {
    if (turn.speaker !== 'caller') continue;
    // A reference split over two segments of the caller's ("my reference is N C seven" / "K four M nine…").
    const next = turns[turn.index + 1];
    const text = next?.speaker === 'caller' ? `${turn.text} ${next.text}` : turn.text;
    const named = SAYS_REFERENCE.test(text);
    const said = named ? (SAID_AS_REFERENCE.exec(text) ?? REFERENCE_TAIL.exec(text)) : null;
    const spelledOut = (named ? SPELLED_REFERENCE.exec(text) : null) ?? spelled.exec(text);
    const spelledHit = spelledOut && spellsReference(spelledOut[1]!) ? spelledOut : null;
    const hit = alone.exec(turn.text) ?? cutShort(text) ?? BODY_ONLY.exec(text) ?? said ?? spelledHit;
    if (!hit) continue;
    const heard = (hit === said || hit === spelledHit ? hit[1]! : hit[0]).trim();
    return {
      ref: heard.toUpperCase(),
      valid: false,
      heard,
      turn: turn.index,
      speaker: 'caller',
      source: 'caller',
      counts: true,
      partial: true,
    };
  }
  return undefined;
}
