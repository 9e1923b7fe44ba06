import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A harness with one endpoint for every type, whose deliveries `fetch` takes without a network. */
async function listening() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(null, { status: 204 })),
  );
  const harness = createHarness();
  await harness.call("POST", "/v1/admin/webhooks", {
    admin: true,
    body: { url: "http://localhost:4000/hooks" },
  });
  const written = () => harness.backend.state.webhookEvents.map((e) => [e.type, e.data.id]);
  return { ...harness, written };
}

/** The seeded active goal of an agreement. */
function activeGoal(harness: ReturnType<typeof createHarness>, agreementId: string) {
  const goal = harness.backend.state.goals.find(
    (g) => g.agreementId === agreementId && g.status === "active",
  );
  if (!goal) throw new Error(`no seeded active goal for ${agreementId}`);
  return goal;
}

describe("the events the mock's writes emit", () => {
  it("metric.retired when an agreement is retired, nothing for its abandoned goal", async () => {
    const { call, written } = await listening();
    const id = "agr_acme_icp-fit-rate";
    await call("PATCH", `/v1/agreements/${id}`, { as: ana, body: { status: "retired" } });
    await call("PATCH", `/v1/agreements/${id}`, { as: ana, body: { maturityLevel: 3 } });
    expect(written()).toEqual([["metric.retired", id]]);
  });

  it("measurement.logged and goal.achieved for an ingested point that reaches the target, once", async () => {
    const harness = await listening();
    const goal = activeGoal(harness, "agr_acme_web-revenue");
    const point = {
      id: "crm-2026-03",
      accountId: "acme",
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value: goal.target,
      at: new Date(testNow.getTime() - 3_600_000).toISOString(),
      source: "integration",
    };
    const batch = { measurements: [point] };
    await harness.call("POST", "/v1/ingest/measurements", { admin: true, body: batch });
    await harness.call("POST", "/v1/ingest/measurements", { admin: true, body: batch });
    expect(harness.written()).toEqual([
      ["measurement.logged", "crm-2026-03"],
      ["goal.achieved", goal.id],
    ]);
    expect(harness.backend.state.webhookEvents[0]?.userId).toBe("ingest");
  });

  it("measurement.corrected and goal.achieved when a correction settles the goal so", async () => {
    const harness = await listening();
    const agreementId = "agr_acme_campaign-setup-hours"; // self-reported, lower is better
    const goal = activeGoal(harness, agreementId);
    const entry = { id: "m-setup", agreementId, value: goal.target + 1, source: "self" };
    expect((await harness.call("POST", "/v1/measurements", { as: ana, body: entry })).status).toBe(
      201,
    );
    const corrected = await harness.call("PATCH", "/v1/measurements/m-setup", {
      as: ana,
      body: { value: goal.target },
    });
    expect(corrected.status).toBe(200);
    expect(harness.written()).toEqual([
      ["measurement.logged", "m-setup"],
      ["measurement.corrected", "m-setup"],
      ["goal.achieved", goal.id],
    ]);
  });
});
