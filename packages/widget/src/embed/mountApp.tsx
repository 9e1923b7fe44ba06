import { type Goalpost, GoalpostError, isGoalpostError, memoryStorage } from "@goalpost/core";
import { effect } from "@preact/signals";
import { render } from "preact";
import { WidgetContext, type WidgetEnvironment } from "../components/WidgetContext.ts";
import type { WidgetOptions } from "../createWidget.tsx";
import { applyStyles } from "../styles/applyStyles.ts";
import { createDrafts } from "../ui/createDrafts.ts";
import { createSeenGoals } from "../ui/createSeenGoals.ts";
import { createUi, type Ui } from "../ui/createUi.ts";
import { followUser } from "../ui/followUser.ts";
import type { WidgetHost } from "./attachHost.ts";
import type { WidgetEventHub } from "./createWidgetEvents.ts";
import { followTheme, type Theme } from "./followTheme.ts";
import { loadPanel } from "./loadPanel.ts";

/** The rendered widget: its UI state, and how to change its theme or take it out. */
export interface MountedApp {
  ui: Ui;
  setTheme(theme: Theme): void;
  /** Takes it out; with `forget`, the user's marks kept by the widget go from storage too. */
  unmount(options?: { forget?: boolean }): void;
}

/**
 * Renders the widget's App into the host's shadow root, with its styles, its theme and the
 * `open`/`close`/`action` events. The theme applies at once; the styles and the first render
 * wait for a task of their own (the caller's task starts the SDK, so the session is asked for
 * first), so that starting is two short tasks rather than one long one. `unmount` removes every
 * node, sheet and listener it added, and cancels a render still waiting. `options.storage` is
 * where the user's drafts are kept (the SDK's storage; memory without it).
 */
export function mountApp(
  place: WidgetHost,
  goalpost: Goalpost,
  options: WidgetOptions,
  emit: WidgetEventHub["emit"],
): MountedApp {
  const { host, shadow, mode } = place;
  // Drafts live where the SDK keeps its outbox, one document per account and user.
  const ui = createUi(options.open ?? mode === "inline", createDrafts(options.storage));
  const stopFollowing = followUser(
    goalpost,
    ui,
    (user) => `goalpost:${options.apiBase}:${user.accountId}:${user.id}:drafts`,
  );
  const seen = createSeenGoals(goalpost, options.storage ?? memoryStorage(), options.apiBase);
  const environment = (
    t: WidgetEnvironment["t"],
    format: WidgetEnvironment["format"],
  ): WidgetEnvironment => ({
    goalpost,
    ui,
    t,
    format,
    seen,
    announce(text) {
      ui.announcement.value = "";
      queueMicrotask(() => {
        ui.announcement.value = text; // cleared first, so the same words are read again
      });
    },
    runAction(action) {
      emit("action", action); // `onAction` is one of its listeners
    },
    close() {
      ui.open.value = false;
    },
    reportError(cause) {
      const error = isGoalpostError(cause)
        ? cause
        : new GoalpostError("The widget could not show this screen", { cause });
      emit("error", { action: "render", error });
    },
  });
  let first = true;
  const stopOpenEvents = effect(() => {
    const open = ui.open.value;
    if (!first) emit(open ? "open" : "close", {});
    first = false;
  });

  let stopTheme = followTheme(host, options.theme ?? "auto");
  let unrender: (() => void) | undefined;
  let unmounted = false;
  // The panel's code is a chunk of its own in a host's bundle (see loadPanel): it renders once
  // that has arrived, in a task after this one either way.
  const rendering = setTimeout(() => {
    loadPanel().then(({ App, createFormat, createTranslator, widgetCss }) => {
      if (unmounted) return;
      const t = createTranslator(options.messages, options.locale);
      const removeStyles = applyStyles(shadow, widgetCss, options.nonce);
      const container = document.createElement("div");
      shadow.append(container);
      render(
        <WidgetContext.Provider value={environment(t, createFormat(options.locale, t))}>
          <App mode={mode} />
        </WidgetContext.Provider>,
        container,
      );
      unrender = () => {
        render(null, container);
        container.remove();
        removeStyles();
      };
      place.painted?.();
    }, reportPanelError);
  });
  function reportPanelError(cause: unknown) {
    const error = new GoalpostError("The widget's panel could not load", { cause });
    if (!unmounted) emit("error", { action: "render", error });
  }
  return {
    ui,
    setTheme(theme) {
      stopTheme();
      stopTheme = followTheme(host, theme);
    },
    unmount(unmountOptions) {
      unmounted = true;
      clearTimeout(rendering);
      seen.stop(unmountOptions);
      stopOpenEvents();
      stopFollowing();
      unrender?.();
      stopTheme();
    },
  };
}
