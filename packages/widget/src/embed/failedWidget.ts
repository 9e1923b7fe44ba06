import { createGoalpost, GoalpostError, isGoalpostError } from "@goalpost/core";
import type { GoalpostWidget } from "../createWidget.tsx";
import type { WidgetEventHub } from "./createWidgetEvents.ts";

/** The widgets that did not mount, so the script tag's `init` can be tried again at once. */
export const failed = new WeakSet<GoalpostWidget>();

/**
 * The widget that `createWidget` returns when it could not mount (a bad option, a target that
 * is missing or cannot hold a shadow root): it added nothing to the page, warned in the console,
 * and reports the problem as an `error` event once the caller has had a chance to listen.
 * Its SDK is destroyed, so its actions reject; `identify` and `record` report the problem again.
 */
export function failedWidget(events: WidgetEventHub, cause: unknown): GoalpostWidget {
  const error = isGoalpostError(cause)
    ? cause
    : new GoalpostError(`the widget could not be mounted (${String(cause)})`, { cause });
  console.warn(`Goalpost: the widget did not start: ${error.message}`);
  // In the next task, so a listener added after `createWidget` returns (even across awaits) hears it.
  setTimeout(() => events.emit("error", { action: "init", error }));
  const goalpost = createGoalpost({ apiBase: "https://goalpost.invalid", token: "-" });
  goalpost.destroy();
  const again = (action: string) => async () => events.emit("error", { action, error });
  const widget: GoalpostWidget = {
    goalpost,
    open() {},
    close() {},
    setTheme() {},
    identify: again("identify"),
    record: again("record"),
    on: events.on,
    destroy: events.clear,
  };
  failed.add(widget);
  return widget;
}
