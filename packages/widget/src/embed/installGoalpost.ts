import { createCommands } from "./createCommands.ts";

/** The page's `window.Goalpost`: the snippet's queueing stub, or the loaded command function. */
export interface GoalpostGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** The snippet's stub keeps calls made before the script loads here. */
  q?: ArrayLike<unknown>[];
  /** Set on the loaded function: a second copy of the script sees it and does nothing. */
  loaded?: true;
}

/**
 * Replaces the snippet's stub with the real `Goalpost` command function and replays the calls
 * queued in `Goalpost.q`, in order, in a later task (after the document is parsed, so `target`
 * selectors can match). Returns false, changing nothing, when a copy of the script already did this.
 */
export function installGoalpost(
  scope = globalThis as unknown as { Goalpost?: Partial<GoalpostGlobal> },
): boolean {
  const stub = scope.Goalpost;
  if (stub?.loaded) return false;
  const run = createCommands();
  // Calls made before the replay (queued, or after load but before the DOM is ready) wait here.
  let waiting: unknown[][] | undefined = Array.from(stub?.q ?? [], (args) =>
    Array.from(args ?? []),
  );
  const Goalpost: GoalpostGlobal = (...args: unknown[]) => {
    if (!waiting) return run(...args);
    waiting.push(args);
  };
  Goalpost.loaded = true;
  scope.Goalpost = Goalpost;
  const replay = () => {
    for (let args = waiting?.shift(); args; args = waiting?.shift()) run(...args);
    waiting = undefined;
  };
  // Replaying in a task of its own keeps the script's evaluation and the widget's mount apart,
  // so neither makes a long task on its own.
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", replay, { once: true });
  else setTimeout(replay, 0);
  return true;
}
