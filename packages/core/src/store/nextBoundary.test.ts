import { describe, expect, it } from "vitest";
import { isOverdue } from "../math/settleDue.ts";
import { nextBoundary, nextLocalMidnight } from "./nextBoundary.ts";

const time = Date.parse("2025-03-10T09:00:00.000Z");
const goal = (dueAt: string, status: "active" | "achieved" = "active") => ({ status, dueAt });

describe("nextBoundary", () => {
  it("is the first millisecond the earliest active goal is overdue", () => {
    const goals = [goal("2025-03-12T00:00:00.000Z"), goal("2025-03-11T00:00:00.000Z")];
    const at = nextBoundary(goals, false, time);
    expect(at).toBe(Date.parse("2025-03-11T00:00:00.001Z"));
    expect(isOverdue(goals[1] ?? goal(""), new Date((at ?? 0) - 1))).toBe(false);
    expect(isOverdue(goals[1] ?? goal(""), new Date(at ?? 0))).toBe(true);
  });

  it("skips closed goals and goals already overdue", () => {
    const goals = [goal("2025-03-11T00:00:00.000Z", "achieved"), goal("2025-03-09T00:00:00.000Z")];
    expect(nextBoundary(goals, false, time)).toBeUndefined();
  });

  it("is a day later while a goal is suggested, unless a due date comes first", () => {
    expect(nextBoundary([], true, time)).toBe(time + 86_400_000);
    expect(nextBoundary([goal("2025-03-10T12:00:00.000Z")], true, time)).toBe(
      Date.parse("2025-03-10T12:00:00.001Z"),
    );
  });
});

describe("nextLocalMidnight", () => {
  it("is the start of the next local day, whatever the time zone", () => {
    expect(nextLocalMidnight(new Date(2026, 11, 3, 15, 30).getTime())).toBe(
      new Date(2026, 11, 4).getTime(),
    );
    expect(nextLocalMidnight(new Date(2026, 11, 31, 23, 59, 59, 999).getTime())).toBe(
      new Date(2027, 0, 1).getTime(),
    );
    // At midnight itself, the next one.
    expect(nextLocalMidnight(new Date(2026, 11, 4).getTime())).toBe(
      new Date(2026, 11, 5).getTime(),
    );
  });
});
