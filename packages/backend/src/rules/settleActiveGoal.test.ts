import { describe, expect, it } from "vitest";
import { activeGoal, inDays, measurement } from "../testFixtures.ts";
import { settleActiveGoal } from "./settleActiveGoal.ts";

const up = { direction: "increase" as const };

describe("settleActiveGoal", () => {
  it("achieves the agreement's active goal in place when a measurement reaches the target", () => {
    const closed = activeGoal({ id: "goal_0", status: "achieved", achievedAt: inDays(-20) });
    const goal = activeGoal();
    const goals = [closed, goal];
    const reached = measurement(6);
    expect(settleActiveGoal(goals, up, reached)).toBe(goal);
    expect(goal).toMatchObject({ status: "achieved", achievedAt: reached.at });
    expect(closed.status).toBe("achieved");
  });

  it("leaves a goal short of its target, and another agreement's goal, as they are", () => {
    const goal = activeGoal();
    expect(settleActiveGoal([goal], up, measurement(5))).toBe(goal);
    expect(goal.status).toBe("active");
    expect(settleActiveGoal([goal], up, measurement(9, { agreementId: "agr_other" }))).toBe(
      undefined,
    );
    expect(goal.status).toBe("active");
  });
});
