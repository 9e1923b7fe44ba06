// The npm entry: no side effects. The script-tag build is ./embed.ts.

export type { WidgetAction } from "./components/WidgetContext.ts";
export {
  createWidget,
  type GoalpostWidget,
  type WidgetEvents,
  type WidgetOptions,
} from "./createWidget.tsx";
export type { Theme } from "./embed/followTheme.ts";
export type { GoalpostGlobal } from "./embed/installGoalpost.ts";
export {
  defineGoalpostElement,
  type GoalpostElement,
  type GoalpostElementEventMap,
} from "./GoalpostElement.ts";
export { en as defaultMessages, type Messages } from "./i18n/messages.ts";
