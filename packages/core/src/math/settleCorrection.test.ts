import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Goal } from "../contract/goal.ts";
import { settleCorrection } from "./settleCorrection.ts";
import { settleGoal } from "./settleGoal.ts";

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
const achieved = (at: string): Goal => ({
  ...goal,
  status: "achieved",
  achievedAt: at,
  closedAt: at,
});
const inPeriod = "2026-01-10T00:00:00.000Z";
const later = "2026-01-20T00:00:00.000Z";
const beforeDue = "2026-01-15T00:00:00.000Z";
const afterDue = "2026-02-10T00:00:00.000Z";

describe("settleCorrection", () => {
  it("reopens a goal whose reaching entry was corrected below the target, while it is due", () => {
    const [settled] = settleCorrection(
      [achieved(inPeriod)],
      "a1",
      inPeriod,
      [{ value: 12, at: inPeriod }],
      "increase",
      beforeDue,
    );
    expect(settled).toEqual(goal);
    expect(settled?.startValue).toBe(10);
  });

  it("finds it missed, closed at its due date, once the due date has passed", () => {
    expect(
      settleCorrection([achieved(inPeriod)], "a1", inPeriod, [], "increase", afterDue),
    ).toEqual([{ ...goal, status: "missed", closedAt: goal.dueAt }]);
  });

  it("achieves a goal at an entry corrected to meet the target, however late the correction", () => {
    for (const now of [beforeDue, afterDue]) {
      const missedOrActive =
        now === afterDue ? { ...goal, status: "missed" as const, closedAt: goal.dueAt } : goal;
      expect(
        settleCorrection(
          [missedOrActive],
          "a1",
          inPeriod,
          [{ value: 14, at: inPeriod }],
          "increase",
          now,
        ),
      ).toEqual([achieved(inPeriod)]);
    }
  });

  it("keeps the achievement at the next entry that still reaches the target", () => {
    const measurements = [
      { value: 12, at: inPeriod },
      { value: 15, at: later },
    ];
    expect(
      settleCorrection([achieved(inPeriod)], "a1", inPeriod, measurements, "increase", beforeDue),
    ).toEqual([achieved(later)]);
  });

  it("follows the metric's direction", () => {
    const down = { ...goal, startValue: 10, target: 6 };
    expect(
      settleCorrection(
        [down],
        "a1",
        inPeriod,
        [{ value: 5, at: inPeriod }],
        "decrease",
        beforeDue,
      )[0],
    ).toMatchObject({ status: "achieved", achievedAt: inPeriod });
  });

  it("misses a goal that a next goal followed, closed when the next one started", () => {
    const next: Goal = {
      ...goal,
      id: "g2",
      startAt: later,
      startValue: 15,
      target: 18,
      previousGoalId: "g1",
    };
    const [first, second] = settleCorrection(
      [achieved(inPeriod), next],
      "a1",
      inPeriod,
      [
        { value: 12, at: inPeriod },
        { value: 15, at: "2026-01-25T00:00:00.000Z" },
      ],
      "increase",
      beforeDue,
    );
    // An entry of the next goal's period does not reach back into the first one's.
    expect(first).toEqual({ ...goal, status: "missed", closedAt: later });
    expect(second).toBe(next);
  });

  it("leaves abandoned goals, other agreements and other periods alone (the same objects)", () => {
    const abandoned: Goal = { ...goal, id: "g3", status: "abandoned", closedAt: inPeriod };
    const other: Goal = { ...achieved(inPeriod), id: "g4", agreementId: "a2" };
    const elsewhere = achieved(inPeriod);
    const goals = [abandoned, other];
    const result = settleCorrection(goals, "a1", inPeriod, [], "increase", beforeDue);
    expect(result[0]).toBe(abandoned);
    expect(result[1]).toBe(other);
    // Corrected before the goal started: its period is untouched.
    expect(
      settleCorrection([elsewhere], "a1", "2025-12-20T00:00:00.000Z", [], "increase", beforeDue)[0],
    ).toBe(elsewhere);
    // The outcome stays: the same object.
    expect(
      settleCorrection(
        [elsewhere],
        "a1",
        inPeriod,
        [{ value: 20, at: inPeriod }],
        "increase",
        beforeDue,
      )[0],
    ).toBe(elsewhere);
  });

  it("agrees with settleGoal: deciding one entry afresh gives what logging it gave", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }),
        (value, offset) => {
          const at = new Date(Date.parse(goal.startAt) + offset).toISOString();
          if (offset < 0) return; // before the goal: no period holds it
          const now = at;
          const logged = settleGoal(goal, { value, at }, "increase");
          const [decided] = settleCorrection([goal], "a1", at, [{ value, at }], "increase", now);
          if (Date.parse(at) > Date.parse(goal.dueAt)) expect(decided).toBe(goal);
          else expect(decided).toEqual(logged);
        },
      ),
    );
  });
});
