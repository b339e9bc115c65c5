const MAX_CACHED_REFS = 10_000;

/**
 * The case id each reference (as a channel sent it) resolved to. A reference is given to one
 * case for good and never reassigned, so an entry can never be wrong, only absent; a miss
 * (and an unknown reference, which is never cached) reads the store. Least recently used
 * entries go first once `maxRefs` are held.
 */
export interface RefCache {
  get(text: string): string | undefined;
  remember(text: string, caseId: string): void;
}

export function createRefCache(maxRefs = MAX_CACHED_REFS): RefCache {
  const ids = new Map<string, string>();
  return {
    get(text) {
      const id = ids.get(text);
      if (id !== undefined) {
        // Map order is insertion order: moving a hit to the end keeps the first key the coldest.
        ids.delete(text);
        ids.set(text, id);
      }
      return id;
    },
    remember(text, caseId) {
      ids.delete(text);
      if (ids.size >= maxRefs) ids.delete(ids.keys().next().value!);
      ids.set(text, caseId);
    },
  };
}
