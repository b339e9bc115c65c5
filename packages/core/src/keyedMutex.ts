/** Runs async work one at a time per key (per case), in arrival order, without blocking other keys. */
export interface KeyedMutex {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves when all work queued so far has finished. */
  idle(): Promise<void>;
}

export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<void>>();
  return {
    async run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const tail = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
      tails.set(key, tail);
      await previous;
      try {
        return await work();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
    async idle() {
      await Promise.all([...tails.values()]);
    },
  };
}
