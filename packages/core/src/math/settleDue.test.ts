import { describe, expect, it } from "vitest";
import type { Goal } from "../contract/goal.ts";
import { isOverdue, settleDue } from "./settleDue.ts";

const goal: Goal = {
  id: "g1",
  agreementId: "a1",
  startValue: 10,
  target: 14,
  startAt: "2026-01-01T00:00:00.000Z",
  dueAt: "2026-01-31T00:00:00.000Z",
  status: "active",
  actions: [],
  valueElementIds: [],
};
const due = Date.parse(goal.dueAt);

describe("isOverdue", () => {
  it("is true only after the due date, by a string or a Date", () => {
    expect(isOverdue(goal, new Date(due - 1000))).toBe(false);
    expect(isOverdue(goal, new Date(due))).toBe(false);
    expect(isOverdue(goal, new Date(due + 1000))).toBe(true);
    expect(isOverdue(goal, "2026-01-31T00:00:00.001Z")).toBe(true);
    expect(isOverdue(goal, goal.dueAt)).toBe(false);
  });

  it("is false for goals no longer active", () => {
    for (const status of ["achieved", "missed", "abandoned"] as const) {
      expect(isOverdue({ ...goal, status }, "2027-01-01T00:00:00Z")).toBe(false);
    }
  });
});

describe("settleDue", () => {
  it("finds an overdue goal missed, closed at its due date", () => {
    expect(settleDue(goal, new Date(due + 1000))).toEqual({
      ...goal,
      status: "missed",
      closedAt: goal.dueAt,
    });
  });

  it("gives back the same goal when it is not overdue", () => {
    expect(settleDue(goal, new Date(due))).toBe(goal);
    const achieved = { ...goal, status: "achieved" as const, closedAt: "2026-01-10T00:00:00Z" };
    expect(settleDue(achieved, "2027-01-01T00:00:00Z")).toBe(achieved);
  });
});
