import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");
const goalId = "goal_acme_icp-fit-rate_6";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A harness with one endpoint (whose deliveries `fetch` takes without a network) and Ana's goal. */
async function scheduled() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(null, { status: 204 })),
  );
  const harness = createHarness();
  await harness.call("POST", "/v1/admin/webhooks", {
    admin: true,
    body: { url: "http://localhost:4000/hooks" },
  });
  const goal = harness.backend.state.goals.find((g) => g.id === goalId);
  if (goal?.status !== "active") throw new Error("seeded active goal missing");
  const at = (time: number) =>
    harness.backend.setScenario({ fixedNow: new Date(time).toISOString() });
  const events = () => harness.backend.state.webhookEvents.filter((e) => e.data.id === goalId);
  return { ...harness, due: Date.parse(goal.dueAt), at, events };
}

describe("the events of time passing", () => {
  it("send goal.missed once, whichever request first comes after the due date", async () => {
    const { call, due, at, events } = await scheduled();
    at(due + 60_000);
    await call("GET", "/v1/session", { as: seededUser("globex", "sdr") });
    await call("GET", "/v1/session", { as: ana });
    at(due + 120_000);
    await call("GET", "/v1/session", { as: ana });
    const missed = events().filter((e) => e.type === "goal.missed");
    expect(missed).toHaveLength(1);
    expect(missed[0]).toMatchObject({
      id: `goal.missed:${goalId}`,
      at: new Date(due + 1).toISOString(),
      accountId: "acme",
      data: { status: "missed" },
    });
  });

  it("send goal.due_soon three days ahead, while the goal still runs", async () => {
    const { call, due, at, events } = await scheduled();
    at(due - 2 * 86_400_000);
    await call("GET", "/v1/session", { as: ana });
    expect(events().map((e) => e.type)).toContain("goal.due_soon");
    expect(events().map((e) => e.type)).not.toContain("goal.missed");
  });

  it("send checkin.overdue when a running goal has had no entry for 14 days", async () => {
    const { call, backend, at } = await scheduled();
    // The first seeded active goal whose quiet fortnight ends from now on, before its due date.
    const quiet = backend.state.goals.flatMap((goal) => {
      if (goal.status !== "active") return [];
      const entries = backend.state.measurements
        .filter((m) => m.agreementId === goal.agreementId)
        .map((m) => Date.parse(m.at));
      const overdueAt = Math.max(Date.parse(goal.startAt), ...entries) + 14 * 86_400_000;
      const ahead = overdueAt > testNow.getTime() && overdueAt < Date.parse(goal.dueAt);
      return ahead ? [{ goal, overdueAt }] : [];
    })[0];
    if (!quiet) throw new Error("no seeded goal goes quiet before its due date");
    at(quiet.overdueAt + 60_000);
    await call("GET", "/v1/session", { as: ana });
    const overdue = backend.state.webhookEvents.filter((e) => e.type === "checkin.overdue");
    expect(overdue.map((e) => e.id)).toContain(
      `checkin.overdue:${quiet.goal.id}:${new Date(quiet.overdueAt).toISOString()}`,
    );
  });

  it("send checkin.overdue for a scale metric's end assessment as the last week opens", async () => {
    const { call, backend, at } = await scheduled();
    const sam = { id: "sam-scale", accountId: "scale-co", roleId: "sdr" };
    const agreed = await call("POST", "/v1/agreements", {
      as: sam,
      body: { metricId: "outreach-confidence", baseline: { value: 2 } },
    });
    const dueAt = new Date(testNow.getTime() + 28 * 86_400_000).toISOString();
    const goal = await call("POST", "/v1/goals", {
      as: sam,
      body: { agreementId: agreed.body.id, target: 4, dueAt },
    });
    expect(goal.status).toBe(201);
    const reminders = () =>
      backend.state.webhookEvents.filter(
        (e) => e.reason === "end-assessment" && e.data.id === goal.body.id,
      );
    at(testNow.getTime() + 20.9 * 86_400_000);
    await call("GET", "/v1/session", { as: sam });
    expect(reminders()).toEqual([]);
    at(testNow.getTime() + 21.1 * 86_400_000); // the last week of 28 days opens at day 21
    await call("GET", "/v1/session", { as: sam });
    expect(reminders()).toMatchObject([
      { id: `checkin.overdue:${goal.body.id}:end-assessment`, type: "checkin.overdue" },
    ]);
  });

  it("send nothing for a time the mock's clock already passed", async () => {
    const { call, due, at, events } = await scheduled();
    at(due + 60_000);
    await call("GET", "/v1/session", { as: ana });
    const written = events().length;
    at(due - 86_400_000);
    await call("GET", "/v1/session", { as: ana });
    expect(events()).toHaveLength(written);
  });
});
