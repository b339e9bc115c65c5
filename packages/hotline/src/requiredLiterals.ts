/**
 * The literals a regular expression cannot match without (at least one of them), read from its
 * source, or `undefined` when that cannot be told: a turn that has none of them is skipped without
 * running the expression. Conservative by construction — anything it does not understand (classes,
 * escapes, lookarounds, optional parts) contributes nothing, so a gate built from it never skips a turn
 * the expression would match.
 *
 * @example
 * ```ts
 * requiredLiterals(/(?:一直|整天)[^，。]{0,4}响|震得/); // ['响', '震得']
 * requiredLiterals(/([咣哐])\1/); // undefined
 * ```
 */
export function requiredLiterals(pattern: RegExp): string[] | undefined {
  const source = pattern.source;
  let at = 0;
  const fold = (text: string) => (pattern.flags.includes('i') ? text.toLowerCase() : text);

  // An alternation up to `)` or the end: every branch must bring its own literals.
  function alternation(): string[] | undefined {
    const branches: (string[] | undefined)[] = [sequence()];
    while (source[at] === '|') {
      at += 1;
      branches.push(sequence());
    }
    if (branches.some((branch) => branch === undefined)) return undefined;
    return [...new Set(branches.flat() as string[])];
  }

  // One branch: the longest run of literals no quantifier makes optional, or a required group's literals.
  function sequence(): string[] | undefined {
    let run = '';
    let best: string[] | undefined;
    const keep = (candidate: string[] | undefined) => {
      if (candidate === undefined || candidate.length === 0) return;
      const score = (list: string[]) => Math.min(...list.map((item) => item.length)) / list.length;
      if (best === undefined || score(candidate) > score(best)) best = candidate;
    };
    const endRun = () => {
      if (run.length > 0) keep([fold(run)]);
      run = '';
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const char = source[at]!;
      let piece: { literal?: string; group?: string[] | undefined } = {};
      if (char === '\\') {
        const next = source[at + 1] ?? '';
        // An escaped punctuation mark is that mark; letters are classes, boundaries, references or code points.
        piece = /[a-zA-Z0-9]/.test(next) ? {} : { literal: next };
        at += 2;
        if (next === 'u' && source[at] === '{') at = source.indexOf('}', at) + 1;
        else if (next === 'u') at += 4;
        else if (next === 'x') at += 2;
        else if (next === 'c') at += 1;
        else if ((next === 'p' || next === 'P') && source[at] === '{') at = source.indexOf('}', at) + 1;
        else if (next === 'k' && source[at] === '<') at = source.indexOf('>', at) + 1;
      } else if (char === '[') {
        at += 1;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        at += 1;
      } else if (char === '(') {
        at += 1;
        const look =
          source.startsWith('?=', at) ||
          source.startsWith('?!', at) ||
          source.startsWith('?<=', at) ||
          source.startsWith('?<!', at);
        if (source.startsWith('?:', at)) at += 2;
        else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) at += 3;
        else if (source.startsWith('?=', at) || source.startsWith('?!', at)) at += 2;
        else if (source.startsWith('?<', at)) at = source.indexOf('>', at) + 1;
        const inner = alternation();
        at += 1; // ')'
        piece = look ? {} : { group: inner };
      } else if ('.^$'.includes(char)) {
        at += 1;
      } else {
        piece = { literal: char };
        at += 1;
      }
      // A quantifier after the piece: optional ones drop it, others keep it but end the run.
      let optional = false;
      let repeats = false;
      const quantifier = source[at];
      if (quantifier === '?' || quantifier === '*') {
        optional = true;
        at += 1;
      } else if (quantifier === '+') {
        repeats = true;
        at += 1;
      } else if (quantifier === '{') {
        const close = source.indexOf('}', at);
        const min = Number(source.slice(at + 1, close).split(',')[0]);
        optional = !(min >= 1);
        repeats = true;
        at = close + 1;
      }
      if (source[at] === '?' && (optional || repeats || quantifier === '?')) at += 1; // lazy
      if (optional) {
        endRun();
        continue;
      }
      if (piece.literal !== undefined) {
        run += piece.literal;
        if (repeats) endRun();
      } else {
        endRun();
        if (piece.group !== undefined) keep(piece.group);
      }
    }
    endRun();
    return best;
  }

  try {
    const literals = alternation();
    if (at !== source.length) return undefined;
    return literals !== undefined && literals.length > 0 ? literals : undefined;
  } catch {
    return undefined;
  }
}
