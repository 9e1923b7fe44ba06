import type { Agreement, Goal } from "@goalpost/core";
import { AccountReport, IngestResult, KpiReport } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

// Only this file sets goals or pushes data for marketing-vp, so the KPI deltas below are its own.
const period = { from: daysFromNow(-90), to: daysFromNow(1) };
let before: KpiReport;
let middle: KpiReport;
let after: KpiReport;
let vp: TestUser;
let agreement: Agreement;
let goal: Goal;

async function kpis(): Promise<KpiReport> {
  return expectOk(await admin("GET", "/v1/admin/kpis", { query: period }), 200, KpiReport);
}

beforeAll(async () => {
  before = await kpis();
  // A role instance whose goal falls due within the period unreached, and without a gain.
  const behind = newUser("marketing-vp");
  const behindAgreement = await behind.agree("web-revenue", 8_000);
  await behind.setGoal(behindAgreement.id, 9_000, { dueAt: daysFromNow(0.5) });
  middle = await kpis();

  // One that gains and achieves its goal. web-revenue is integration data: it arrives through
  // ingest (dated at the goal's start, so that it counts for the goal).
  vp = newUser("marketing-vp");
  agreement = await vp.agree("web-revenue", 10_000);
  goal = await vp.setGoal(agreement.id, 11_000);
  const reaching = {
    id: randomId("ingest"),
    accountId: vp.accountId,
    roleId: "marketing-vp",
    metricId: "web-revenue",
    value: 12_000,
    at: goal.startAt,
    source: "integration",
  };
  const ingested = await admin("POST", "/v1/ingest/measurements", {
    json: { measurements: [reaching] },
  });
  expect(expectOk(ingested, 200, IngestResult).results[0]?.status).toBe("created");
  await vp.send("POST", "/v1/pulses", { json: { touchpoint: "pricing", score: 5 } });
  after = await kpis();
});

function vpKpis(report: KpiReport) {
  const role = report.roles.find((r) => r.roleId === "marketing-vp");
  if (role === undefined) throw new Error("no marketing-vp KPIs");
  return role;
}

describe("GET /v1/admin/kpis", () => {
  test("rates are fractions 0–1 and consistent with their counts", () => {
    for (const report of [before, middle, after]) {
      for (const role of report.roles) {
        for (const rate of [role.measuresRate, role.gainRate, role.goalRate]) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        }
        expect(role.accountsWithMeasures).toBeLessThanOrEqual(role.accounts);
        if (role.accounts > 0) {
          expect(role.measuresRate).toBeCloseTo(role.accountsWithMeasures / role.accounts, 6);
        }
      }
      for (const pulse of report.perceivedValue) {
        if (pulse.responses > 0) expect(pulse.avgScore).toBeGreaterThanOrEqual(1);
        expect(pulse.avgScore).toBeLessThanOrEqual(5);
      }
    }
    expect(after.roles.map((r) => r.roleId).sort()).toEqual(
      ["digital-marketer", "marketing-vp", "sdr"].sort(),
    );
  });

  test("a role instance behind on its goal lowers goalRate and gainRate", () => {
    const was = vpKpis(before);
    const is = vpKpis(middle);
    expect(is.accounts).toBeGreaterThanOrEqual(was.accounts + 1);
    expect(is.roleInstances).toBeGreaterThanOrEqual(was.roleInstances + 1);
    expect(is.accountsWithMeasures).toBeGreaterThanOrEqual(was.accountsWithMeasures + 1);
    // a / d becomes a / (d + 1): below 1, and lower than before unless it was 0.
    expect(is.goalRate).toBeLessThan(1);
    expect(is.gainRate).toBeLessThan(1);
    if (was.goalRate > 0) expect(is.goalRate).toBeLessThan(was.goalRate);
    if (was.gainRate > 0) expect(is.gainRate).toBeLessThan(was.gainRate);
  });

  test("the test's own gain, achieved goal and pulse raise the figures", async () => {
    expect((await vp.session()).goals.find((g) => g.id === goal.id)?.status).toBe("achieved");
    const was = vpKpis(middle);
    const is = vpKpis(after);
    expect(is.accountsWithMeasures).toBeGreaterThanOrEqual(was.accountsWithMeasures + 1);
    // (a + 1) / (d + 1) > a / d whenever a / d < 1, which the previous step made sure of.
    expect(is.goalRate).toBeGreaterThan(was.goalRate);
    expect(is.gainRate).toBeGreaterThan(was.gainRate);
    const agreements = (role: typeof is) =>
      role.metrics.find((m) => m.metricId === "web-revenue")?.agreements ?? 0;
    expect(agreements(is)).toBeGreaterThanOrEqual(agreements(was) + 1);
    const pricing = (report: KpiReport) =>
      report.perceivedValue.find((p) => p.touchpoint === "pricing")?.responses ?? 0;
    expect(pricing(after)).toBeGreaterThanOrEqual(pricing(middle) + 1);
  });

  test("the period defaults to the last 90 days; a backwards or bad period answers 422", async () => {
    const report = expectOk(await admin("GET", "/v1/admin/kpis"), 200, KpiReport);
    const days = (Date.parse(report.to) - Date.parse(report.from)) / 86_400_000;
    expect(days).toBeCloseTo(90, 0);
    expect(Math.abs(Date.parse(report.to) - Date.now())).toBeLessThan(3_600_000);
    const backwards = { from: period.to, to: period.from };
    expectError(await admin("GET", "/v1/admin/kpis", { query: backwards }), 422);
    expectError(await admin("GET", "/v1/admin/kpis", { query: { from: "last week" } }), 400, 422);
    expectError(await admin("GET", "/v1/admin/kpis", { query: { roleId: "sdr" } }), 400, 422);
  });
});

describe("GET /v1/admin/accounts/:id/report", () => {
  test("shows the account's agreement, gain and goals", async () => {
    const reply = await admin("GET", `/v1/admin/accounts/${vp.accountId}/report`);
    const report = expectOk(reply, 200, AccountReport);
    expect(report.accountId).toBe(vp.accountId);
    expect(report.roles).toHaveLength(1);
    const [role] = report.roles;
    expect(role).toMatchObject({ roleId: "marketing-vp", users: 1 });
    expect(role?.metrics).toHaveLength(1);
    const [metric] = role?.metrics ?? [];
    expect(metric?.agreement.id).toBe(agreement.id);
    expect(metric?.baseline?.value).toBe(10_000);
    expect(metric?.current?.value).toBe(12_000);
    expect(metric?.gain?.absolute).toBeCloseTo(2_000, 6);
    expect(metric?.gain?.relative).toBeCloseTo(0.2, 6);
    expect(metric?.goals).toEqual({ achieved: 1, missed: 0, abandoned: 0, active: 0 });
    expect(metric?.activeGoal).toBeUndefined();
    expect(role?.perceivedValue).toEqual([{ touchpoint: "pricing", avgScore: 5, responses: 1 }]);
  });

  test("an account no token has named answers 404", async () => {
    expectError(await admin("GET", `/v1/admin/accounts/${randomId("acct")}/report`), 404);
  });
});
