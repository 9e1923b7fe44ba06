import { signDemoToken } from "@goalpost/mock-backend";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GoalpostGlobal } from "./embed/installGoalpost.ts";
import { apiBase, useMockBackend } from "./test/renderWidget.tsx";

useMockBackend();
// vi.resetModules gives each load fresh copies of our modules, as a second script would have;
// the signal libraries stay single (mocked modules are kept), since a second @preact/signals
// would hook the one preact twice.
vi.mock("@preact/signals", async (original) => await original());
vi.mock("@preact/signals-core", async (original) => await original());

// The snippet of docs/getting-started.md ("Paste the snippet"), verbatim, as the host page runs
// it before the script loads.
const snippet =
  "window.Goalpost = window.Goalpost || function () { (Goalpost.q = Goalpost.q || []).push(arguments) };";
const scope = window as unknown as { Goalpost?: GoalpostGlobal };
const Goalpost = (...args: unknown[]) => (scope.Goalpost as GoalpostGlobal)(...(args as [string]));

/**
 * Loads a fresh copy of the loader, as a second script would, with the app fetched from source
 * (src/embed.ts fetches the built app file instead; the e2e tests run that one).
 */
async function loadScript() {
  vi.resetModules();
  const { installGoalpost } = await import("./embed/installGoalpost.ts");
  installGoalpost({ fetchApp: () => import("./embed/app.ts").then((app) => app.startApp) });
}

const user = (sub: string) => signDemoToken({ sub, acc: "embed", role: "sdr", name: sub });
// Loading a fresh copy of the widget takes over a second on a loaded machine: wait up to just
// under the test's own timeout.
const until = (check: () => boolean) =>
  vi.waitFor(() => expect(check()).toBe(true), { timeout: 4_500 });

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  new Function(snippet)();
});
afterEach(() => {
  Goalpost("destroy");
  delete scope.Goalpost;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("the script tag's command queue", () => {
  it("replays calls made before the script loaded, in order, async ones included", async () => {
    const log: string[] = [];
    Goalpost("on", "ready", ({ session }: { session: { user: { id: string } } }) =>
      log.push(`ready ${session.user.id}`),
    );
    Goalpost("on", "open", () => log.push("open"));
    Goalpost("on", "error", ({ action }: { action: string }) => log.push(`error ${action}`));
    Goalpost("init", { apiBase, token: await user("first") });
    Goalpost("open");
    Goalpost("record", "meetings-booked", 3); // not an app metric: refused, after the start
    Goalpost("identify", await user("second"));
    expect(scope.Goalpost?.q).toHaveLength(7);

    await loadScript();
    expect(scope.Goalpost?.loaded).toBe(true);
    await until(() => log.length === 4);
    expect(log).toEqual(["open", "ready first", "error record", "ready second"]);
    expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(1);
  });

  it("a second copy of the script does nothing: same function, one widget, no new listeners", async () => {
    Goalpost("init", { apiBase, token: await user("once") });
    await loadScript();
    const loaded = scope.Goalpost;
    const ready = vi.fn();
    Goalpost("on", "ready", ready);
    await until(() => ready.mock.calls.length === 1);

    const added = vi.spyOn(window, "addEventListener");
    new Function(snippet)(); // the snippet pasted twice keeps the loaded function
    Goalpost("init", { apiBase, token: await user("twice") });
    await loadScript();
    expect(scope.Goalpost).toBe(loaded);
    expect(added).not.toHaveBeenCalled();
    expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/init again while mounted/));
  });

  it("destroy with forget removes the user's saved session from the browser", async () => {
    await loadScript();
    let ready = false;
    Goalpost("on", "ready", () => {
      ready = true;
    });
    Goalpost("init", { apiBase, token: await user("leaving") });
    await until(() => ready);
    const saved = () =>
      Object.keys(localStorage).filter(
        (key) => key.includes(":leaving:") && key.endsWith(":session"),
      );
    await until(() => saved().length === 1);
    Goalpost("destroy", { forget: true });
    await until(() => saved().length === 0);
    expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(0);
  });

  it("calls a ready listener added after ready at once, and keeps listeners across destroy", async () => {
    await loadScript();
    const ready = vi.fn();
    Goalpost("on", "ready", ready);
    Goalpost("init", { apiBase, token: await user("late") });
    await until(() => ready.mock.calls.length === 1);

    const late = vi.fn();
    const off = Goalpost("on", "ready", late) as () => void;
    await until(() => late.mock.calls.length === 1);
    expect(late.mock.calls[0]?.[0]).toEqual(ready.mock.calls[0]?.[0]);
    off();

    Goalpost("destroy");
    expect(document.querySelector("[data-goalpost-widget]")).toBeNull();
    Goalpost("init", { apiBase, token: await user("again") });
    await until(() => ready.mock.calls.length === 2);
    expect(late).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(1);
  });

  it("returns, to calls made after load but before the replay, what they will return", async () => {
    const [first, second, third] = await Promise.all(["ret-1", "ret-2", "ret-3"].map(user));
    await loadScript();
    expect(scope.Goalpost?.loaded).toBe(true);
    const heard: string[] = [];
    const takenBack = Goalpost("on", "ready", () => heard.push("taken back")) as () => void;
    const off = Goalpost("on", "ready", ({ session }: { session: { user: { id: string } } }) =>
      heard.push(session.user.id),
    );
    expect(off).toBeTypeOf("function");
    takenBack(); // still queued: it never runs
    Goalpost("init", { apiBase, token: first });
    const identified = Goalpost("identify", second);
    expect(identified).toBeInstanceOf(Promise);
    expect(heard).toEqual([]); // nothing has run yet
    await identified; // settles once the replayed identify is done
    expect(heard).toEqual(["ret-1", "ret-2"]);
    (off as () => void)(); // replayed by now: this stops the listener itself
    await Goalpost("identify", third);
    expect(heard).toEqual(["ret-1", "ret-2"]);
  });

  it("waits for the document to be parsed before replaying, so a target can match", async () => {
    const state = vi.spyOn(document, "readyState", "get").mockReturnValue("loading");
    Goalpost("init", { apiBase, token: await user("parsed"), target: "#later" });
    await loadScript();
    Goalpost("open"); // after load, before the DOM is ready: waits its turn too
    expect(scope.Goalpost?.loaded).toBe(true);
    document.body.innerHTML = `<div id="later"></div>`;
    state.mockRestore();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.getElementById("later")?.shadowRoot).toBeNull(); // still waiting for the DOM
    document.dispatchEvent(new Event("DOMContentLoaded"));
    await until(() => !!document.getElementById("later")?.shadowRoot?.querySelector(".gp-panel"));
    expect(warn).not.toHaveBeenCalled();
  });

  it("reports unknown commands and bad arguments, never throwing into the page", async () => {
    const token = await user("fine");
    await loadScript();
    const errors: string[] = [];
    Goalpost("on", "error", ({ action, error }: { action: string; error: Error }) =>
      errors.push(`${action}: ${error.message}`),
    );
    const calls: unknown[][] = [
      ["launch"],
      [42],
      ["on", "goal:reached", () => {}],
      ["on", "ready", "not a function"],
      ["open"],
      ["identify", "t"],
      ["init", null],
      ["init", { apiBase, token: 7 }],
      ["toString"],
    ];
    for (const call of calls) expect(() => Goalpost(...call)).not.toThrow();
    Goalpost("init", { apiBase, token });
    Goalpost("identify", 123);
    Goalpost("record", "qualified-contacts", "many");
    await until(() => errors.length === 11);
    expect(errors).toEqual([
      'launch: unknown command "launch"',
      "42: unknown command 42",
      expect.stringMatching(/^on: unknown event "goal:reached"; events: ready, open, close/),
      'on: on("ready") needs a function',
      "open: no widget to open: call init first (and see any init warning)",
      "identify: no widget to identify: call init first (and see any init warning)",
      'toString: unknown command "toString"',
      expect.stringMatching(/^identify: the token must be/),
      "record: record needs a metric id and a finite number",
      // A failed init reports in the next task, so that listeners added after it hear it.
      "init: init needs an options object: { apiBase, token }",
      expect.stringMatching(/^init: the token must be/),
    ]);
    expect(warn.mock.calls.length).toBeGreaterThanOrEqual(11);
  });
});
