/**
 * A small typed event emitter. A listener that throws does not stop the others or the widget:
 * its error is rethrown in a microtask, where the host's error reporting sees it as its own.
 */
export function createEmitter<Events>() {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit<E extends keyof Events>(event: E, payload: Events[E]): void {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          (listener as (payload: Events[E]) => void)(payload);
        } catch (error) {
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}

export type Emitter<Events> = ReturnType<typeof createEmitter<Events>>;
