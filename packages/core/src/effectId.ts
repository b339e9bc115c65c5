/**
 * The stable id of the n-th effect (from 0) that event `seq` of a case emitted: the same on
 * every node and every retry, so a handler can deduplicate on it.
 *
 * @example
 * ```ts
 * effectId('c0ffee', 3, 0); // 'c0ffee:3:0'
 * ```
 */
export function effectId(caseId: string, seq: number, n: number): string {
  return `${caseId}:${seq}:${n}`;
}
