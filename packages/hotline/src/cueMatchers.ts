import { CaseError } from '@onecase/core';
import type { CueHit, CueSet, Matcher } from './hotlineTypes.js';
import { requiredLiterals } from './requiredLiterals.js';
import { scriptOf } from './textScript.js';

// Cues compiled into matchers, and the indexes that find all of a turn's matches in one pass over its
// characters: the word cues by `phraseIndex`, the patterns that may match by `patternIndex`.

const LATIN_WORD = /[a-z0-9]/;

export function invalid(message: string): CaseError {
  return new CaseError('INVALID_DEFINITION', `Hotline rules: ${message}`);
}

export function withoutGlobal(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LATIN_WORD.test(char);
}

function phraseMatcher(owner: string, label: string, phrase: string, weight: number): Matcher {
  const needle = phrase.toLowerCase().normalize('NFKC');
  const latin = /[a-z]/.test(needle);
  return {
    label,
    owner,
    weight,
    phrase: needle,
    find(_text, lower, start = 0) {
      let from = start;
      for (;;) {
        const index = lower.indexOf(needle, from);
        if (index < 0) return undefined;
        // English phrases match whole words only ("rate" is not in "separate").
        if (!latin || (!isWordChar(lower[index - 1]) && !isWordChar(lower[index + needle.length]))) {
          return { index, match: needle };
        }
        from = index + 1;
      }
    },
  };
}

function patternMatcher(owner: string, label: string, pattern: RegExp, weight: number): Matcher {
  const regex = withoutGlobal(pattern);
  // The same pattern searched from a position of the whole text (lookbehinds and anchors still see it all).
  const fromAt = new RegExp(regex.source, `${regex.flags}g`);
  const script = scriptOf(pattern);
  // A turn with none of the literals the pattern needs is skipped without running it.
  const needs = requiredLiterals(pattern);
  const folded = pattern.flags.includes('i');
  const exec = (text: string, from = 0): CueHit | undefined => {
    let match: RegExpExecArray | null;
    if (from === 0) match = regex.exec(text);
    else {
      fromAt.lastIndex = from;
      match = fromAt.exec(text);
    }
    return match ? { index: match.index, match: match[0] } : undefined;
  };
  return {
    label,
    owner,
    weight,
    ...(script ? { script } : {}),
    ...(needs !== undefined ? { needs: { literals: needs, folded } } : {}),
    exec,
    find(text, lower, from = 0) {
      if (needs !== undefined) {
        const haystack = folded ? lower : text;
        let found = false;
        for (let i = 0; i < needs.length && !found; i++) found = haystack.includes(needs[i]!);
        if (!found) return undefined;
      }
      return exec(text, from);
    },
  };
}

/**
 * The patterns that may match a turn: those whose required literals (any one of them) occur in it,
 * found in one pass over the text and one over its lower-cased form, and those that need none — so a
 * turn costs its length rather than its length times every pattern's literals.
 */
export function patternIndex(patterns: readonly Matcher[]): (text: string, lower: string) => Matcher[] {
  // Literals by their first two characters (one-character literals by their only one), for the text
  // (patterns that tell case apart) and for its lower-cased form.
  type Entry = { literal: string; ids: number[] };
  type Index = {
    starts: Uint8Array;
    byTwo: Map<number, Map<number, Entry[]>>;
    byOne: Map<number, number[]>;
  };
  const index = (): Index => ({ starts: new Uint8Array(65536), byTwo: new Map(), byOne: new Map() });
  const exact = index();
  const folded = index();
  const always: number[] = [];
  patterns.forEach((matcher, id) => {
    const needs = matcher.needs;
    if (needs === undefined || needs.literals.some((literal) => literal.length === 0)) {
      always.push(id);
      return;
    }
    const into = needs.folded ? folded : exact;
    for (const literal of new Set(needs.literals)) {
      const first = literal.charCodeAt(0);
      into.starts[first] = into.starts[first]! | (literal.length === 1 ? 2 : 1);
      if (literal.length === 1) {
        into.byOne.set(first, [...(into.byOne.get(first) ?? []), id]);
        continue;
      }
      const seconds = into.byTwo.get(first) ?? new Map<number, Entry[]>();
      into.byTwo.set(first, seconds);
      const second = literal.charCodeAt(1);
      const bucket = seconds.get(second) ?? [];
      const entry = bucket.find((other) => other.literal === literal);
      if (entry) entry.ids.push(id);
      else bucket.push({ literal, ids: [id] });
      seconds.set(second, bucket);
    }
  });
  const markAt = (on: Uint8Array, text: string, at: number, first: number, start: number, into: Index) => {
    if ((start & 2) !== 0) for (const id of into.byOne.get(first)!) on[id] = 1;
    if ((start & 1) === 0) return;
    const bucket = into.byTwo.get(first)!.get(text.charCodeAt(at + 1));
    if (bucket === undefined) return;
    for (const { literal, ids } of bucket) {
      if (literal.length > 2 && !text.startsWith(literal, at)) continue;
      for (const id of ids) on[id] = 1;
    }
  };
  const mark = (on: Uint8Array, text: string, into: Index) => {
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      const start = into.starts[first]!;
      if (start !== 0) markAt(on, text, at, first, start, into);
    }
  };
  return (text, lower) => {
    const on = new Uint8Array(patterns.length);
    for (const id of always) on[id] = 1;
    if (text === lower) {
      // A turn with no capitals (most Chinese ones): one pass serves both.
      for (let at = 0; at < text.length; at++) {
        const first = text.charCodeAt(at);
        const f = folded.starts[first]!;
        const e = exact.starts[first]!;
        if (f !== 0) markAt(on, text, at, first, f, folded);
        if (e !== 0) markAt(on, text, at, first, e, exact);
      }
    } else {
      mark(on, lower, folded);
      mark(on, text, exact);
    }
    const out: Matcher[] = [];
    for (let id = 0; id < patterns.length; id++) if (on[id] === 1) out.push(patterns[id]!);
    return out;
  };
}

/**
 * An English cue also matches its first word with -s and -ing ("check on" → "checking on",
 * "urge" → "urging"), so a cue names a meaning rather than one spelling of it.
 */
function inflections(phrase: string): string[] {
  const [first = '', ...rest] = phrase.split(' ');
  if (!/^[a-z]{3,}$/i.test(first)) return [phrase];
  const stem = /[^e]e$/i.test(first) ? first.slice(0, -1) : first;
  const forms = new Set([phrase, [`${stem}ing`, ...rest].join(' '), [`${first}s`, ...rest].join(' ')]);
  return [...forms];
}

export function compileCues(owner: string, cues: CueSet | readonly CueSet[]): Matcher[] {
  const list: readonly CueSet[] = Array.isArray(cues) ? cues : [cues as CueSet];
  const matchers: Matcher[] = [];
  for (const cue of list) {
    const weight = cue.weight ?? 0.8;
    if (!(weight > 0 && weight <= 1)) throw invalid(`${owner}: cue weights must be in (0, 1], got ${weight}`);
    for (const language of ['zh', 'en'] as const) {
      for (const phrase of cue[language] ?? []) {
        if (typeof phrase !== 'string' || phrase.trim().length === 0)
          throw invalid(`${owner}: empty ${language} cue`);
        for (const form of language === 'en' ? inflections(phrase.trim()) : [phrase.trim()])
          matchers.push(phraseMatcher(owner, `${owner}:${phrase}`, form, weight));
      }
    }
    for (const pattern of cue.patterns ?? []) {
      if (!(pattern instanceof RegExp)) throw invalid(`${owner}: patterns must be regular expressions`);
      matchers.push(patternMatcher(owner, `${owner}:/${pattern.source}/`, pattern, weight));
    }
  }
  return matchers;
}

/** A latin letter or digit (the characters English words are made of), by char code. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

interface Entry {
  matcher: Matcher;
  phrase: string;
  latin: boolean;
}

/**
 * Indexes word cues by their first two characters (one for one-character cues), so one pass
 * over a turn finds them all and each position tries only the few cues that can start there.
 */
export function phraseIndex(matchers: readonly Matcher[]): (lower: string) => Map<Matcher, CueHit> {
  // Cues of two or more characters by their first two, then those of three or more by their third.
  const byTwo = new Map<number, { two: Entry[]; byThird: Map<number, Entry[]> }>();
  const byOne = new Map<number, Entry[]>();
  // Which characters start a cue (1: one of two or more characters, 2: a one-character cue): most
  // characters of a turn start none, and one typed-array read skips them.
  const starts = new Uint8Array(0x10000);
  const push = <K>(map: Map<K, Entry[]>, key: K, entry: Entry) => {
    const entries = map.get(key);
    if (entries) entries.push(entry);
    else map.set(key, [entry]);
  };
  for (const matcher of matchers) {
    const phrase = matcher.phrase;
    if (phrase === undefined) continue;
    const entry = { matcher, phrase, latin: /[a-z]/.test(phrase) };
    const first = phrase.charCodeAt(0);
    starts[first] = starts[first]! | (phrase.length >= 2 ? 1 : 2);
    if (phrase.length < 2) {
      push(byOne, first, entry);
      continue;
    }
    const key = first * 0x10000 + phrase.charCodeAt(1);
    let bucket = byTwo.get(key);
    if (!bucket) {
      bucket = { two: [], byThird: new Map() };
      byTwo.set(key, bucket);
    }
    if (phrase.length === 2) bucket.two.push(entry);
    else push(bucket.byThird, phrase.charCodeAt(2), entry);
  }
  const tryEntries = (hits: Map<Matcher, CueHit>, entries: readonly Entry[], lower: string, at: number) => {
    for (const { matcher, phrase, latin } of entries) {
      if (hits.has(matcher) || !lower.startsWith(phrase, at)) continue;
      // English phrases match whole words only ("rate" is not in "separate").
      if (latin && isWordCode(lower.charCodeAt(at + phrase.length))) continue;
      hits.set(matcher, { index: at, match: phrase });
    }
  };
  return (lower) => {
    const hits = new Map<Matcher, CueHit>();
    for (let at = 0; at < lower.length; at++) {
      const code = lower.charCodeAt(at);
      const start = starts[code]!;
      if (start === 0) continue;
      // English phrases start a word: inside a word nothing latin can match.
      if (isWordCode(code) && at > 0 && isWordCode(lower.charCodeAt(at - 1))) continue;
      if ((start & 1) !== 0) {
        const bucket = byTwo.get(code * 0x10000 + lower.charCodeAt(at + 1));
        if (bucket !== undefined) {
          if (bucket.two.length > 0) tryEntries(hits, bucket.two, lower, at);
          const third = bucket.byThird.get(lower.charCodeAt(at + 2));
          if (third !== undefined) tryEntries(hits, third, lower, at);
        }
      }
      if ((start & 2) !== 0) tryEntries(hits, byOne.get(code)!, lower, at);
    }
    return hits;
  };
}
