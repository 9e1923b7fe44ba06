import type { WidgetEvents } from "../createWidget.tsx";

/** Every event of the widget, as the script tag's `on` and `<goalpost-widget>` offer them. */
export const eventNames: readonly (keyof WidgetEvents)[] = [
  "ready",
  "open",
  "close",
  "metric:agreed",
  "goal:set",
  "goal:achieved",
  "progress:logged",
  "pulse:submitted",
  "action",
  "error",
];
