/** The page's `window.Goalpost`: the snippet's queueing stub, or the loaded command function. */
export interface GoalpostGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** The snippet's stub keeps calls made before the script loads here. */
  q?: ArrayLike<unknown>[];
  /** Set on the loaded function: a second copy of the script sees it and does nothing. */
  loaded?: true;
}

type Run = (...args: unknown[]) => unknown;

/** A promise settled in a later task, so that work after it does not lengthen the current one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Replaces the snippet's stub with the real `Goalpost` command function, then starts in steps,
 * each in a task of its own so that none is a long task: this one only installs the function;
 * the next runs `load` (evaluating the widget's modules, which is most of the script's cost, and
 * giving the command runner); once the document is parsed (so `target` selectors can match), a
 * third replays the calls queued in `Goalpost.q` and those made since, in order. Returns false,
 * changing nothing, when a copy of the script already did this.
 */
export function installGoalpost(
  load: () => Promise<Run>,
  scope = globalThis as unknown as { Goalpost?: Partial<GoalpostGlobal> },
): boolean {
  const stub = scope.Goalpost;
  if (stub?.loaded) return false;
  let run: Run | undefined;
  // Calls made before the replay (queued, or since the script loaded) wait here.
  const waiting: unknown[][] = Array.from(stub?.q ?? [], (args) => Array.from(args ?? []));
  const Goalpost: GoalpostGlobal = (...args: unknown[]) => {
    if (run) return run(...args);
    waiting.push(args);
  };
  Goalpost.loaded = true;
  scope.Goalpost = Goalpost;
  const parsed =
    document.readyState === "loading"
      ? new Promise((resolve) =>
          document.addEventListener("DOMContentLoaded", resolve, { once: true }),
        )
      : undefined;
  nextTask()
    .then(load)
    .then(async (loaded) => {
      await parsed;
      await nextTask();
      for (let args = waiting.shift(); args; args = waiting.shift()) loaded(...args);
      run = loaded;
    })
    .catch((cause: unknown) => console.error("Goalpost: the widget could not start", cause));
  return true;
}
