/**
 * Remembers a function's results for the last few strings it was asked about: reading one call asks
 * of the same turn texts and topics again and again, and a handful of entries covers a call (a result
 * is never kept past the next few calls, so memory stays flat).
 *
 * @example
 * ```ts
 * const breaksOf = memoRecent(8, (text) => [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index));
 * ```
 */
export function memoRecent<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  let next = 0;
  return (key) => {
    const known = keys.indexOf(key);
    if (known >= 0) return values[known]!;
    const value = compute(key);
    keys[next] = key;
    values[next] = value;
    next = (next + 1) % size;
    return value;
  };
}
