/** A minimal typed event emitter; a throwing listener is reported, never breaks the command. */
export interface Emitter<TEvents extends { [K in keyof TEvents]: unknown }> {
  on<K extends keyof TEvents>(type: K, listener: (payload: TEvents[K]) => void): () => void;
  emit<K extends keyof TEvents>(type: K, payload: TEvents[K]): void;
  has(type: keyof TEvents): boolean;
}

export function createEmitter<TEvents extends { [K in keyof TEvents]: unknown }>(
  onListenerError: (error: unknown, type: keyof TEvents) => void,
): Emitter<TEvents> {
  const listeners = new Map<keyof TEvents, Set<(payload: any) => void>>();
  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
      return () => {
        set.delete(listener);
      };
    },
    emit(type, payload) {
      const set = listeners.get(type);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          listener(payload);
        } catch (error) {
          onListenerError(error, type);
        }
      }
    },
    has(type) {
      return (listeners.get(type)?.size ?? 0) > 0;
    },
  };
}
