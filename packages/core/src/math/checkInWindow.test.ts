import { describe, expect, it } from "vitest";
import { checkInWindow } from "./checkInWindow.ts";

const day = 86_400_000;
const goal = (days: number) => ({
  startAt: "2026-03-01T00:00:00.000Z",
  dueAt: new Date(Date.parse("2026-03-01T00:00:00.000Z") + days * day).toISOString(),
});

describe("checkInWindow", () => {
  it("opens a week before the due date of a period of four weeks or more", () => {
    const window = checkInWindow(goal(30));
    expect(window.length).toBe(7 * day);
    expect(window.opensAt).toBe(Date.parse(goal(23).dueAt));
  });

  it("opens for the last quarter of a shorter period", () => {
    const window = checkInWindow(goal(12));
    expect(window.length).toBe(3 * day);
    expect(window.opensAt).toBe(Date.parse(goal(9).dueAt));
  });
});
