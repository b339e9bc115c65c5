/**
 * Freezes a JSON value at every depth so that nobody holding it can change what the router
 * or the store keeps; a part that is already frozen was frozen whole and is skipped.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
