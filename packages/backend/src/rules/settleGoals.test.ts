import { describe, expect, it } from "vitest";
import { activeGoal, inDays, now } from "../testFixtures.ts";
import { settleGoals } from "./settleGoals.ts";

describe("settleGoals", () => {
  it("settles overdue goals in place, missed at their due date, and leaves the others", () => {
    const overdue = activeGoal({ id: "goal_1", dueAt: inDays(-1) });
    const running = activeGoal({ id: "goal_2", dueAt: inDays(1) });
    settleGoals([overdue, running], now);
    expect(overdue).toMatchObject({ status: "missed", closedAt: inDays(-1) });
    expect(running).toEqual(activeGoal({ id: "goal_2", dueAt: inDays(1) }));
  });
});
