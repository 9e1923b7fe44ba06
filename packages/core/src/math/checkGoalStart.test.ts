import { describe, expect, it } from "vitest";
import { checkGoalStart } from "./checkGoalStart.ts";
import { checkLoggable } from "./checkLoggable.ts";

const baseline = { value: 4, at: "2026-03-01T09:00:00.000Z", source: "self" as const };

describe("checkGoalStart", () => {
  it("lets an agreed metric with a baseline and no active goal take a goal", () => {
    expect(checkGoalStart({ status: "agreed", baseline }, undefined)).toBeUndefined();
  });

  it("refuses a metric that is not agreed, one without a baseline, and a second active goal", () => {
    expect(checkGoalStart({ status: "retired", baseline }, undefined)).toMatchObject({
      kind: "conflict",
      message: "the agreement is retired; only an agreed metric takes goals",
    });
    expect(checkGoalStart({ status: "agreed" }, undefined)).toMatchObject({
      kind: "invalid",
      issues: [{ path: ["agreementId"] }],
    });
    expect(checkGoalStart({ status: "agreed", baseline }, "goal_1")).toMatchObject({
      kind: "conflict",
      message: 'the agreement already has an active goal ("goal_1")',
    });
  });
});

describe("checkLoggable", () => {
  it("takes entries on agreed metrics only", () => {
    expect(checkLoggable({ status: "agreed" })).toBeUndefined();
    expect(checkLoggable({ status: "retired" })).toMatchObject({ kind: "conflict" });
    expect(checkLoggable({ status: "proposed" })).toMatchObject({ kind: "conflict" });
  });
});
