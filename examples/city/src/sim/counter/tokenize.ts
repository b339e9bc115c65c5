/**
 * Splits a terminal line into words the way a shell does: spaces separate, single or double
 * quotes keep spaces inside one word (`note="Again at 2am"` is one word).
 *
 * @example
 * ```ts
 * tokenize('act #1 info.add note="Again at 2am"'); // ['act', '#1', 'info.add', 'note=Again at 2am']
 * ```
 */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | null = null;
  let started = false;
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += char;
      started = true;
    }
  }
  if (quote) {
    throw new Error(
      `The ${quote} quote is not closed: end the value with ${quote}, e.g. note=${quote}Recording from last night${quote}`,
    );
  }
  if (started) words.push(word);
  return words;
}

/**
 * Reads an event payload or case input typed after a command: a JSON object (taken from the raw
 * `line`), or `key=value` words whose values are JSON when they parse as JSON (`true`, `3`,
 * `["a"]`) and text otherwise.
 *
 * @example
 * ```ts
 * parsePayload(['complete=true', 'missing=["lease"]']); // { complete: true, missing: ['lease'] }
 * parsePayload(['{note:hi}'], 'act #1 info.add {"note":"hi"}'); // { note: 'hi' }
 * ```
 */
export function parsePayload(words: readonly string[], line?: string): Record<string, unknown> {
  if (words[0]?.startsWith('{')) {
    // The words lost their quotes to tokenize(); JSON needs them, so it is read from the raw line.
    const raw = line === undefined ? words.join(' ') : line.slice(line.indexOf('{'));
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`The payload is not valid JSON (${(error as Error).message}); or use key=value words`);
    }
  }
  const payload: Record<string, unknown> = {};
  let last: string | undefined;
  for (const [index, word] of words.entries()) {
    const at = word.indexOf('=');
    if (at <= 0) throw new Error(`'${word}' is not key=value; ${quotingHint(last, words.slice(index))}`);
    last = word;
    const raw = word.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    payload[word.slice(0, at)] = value;
  }
  return payload;
}

/** Most often a stray word is a value with spaces that lost its quotes: show the quoted form. */
function quotingHint(last: string | undefined, rest: readonly string[]): string {
  if (last === undefined)
    return 'put quotes around a value with spaces, e.g. note="Recording from last night"';
  const stray: string[] = [];
  for (const word of rest) {
    if (word.includes('=')) break;
    stray.push(word);
  }
  const at = last.indexOf('=');
  return `a value with spaces needs quotes: ${last.slice(0, at)}="${[last.slice(at + 1), ...stray].join(' ')}"`;
}
