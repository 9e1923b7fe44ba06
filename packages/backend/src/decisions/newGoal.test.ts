import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import {
  activeGoal,
  agreementOn,
  inDays,
  measurement,
  metrics,
  now,
  role,
  valueElements,
} from "../testFixtures.ts";
import { type NewGoalInput, newGoal } from "./newGoal.ts";

const input = (fields: Partial<NewGoalInput> = {}): NewGoalInput => ({
  body: { agreementId: "agr_meetings", target: 6, dueAt: inDays(30) },
  agreement: agreementOn(),
  role,
  metrics,
  valueElements,
  latest: undefined,
  goals: [],
  now,
  ...fields,
});
const body = (fields: object) => ({ ...input().body, ...fields });

describe("newGoal", () => {
  it("starts now from the baseline, with what the body gives", () => {
    const goal = newGoal(
      input({
        body: body({
          changes: "Call back the same day",
          actions: [{ title: "Set up alerts", owner: "customer" }],
          valueElementIds: ["alerts", "alerts"],
        }),
      }),
    );
    expect(goal).toEqual({
      id: expect.stringMatching(/^goal_/),
      agreementId: "agr_meetings",
      startValue: 4,
      target: 6,
      startAt: now.toISOString(),
      dueAt: inDays(30),
      status: "active",
      changes: "Call back the same day",
      actions: [{ id: expect.any(String), title: "Set up alerts", owner: "customer", done: false }],
      valueElementIds: ["alerts"],
    });
  });

  it("starts from the latest measurement, chained to the goal closed last", () => {
    const goals = [
      activeGoal({
        id: "goal_a",
        status: "achieved",
        achievedAt: inDays(-9),
        closedAt: inDays(-9),
      }),
      activeGoal({ id: "goal_b", status: "missed", closedAt: inDays(-2) }),
      activeGoal({ id: "goal_c", status: "abandoned", closedAt: inDays(-5) }),
    ];
    const goal = newGoal(input({ latest: measurement(5), goals, body: body({ target: 7 }) }));
    expect(goal).toMatchObject({ startValue: 5, previousGoalId: "goal_b" });
  });

  it("refuses a target that does not improve on the current value", () => {
    expect(newGoal(input({ latest: measurement(6) }))).toEqual(
      Problem.invalid(["target"], "must be above the current value 6 (higher is better)"),
    );
    expect(newGoal(input({ body: body({ target: -1 }) }))).toEqual(
      Problem.invalid(["target"], "must be 0 or more"),
    );
  });

  it("refuses a due date that is not in the future", () => {
    expect(newGoal(input({ body: body({ dueAt: now.toISOString() }) }))).toEqual(
      Problem.invalid(["dueAt"], "must be in the future"),
    );
  });

  it("refuses value elements not of the role and an action id used twice", () => {
    expect(newGoal(input({ body: body({ valueElementIds: ["templates"] }) }))).toMatchObject({
      kind: "invalid",
      issues: [{ path: ["valueElementIds", 0] }],
    });
    const action = { id: "act_1", title: "x", owner: "customer" };
    expect(newGoal(input({ body: body({ actions: [action, action] }) }))).toMatchObject({
      kind: "invalid",
      issues: [{ path: ["actions", 1, "id"] }],
    });
  });

  it("needs a baseline first", () => {
    const { baseline: _none, ...bare } = agreementOn();
    expect(newGoal(input({ agreement: bare }))).toEqual(
      Problem.invalid(["agreementId"], "has no baseline yet; record one before setting a goal"),
    );
  });

  it("is a conflict for an agreement not agreed, with an active goal, or off the catalog", () => {
    const retired = agreementOn("meetings", { status: "retired", retiredAt: inDays(-1) });
    expect(newGoal(input({ agreement: retired }))).toEqual(
      Problem.conflict("the agreement is retired; only an agreed metric takes goals"),
    );
    expect(newGoal(input({ goals: [activeGoal()] }))).toEqual(
      Problem.conflict('the agreement already has an active goal ("goal_1")'),
    );
    expect(newGoal(input({ agreement: agreementOn("gone") }))).toEqual(
      Problem.conflict('the metric "gone" is no longer in the catalog'),
    );
  });
});
