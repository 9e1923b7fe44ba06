import { fireEvent } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attachHost, type WidgetHost } from "./attachHost.ts";
import {
  type GoalpostGlobal,
  installGoalpost,
  type LoaderBridge,
  type StartApp,
} from "./installGoalpost.ts";

// The loader alone, with a stand-in app whose runner logs the calls replayed into it; the real
// app over it is src/embed.test.ts, and the built files in Chromium test/e2e/scriptTag.test.ts.
const scope = {} as { Goalpost?: GoalpostGlobal };
const Goalpost = (...args: unknown[]) => (scope.Goalpost as GoalpostGlobal)(...(args as [string]));
const snippet = () => {
  const stub = ((...args: unknown[]) => {
    stub.q ??= [];
    stub.q.push(args);
  }) as GoalpostGlobal;
  scope.Goalpost = stub;
};

/** A stand-in app: logs what it is asked; `release()` lets a pending fetch through. */
function fakeApp() {
  const replayed: unknown[][] = [];
  let bridge: LoaderBridge | undefined;
  const start: StartApp = (given) => {
    bridge = given;
    return (...args) => {
      replayed.push(args);
      return args[0] === "identify" ? Promise.resolve(`identified ${String(args[1])}`) : undefined;
    };
  };
  let release: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const fetchApp = vi.fn(
    () =>
      new Promise<StartApp>((resolve, reject) => {
        release = () => resolve(start);
        fail = reject;
      }),
  );
  return {
    replayed,
    fetchApp,
    bridge: () => bridge,
    release: () => release(),
    fail: (error = new Error("404")) => fail(error),
  };
}

const launcher = () =>
  document
    .querySelector("[data-goalpost-widget]")
    ?.shadowRoot?.querySelector<HTMLButtonElement>("button.gp-launcher") ?? null;

let errorLog: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers();
  errorLog = vi.spyOn(console, "error").mockImplementation(() => {});
  delete scope.Goalpost;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("the loader", () => {
  it("paints the launcher at init without fetching the app, then fetches it once idle and replays every call in order", async () => {
    const app = fakeApp();
    snippet();
    Goalpost("on", "ready", () => {});
    Goalpost("init", { apiBase: "https://api.example.com", token: "t", theme: "dark" });
    expect(installGoalpost({ fetchApp: app.fetchApp, scope })).toBe(true);
    expect(scope.Goalpost?.loaded).toBe(true);
    const identified = Goalpost("identify", "u2");

    const button = launcher();
    expect(button?.textContent).toBe("Your goals");
    expect(button?.getAttribute("aria-expanded")).toBe("false");
    const host = document.querySelector("[data-goalpost-widget]");
    expect(host?.getAttribute("data-goalpost-theme")).toBe("dark");
    expect(host?.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(app.fetchApp).not.toHaveBeenCalled(); // painted, nothing fetched yet

    await vi.advanceTimersByTimeAsync(3000); // idle (or its timeout)
    expect(app.fetchApp).toHaveBeenCalledTimes(1);
    app.release();
    await vi.advanceTimersByTimeAsync(1); // the replay has a task of its own
    expect(app.replayed.map((call) => call[0])).toEqual(["on", "init", "identify"]);
    await expect(identified).resolves.toBe("identified u2");
    Goalpost("open"); // from now on, straight to the app
    expect(app.replayed.at(-1)).toEqual(["open"]);
    expect(app.fetchApp).toHaveBeenCalledTimes(1);

    // A second copy changes nothing.
    const loaded = scope.Goalpost;
    expect(installGoalpost({ fetchApp: app.fetchApp, scope })).toBe(false);
    expect(scope.Goalpost).toBe(loaded);
  });

  it("fetches at an intent on the launcher, and a press before the app arrived opens it once it has", async () => {
    const app = fakeApp();
    installGoalpost({ fetchApp: app.fetchApp, scope });
    Goalpost("init", { apiBase: "https://api.example.com", token: "t" });
    const button = launcher() as HTMLButtonElement;
    fireEvent.pointerEnter(button);
    expect(app.fetchApp).toHaveBeenCalledTimes(1);
    fireEvent.focus(button);
    fireEvent.click(button);
    expect(app.fetchApp).toHaveBeenCalledTimes(1); // one fetch
    expect(button.getAttribute("aria-busy")).toBe("true");
    expect(button.textContent).toBe("Your goals — opening");

    app.release();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.replayed.map((call) => call[0])).toEqual(["init", "open"]);
  });

  it("hands its host to the app, whose painted launcher replaces its own with the focus", async () => {
    const app = fakeApp();
    installGoalpost({ fetchApp: app.fetchApp, scope });
    Goalpost("init", { apiBase: "https://api.example.com", token: "t" });
    const button = launcher() as HTMLButtonElement;
    button.focus();
    app.release();
    await vi.advanceTimersByTimeAsync(3000);
    const place = app.bridge()?.take() as WidgetHost;
    expect(app.bridge()?.take()).toBeUndefined(); // once
    expect(place.host).toBe(document.querySelector("[data-goalpost-widget]"));
    const own = Object.assign(document.createElement("button"), { className: "gp-launcher" });
    place.shadow.append(own);
    place.painted?.();
    expect([...place.shadow.querySelectorAll(".gp-launcher")]).toEqual([own]);
    expect(place.shadow.activeElement).toBe(own);
    expect(place.shadow.adoptedStyleSheets).toHaveLength(0); // the loader's sheet went too
  });

  it("fetches at once for an inline init, open, or a <goalpost-widget> in the page", async () => {
    for (const start of [
      () => Goalpost("init", { apiBase: "https://api.example.com", token: "t", target: "#x" }),
      () => Goalpost("open"),
      () => document.body.append(document.createElement("goalpost-widget")),
    ]) {
      delete scope.Goalpost;
      const app = fakeApp();
      installGoalpost({ fetchApp: app.fetchApp, scope });
      start();
      await vi.advanceTimersByTimeAsync(0); // a mutation observer's callback is a microtask
      expect(app.fetchApp).toHaveBeenCalledTimes(1);
      document.body.replaceChildren();
    }
    // Already in the page when the loader runs.
    delete scope.Goalpost;
    document.body.append(document.createElement("goalpost-widget"));
    const app = fakeApp();
    installGoalpost({ fetchApp: app.fetchApp, scope });
    expect(app.fetchApp).toHaveBeenCalledTimes(1);
  });

  it("destroy before the app: nothing left, nothing fetched, a dropped record reported, listeners kept", async () => {
    const app = fakeApp();
    installGoalpost({ fetchApp: app.fetchApp, scope });
    const errors: string[] = [];
    Goalpost("on", "error", ({ action, error }: { action: string; error: Error }) =>
      errors.push(`${action}: ${error.message}`),
    );
    Goalpost("init", { apiBase: "https://api.example.com", token: "t" });
    const identified = Goalpost("identify", "u2");
    Goalpost("record", "calls", 3);
    Goalpost("destroy");
    expect(document.querySelector("[data-goalpost-widget]")).toBeNull();
    await expect(identified).resolves.toBeUndefined();
    expect(errors).toEqual([
      "record: destroy before the widget had loaded: 1 record call(s) dropped",
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(app.fetchApp).not.toHaveBeenCalled();

    Goalpost("open"); // wanted again: only the listener is replayed before it
    app.release();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.replayed.map((call) => call.slice(0, 2))).toEqual([["on", "error"], ["open"]]);
  });

  it("tries a failed fetch again, then reports it as an error and on the launcher, which tries again when pressed", async () => {
    const app = fakeApp();
    installGoalpost({ fetchApp: app.fetchApp, scope });
    const errors: string[] = [];
    Goalpost("on", "error", ({ action, error }: { action: string; error: Error }) =>
      errors.push(`${action}: ${error.message} (${(error.cause as Error).message})`),
    );
    Goalpost("init", { apiBase: "https://api.example.com", token: "t", appSrc: "/cdn/app.js" });
    Goalpost("open");
    expect(app.fetchApp).toHaveBeenLastCalledWith({ appSrc: "/cdn/app.js" });
    app.fail();
    await vi.advanceTimersByTimeAsync(999);
    expect(app.fetchApp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.fetchApp).toHaveBeenCalledTimes(2);
    app.fail();
    await vi.advanceTimersByTimeAsync(3000);
    expect(app.fetchApp).toHaveBeenCalledTimes(3);
    expect(errors).toEqual([]);
    app.fail(new Error("offline"));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(["load: the widget could not load (tried 3 times) (offline)"]);
    expect(errorLog).toHaveBeenCalledTimes(1);
    const button = launcher() as HTMLButtonElement;
    expect(button.getAttribute("aria-busy")).toBeNull();
    expect(button.querySelector(".gp-badge")?.textContent).toBe(
      "Couldn't load: press to try again",
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(app.fetchApp).toHaveBeenCalledTimes(3); // no more on its own

    fireEvent.click(button);
    expect(app.fetchApp).toHaveBeenCalledTimes(4);
    expect(button.getAttribute("aria-busy")).toBe("true");
    app.release();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.replayed.map((call) => call[0])).toEqual(["on", "init", "open", "open"]);
  });

  it("labels the launcher with the host's messages and styles it under a nonce without constructed sheets", () => {
    // A browser without constructable stylesheets.
    const sheet = CSSStyleSheet.prototype;
    const replaceSync = Object.getOwnPropertyDescriptor(sheet, "replaceSync");
    Object.defineProperty(sheet, "replaceSync", { value: undefined, configurable: true });
    try {
      installGoalpost({ fetchApp: fakeApp().fetchApp, scope });
      Goalpost("init", {
        apiBase: "https://api.example.com",
        token: "t",
        nonce: "n0nce",
        messages: { launcherLabel: "Ihre Ziele" },
      });
      const root = document.querySelector("[data-goalpost-widget]")?.shadowRoot;
      expect(root?.querySelector("button")?.textContent).toBe("Ihre Ziele");
      const style = root?.querySelector("style");
      expect(style?.nonce).toBe("n0nce");
      expect(style?.textContent).toContain(".gp-launcher");
    } finally {
      if (replaceSync) Object.defineProperty(sheet, "replaceSync", replaceSync);
      else Reflect.deleteProperty(sheet, "replaceSync");
    }
  });
});

// attachHost's side of the hand-over.
describe("a host handed over", () => {
  it("is the next launcher widget's, once, and inserting it again does not move it", () => {
    const place = attachHost(undefined);
    place.insert();
    document.body.append(document.createElement("p")); // now it is not the last child
    place.insert();
    expect(document.body.firstElementChild).toBe(place.host);
  });
});
