import { GoalpostError } from "@goalpost/core";
import type { WidgetHost } from "./attachHost.ts";
import { type PaintedLauncher, paintLauncher } from "./paintLauncher.ts";

/** The page's `window.Goalpost`: the snippet's queueing stub, or the loaded command function. */
export interface GoalpostGlobal {
  (command: string, ...args: unknown[]): unknown;
  /** The snippet's stub keeps calls made before the script loads here. */
  q?: ArrayLike<unknown>[];
  /** Set on the loaded function: a second copy of the script sees it and does nothing. */
  loaded?: true;
}

type Run = (...args: unknown[]) => unknown;

/** What the loader lends the app when it starts. */
export interface LoaderBridge {
  /**
   * The host holding the launcher the loader painted for the latest `init`, handed over once:
   * the app's launcher replaces the loader's when it is painted (`painted`).
   */
  take(): WidgetHost | undefined;
}

/** The app file's entry: starts the widget's command runner (see src/embed/app.ts). */
export type StartApp = (loader: LoaderBridge) => Run;

/** The options of the latest `init` that say where and how the app file is fetched. */
export interface AppFileOptions {
  appSrc?: string;
  nonce?: string;
}

/** Options of {@link installGoalpost}. */
export interface LoaderOptions {
  /** Fetches and runs the app file; rejects when it could not. */
  fetchApp(options: AppFileOptions): Promise<StartApp>;
  /** The waits before each new try after a failed fetch. @default [1000, 3000] */
  retries?: number[];
  /** How long the app waits for the browser to be idle after the page's load. @default 3000 */
  idleTimeout?: number;
  scope?: { Goalpost?: Partial<GoalpostGlobal> };
}

/** A promise settled in a later task, so that work after it does not lengthen the current one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The script tag's loader. Replaces the snippet's stub with the `Goalpost` command function and
 * keeps every call for the app, in order; paints the launcher for an `init` without a target
 * (plain DOM, see paintLauncher); and fetches the app (the core, Preact and the panel) at the
 * first of: the browser idle after the page's load (at most `idleTimeout` later, so entries
 * waiting in the outbox are sent soon), an intent on the launcher (pointer, focus, touch), a
 * click or `open`, an inline `init` (`target`) or a `<goalpost-widget>` in the page. Once the
 * app is in and the document parsed (so `target` selectors can match), the calls are replayed in
 * a task of their own; calls made before return what they will return (see `wait`). A `destroy`
 * before the app takes the launcher out and drops the calls it ends (listeners stay), so nothing
 * is left and nothing is requested for them later. A failed fetch is tried again, then reported
 * as an `error` event (action "load") and on the launcher, which tries again when pressed.
 * Returns false, changing nothing, when a copy of the script already did this.
 */
export function installGoalpost({
  fetchApp,
  retries = [1000, 3000],
  idleTimeout = 3000,
  scope = globalThis as unknown as { Goalpost?: Partial<GoalpostGlobal> },
}: LoaderOptions): boolean {
  const stub = scope.Goalpost;
  if (stub?.loaded) return false;
  let run: Run | undefined;
  const waiting: Waiting[] = [];
  let launcher: PaintedLauncher | undefined;
  let appOptions: AppFileOptions = {};
  let loading = false;
  let cancelIdle: (() => void) | undefined;

  const parsed =
    document.readyState === "loading"
      ? new Promise((resolve) =>
          document.addEventListener("DOMContentLoaded", resolve, { once: true }),
        )
      : undefined;

  // A <goalpost-widget> anywhere in the page wants the app (the app defines the element).
  const elements = document.getElementsByTagName("goalpost-widget");
  const watch = new MutationObserver(() => elements.length && load());

  const report = (action: string, message: string, cause?: unknown) => {
    const error = new GoalpostError(message, { cause });
    console.error(`Goalpost: ${message}`, cause ?? "");
    for (const { args } of [...waiting]) {
      const [command, event, listener] = args;
      if (command !== "on" || event !== "error" || typeof listener !== "function") continue;
      try {
        listener({ action, error });
      } catch (thrown) {
        setTimeout(() => {
          throw thrown; // the host's listener broke: the page's error, as an event's would be
        });
      }
    }
  };

  const start = async (startApp: StartApp) => {
    await parsed;
    await nextTask();
    const loaded = startApp({
      take() {
        const painted = launcher;
        launcher = undefined;
        return painted?.release();
      },
    });
    for (let call = waiting.shift(); call; call = waiting.shift()) call.ran(loaded(...call.args));
    run = loaded;
  };

  const attempt = (tried: number) => {
    fetchApp(appOptions).then(
      (startApp) =>
        start(startApp).catch((cause: unknown) =>
          console.error("Goalpost: the widget could not start", cause),
        ),
      (cause: unknown) => {
        const wait = retries[tried];
        if (wait !== undefined) return void setTimeout(() => attempt(tried + 1), wait);
        loading = false;
        launcher?.failed();
        report("load", `the widget could not load (tried ${tried + 1} times)`, cause);
      },
    );
  };

  function load() {
    if (loading || run) return;
    loading = true;
    watch.disconnect();
    cancelIdle?.();
    attempt(0);
  }

  /** Loads the app once the browser is idle after the page's load. */
  const soon = () => {
    if (cancelIdle || loading) return;
    let idle: ReturnType<typeof setTimeout> | number | undefined;
    const schedule = () => {
      idle =
        typeof requestIdleCallback === "function"
          ? requestIdleCallback(load, { timeout: idleTimeout })
          : setTimeout(load, 0);
    };
    if (document.readyState === "complete") schedule();
    else window.addEventListener("load", schedule, { once: true });
    cancelIdle = () => {
      window.removeEventListener("load", schedule);
      if (typeof idle === "number" && typeof cancelIdleCallback === "function")
        cancelIdleCallback(idle);
      else clearTimeout(idle);
      cancelIdle = undefined;
    };
  };

  /** What the loader does itself with a call made before the app is in. */
  const before = (args: unknown[]) => {
    const [command, options] = args;
    if (command === "init" && typeof options === "object" && options !== null) {
      const { target, open, appSrc, nonce } = options as Record<string, unknown>;
      appOptions = {
        ...(typeof appSrc === "string" ? { appSrc } : {}),
        ...(typeof nonce === "string" ? { nonce } : {}),
      };
      if (target === undefined)
        launcher ??= paintLauncher(options, { intent: load, click: () => Goalpost("open") });
      if (open) launcher?.busy();
      if (target !== undefined || open) load();
      else soon();
    } else if (command === "open") {
      launcher?.busy();
      load();
    } else if (command === "destroy") {
      launcher?.remove();
      launcher = undefined;
      cancelIdle?.();
      const kept: Waiting[] = [];
      let records = 0;
      for (const call of waiting.splice(0)) {
        if (call.args[0] === "on") kept.push(call);
        else {
          if (call.args[0] === "record") records++;
          call.ran(undefined);
        }
      }
      waiting.push(...kept);
      if (records)
        report("record", `destroy before the widget had loaded: ${records} record call(s) dropped`);
    }
  };

  const Goalpost: GoalpostGlobal = (...args: unknown[]) => {
    if (run) return run(...args);
    const result = wait(waiting, args);
    before(args);
    return result;
  };
  Goalpost.loaded = true;
  scope.Goalpost = Goalpost;
  for (const args of Array.from(stub?.q ?? [])) Goalpost(...(Array.from(args ?? []) as [string]));
  if (elements.length) load();
  else if (!loading) watch.observe(document, { childList: true, subtree: true });
  return true;
}

/** A call waiting for the replay, and what receives its result. */
interface Waiting {
  args: unknown[];
  ran(result: unknown): void;
}

/**
 * Queues a call made before the replay, and returns what the call will return, so that a host
 * need not know whether the widget has started: `on` an off function (that also takes the call
 * back off the queue), `identify` and `record` a promise of their result, anything else nothing.
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
