import { parseCaseRef } from '@onecase/core';

/** A case reference heard in a call, before anyone acts on it. */
export interface HeardCaseRef {
  /** The reference in canonical form (`NC-7K4M9-QXH2T`), even when its check character is wrong. */
  ref: string;
  /** False when the check character does not match: it was misheard or misspoken and must be confirmed. */
  valid: boolean;
  /** The text as it appeared (after normalization). */
  heard: string;
  /**
   * False for something shaped like a reference whose prefix is no service's: said as a
   * reference, it is one nobody can find, so the call names a case it cannot act on.
   */
  known?: false;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Candidate extends HeardCaseRef {
  start: number;
  end: number;
}

const BODY = 10;
/** Symbols said together, separated by spaces, commas or dashes (never crossing a Chinese character or a full stop). */
const RUN = /[0-9A-Za-z]+(?:[\s,-]+[0-9A-Za-z]+)*/g;
const TOKEN = /[0-9A-Za-z]+/g;

/**
 * Whether a code of no known prefix is one the city could have issued, misread or not. Its body
 * (the last ten symbols) mixes digits and letters, as a random one all but always does: "Q12345123450"
 * is a letter before a phone or ID number. Where neither the turn nor the agent's question speaks of
 * a reference, its body is also written in the reference alphabet ("abc-12345-hello" is words), and
 * its check symbol (which covers the body alone) holds — or, one symbol misheard, its prefix is
 * letters and its body holds two letters or more ("abc 1123x 12345" is digits with a letter among them).
 */
function couldBeIssued(compact: string, spokenOf: boolean): boolean {
  const prefix = compact.slice(0, -BODY);
  const body = compact.slice(-BODY);
  if (!/[0-9]/.test(body) || !/[A-Z]/.test(body)) return false;
  if (spokenOf) return true;
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(body)) return false;
  if (parseCaseRef(`XX${body}`).valid) return true;
  return /^[A-Z]+$/.test(prefix) && (body.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * A token may continue a reference if it looks like part of one: a lone symbol ("7", "K"), a
 * group of five ("QXH2T") or something with a digit — never an ordinary word such as "and".
 */
function bodyToken(text: string): boolean {
  return text.length === 1 || (text.length <= 5 && /[0-9]/.test(text)) || text.length === 5;
}

/** How many tokens from `i` spell `prefix`, either as one token starting with it or letter by letter. */
function prefixTokens(
  tokens: readonly Token[],
  i: number,
  prefix: string,
): { used: number; rest: string } | undefined {
  const first = tokens[i]!.text.toUpperCase();
  if (first.startsWith(prefix)) {
    const rest = first.slice(prefix.length);
    // "NC", "NC7K4M9", "NC7K4M9QXH2T" or a token with a digit; not a word that merely starts like a prefix ("blue").
    if (rest.length === 0 || rest.length === 5 || rest.length === BODY || /[0-9]/.test(rest))
      return { used: 1, rest };
    return undefined;
  }
  if (first.length !== 1) return undefined;
  const letters = tokens.slice(i, i + prefix.length).map((token) => token.text.toUpperCase());
  return letters.length === prefix.length &&
    letters.every((l) => l.length === 1) &&
    letters.join('') === prefix
    ? { used: prefix.length, rest: '' }
    : undefined;
}

const preparedFor = new WeakMap<
  ReadonlySet<string>,
  { ordered: string[]; initials: Set<string>; mention: RegExp }
>();

/** Prefixes longest first, their initials, and a quick test for any prefix said at all (also letter by letter). */
function prepared(prefixes: ReadonlySet<string>) {
  let ready = preparedFor.get(prefixes);
  if (!ready) {
    const ordered = [...prefixes].sort((a, b) => b.length - a.length);
    const spelled = ordered.map((prefix) => prefix.split('').join('[\\s,-]*'));
    ready = {
      ordered,
      initials: new Set(ordered.map((prefix) => prefix[0]!)),
      // At the start of a token, as a reference's prefix must be: "since" or "once" mention no NC.
      mention: new RegExp(spelled.length > 0 ? `(?<![0-9A-Za-z])(?:${spelled.join('|')})` : '(?!)', 'i'),
    };
    preparedFor.set(prefixes, ready);
  }
  return ready;
}

/**
 * Finds case references in normalized text however they were said — `NC-7K4M9-QXH2T`,
 * `nc 7k4m9 qxh2t`, `N C 7 K 4 M 9 …`, `NC - 7K4M9 - QXH2T` — for the given reference prefixes,
 * and checks each with `parseCaseRef`: a reference whose check character fails is returned with
 * `valid: false` so nobody acts on it. Ordinary words are never read as part of a reference.
 *
 * @example
 * ```ts
 * findCaseRefs(normalizeSpoken('编号 n c 7 k 4 m 9 q x h 2 t'), new Set(['NC']));
 * // [{ ref: 'NC-7K4M9-QXH2T', valid: …, heard: 'n c 7 k 4 m 9 q x h 2 t' }]
 * ```
 */
export function findCaseRefs(
  text: string,
  prefixes: ReadonlySet<string>,
  options: {
    loose?: boolean;
    /** The agent just asked for the reference: a short turn is the answer to it. */
    asked?: boolean;
  } = {},
): HeardCaseRef[] {
  const { ordered, initials, mention } = prepared(prefixes);
  const candidates: Candidate[] = [];
  for (const run of mention.test(text) ? text.matchAll(RUN) : []) {
    if (run[0].length < BODY + 2) continue;
    const tokens: Token[] = [...run[0].matchAll(TOKEN)].map((m) => ({
      text: m[0],
      start: run.index + m.index,
      end: run.index + m.index + m[0].length,
    }));
    for (let i = 0; i < tokens.length; i++) {
      if (!initials.has(tokens[i]!.text[0]!.toUpperCase())) continue;
      for (const prefix of ordered) {
        const head = prefixTokens(tokens, i, prefix);
        if (!head) continue;
        let body = head.rest.toUpperCase();
        let j = i + head.used - 1;
        while (body.length < BODY && j + 1 < tokens.length && bodyToken(tokens[j + 1]!.text)) {
          j += 1;
          body += tokens[j]!.text.toUpperCase();
        }
        if (body.length !== BODY) continue;
        // "the leaf blowers after nine": a word that starts like a prefix and words after it, no digit among them.
        if (/^[A-Z]{5}$/.test(head.rest.toUpperCase()) && !/[0-9]/.test(body)) continue;
        const parsed = parseCaseRef(prefix + body);
        if (!parsed.valid && parsed.reason !== 'check') continue;
        // "N C M B D K 1 F H R Q D 8": spelled one symbol at a time and one symbol too long — which
        // twelve were meant nobody can tell, so it is heard as misread.
        const next = tokens[j + 1];
        const overlong =
          tokens[j]!.text.length === 1 &&
          next !== undefined &&
          /^[0-9A-HJ-NP-TV-Z]$/.test(next.text) &&
          /^[\s,-]*$/.test(text.slice(tokens[j]!.end, next.start));
        const start = tokens[i]!.start;
        const end = tokens[j]!.end;
        candidates.push({
          ref: parsed.ref,
          valid: parsed.valid && !overlong,
          heard: text.slice(start, end),
          start,
          end,
        });
        i = j;
        break;
      }
    }
  }
  // Only text with a digit and a dash or a spaced run can hold one (a reference's body has digits).
  const loosely = options.loose !== false && /[0-9]/.test(text) && LOOSE_HINT.test(text);
  const spokenOf = options.asked === true || REFERENCE_WORDS.test(text);
  // A reference of no known prefix (the caller's cases are no stand-in for it), where nothing else was heard.
  const unknown = (compact: string, heard: string, start: number) => {
    const end = start + heard.length;
    const prefix = compact.slice(0, -10);
    if (prefixes.has(prefix) || candidates.some((c) => start < c.end && end > c.start)) return;
    if (!couldBeIssued(compact, spokenOf)) return;
    const body = compact.slice(-10);
    candidates.push({
      ref: `${prefix}-${body.slice(0, 5)}-${body.slice(5)}`,
      valid: true,
      heard,
      known: false,
      start,
      end,
    });
  };
  for (const loose of loosely ? text.matchAll(LOOSE_REF) : []) {
    const compact = loose[0].toUpperCase().replace(/[\s,-]/g, '');
    // A prefix of a letter then letters or digits, and the ten symbols of a body.
    if (!/^[A-Z][A-Z0-9]{1,5}[0-9A-Z]{10}$/.test(compact)) continue;
    unknown(compact, loose[0], loose.index);
  }
  // "It is D18Q4QSRQWMBP.": a reference of no known prefix said in one piece, in upper case, with digits
  // in its body — in a turn that speaks of a reference or is little more than the answer.
  if (COMPACT_HINT.test(text) && (spokenOf || text.length <= 60))
    for (const hit of text.matchAll(COMPACT_REF)) {
      const compact = hit[0];
      if ((compact.match(/[0-9]/g) ?? []).length < 2) continue;
      unknown(compact, compact, hit.index);
    }
  return candidates.map(({ ref, valid, heard, known }) => ({
    ref,
    valid,
    heard,
    ...(known === false ? { known } : {}),
  }));
}

/**
 * Shaped like a reference whatever its prefix: written with its dashes (`XX-XXXXX-XXXXX`), its
 * groups said apart (`xx 7k4m9 qxh2t`: a prefix of two or three symbols that is no word, a first group with a digit, both of reference symbols), or
 * spelled out — a letter, then single symbols or short groups with a digit ("4975", as speech
 * normalization joins digits said in a row), twelve to sixteen symbols in all (checked after).
 */
const COMPACT_HINT = /[A-Z][A-Z0-9]{11,15}/;
const COMPACT_REF = /(?<![0-9A-Za-z])[A-Z][A-Z0-9]{1,5}[0-9A-Z]{10}(?![0-9A-Za-z])/g;
export const REFERENCE_WORDS = /reference|\bref\b|case number|单号|编号|工单号|回执/i;
const LOOSE_HINT =
  /[0-9A-Za-z]-[0-9A-Za-z]|(?:^|\s)[0-9A-Za-z] [0-9A-Za-z] [0-9A-Za-z]|\b[A-Za-z][A-Za-z0-9]{1,5} [0-9A-Za-z]{5} [0-9A-Za-z]{5}\b/;
const LOOSE_REF =
  /\b[A-Za-z][A-Za-z0-9]{1,5}-[0-9A-Za-z]{5}-[0-9A-Za-z]{5}\b|\b(?!(?:an|as|at|be|by|do|go|in|is|it|me|my|no|of|on|or|so|to|up|us|we|and|are|for|her|him|his|its|our|the|was|you|apt)\b)[A-Za-z][A-Za-z0-9]{1,2} (?=[0-9A-Za-z]{0,4}[0-9])[0-9A-HJ-NP-TV-Za-hj-np-tv-z]{5} [0-9A-HJ-NP-TV-Za-hj-np-tv-z]{5}\b|(?<![0-9A-Za-z])[A-Za-z](?:[\s,-]+(?:[0-9A-Za-z]|(?=[A-Za-z]*[0-9])[0-9A-Za-z]{2,5})(?![0-9A-Za-z])){3,15}/g;
