import { describe, expect, it, vi } from "vitest";
import { createWidgetEvents } from "./createWidgetEvents.ts";

const action = { action: "open-report", valueElementId: "ve_1" };

// A listener that throws is the browser's to isolate and report (happy-dom does not): the
// script-tag e2e test (test/e2e/scriptTag.test.ts) checks it in Chromium.
describe("createWidgetEvents", () => {
  it("hands each listener the payload, until it stops listening", () => {
    const { on, emit } = createWidgetEvents(); // handed out alone, as the widget does
    const heard = vi.fn();
    const off = on("action", heard);
    emit("action", action);
    emit("open", {});
    off();
    emit("action", action);
    expect(heard.mock.calls).toEqual([[action]]);
  });

  it("drops every listener on clear, and hears new ones after it", () => {
    const events = createWidgetEvents();
    const before = vi.fn();
    const after = vi.fn();
    const off = events.on("close", before);
    events.clear();
    off(); // stopping a listener that clear dropped is harmless
    events.on("close", after);
    events.emit("close", {});
    expect(before).not.toHaveBeenCalled();
    expect(after).toHaveBeenCalledOnce();
  });
});
