import { GoalpostError } from "@goalpost/core";
import { createWidget, type GoalpostWidget, type WidgetEvents } from "../createWidget.tsx";
import { createWidgetEvents } from "./createWidgetEvents.ts";
import { eventNames } from "./eventNames.ts";
import { failed } from "./failedWidget.ts";
import { misuse } from "./misuse.ts";

// biome-ignore lint/suspicious/noExplicitAny: commands take whatever the host page passes
type Command = (...args: any[]) => unknown;

/**
 * The script tag's `Goalpost(command, ...args)`: init, identify, open, close, record, on,
 * destroy. At most one widget at a time; listeners given to `on` outlive `destroy` and hear
 * every widget `init` makes, and a listener for `ready` added once it was ready is called at
 * once. Unknown commands and bad arguments are console warnings and `error` events; nothing
 * throws into the host page.
 */
export function createCommands(create = createWidget): (...call: unknown[]) => unknown {
  const events = createWidgetEvents();
  let widget: GoalpostWidget | undefined;
  let ready: WidgetEvents["ready"] | undefined;
  const report = (action: string, message: string) => {
    events.emit("error", { action, error: misuse(message) });
  };
  const mounted = (action: string) => {
    if (widget && !failed.has(widget)) return widget;
    report(action, `no widget to ${action}: call init first (and see any init warning)`);
  };

  const commands: Record<string, Command> = {
    init(options) {
      if (widget && !failed.has(widget))
        return report("init", "init again while mounted: ignored (destroy first, or identify)");
      ready = undefined; // a failed widget holds nothing; its pending error event still arrives
      const created = create(options);
      widget = created;
      for (const event of eventNames)
        created.on(event, (payload) => {
          if (event === "ready") ready = payload as WidgetEvents["ready"];
          events.emit(event, payload);
        });
    },
    identify: (token) => mounted("identify")?.identify(token),
    open: () => mounted("open")?.open(),
    close: () => mounted("close")?.close(),
    record: (metricId, value, options) => mounted("record")?.record(metricId, value, options),
    on(event, listener) {
      if (!eventNames.includes(event))
        return report(
          "on",
          `unknown event ${JSON.stringify(event)}; events: ${eventNames.join(", ")}`,
        );
      if (typeof listener !== "function") return report("on", `on("${event}") needs a function`);
      const off = events.on(event, listener);
      const last = ready;
      if (event === "ready" && last) queueMicrotask(() => listener(last)); // ready already
      return off;
    },
    destroy(options) {
      widget?.destroy(options);
      widget = ready = undefined;
    },
  };

  return (command, ...args) => {
    const name = String(command);
    try {
      const run = Object.hasOwn(commands, name) ? commands[name] : undefined;
      if (!run) return report(name, `unknown command ${JSON.stringify(command)}`);
      return run(...args);
    } catch (cause) {
      // Not expected (the widget catches its own failures), but never the host page's problem.
      events.emit("error", { action: name, error: new GoalpostError(`${name} failed`, { cause }) });
    }
  };
}
