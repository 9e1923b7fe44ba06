import { describe, expect, it } from "vitest";
import type { Agreement } from "../contract/agreement.ts";
import type { Goal } from "../contract/goal.ts";
import { computeAccountReport } from "./computeAccountReport.ts";
import { testMetrics } from "./testMetrics.ts";

const hours = {
  ...testMetrics.hoursDown,
  id: "setup-hours",
  name: "Setup hours",
  description: "",
  kind: "value" as const,
  roleIds: ["marketer"],
  collection: "self" as const,
  dataSource: "self",
  periodDays: 30,
};
const agreement: Agreement = {
  id: "a1",
  accountId: "acme",
  roleId: "marketer",
  metricId: "setup-hours",
  status: "agreed",
  proposedBy: "customer",
  agreedAt: "2026-01-01T00:00:00Z",
  baseline: { value: 8, at: "2026-01-01T00:00:00Z", source: "self" },
};
const goal = (id: string, status: Goal["status"], dueAt: string): Goal => ({
  id,
  agreementId: "a1",
  startValue: 8,
  target: 6,
  startAt: "2026-01-01T00:00:00Z",
  dueAt,
  status,
  actions: [],
  valueElementIds: [],
});

describe("computeAccountReport", () => {
  const report = computeAccountReport({
    accountId: "acme",
    now: "2026-03-01T00:00:00Z",
    metrics: [hours],
    usersByRole: { marketer: 2, sdr: 1 },
    agreements: [agreement, { ...agreement, id: "other", accountId: "globex" }],
    goals: [
      goal("g1", "achieved", "2026-01-30T00:00:00Z"),
      goal("g2", "active", "2026-02-15T00:00:00Z"),
      goal("g3", "active", "2026-03-15T00:00:00Z"),
    ],
    measurements: [
      {
        id: "m1",
        agreementId: "a1",
        value: 9,
        at: "2026-02-01T00:00:00Z",
        source: "self",
        userId: "u",
      },
      {
        id: "m2",
        agreementId: "other",
        value: 1,
        at: "2026-02-02T00:00:00Z",
        source: "self",
        userId: "u",
      },
    ],
    pulses: [
      {
        id: "p1",
        accountId: "acme",
        roleId: "marketer",
        userId: "u",
        touchpoint: "product",
        score: 4,
        at: "2026-02-01T00:00:00Z",
      },
      {
        id: "p2",
        accountId: "globex",
        roleId: "marketer",
        userId: "v",
        touchpoint: "product",
        score: 1,
        at: "2026-02-01T00:00:00Z",
      },
    ],
  });

  it("lists every role with users, and only this account's data", () => {
    expect(report.roles.map((r) => [r.roleId, r.users, r.metrics.length])).toEqual([
      ["marketer", 2, 1],
      ["sdr", 1, 0],
    ]);
    expect(report.roles[0]?.perceivedValue).toEqual([
      { touchpoint: "product", avgScore: 4, responses: 1 },
    ]);
  });

  it("shows baseline → current with the gain, a regression as negative", () => {
    const row = report.roles[0]?.metrics[0];
    expect(row?.current).toEqual({ value: 9, at: "2026-02-01T00:00:00Z", source: "self" });
    expect(row?.gain).toEqual({ absolute: -1, relative: -0.125 });
  });

  it("counts goals by status as of now, an overdue active goal as missed", () => {
    const row = report.roles[0]?.metrics[0];
    expect(row?.goals).toEqual({ achieved: 1, missed: 1, abandoned: 0, active: 1 });
    expect(row?.activeGoal?.id).toBe("g3");
  });
});
