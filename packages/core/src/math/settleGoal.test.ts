import { describe, expect, it } from "vitest";
import type { Goal } from "../contract/goal.ts";
import { settleGoal } from "./settleGoal.ts";

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

describe("settleGoal", () => {
  it("closes an achieved goal at the measurement that reached it", () => {
    const at = "2026-01-10T00:00:00Z";
    expect(settleGoal(goal, { value: 15, at }, "increase")).toEqual({
      ...goal,
      status: "achieved",
      achievedAt: at,
      closedAt: at,
    });
  });

  it("closes a missed goal at its due date", () => {
    expect(settleGoal(goal, { value: 11, at: "2026-02-10T00:00:00Z" }, "increase")).toEqual({
      ...goal,
      status: "missed",
      closedAt: goal.dueAt,
    });
  });

  it("returns the same goal when nothing is settled", () => {
    expect(settleGoal(goal, { value: 12, at: "2026-01-10T00:00:00Z" }, "increase")).toBe(goal);
    const done = { ...goal, status: "abandoned" as const };
    expect(settleGoal(done, { value: 20, at: "2026-01-10T00:00:00Z" }, "increase")).toBe(done);
  });
});
