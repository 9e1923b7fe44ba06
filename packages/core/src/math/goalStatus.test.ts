import { describe, expect, it } from "vitest";
import type { Goal } from "../contract/goal.ts";
import { goalStatusAfter, goalStatusAt } from "./goalStatus.ts";

const goal: Goal = {
  id: "g1",
  agreementId: "a1",
  startValue: 10,
  target: 14,
  startAt: "2026-01-01T00:00:00Z",
  dueAt: "2026-01-31T00:00:00Z",
  status: "active",
  actions: [],
  valueElementIds: [],
};

describe("goalStatusAfter", () => {
  it("achieves an active goal when a measurement in its period reaches the target", () => {
    expect(goalStatusAfter(goal, { value: 14, at: "2026-01-10T00:00:00Z" }, "increase")).toBe(
      "achieved",
    );
    expect(goalStatusAfter(goal, { value: 13.9, at: "2026-01-10T00:00:00Z" }, "increase")).toBe(
      "active",
    );
  });

  it("respects the direction", () => {
    const down = { ...goal, startValue: 6, target: 5 };
    expect(goalStatusAfter(down, { value: 4.5, at: "2026-01-10T00:00:00Z" }, "decrease")).toBe(
      "achieved",
    );
    expect(goalStatusAfter(down, { value: 5.5, at: "2026-01-10T00:00:00Z" }, "decrease")).toBe(
      "active",
    );
  });

  it("ignores measurements from before the goal started", () => {
    expect(goalStatusAfter(goal, { value: 20, at: "2025-12-31T00:00:00Z" }, "increase")).toBe(
      "active",
    );
  });

  it("finds a goal missed when the measurement comes after its due date", () => {
    expect(goalStatusAfter(goal, { value: 20, at: "2026-02-01T00:00:00Z" }, "increase")).toBe(
      "missed",
    );
  });

  it("leaves closed goals as they are", () => {
    for (const status of ["achieved", "missed", "abandoned"] as const) {
      expect(
        goalStatusAfter({ ...goal, status }, { value: 0, at: "2026-01-10T00:00:00Z" }, "increase"),
      ).toBe(status);
    }
  });
});

describe("goalStatusAt", () => {
  it("is missed once an active goal is past due, and active before", () => {
    expect(goalStatusAt(goal, "2026-01-30T23:59:59Z")).toBe("active");
    expect(goalStatusAt(goal, goal.dueAt)).toBe("active");
    expect(goalStatusAt(goal, "2026-01-31T00:00:01Z")).toBe("missed");
    expect(goalStatusAt({ ...goal, status: "achieved" }, "2027-01-01T00:00:00Z")).toBe("achieved");
  });
});
