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
    return JSON.parse(raw) as Record<string, unknown>;
  }
  const payload: Record<string, unknown> = {};
  for (const word of words) {
    const at = word.indexOf('=');
    if (at <= 0) throw new Error(`'${word}' is not key=value`);
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
