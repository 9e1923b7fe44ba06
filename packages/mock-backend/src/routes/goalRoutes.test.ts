import { Goal } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const marcus = seededUser("globex", "sdr"); // meetings-booked: last goal missed, none active
const ana = seededUser("acme", "digital-marketer");
const inDays = (days: number) => new Date(testNow.getTime() + days * 86_400_000).toISOString();

describe("POST /v1/goals", () => {
  it("starts the next goal from the current value, chained to the last closed goal", async () => {
    const { call, backend } = createHarness();
    const agreementId = "agr_globex_meetings-booked";
    const latest = backend.state.measurements
      .filter((m) => m.agreementId === agreementId)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
    const { status, body } = await call("POST", "/v1/goals", {
      as: marcus,
      body: {
        agreementId,
        target: (latest?.value ?? 0) + 2,
        dueAt: inDays(28),
        changes: "Call back every pricing-page visitor the same day.",
        actions: [{ title: "Set up visitor alerts", owner: "customer" }],
        valueElementIds: ["visitor-alerts", "visitor-alerts"],
      },
    });
    expect(status).toBe(201);
    const goal = Goal.parse(body);
    expect(goal).toMatchObject({
      startValue: latest?.value,
      startAt: testNow.toISOString(),
      status: "active",
      previousGoalId: "goal_globex_meetings-booked_3",
      valueElementIds: ["visitor-alerts"],
    });
    expect(goal.actions).toEqual([
      { id: expect.any(String), title: "Set up visitor alerts", owner: "customer", done: false },
    ]);
  });
});

describe("PATCH /v1/goals/:id", () => {
  const activeId = "goal_acme_icp-fit-rate_6";

  it("abandons a goal, after which it cannot change", async () => {
    const { call } = createHarness();
    const abandoned = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { status: "abandoned" },
    });
    expect(abandoned.body).toMatchObject({ status: "abandoned", closedAt: testNow.toISOString() });
    const again = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { changes: "more" },
    });
    expect(again.status).toBe(409);
  });

  it("achieves the goal when a lowered target is already met by the latest measurement", async () => {
    const { call, backend } = createHarness();
    const goal = backend.state.goals.find((g) => g.id === activeId);
    const latest = backend.state.measurements
      .filter((m) => m.agreementId === goal?.agreementId)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
    expect(latest && goal && latest.value > goal.startValue).toBe(true);
    const { body } = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { target: latest?.value },
    });
    expect(body).toMatchObject({ status: "achieved", achievedAt: testNow.toISOString() });
  });
});
