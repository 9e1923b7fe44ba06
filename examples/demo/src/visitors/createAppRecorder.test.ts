// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAppRecorder } from "./createAppRecorder.ts";

/** The page's `Goalpost` as the snippet would have it: calls kept, listeners callable. */
function stubGoalpost() {
  const calls: unknown[][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  window.Goalpost = ((...args: unknown[]) => {
    if (args[0] === "on") listeners.set(args[1] as string, args[2] as (payload: unknown) => void);
    else calls.push(args);
  }) as NonNullable<Window["Goalpost"]>;
  const ready = (agreed: string[]) =>
    listeners.get("ready")?.({
      session: { agreements: agreed.map((metricId) => ({ metricId, status: "agreed" })) },
    });
  return { calls, listeners, ready };
}

let note: HTMLElement;
beforeEach(() => {
  note = document.createElement("p");
});
afterEach(() => {
  vi.useRealTimers();
  delete window.Goalpost;
});

describe("Beacon's app recorder", () => {
  it("hands the widget what it holds of a metric not agreed yet, once the session is loaded", () => {
    const { calls, ready } = stubGoalpost();
    const recorder = createAppRecorder(note);
    recorder.current("icp-fit-rate", 42);
    expect(calls).toEqual([]); // not known yet whether the metric is agreed

    ready([]);
    expect(calls).toEqual([["record", "icp-fit-rate", 42]]);
    recorder.current("icp-fit-rate", 43); // known now: at once
    expect(calls.at(-1)).toEqual(["record", "icp-fit-rate", 43]);
  });

  it("does not hand over the value of an agreed metric as the page opens: that would be an entry", () => {
    const { calls, ready } = stubGoalpost();
    const recorder = createAppRecorder(note);
    recorder.current("icp-fit-rate", 42);
    ready(["icp-fit-rate"]);
    recorder.current("icp-fit-rate", 43);
    expect(calls).toEqual([]);
  });

  it("records a changed value of a metric not agreed yet, and invites the user to agree it", () => {
    vi.useFakeTimers();
    const { calls, ready } = stubGoalpost();
    const recorder = createAppRecorder(note);
    ready([]);
    recorder.record("icp-fit-rate", 50, "50% ICP fit");
    expect(calls).toEqual([]); // waits until the user stops adjusting
    vi.advanceTimersByTime(700);
    expect(calls).toEqual([["record", "icp-fit-rate", 50]]);
    expect(note.textContent).toBe(
      "Agree “ICP fit rate” in Goalpost to start from 50% ICP fit; then Beacon records it for you as you work. Open Goalpost",
    );
  });

  it("records a changed value of an agreed metric and says so once the widget logged it", () => {
    vi.useFakeTimers();
    const { calls, listeners, ready } = stubGoalpost();
    const recorder = createAppRecorder(note);
    ready(["icp-fit-rate"]);
    recorder.record("icp-fit-rate", 50, "50% ICP fit");
    vi.advanceTimersByTime(700);
    expect(calls).toEqual([["record", "icp-fit-rate", 50]]);
    listeners.get("progress:logged")?.({ measurement: { source: "app", value: 50 } });
    expect(note.textContent).toBe("Beacon recorded 50% ICP fit for you in Goalpost.");
  });

  it("forgets what it held for the previous user", () => {
    const { calls, ready } = stubGoalpost();
    const recorder = createAppRecorder(note);
    recorder.current("icp-fit-rate", 42);
    recorder.reset();
    ready([]);
    expect(calls).toEqual([]);
  });
});
