/**
 * Freezes a JSON value at every depth so that nobody holding it can change what the router
 * or the store keeps; a part that is already frozen was frozen whole and is skipped.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Indexed and for-in loops rather than Object.values: freezing runs on every commit, and
  // the array of values it allocates per object was half the cost. For-in also walks inherited
  // enumerable keys, which plain JSON objects (all this is given) do not have.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
    return value;
  }
  for (const key in value) {
    const item: unknown = value[key];
    if (item !== null && typeof item === 'object') deepFreeze(item);
  }
  return value;
}
