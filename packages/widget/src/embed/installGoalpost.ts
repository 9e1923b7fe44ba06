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
 * third replays the calls queued in `Goalpost.q` and those made since, in order. Calls made
 * once the script has loaded return what they will return (see `wait`). Returns false,
 * changing nothing, when a copy of the script already did this.
 */
export function installGoalpost(
  load: () => Promise<Run>,
  scope = globalThis as unknown as { Goalpost?: Partial<GoalpostGlobal> },
): boolean {
  const stub = scope.Goalpost;
  if (stub?.loaded) return false;
  let run: Run | undefined;
  // Calls made before the replay (queued by the stub, or since the script loaded) wait here,
  // each with what to do with its result once it has run.
  const waiting: Waiting[] = Array.from(stub?.q ?? [], (args) => ({
    args: Array.from(args ?? []),
    ran: () => {},
  }));
  const Goalpost: GoalpostGlobal = (...args: unknown[]) => {
    if (run) return run(...args);
    return wait(waiting, args);
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
      for (let call = waiting.shift(); call; call = waiting.shift()) call.ran(loaded(...call.args));
      run = loaded;
    })
    .catch((cause: unknown) => console.error("Goalpost: the widget could not start", cause));
  return true;
}

/** A call waiting for the replay, and what receives its result. */
interface Waiting {
  args: unknown[];
  ran(result: unknown): void;
}

/**
 * Queues a call made once the script loaded but before the replay, and returns what the call
 * will return, so that a host need not know whether the widget has started: `on` an off
 * function (that also takes the call back off the queue), `identify` and `record` a promise of
 * their result, anything else nothing.
 */
function wait(waiting: Waiting[], args: unknown[]): unknown {
  const command = args[0];
  if (command === "on") {
    let off: unknown;
    const call: Waiting = {
      args,
      ran(result) {
        off = result;
      },
    };
    waiting.push(call);
    return () => {
      const queued = waiting.indexOf(call);
      if (queued >= 0) waiting.splice(queued, 1);
      else if (typeof off === "function") off();
    };
  }
  if (command === "identify" || command === "record")
    return new Promise((resolve) => waiting.push({ args, ran: resolve }));
  waiting.push({ args, ran: () => {} });
}
