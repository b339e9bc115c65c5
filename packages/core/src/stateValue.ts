import type { StateValue } from 'xstate';

/**
 * Every active leaf of a state value as a dotted path, one per parallel region, in
 * declaration order: the form queries, labels and receipts key states by.
 *
 * @example
 * ```ts
 * statePaths({ active: 'valid' }); // ['active.valid']
 * statePaths({ review: { docs: 'ok', fee: 'paid' } }); // ['review.docs.ok', 'review.fee.paid']
 * ```
 */
export function statePaths(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  const paths: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined || (typeof child === 'object' && Object.keys(child).length === 0)) {
      paths.push(key);
    } else {
      for (const path of statePaths(child as StateValue)) paths.push(`${key}.${path}`);
    }
  }
  return paths;
}

/**
 * Writes a state value as text, the one formatter every channel uses: dotted paths,
 * parallel regions joined with `, ` (none dropped).
 *
 * @example
 * ```ts
 * formatStateValue({ active: 'valid' }); // 'active.valid'
 * formatStateValue({ review: { docs: 'ok', fee: 'paid' } }); // 'review.docs.ok, review.fee.paid'
 * ```
 */
export function formatStateValue(value: StateValue): string {
  return statePaths(value).join(', ');
}

/**
 * Whether a state value is in `path` or one of its children (`'handling'` matches
 * `{ handling: 'site' }`), in any parallel region.
 *
 * @example
 * ```ts
 * stateMatches({ handling: 'site' }, 'handling'); // true
 * ```
 */
export function stateMatches(value: StateValue, path: string): boolean {
  return statePaths(value).some((leaf) => leaf === path || leaf.startsWith(`${path}.`));
}
