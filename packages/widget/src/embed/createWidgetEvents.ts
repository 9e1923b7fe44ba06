import type { WidgetEvents } from "../createWidget.tsx";

/** The widget's events: `on` returns a function that stops listening; `clear` drops every listener. */
export interface WidgetEventHub {
  on<E extends keyof WidgetEvents>(
    event: E,
    listener: (payload: WidgetEvents[E]) => void,
  ): () => void;
  emit<E extends keyof WidgetEvents>(event: E, payload: WidgetEvents[E]): void;
  clear(): void;
}

/**
 * The widget's events, on the browser's own `EventTarget`: a listener that throws does not stop
 * the others, and the browser reports its error as the page's own (`window.onerror`). Its methods
 * need no `this`, so they can be handed out alone.
 */
export function createWidgetEvents(): WidgetEventHub {
  let target = new EventTarget();
  return {
    on(event, listener) {
      const from = target;
      const handle = (e: Event) => listener((e as CustomEvent).detail);
      from.addEventListener(event, handle);
      return () => from.removeEventListener(event, handle);
    },
    emit(event, payload) {
      target.dispatchEvent(new CustomEvent(event, { detail: payload }));
    },
    clear() {
      target = new EventTarget();
    },
  };
}
