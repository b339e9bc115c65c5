import { CASE_REF_PATTERN, parseCaseRef } from '@onecase/core';

/** A case reference heard in a call, before anyone acts on it. */
export interface HeardCaseRef {
  /** The reference in canonical form (`NC-7K4M9-QXH2T`), even when its check character is wrong. */
  ref: string;
  /** False when the check character does not match: it was misheard or misspoken and must be confirmed. */
  valid: boolean;
  /** The text as it appeared (after normalisation). */
  heard: string;
}

interface Candidate extends HeardCaseRef {
  start: number;
  end: number;
}

/**
 * Finds case references in normalised text with `CASE_REF_PATTERN` and checks each with
 * `parseCaseRef`. Given the known reference prefixes, it drops candidates with another prefix
 * and trims a word run into the prefix ("a NC7K4…" heard as "ANC7K4…").
 *
 * @example
 * ```ts
 * findCaseRefs(normalizeSpoken('编号 n c 7 k 4 m 9 q x h 2 t'), new Set(['NC']));
 * // [{ ref: 'NC-7K4M9-QXH2T', valid: true, heard: 'nc7k4m9qxh2t' }]
 * ```
 */
export function findCaseRefs(text: string, prefixes?: ReadonlySet<string>): HeardCaseRef[] {
  const candidates: Candidate[] = [];
  const pattern = new RegExp(CASE_REF_PATTERN.source, 'g');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const heard = match[0];
    const compact = heard.toUpperCase().replace(/[\s-]/g, '');
    const body = compact.slice(-10);
    let prefix: string | undefined = compact.slice(0, -10);
    if (prefixes !== undefined) {
      let known: string | undefined;
      for (let start = 0; start <= prefix.length - 2 && known === undefined; start++) {
        if (prefixes.has(prefix.slice(start))) known = prefix.slice(start);
      }
      prefix = known;
    }
    const parsed = prefix === undefined ? undefined : parseCaseRef(prefix + body);
    const span = { heard, start: match.index, end: match.index + heard.length };
    if (parsed?.valid) candidates.push({ ...span, ref: parsed.ref, valid: true });
    else {
      if (parsed?.reason === 'check') candidates.push({ ...span, ref: parsed.ref, valid: false });
      // The pattern can swallow words before a reference ("it is a NC - 7K4M9"): search again
      // from the next character so the reference inside is still found.
      pattern.lastIndex = match.index + 1;
    }
  }
  const valid = candidates.filter((c) => c.valid);
  return candidates
    .filter((c) => c.valid || !valid.some((v) => v.start < c.end && c.start < v.end))
    .filter(
      (c, i, all) => c.valid || !all.slice(0, i).some((o) => !o.valid && o.start < c.end && c.start < o.end),
    )
    .map(({ ref, valid: ok, heard }) => ({ ref, valid: ok, heard }));
}
