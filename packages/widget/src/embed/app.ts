import { createWidget, type WidgetOptions } from "../createWidget.tsx";
import { defineGoalpostElement } from "../GoalpostElement.ts";
import { handOverHost } from "./attachHost.ts";
import { createCommands } from "./createCommands.ts";
import { failed } from "./failedWidget.ts";
import type { LoaderBridge } from "./installGoalpost.ts";

/**
 * The script tag's app (the file the loader fetches, see appFile.ts): defines
 * `<goalpost-widget>` and returns the command runner the loader replays its calls into. A
 * launcher widget takes the host the loader painted its launcher in, so the launcher stays in
 * place; `appSrc`, the loader's option, is not the widget's.
 */
export function startApp(loader: LoaderBridge): (...call: unknown[]) => unknown {
  defineGoalpostElement();
  return createCommands((options) => {
    let own: WidgetOptions = options;
    if (typeof options === "object" && options !== null && "appSrc" in options) {
      const { appSrc: _, ...rest } = options as WidgetOptions & { appSrc?: unknown };
      own = rest;
    }
    const place = own?.target === undefined ? loader.take() : undefined;
    handOverHost(place);
    try {
      const widget = createWidget(own);
      if (failed.has(widget)) place?.remove(); // the options were refused: no launcher stays
      return widget;
    } finally {
      handOverHost(undefined);
    }
  });
}
