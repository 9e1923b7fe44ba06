import {
  type ActionError,
  browserConnectivity,
  browserStorage,
  createGoalpost,
  type Goalpost,
  GoalpostError,
  type GoalpostEvents,
  type GoalpostOptions,
  isGoalpostError,
  type OutboxStorage,
} from "@goalpost/core";
import type { WidgetAction } from "./components/WidgetContext.ts";
import { attachHost } from "./embed/attachHost.ts";
import { checkOptions, checkToken, themes } from "./embed/checkOptions.ts";
import { createWidgetEvents } from "./embed/createWidgetEvents.ts";
import { failedWidget } from "./embed/failedWidget.ts";
import type { Theme } from "./embed/followTheme.ts";
import { misuse } from "./embed/misuse.ts";
import { type MountedApp, mountApp } from "./embed/mountApp.tsx";
import type { Messages } from "./i18n/messages.ts";

/** Options of {@link createWidget} (and of the script tag's `init` command). */
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
  /**
   * `auto` follows the host page: the `color-scheme` it declares where the widget sits (CSS or
   * `<meta name="color-scheme">`), else the user's `prefers-color-scheme`.
   * @default "auto"
   */
  theme?: Theme;
  /** The nonce of a strict CSP, for browsers without constructable stylesheets. */
  nonce?: string;
  /** BCP 47 locale for numbers, money and dates. @default the browser's */
  locale?: string;
  /** Translations of any of the widget's texts. */
  messages?: Partial<Messages>;
  /** Open the panel at once (launcher mode; an inline panel is always shown). @default false */
  open?: boolean;
  /** Called when the user fires a value element's in-app action (also the `action` event). */
  onAction?: (action: WidgetAction) => void;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Where entries wait while offline, and what the user typed and did not save yet. @default localStorage (memory when it is unavailable) */
  storage?: OutboxStorage;
}

/** The widget's events: the core's, and `open`, `close` and `action`. */
export interface WidgetEvents extends GoalpostEvents {
  open: Record<string, never>;
  close: Record<string, never>;
  action: WidgetAction;
}

/** A mounted widget. Nothing it does throws into the host page: failures are `error` events. */
export interface GoalpostWidget {
  /** The headless SDK underneath: signals, snapshot and actions. */
  readonly goalpost: Goalpost;
  open(): void;
  close(): void;
  /** A new token (another user, or a refreshed one): reloads the session once started. */
  identify(token: GoalpostOptions["token"]): Promise<void>;
  /** Records an app-generated data point for an agreed `app` metric, once started. */
  record(metricId: string, value: number, options?: { at?: string; note?: string }): Promise<void>;
  /** Switches the theme without reloading. */
  setTheme(theme: Theme): void;
  /** Listens to an event; returns a function that stops listening. */
  on<E extends keyof WidgetEvents>(
    event: E,
    listener: (payload: WidgetEvents[E]) => void,
  ): () => void;
  /**
   * Removes every node and listener the widget added and stops the SDK. Pass `forget: true` when
   * the user signs out of your app: the copy of their goals kept for offline starts, and what they
   * typed and did not save, are removed from the browser too (entries not yet sent stay, and are
   * sent when they next sign in here).
   */
  destroy(options?: { forget?: boolean }): void;
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

/** Floating launchers on the page: a second one would sit on top of the first. */
let launchers = 0;

/**
 * Mounts the Goalpost widget in a shadow root and starts it (one request: the session). Never
 * throws: a bad option or a missing target is a console warning and an `error` event, and so is
 * a second floating widget (give each one after the first a `target`). Once destroyed, its
 * methods do nothing but warn.
 * @example
 * const widget = createWidget({ apiBase: "https://api.example.com/goalpost", token });
 * widget.on("goal:achieved", ({ goal }) => analytics.track("goal achieved", goal));
 */
export function createWidget(options: WidgetOptions): GoalpostWidget {
  const events = createWidgetEvents();
  const undo: (() => void)[] = [];
  let forget = false;
  const teardown = () => {
    for (const step of undo.splice(0).reverse()) step();
  };
  const reported = new WeakSet<object>();
  let goalpost: Goalpost;
  let app: MountedApp;
  try {
    const problem = checkOptions(options);
    if (problem) throw new GoalpostError(problem);
    // Before attachHost: a shadow root cannot be taken off the target again.
    const storage = options.storage ?? browserStorage(); // the outbox's, and the drafts'
    goalpost = createGoalpost({
      apiBase: options.apiBase,
      token: options.token,
      storage,
      connectivity: browserConnectivity(),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    undo.push(() => goalpost.destroy({ forget }));
    const place = attachHost(options.target);
    for (const event of coreEvents) {
      const forward = (payload: GoalpostEvents[typeof event]) => {
        if (event === "error") reported.add((payload as ActionError).error);
        events.emit(event, payload);
      };
      undo.push(goalpost.on(event, forward));
    }
    if (options.onAction) events.on("action", options.onAction);
    place.insert();
    undo.push(place.remove);
    if (place.mode === "launcher") {
      if (launchers++)
        misuse("a second launcher covers the first: give a target, or destroy the first");
      undo.push(() => launchers--);
    }
    app = mountApp(place, goalpost, { ...options, storage }, events.emit);
    undo.push(() => app.unmount({ forget }));
    undo.push(() => forget && app.ui.drafts.forget());
  } catch (cause) {
    teardown();
    return failedWidget(events, cause);
  }

  let destroyed = false;
  const report = (action: string) => (cause: unknown) => {
    if (destroyed || reported.has(cause as object)) return; // the core reported it already
    const error = isGoalpostError(cause) ? cause : new GoalpostError(`${action} failed`, { cause });
    events.emit("error", { action, error });
  };
  // Commands that need the session wait for the start (and each other), in the order given.
  let queue = goalpost.start().catch(report("start"));
  const next = (action: string, run: () => Promise<unknown>): Promise<void> => {
    queue = queue.then(run).then(() => {}, report(action));
    return queue;
  };
  const refuse = (action: string, message: string) => {
    events.emit("error", { action, error: misuse(message) });
    return Promise.resolve();
  };
  // A call on a destroyed widget is the host page's mistake: say so, as the script tag does.
  const gone = (action: string) =>
    destroyed && refuse(action, `${action} after destroy: ignored (create a new widget)`);

  return {
    goalpost,
    open() {
      if (!gone("open")) app.ui.open.value = true;
    },
    close() {
      if (!gone("close")) app.ui.open.value = false;
    },
    identify(token) {
      const problem = checkToken(token);
      if (problem) return refuse("identify", problem);
      return gone("identify") || next("identify", () => goalpost.identify(token));
    },
    record(metricId, value, extra) {
      if (typeof metricId !== "string" || typeof value !== "number" || !Number.isFinite(value))
        return refuse("record", "record needs a metric id and a finite number");
      return gone("record") || next("record", () => goalpost.record(metricId, value, extra));
    },
    setTheme(theme) {
      if (!themes.includes(theme))
        void refuse("setTheme", `unknown theme ${JSON.stringify(theme)}`);
      else if (!gone("setTheme")) app.setTheme(theme);
    },
    on: events.on,
    destroy(options) {
      if (destroyed) return;
      destroyed = true;
      forget = options?.forget === true;
      teardown();
      events.clear();
    },
  };
}
