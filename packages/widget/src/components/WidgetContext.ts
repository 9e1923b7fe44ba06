import type { Goalpost } from "@goalpost/core";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Format } from "../i18n/createFormat.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import type { SeenGoals } from "../ui/createSeenGoals.ts";
import type { Ui } from "../ui/createUi.ts";

/** A value element's in-app action, for the host to handle. */
export interface WidgetAction {
  action: string;
  valueElementId: string;
}

/** What every component reads: the headless SDK, UI state, texts and formats. */
export interface WidgetEnvironment {
  goalpost: Goalpost;
  ui: Ui;
  t: Translate;
  format: Format;
  /** The reached goals this user has seen, so the launcher stops counting them. */
  seen: SeenGoals;
  /** Says something to screen-reader users through the live region. */
  announce(text: string): void;
  /** Fires a value element's in-app action (the host's `action` event / `onAction`). */
  runAction(action: WidgetAction): void;
  /** Closes the panel (focus returns to the launcher). */
  close(): void;
  /** Reports a failure the user cannot act on (a screen that failed to render) as `error`. */
  reportError(error: unknown): void;
}

export const WidgetContext = createContext<WidgetEnvironment | null>(null);

/** The widget's environment; only inside the widget's tree. */
export function useWidget(): WidgetEnvironment {
  const environment = useContext(WidgetContext);
  if (!environment) throw new Error("useWidget() outside the Goalpost widget");
  return environment;
}
