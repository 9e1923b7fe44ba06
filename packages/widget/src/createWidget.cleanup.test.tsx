import { signDemoToken } from "@goalpost/mock-backend";
import { afterEach, expect, it, vi } from "vitest";
import { createWidget, type GoalpostWidget } from "./createWidget.tsx";
import { apiBase, useMockBackend } from "./test/renderWidget.tsx";

useMockBackend();
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** Counts the listeners added to window, document and media queries, and live observers. */
function trackListeners() {
  const live = new Map<string, Set<unknown>>();
  const track = (name: string, target: EventTarget) => {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, "addEventListener").mockImplementation((type, listener, options) => {
      const key = `${name} ${type}`;
      live.set(key, (live.get(key) ?? new Set()).add(listener));
      add(type, listener, options);
    });
    vi.spyOn(target, "removeEventListener").mockImplementation((type, listener, options) => {
      live.get(`${name} ${type}`)?.delete(listener);
      remove(type, listener, options);
    });
  };
  track("window", window);
  track("document", document);
  const matchMedia = window.matchMedia.bind(window);
  vi.spyOn(window, "matchMedia").mockImplementation((query) => {
    const list = matchMedia(query);
    track(`media ${query}`, list);
    return list;
  });
  const observers = new Set<MutationObserver>();
  const Observer = MutationObserver;
  vi.stubGlobal(
    "MutationObserver",
    class extends Observer {
      override observe(target: Node, options?: MutationObserverInit) {
        observers.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        observers.delete(this);
        super.disconnect();
      }
    },
  );
  return {
    /** What is still listening, e.g. ["window online"]. */
    listening: () => [...live].filter(([, set]) => set.size > 0).map(([key]) => key),
    observers,
  };
}

async function started(target?: Element) {
  const token = await signDemoToken({ sub: "cleanup-user", acc: "cleanup", role: "sdr" });
  const widget = createWidget({ apiBase, token, theme: "auto", ...(target ? { target } : {}) });
  await new Promise((resolve) => widget.on("ready", resolve));
  return widget;
}

it("destroy removes every node, listener and observer the launcher added, and stops the SDK", async () => {
  document.body.innerHTML = `<main><p>Host page</p></main>`;
  const before = document.documentElement.outerHTML;
  const tracked = trackListeners();
  const widget: GoalpostWidget = await started();
  widget.open();
  widget.close();
  expect(tracked.listening()).toEqual(
    expect.arrayContaining([
      "window online",
      "window offline",
      "media (prefers-color-scheme: dark) change",
    ]),
  );
  expect(tracked.observers.size).toBe(1); // theme "auto" watches the host page

  widget.destroy();
  expect(tracked.listening()).toEqual([]);
  expect(tracked.observers.size).toBe(0);
  expect(document.documentElement.outerHTML).toBe(before);
  await expect(widget.goalpost.agreeMetric("meetings-booked")).rejects.toThrow(/destroyed/);
  widget.destroy(); // twice is harmless

  const again = await started();
  expect(document.querySelectorAll("[data-goalpost-widget]")).toHaveLength(1);
  expect(again.goalpost.status.value).toBe("ready");
  again.destroy();
  expect(document.documentElement.outerHTML).toBe(before);
});

it("destroy empties an inline target's shadow root and leaves the element as it was", async () => {
  document.body.innerHTML = `<div id="goals" class="host"></div>`;
  const target = document.getElementById("goals") as HTMLElement;
  const tracked = trackListeners();
  const widget = await started(target);
  await vi.waitFor(() => expect(target.shadowRoot?.childNodes.length).toBeGreaterThan(0));
  widget.destroy();
  expect(target.outerHTML).toBe(`<div id="goals" class="host"></div>`);
  expect(target.shadowRoot?.childNodes).toHaveLength(0);
  expect(target.shadowRoot?.adoptedStyleSheets).toHaveLength(0);
  expect(tracked.listening()).toEqual([]);

  const again = await started(target); // the same element can host a new widget
  expect(target.shadowRoot?.querySelectorAll(".gp-panel")).toHaveLength(1);
  again.destroy();
});
