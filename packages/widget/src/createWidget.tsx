import {
  createGoalpost,
  type GoalpostEvents,
  type GoalpostOptions,
  memoryStorage,
  type OutboxStorage,
  webStorage,
} from "@goalpost/core";
import { effect } from "@preact/signals";
import { render } from "preact";
import { App } from "./components/App.tsx";
import {
  type WidgetAction,
  WidgetContext,
  type WidgetEnvironment,
} from "./components/WidgetContext.ts";
import { createFormat } from "./i18n/createFormat.ts";
import { createTranslator } from "./i18n/createTranslator.ts";
import type { Messages } from "./i18n/messages.ts";
import { applyStyles } from "./styles/applyStyles.ts";
import { widgetCss } from "./styles/widgetCss.ts";
import { browserConnectivity } from "./ui/browserConnectivity.ts";
import { createUi } from "./ui/createUi.ts";

/** Options of {@link createWidget}. */
export interface WidgetOptions {
  /** Base URL of the Goalpost API. @example "https://api.example.com/goalpost" */
  apiBase: string;
  /** The user's JWT, signed by your backend, or an async provider (asked again after a 401). */
  token: GoalpostOptions["token"];
  /**
   * Render inline in this element (or the first element the selector matches). Without it, a
   * floating launcher opens the panel.
   */
  target?: Element | string;
  /** `auto` follows the user's light or dark preference. @default "auto" */
  theme?: "light" | "dark" | "auto";
  /** The nonce of a strict CSP, for browsers without constructable stylesheets. */
  nonce?: string;
  /** BCP 47 locale for numbers, money and dates. @default the browser's */
  locale?: string;
  /** Translations of any of the widget's texts. */
  messages?: Partial<Messages>;
  /** Open the panel at once. @default false */
  open?: boolean;
  /** Called when the user fires a value element's in-app action. */
  onAction?: (action: WidgetAction) => void;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where entries wait while offline. @default localStorage (memory when it is unavailable) */
  storage?: OutboxStorage;
}

/** The widget's own events, besides the core's. */
export interface WidgetEvents extends GoalpostEvents {
  open: Record<string, never>;
  close: Record<string, never>;
  action: WidgetAction;
}

/** A mounted widget. Nothing it does throws into the host page: failures are `error` events. */
export interface GoalpostWidget {
  readonly goalpost: WidgetEnvironment["goalpost"];
  open(): void;
  close(): void;
  /** A new token (another user, or a refreshed one): reloads the session. */
  identify(token: GoalpostOptions["token"]): Promise<void>;
  /** Records an app-generated data point for an agreed `app` metric. */
  record(metricId: string, value: number, options?: { at?: string; note?: string }): Promise<void>;
  on<E extends keyof WidgetEvents>(
    event: E,
    listener: (payload: WidgetEvents[E]) => void,
  ): () => void;
  /** Removes every node and listener the widget added. */
  destroy(): void;
}

const coreEvents = [
  "ready",
  "metric:agreed",
  "goal:set",
  "goal:achieved",
  "progress:logged",
  "pulse:submitted",
  "error",
] as const;

/**
 * Mounts the Goalpost widget in a shadow root and starts it (one request: the session).
 * @example
 * const widget = createWidget({ apiBase: "https://api.example.com/goalpost", token });
 * widget.on("goal:achieved", ({ goal }) => analytics.track("goal achieved", goal));
 */
export function createWidget(options: WidgetOptions): GoalpostWidget {
  const target =
    typeof options.target === "string" ? document.querySelector(options.target) : options.target;
  const host = target ?? document.body.appendChild(document.createElement("div"));
  const mode = target ? "inline" : "launcher";
  host.setAttribute("data-goalpost-widget", "");
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  (shadow.host as HTMLElement).dataset.theme = options.theme ?? "auto";
  const removeStyles = applyStyles(shadow, widgetCss, options.nonce);
  const container = document.createElement("div");
  shadow.append(container);

  const goalpost = createGoalpost({
    apiBase: options.apiBase,
    token: options.token,
    storage: options.storage ?? defaultStorage(),
    connectivity: browserConnectivity(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const listeners = new Map<keyof WidgetEvents, Set<(payload: never) => void>>();
  const emit = <E extends keyof WidgetEvents>(event: E, payload: WidgetEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        (listener as (p: WidgetEvents[E]) => void)(payload);
      } catch (error) {
        queueMicrotask(() => {
          throw error; // the host's bug, reported as such; the widget goes on
        });
      }
    }
  };
  const ui = createUi(options.open ?? mode === "inline");
  const environment: WidgetEnvironment = {
    goalpost,
    ui,
    t: createTranslator(options.messages),
    format: createFormat(options.locale),
    announce(text) {
      ui.announcement.value = "";
      queueMicrotask(() => {
        ui.announcement.value = text; // cleared first, so the same words are read again
      });
    },
    runAction(action) {
      emit("action", action);
      options.onAction?.(action);
    },
    close() {
      ui.open.value = false;
    },
  };

  const stops = [
    ...coreEvents.map((event) => goalpost.on(event, (payload) => emit(event, payload as never))),
    (() => {
      let first = true;
      return effect(() => {
        const open = ui.open.value;
        if (first) first = false;
        else emit(open ? "open" : "close", {});
      });
    })(),
  ];

  render(
    <WidgetContext.Provider value={environment}>
      <App mode={mode} />
    </WidgetContext.Provider>,
    container,
  );
  const quietly = (promise: Promise<unknown>) =>
    promise.then(
      () => {},
      () => {},
    ); // surfaced via `error`
  void quietly(goalpost.start());

  let destroyed = false;
  return {
    goalpost,
    open: () => {
      ui.open.value = true;
    },
    close: () => {
      ui.open.value = false;
    },
    identify: (token) => quietly(goalpost.identify(token)),
    record: (metricId, value, extra) => quietly(goalpost.record(metricId, value, extra)),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      render(null, container);
      container.remove();
      removeStyles();
      for (const stop of stops) stop();
      listeners.clear();
      goalpost.destroy();
      host.removeAttribute("data-goalpost-widget");
      if (!target) host.remove();
    },
  };
}

function defaultStorage(): OutboxStorage {
  try {
    localStorage.getItem("goalpost:probe");
    return webStorage(localStorage);
  } catch {
    return memoryStorage(); // storage blocked (privacy settings, sandboxed frames)
  }
}
