import type { WidgetEvents } from "@goalpost/widget";

/** The page's `window.Goalpost`: the snippet's queueing stub, then the loaded widget's commands. */
interface GoalpostCommand {
  (command: "identify", token: string | (() => Promise<string>)): unknown;
  (command: "open" | "close"): unknown;
  (command: "record", metricId: string, value: number, options?: { note?: string }): unknown;
  <E extends keyof WidgetEvents>(
    command: "on",
    event: E,
    listener: (payload: WidgetEvents[E]) => void,
  ): unknown;
}

declare global {
  interface Window {
    /** Defined by the inline snippet in the page's HTML. */
    Goalpost?: GoalpostCommand;
  }
}

/**
 * Calls the widget's command function, as the page has it now: the snippet's stub queues the
 * call until goalpost.js has loaded and replaced it (so never keep `window.Goalpost` itself).
 * @example Goalpost("record", "icp-fit-rate", 42)
 */
export const Goalpost = ((...args: Parameters<GoalpostCommand>) => {
  const command = window.Goalpost;
  if (!command) throw new Error("the Goalpost snippet is missing from this page");
  return (command as (...call: unknown[]) => unknown)(...args);
}) as GoalpostCommand;
