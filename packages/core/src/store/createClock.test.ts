import { signal } from "@preact/signals-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClock } from "./createClock.ts";

const start = Date.parse("2025-03-10T09:00:00.000Z");
const day = 86_400_000;

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createClock", () => {
  it("ticks at the boundary, also one further away than setTimeout can wait", async () => {
    const clock = createClock(() => Date.now());
    clock.follow(() => start + 40 * day);
    vi.advanceTimersByTime(40 * day - 1);
    expect(clock.time.value).toBeLessThan(start + 40 * day);
    vi.advanceTimersByTime(1);
    expect(clock.time.value).toBe(start + 40 * day);
    clock.stop();
  });

  it("sets the timer again when a signal the boundary reads changes", () => {
    const clock = createClock(() => Date.now());
    const due = signal(start + 10 * day);
    clock.follow((time) => (due.value > time ? due.value : undefined));
    due.value = start + day;
    vi.advanceTimersByTime(day);
    expect(clock.time.value).toBe(start + day);
    expect(vi.getTimerCount()).toBe(0); // the boundary is behind: no timer
    clock.stop();
  });

  it("stops: no timer is left and the time stays", () => {
    const clock = createClock(() => Date.now());
    clock.follow(() => start + day);
    clock.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2 * day);
    expect(clock.time.value).toBe(start);
  });
});
