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
import { type ChangeGoalInput, changeGoal } from "./changeGoal.ts";

const input = (fields: Partial<ChangeGoalInput> = {}): ChangeGoalInput => ({
  goal: activeGoal(),
  body: {},
  agreement: agreementOn(),
  role,
  metrics,
  valueElements,
  latest: measurement(5),
  now,
  ...fields,
});

describe("changeGoal", () => {
  it("changes the target, due date, changes, value elements and actions", () => {
    const body = {
      target: 8,
      dueAt: inDays(40),
      changes: "More calls",
      valueElementIds: ["alerts", "alerts"],
      actions: [{ id: "act_1", title: "Set up alerts", owner: "customer" as const }],
    };
    expect(changeGoal(input({ body }))).toEqual({
      ...activeGoal(),
      target: 8,
      dueAt: inDays(40),
      changes: "More calls",
      valueElementIds: ["alerts"],
    });
  });

  it("marks chosen value elements done, each once, and only chosen ones", () => {
    expect(
      changeGoal(input({ body: { doneValueElementIds: ["alerts", "alerts"] } })),
    ).toMatchObject({ doneValueElementIds: ["alerts"] });
    expect(changeGoal(input({ body: { doneValueElementIds: ["alerts", "other"] } }))).toEqual(
      Problem.invalid(
        ["doneValueElementIds", 1],
        `"other" is not one of the goal's value elements`,
      ),
    );
    const none = { valueElementIds: [], doneValueElementIds: ["alerts"] };
    expect(changeGoal(input({ body: none }))).toMatchObject({
      issues: [{ path: ["doneValueElementIds", 0] }],
    });
  });

  it("abandons the goal now", () => {
    expect(changeGoal(input({ body: { status: "abandoned" } }))).toEqual({
      ...activeGoal(),
      status: "abandoned",
      closedAt: now.toISOString(),
    });
  });

  it("achieves the goal now when a lowered target is already met by the latest measurement", () => {
    expect(changeGoal(input({ body: { target: 5 } }))).toMatchObject({
      status: "achieved",
      achievedAt: now.toISOString(),
      closedAt: now.toISOString(),
    });
    expect(changeGoal(input({ body: { target: 5.5 } }))).toMatchObject({ status: "active" });
  });

  it("refuses a target that does not improve on the start and a past due date", () => {
    expect(changeGoal(input({ body: { target: 4 } }))).toEqual(
      Problem.invalid(["target"], "must be above the current value 4 (higher is better)"),
    );
    expect(changeGoal(input({ body: { dueAt: inDays(-1) } }))).toEqual(
      Problem.invalid(["dueAt"], "must be in the future"),
    );
  });

  it("refuses value elements not of the role and an action id used twice", () => {
    expect(changeGoal(input({ body: { valueElementIds: ["templates"] } }))).toMatchObject({
      issues: [{ path: ["valueElementIds", 0] }],
    });
    const action = { id: "act_1", title: "x", owner: "customer" as const };
    expect(changeGoal(input({ body: { actions: [action, action] } }))).toMatchObject({
      issues: [{ path: ["actions", 1, "id"] }],
    });
  });

  it("is a conflict for a goal no longer active, or a metric off the catalog", () => {
    const missed = activeGoal({ status: "missed", closedAt: inDays(-1) });
    expect(changeGoal(input({ goal: missed, body: { changes: "x" } }))).toEqual(
      Problem.conflict("the goal is missed; only an active goal can change"),
    );
    expect(changeGoal(input({ agreement: agreementOn("gone") }))).toEqual(
      Problem.conflict('the metric "gone" is no longer in the catalog'),
    );
  });
});
