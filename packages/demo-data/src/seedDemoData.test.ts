import { computeKpis } from "@goalpost/core/admin";
import {
  Agreement,
  Catalog,
  catalogReferences,
  Goal,
  Measurement,
  Pulse,
} from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { demoCatalog } from "./demoCatalog.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedDemoData } from "./seedDemoData.ts";

/** A fixed "now", so seeded data and due dates are stable. */
const testNow = new Date("2026-03-02T09:00:00.000Z");

function seeded(now = testNow) {
  return { catalog: demoCatalog, ...seedDemoData(demoCatalog, now) };
}

describe("demoCatalog", () => {
  it("is a valid catalog with the ids of docs/catalog.md", () => {
    expect(Catalog.safeParse(demoCatalog).success).toBe(true);
    expect(catalogReferences(demoCatalog)).toEqual([]);
    expect(demoCatalog.roles.map((r) => r.id)).toEqual(["digital-marketer", "sdr", "marketing-vp"]);
    expect(demoCatalog.metrics.map((m) => [m.id, m.roleIds[0], m.collection])).toEqual([
      ["icp-fit-rate", "digital-marketer", "app"],
      ["campaign-setup-hours", "digital-marketer", "self"],
      ["qualified-contacts", "sdr", "app"],
      ["outreach-confidence", "sdr", "scale"],
      ["meetings-booked", "sdr", "self"],
      ["web-revenue", "marketing-vp", "integration"],
    ]);
  });

  it("gives every role value elements of several types, with links and in-app actions", () => {
    for (const role of demoCatalog.roles) {
      const elements = demoCatalog.valueElements.filter((v) => v.roleIds.includes(role.id));
      expect(new Set(elements.map((v) => v.type)).size, role.id).toBeGreaterThanOrEqual(3);
      expect(
        elements.some((v) => v.href),
        role.id,
      ).toBe(true);
      expect(
        elements.some((v) => v.action),
        role.id,
      ).toBe(true);
    }
  });

  it("declares a plausible range for every metric that is not a scale, holding the seeded values", () => {
    const db = seeded();
    for (const metric of demoCatalog.metrics) {
      expect(metric.plausible !== undefined, metric.id).toBe(metric.unit.type !== "scale");
      const { min, max } = metric.plausible ?? { min: -Infinity, max: Infinity };
      const ids = new Set(db.agreements.filter((a) => a.metricId === metric.id).map((a) => a.id));
      const values = [
        ...db.agreements.flatMap((a) => (ids.has(a.id) && a.baseline ? [a.baseline.value] : [])),
        ...db.measurements.filter((m) => ids.has(m.agreementId)).map((m) => m.value),
      ];
      expect(values.length, metric.id).toBeGreaterThan(0);
      for (const value of values)
        expect(value >= min && value <= max, `${metric.id} ${value}`).toBe(true);
    }
  });
});

describe("seedDemoData", () => {
  it("seeds a user per role in acme, globex and initech, some with nothing agreed yet", () => {
    const db = seeded();
    expect(demoUsers).toHaveLength(9);
    expect(db.accounts.map((a) => a.id)).toEqual(["acme", "globex", "initech"]);
    for (const user of demoUsers) {
      const agreed = db.agreements.some(
        (a) => a.accountId === user.accountId && a.roleId === user.roleId,
      );
      expect(agreed, user.id).toBe(!user.firstRun);
    }
    expect(demoUsers.some((u) => u.firstRun)).toBe(true);
  });

  it("produces contract-valid history from all four sources, with goals of every outcome", () => {
    const db = seeded();
    for (const a of db.agreements) expect(Agreement.safeParse(a).success, a.id).toBe(true);
    for (const g of db.goals) expect(Goal.safeParse(g).success, g.id).toBe(true);
    for (const m of db.measurements) expect(Measurement.safeParse(m).success, m.id).toBe(true);
    for (const p of db.pulses) expect(Pulse.safeParse(p).success, p.id).toBe(true);
    expect(new Set(db.measurements.map((m) => m.source))).toEqual(
      new Set(["app", "self", "scale", "integration"]),
    );
    expect(new Set(db.goals.map((g) => g.status))).toEqual(
      new Set(["achieved", "missed", "abandoned", "active"]),
    );
    expect(db.measurements.every((m) => Date.parse(m.at) <= testNow.getTime())).toBe(true);
    expect(new Set(db.pulses.map((p) => p.touchpoint)).size).toBeGreaterThanOrEqual(4);
    const scale = db.measurements.filter((m) => m.source === "scale");
    expect(new Set(scale.map((m) => m.phase))).toEqual(new Set(["start", "end"]));
  });

  it("keeps at most one active goal per agreement, chained through previousGoalId", () => {
    const db = seeded();
    for (const agreement of db.agreements) {
      const goals = db.goals.filter((g) => g.agreementId === agreement.id);
      expect(goals.filter((g) => g.status === "active").length).toBeLessThanOrEqual(1);
      for (const [i, goal] of goals.slice(1).entries()) {
        expect(goal.previousGoalId).toBe(goals[i]?.id);
      }
    }
  });

  it("gives non-empty KPIs over the last 90 days", () => {
    const db = seeded();
    const report = computeKpis({
      from: new Date(testNow.getTime() - 90 * 86_400_000).toISOString(),
      to: testNow.toISOString(),
      roles: db.catalog.roles,
      metrics: db.catalog.metrics,
      accountIds: db.accounts.map((a) => a.id),
      roleInstances: db.users.map((u) => ({ accountId: u.accountId, roleId: u.roleId })),
      agreements: db.agreements,
      goals: db.goals,
      measurements: db.measurements,
      pulses: db.pulses,
    });
    expect(report.roles.every((r) => r.accountsWithMeasures > 0 && r.gainRate > 0)).toBe(true);
    expect(report.roles.some((r) => r.goalRate > 0)).toBe(true);
    expect(report.roles.some((r) => r.goalRate < 1)).toBe(true);
    expect(report.perceivedValue.reduce((n, p) => n + p.responses, 0)).toBeGreaterThan(10);
  });

  it("is deterministic for a given now, and moves with the clock", () => {
    expect(JSON.stringify(seeded())).toBe(JSON.stringify(seeded()));
    const later = seeded(new Date(testNow.getTime() + 86_400_000));
    expect(later.goals.map((g) => g.status)).toEqual(seeded().goals.map((g) => g.status));
    expect(later.goals[0]?.startAt).not.toBe(seeded().goals[0]?.startAt);
  });
});
