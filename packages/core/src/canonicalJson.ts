/** Keys that JSON writes as they are: no quote, backslash or control character to escape. */
const PLAIN_KEY = /^[\w$ .:@/+-]*$/;

/**
 * JSON with object keys sorted at every depth, so equal values always hash the same
 * whichever order their keys were written in.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    let out = `[${canonicalJson(value[0])}`;
    for (let i = 1; i < value.length; i++) out += `,${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = record[key];
    if (item === undefined) continue;
    // Quoting by hand when nothing needs escaping saves a JSON.stringify per key.
    const quoted = PLAIN_KEY.test(key) ? `"${key}"` : JSON.stringify(key);
    out += `${out.length === 1 ? '' : ','}${quoted}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
