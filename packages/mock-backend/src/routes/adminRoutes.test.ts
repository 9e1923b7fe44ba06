import { AccountReport, IngestResult, KpiReport } from "@goalpost/core/admin";
import { demoCatalog } from "@goalpost/demo-data";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const hoursAgo = (hours: number) => new Date(testNow.getTime() - hours * 3_600_000).toISOString();

describe("admin authentication", () => {
  it("takes the admin key only: a user token or a wrong key is a 401", async () => {
    const { call } = createHarness();
    expect((await call("GET", "/v1/admin/kpis")).status).toBe(401);
    expect(
      (await call("GET", "/v1/admin/kpis", { as: seededUser("acme", "marketing-vp") })).status,
    ).toBe(401);
    const wrong = await call("GET", "/v1/admin/kpis", {
      headers: { authorization: "Bearer demo-admin-kez" },
    });
    expect(wrong.status).toBe(401);
    expect((await call("GET", "/v1/session", { admin: true })).status).toBe(401);
  });
});

describe("POST /v1/ingest/measurements", () => {
  it("creates, replays and rejects each data point on its own", async () => {
    const { call, backend } = createHarness();
    const point = {
      id: "sf-2026-02",
      accountId: "acme",
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value: 150_000,
      at: hoursAgo(2),
      source: "integration",
    };
    const batch = [
      point,
      point,
      {
        ...point,
        id: "sf-x",
        accountId: "initech",
        roleId: "sdr",
        metricId: "qualified-contacts",
        source: "app",
      },
      { ...point, id: "sf-y", source: "app" },
      { ...point, id: "sf-z", value: -5 },
      { ...point, value: 1 },
    ];
    const { status, body } = await call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: { measurements: batch },
    });
    expect(status).toBe(200);
    const { results } = IngestResult.parse(body);
    expect(results.map((r) => r.status)).toEqual([
      "created",
      "replayed",
      "rejected",
      "rejected",
      "rejected",
      "rejected",
    ]);
    expect(results[2]?.error?.message).toMatch(/no agreement in place/);
    expect(results[5]?.error?.code).toBe("conflict");
    expect(backend.state.measurements.find((m) => m.id === "sf-2026-02")).toMatchObject({
      agreementId: "agr_acme_web-revenue",
      source: "integration",
      userId: "ingest",
    });
    const again = await call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: { measurements: [point] },
    });
    expect(again.body.results[0].status).toBe("replayed");
  });

  it("achieves the active goal when ingested data reaches the target", async () => {
    const { call, backend } = createHarness();
    const goal = backend.state.goals.find(
      (g) => g.agreementId === "agr_initech_web-revenue" && g.status === "active",
    );
    if (!goal) throw new Error("seeded goal missing");
    const point = {
      id: "crm-1",
      accountId: "initech",
      roleId: "marketing-vp",
      metricId: "web-revenue",
    };
    const measurement = { ...point, value: goal.target, at: hoursAgo(1), source: "integration" };
    await call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: { measurements: [measurement] },
    });
    expect(goal.status).toBe("achieved");
  });

  it("rejects an empty batch as a whole", async () => {
    const { call } = createHarness();
    expect(
      (await call("POST", "/v1/ingest/measurements", { admin: true, body: { measurements: [] } }))
        .status,
    ).toBe(422);
  });
});

describe("GET /v1/admin/kpis", () => {
  it("computes the last 90 days by default, with achieved and missed goals and perceived value", async () => {
    const { call } = createHarness();
    const { status, body } = await call("GET", "/v1/admin/kpis", { admin: true });
    expect(status).toBe(200);
    const report = KpiReport.parse(body);
    expect(report.to).toBe(testNow.toISOString());
    expect(Date.parse(report.to) - Date.parse(report.from)).toBe(90 * 86_400_000);
    expect(report.roles.map((r) => r.roleId)).toEqual(["digital-marketer", "sdr", "marketing-vp"]);
    for (const role of report.roles) {
      expect(role.accounts).toBe(3);
      expect(role.measuresRate).toBeGreaterThan(0);
      expect(role.metrics.some((m) => m.avgGain !== null)).toBe(true);
    }
    const rates = report.roles.map((r) => r.goalRate);
    expect(rates.some((r) => r > 0 && r < 1) || (rates.includes(0) && rates.includes(1))).toBe(
      true,
    );
    expect(report.perceivedValue.length).toBeGreaterThan(2);
  });

  it("takes from and to", async () => {
    const { call } = createHarness();
    const ok = await call(
      "GET",
      "/v1/admin/kpis?from=2025-10-01T00:00:00Z&to=2026-01-01T00:00:00Z",
      { admin: true },
    );
    expect(ok.body).toMatchObject({ from: "2025-10-01T00:00:00Z", to: "2026-01-01T00:00:00Z" });
  });
});

describe("GET /v1/admin/accounts/:id/report", () => {
  it("reports one account across its roles, and 404 for an unknown account", async () => {
    const { call } = createHarness();
    const { status, body } = await call("GET", "/v1/admin/accounts/acme/report", { admin: true });
    expect(status).toBe(200);
    const report = AccountReport.parse(body);
    expect(report.roles.map((r) => r.roleId).sort()).toEqual([
      "digital-marketer",
      "marketing-vp",
      "sdr",
    ]);
    expect(report.roles.every((r) => r.users === 1)).toBe(true);
    const metrics = report.roles.flatMap((r) => r.metrics);
    expect(metrics.some((m) => m.goals.achieved > 0 && m.goals.missed > 0)).toBe(true);
    expect((await call("GET", "/v1/admin/accounts/nobody/report", { admin: true })).status).toBe(
      404,
    );
  });
});

describe("PUT /v1/admin/catalog", () => {
  it("replaces the catalog after validating it whole, references included", async () => {
    const { call, backend } = createHarness();
    const renamed = structuredClone(demoCatalog);
    if (renamed.roles[0]) renamed.roles[0].name = "Growth marketer";
    const ok = await call("PUT", "/v1/admin/catalog", { admin: true, body: renamed });
    expect(ok.status).toBe(200);
    expect(backend.state.catalog.roles[0]?.name).toBe("Growth marketer");

    const broken = structuredClone(demoCatalog);
    broken.valueElements[0]?.metricIds.push("no-such-metric");
    const refused = await call("PUT", "/v1/admin/catalog", { admin: true, body: broken });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0].path).toEqual(["valueElements", 0, "metricIds", 2]);
    const invalid = await call("PUT", "/v1/admin/catalog", {
      admin: true,
      body: { ...demoCatalog, roles: [] },
    });
    expect(invalid.status).toBe(422);
    expect(backend.state.catalog.roles[0]?.name).toBe("Growth marketer");
  });

  it("serves the demo catalog within the contract's body limit", () => {
    expect(new TextEncoder().encode(JSON.stringify(demoCatalog)).byteLength).toBeLessThan(
      64 * 1024,
    );
  });
});
