import { Goal } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const nadia = seededUser("initech", "digital-marketer");
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

  it("answers 409 when the agreement already has an active goal", async () => {
    const { call } = createHarness();
    const { status, body } = await call("POST", "/v1/goals", {
      as: ana,
      body: { agreementId: "agr_acme_icp-fit-rate", target: 99, dueAt: inDays(30) },
    });
    expect(status).toBe(409);
    expect(body.error.code).toBe("conflict");
  });

  it("needs a baseline, a better target, a future due date and the role's value elements", async () => {
    const { call, backend } = createHarness();
    const created = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate" },
    });
    const noBaseline = await call("POST", "/v1/goals", {
      as: nadia,
      body: { agreementId: created.body.id, target: 40, dueAt: inDays(30) },
    });
    expect(noBaseline.status).toBe(422);
    expect(noBaseline.body.error.message).toMatch(/baseline/);

    const base = { agreementId: "agr_globex_meetings-booked", target: 9, dueAt: inDays(30) };
    const before = backend.state.goals.length;
    for (const [patch, path] of [
      [{ target: 1 }, "target"],
      [{ target: 2.5 }, "target"],
      [{ dueAt: inDays(-1) }, "dueAt"],
      [{ valueElementIds: ["campaign-templates"] }, "valueElementIds"],
      [{ actions: [{ title: "x", owner: "someone" }] }, "actions"],
    ] as const) {
      const response = await call("POST", "/v1/goals", { as: marcus, body: { ...base, ...patch } });
      expect(response.status, JSON.stringify(patch)).toBe(422);
      expect(response.body.error.issues[0].path[0]).toBe(path);
    }
    expect(backend.state.goals.length).toBe(before);
  });
});

describe("PATCH /v1/goals/:id", () => {
  const activeId = "goal_acme_icp-fit-rate_6";

  it("ticks actions, keeping ids and adding new ones", async () => {
    const { call, backend } = createHarness();
    const goal = backend.state.goals.find((g) => g.id === activeId);
    const [first] = goal?.actions ?? [];
    const actions = [
      { id: first?.id, title: first?.title, owner: first?.owner, done: true },
      { title: "Share the filter with sales", owner: "customer" },
    ];
    const { status, body } = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { actions },
    });
    expect(status).toBe(200);
    expect(body.actions).toEqual([
      { ...actions[0], done: true },
      {
        id: expect.any(String),
        title: "Share the filter with sales",
        owner: "customer",
        done: false,
      },
    ]);
  });

  it("marks chosen value elements as done, and only those", async () => {
    const { call, backend } = createHarness();
    const goal = backend.state.goals.find((g) => g.id === activeId);
    const [chosen] = goal?.valueElementIds ?? [];
    expect(chosen).toBeDefined();
    const done = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { doneValueElementIds: [chosen] },
    });
    expect(done.body.doneValueElementIds).toEqual([chosen]);
    const other = await call("PATCH", `/v1/goals/${activeId}`, {
      as: ana,
      body: { doneValueElementIds: [chosen, "not-chosen"] },
    });
    expect(other.status).toBe(422);
    expect(other.body.error.issues[0].path).toEqual(["doneValueElementIds", 1]);
    expect(backend.state.goals.find((g) => g.id === activeId)?.doneValueElementIds).toEqual([
      chosen,
    ]);
  });

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

  it("rejects a target that does not improve on the start and a past due date", async () => {
    const { call } = createHarness();
    expect(
      (await call("PATCH", `/v1/goals/${activeId}`, { as: ana, body: { target: 10 } })).status,
    ).toBe(422);
    expect(
      (await call("PATCH", `/v1/goals/${activeId}`, { as: ana, body: { dueAt: inDays(-2) } }))
        .status,
    ).toBe(422);
    expect(
      (await call("PATCH", `/v1/goals/${activeId}`, { as: ana, body: { status: "achieved" } }))
        .status,
    ).toBe(422);
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
