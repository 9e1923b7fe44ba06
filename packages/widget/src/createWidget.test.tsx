import { HttpError } from "@goalpost/core";
import { signDemoToken } from "@goalpost/mock-backend";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWidget, type GoalpostWidget, type WidgetOptions } from "./createWidget.tsx";
import { apiBase, useMockBackend } from "./test/renderWidget.tsx";

/** The panel is a chunk of its own: its first import is transformed on the spot, slow on a busy machine. */
const panelChunk = { timeout: 5_000 };

useMockBackend();

const widgets: GoalpostWidget[] = [];
afterEach(() => {
  for (const widget of widgets.splice(0)) widget.destroy();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const token = (acc = `cw-${Math.random().toString(36).slice(2, 8)}`) =>
  signDemoToken({ sub: `${acc}-user`, acc, role: "sdr", name: "Kim" });

/** A widget over the mock backend, with every request it makes recorded. */
async function mount(options: Partial<WidgetOptions> = {}) {
  const requests: string[] = [];
  const spy: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request);
  };
  const widget = createWidget({ apiBase, token: await token(), fetch: spy, ...options });
  widgets.push(widget);
  return { widget, requests };
}

const ready = (widget: GoalpostWidget) =>
  new Promise<void>((resolve) => widget.on("ready", () => resolve()));

describe("createWidget", () => {
  it("starts with exactly one request: GET /v1/session", async () => {
    const { widget, requests } = await mount();
    await ready(widget);
    await new Promise((resolve) => setTimeout(resolve, 50)); // nothing else follows
    expect(requests).toEqual(["GET /v1/session"]);
    expect(widget.goalpost.status.value).toBe("ready");
  });

  it("mounts a launcher in a shadow root at the end of <body>, with a resolved theme", async () => {
    const { widget } = await mount({ theme: "dark" });
    await ready(widget);
    const host = document.querySelector("[data-goalpost-widget]");
    expect(host?.parentElement).toBe(document.body);
    expect(host?.getAttribute("data-goalpost-theme")).toBe("dark");
    // The panel's code is a chunk of its own (loadPanel): it may arrive after the session.
    await vi.waitFor(
      () => expect(host?.shadowRoot?.querySelector("button.gp-launcher")).not.toBeNull(),
      panelChunk,
    );
  });

  it("renders inline in a target given by selector", async () => {
    document.body.innerHTML = `<section id="goals"></section>`;
    const { widget } = await mount({ target: "#goals" });
    await ready(widget);
    const shadow = document.getElementById("goals")?.shadowRoot;
    await vi.waitFor(
      () => expect(shadow?.querySelector('section.gp-panel[data-mode="inline"]')).not.toBeNull(),
      panelChunk,
    );
    expect(shadow?.querySelector(".gp-launcher")).toBeNull();
  });

  it("tells the user when the browser goes offline after the start, and reloads once back", async () => {
    document.body.innerHTML = `<section id="goals"></section>`;
    const { widget, requests } = await mount({ target: "#goals" });
    await ready(widget);
    const shadow = document.getElementById("goals")?.shadowRoot;
    // The status bar's notice (the live region keeps the last announcement, which says it too).
    const offlineNotice = () =>
      shadow?.querySelector(".gp-status")?.textContent?.includes("You're offline") ?? false;
    expect(offlineNotice()).toBe(false);
    window.dispatchEvent(new Event("offline"));
    await vi.waitFor(() => expect(offlineNotice()).toBe(true));
    window.dispatchEvent(new Event("online"));
    await vi.waitFor(() => expect(offlineNotice()).toBe(false));
    expect(requests).toEqual(["GET /v1/session", "GET /v1/session"]);
  });

  it("keeps the session copy in localStorage, or in memory where the browser refuses it", async () => {
    localStorage.clear();
    const first = await mount();
    await ready(first.widget);
    const saved = () => Object.keys(localStorage).filter((key) => key.endsWith(":session"));
    await vi.waitFor(() => expect(saved()).toHaveLength(1));
    first.widget.destroy();

    localStorage.clear();
    const quotaFull = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    vi.spyOn(localStorage, "setItem").mockImplementation(quotaFull);
    const second = await mount();
    await ready(second.widget);
    const agreement = await second.widget.goalpost.agreeMetric("meetings-booked", { baseline: 4 });
    await second.widget.goalpost.logProgress({ agreementId: agreement.id, value: 5 }); // in memory
    await vi.waitFor(() => expect(second.widget.goalpost.pending.value).toBe(0));
    expect(Object.keys(localStorage)).toEqual([]);
    expect(second.widget.goalpost.history.value.get(agreement.id)?.[0]?.value).toBe(5);
  });

  it("never throws on a missing target: a console warning and an error event instead", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { widget, requests } = await mount({ target: "#nowhere" });
    const error = await new Promise<{ action: string; error: Error }>((resolve) =>
      widget.on("error", resolve),
    );
    expect(error.action).toBe("init");
    expect(error.error.message).toMatch(/#nowhere/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/#nowhere/));
    expect(document.body.innerHTML).toBe("");
    expect(requests).toEqual([]);
    await expect(widget.goalpost.agreeMetric("meetings-booked")).rejects.toThrow();
  });

  it("refuses bad options the same way, naming the problem", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const bad of [
      undefined,
      { token: "t" },
      { apiBase, token: "" },
      { apiBase, token: "t", theme: "blue" },
      { apiBase, token: "t", target: 42 },
      { apiBase, token: "t", locale: "not a locale!" },
    ]) {
      const widget = createWidget(bad as unknown as WidgetOptions);
      const heard = new Promise((resolve) => widget.on("error", resolve));
      await expect(heard).resolves.toMatchObject({ action: "init" });
    }
    expect(warn).toHaveBeenCalledTimes(6);
    expect(warn).toHaveBeenLastCalledWith(
      expect.stringMatching(/locale must be a BCP 47 language tag/),
    );
    expect(document.body.children).toHaveLength(0);
  });

  it("refuses an apiBase that is neither a URL nor a path, leaving the target as it was", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = `<section id="goals"><p>Host content</p></section>`;
    const { widget, requests } = await mount({ apiBase: "api.example.com", target: "#goals" });
    const error = await new Promise<{ error: Error }>((resolve) => widget.on("error", resolve));
    expect(error.error.message).toMatch(
      /^apiBase must be an http\(s\) URL or a path such as "\/goalpost", not "api.example.com"$/,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/apiBase must be/));
    expect(document.getElementById("goals")?.shadowRoot).toBeNull(); // its content still shows
    expect(requests).toEqual([]);
  });

  it("warns about an unknown option, and starts without it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { widget } = await mount({ targt: "#goals" } as Partial<WidgetOptions>);
    await ready(widget);
    expect(warn.mock.calls).toEqual([['Goalpost: unknown option "targt" ignored']]);
  });

  it("warns when a second floating widget would cover the first; inline ones are fine", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = `<section id="a"></section><section id="b"></section>`;
    const first = await mount();
    await mount({ target: "#a" });
    await mount({ target: "#b" });
    expect(warn).not.toHaveBeenCalled();
    const second = await mount();
    expect(warn.mock.calls).toEqual([
      [expect.stringMatching(/^Goalpost: a second launcher covers the first/)],
    ]);
    expect(document.querySelectorAll("body > div[data-goalpost-widget]")).toHaveLength(2);
    second.widget.destroy();
    first.widget.destroy();
    await mount(); // alone again
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("warns about each call after destroy, and does nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { widget, requests } = await mount();
    await ready(widget);
    widget.destroy();
    widget.open();
    widget.close();
    widget.setTheme("dark");
    await widget.identify(await token("cw-after"));
    await widget.record("qualified-contacts", 3);
    widget.destroy(); // twice is harmless, and quiet
    expect(warn.mock.calls.map(([text]) => text)).toEqual(
      ["open", "close", "setTheme", "identify", "record"].map(
        (action) => `Goalpost: ${action} after destroy: ignored (create a new widget)`,
      ),
    );
    expect(document.body.children).toHaveLength(0);
    expect(requests).toEqual(["GET /v1/session"]);
  });

  it("refuses a target that cannot hold a shadow root", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    document.body.innerHTML = `<input id="field">`;
    const input = document.getElementById("field") as HTMLInputElement;
    // What browsers do (happy-dom lets any element have one).
    input.attachShadow = () => {
      throw new DOMException("not supported", "NotSupportedError");
    };
    const { widget } = await mount({ target: input });
    const error = await new Promise<{ error: Error }>((resolve) => widget.on("error", resolve));
    expect(error.error.message).toMatch(/<input>/);
    expect(document.body.innerHTML).toBe(`<input id="field">`);
  });

  it("reports a failed start as an error event", async () => {
    const widget = createWidget({
      apiBase,
      token: "not-a-jwt",
      fetch: (i, init) => fetch(i, init),
    });
    widgets.push(widget);
    const error = await new Promise<{ action: string; error: Error }>((resolve) =>
      widget.on("error", resolve),
    );
    expect(error.action).toBe("start");
    expect(error.error).toBeInstanceOf(HttpError);
  });

  it("runs record and identify after the start, in order, and reports what fails", async () => {
    const { widget, requests } = await mount();
    const errors: string[] = [];
    widget.on("error", ({ action, error }) => errors.push(`${action}: ${error.message}`));
    // Right away, before the session is in: each waits for the one before.
    const recorded = widget.record("meetings-booked", 12); // a self-reported metric: refused
    const identified = widget.identify(await token("cw-second"));
    await recorded;
    expect(errors).toEqual([expect.stringMatching(/^record: .*not an app-generated metric/)]);
    await identified;
    expect(widget.goalpost.user.value?.id).toBe("cw-second-user");
    expect(requests).toEqual(["GET /v1/session", "GET /v1/session"]);
    await widget.record("qualified-contacts", Number.NaN);
    expect(errors[1]).toMatch(/^record: record needs a metric id and a finite number/);
  });

  it("emits open and close, and setTheme switches without a reload", async () => {
    const { widget, requests } = await mount({ theme: "light" });
    const seen: string[] = [];
    widget.on("open", () => seen.push("open"));
    widget.on("close", () => seen.push("close"));
    widget.open();
    widget.close();
    expect(seen).toEqual(["open", "close"]);
    widget.setTheme("dark");
    expect(
      document.querySelector("[data-goalpost-widget]")?.getAttribute("data-goalpost-theme"),
    ).toBe("dark");
    await ready(widget);
    expect(requests).toHaveLength(1);
  });
});
