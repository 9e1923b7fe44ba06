import { describe, expect, it } from "vitest";
import { createHarness, seededUser } from "../testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");
const agreementId = "agr_acme_icp-fit-rate";
const goalId = "goal_acme_icp-fit-rate_6";

/** A backend whose clock stands a minute after the due date of Ana's active goal. */
function afterDue() {
  const harness = createHarness();
  const goal = harness.backend.state.goals.find((g) => g.id === goalId);
  if (goal?.status !== "active") throw new Error("seeded active goal missing");
  const now = Date.parse(goal.dueAt) + 60_000;
  harness.backend.setScenario({ fixedNow: new Date(now).toISOString() });
  const stored = () => harness.backend.state.goals.find((g) => g.id === goalId);
  const inSession = async () =>
    (await harness.call("GET", "/v1/session", { as: ana })).body.goals.find(
      (g: { id: string }) => g.id === goalId,
    );
  return { ...harness, goal, now, stored, inSession };
}

describe("goals past their due date", () => {
  it("become missed when read", async () => {
    const { goal, inSession } = afterDue();
    expect(await inSession()).toMatchObject({ status: "missed", closedAt: goal.dueAt });
  });

  it("are missed before a late measurement can achieve them", async () => {
    const { call, goal, inSession } = afterDue();
    const at = new Date(Date.parse(goal.dueAt) - 3_600_000).toISOString();
    const late = { id: "m-late", agreementId, value: goal.target, source: "app", at };
    expect((await call("POST", "/v1/measurements", { as: ana, body: late })).status).toBe(201);
    expect(await inSession()).toMatchObject({ status: "missed", closedAt: goal.dueAt });
  });

  it("are missed, not abandoned, when their agreement is retired", async () => {
    const { call, goal, stored } = afterDue();
    const retire = { as: ana, body: { status: "retired" } };
    expect((await call("PATCH", `/v1/agreements/${agreementId}`, retire)).status).toBe(200);
    expect(stored()).toMatchObject({ status: "missed", closedAt: goal.dueAt });
  });

  it("make way for the next goal, which follows them", async () => {
    const { call, now } = afterDue();
    const dueAt = new Date(now + 30 * 86_400_000).toISOString();
    const next = await call("POST", "/v1/goals", {
      as: ana,
      body: { agreementId, target: 99, dueAt },
    });
    expect(next.status).toBe(201);
    expect(next.body.previousGoalId).toBe(goalId);
  });

  it("cannot change any more", async () => {
    const { call } = afterDue();
    const change = await call("PATCH", `/v1/goals/${goalId}`, { as: ana, body: { changes: "x" } });
    expect(change.status).toBe(409);
    expect(change.body.error.message).toBe("the goal is missed; only an active goal can change");
  });

  it("are not achieved by ingested data that arrives late", async () => {
    const { call, backend } = afterDue();
    const goal = backend.state.goals.find(
      (g) => g.agreementId === "agr_initech_web-revenue" && g.status === "active",
    );
    if (!goal) throw new Error("seeded goal missing");
    backend.setScenario({ fixedNow: new Date(Date.parse(goal.dueAt) + 60_000).toISOString() });
    const point = {
      id: "crm-late",
      accountId: "initech",
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value: goal.target,
      at: new Date(Date.parse(goal.dueAt) - 3_600_000).toISOString(),
      source: "integration",
    };
    await call("POST", "/v1/ingest/measurements", { admin: true, body: { measurements: [point] } });
    expect(goal).toMatchObject({ status: "missed", closedAt: goal.dueAt });
  });

  it("are settled where a request reads or touches them, not on every request", async () => {
    const { call, stored } = afterDue();
    await call("GET", "/v1/session", { as: seededUser("globex", "digital-marketer") });
    expect(stored()?.status).toBe("active");
    await call("GET", "/v1/session", { as: ana });
    expect(stored()?.status).toBe("missed");
  });
});
