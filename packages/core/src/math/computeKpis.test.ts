import { describe, expect, it } from "vitest";
import type { Agreement } from "../contract/agreement.ts";
import type { Metric, Role } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { Pulse } from "../contract/pulse.ts";
import { computeKpis, type KpiInput } from "./computeKpis.ts";

const level = (n: number) => ({ level: n, name: `L${n}`, description: "", expectedGain: 0.1 });
const role = (id: string): Role => ({ id, name: id, maturity: [level(1), level(2), level(3)] });
const metric = (id: string, roleId: string, direction: Metric["direction"]): Metric => ({
  id,
  name: id,
  description: "",
  kind: "value",
  roleIds: [roleId],
  unit: { type: "number" },
  direction,
  collection: "self",
  dataSource: "self",
  periodDays: 30,
});
const agreement = (
  id: string,
  accountId: string,
  roleId: string,
  metricId: string,
  baseline: number,
  extra: Partial<Agreement> = {},
): Agreement => ({
  id,
  accountId,
  roleId,
  metricId,
  status: "agreed",
  proposedBy: "customer",
  agreedAt: "2026-01-01T00:00:00Z",
  baseline: { value: baseline, at: "2026-01-01T00:00:00Z", source: "self" },
  ...extra,
});
const measure = (agreementId: string, value: number, at: string): Measurement => ({
  id: `${agreementId}-${at}`,
  agreementId,
  value,
  at,
  source: "self",
  userId: "u",
});
const goal = (
  id: string,
  agreementId: string,
  status: Goal["status"],
  dueAt: string,
  achievedAt?: string,
): Goal => ({
  id,
  agreementId,
  startValue: 0,
  target: 1,
  startAt: "2026-01-01T00:00:00Z",
  dueAt,
  status,
  actions: [],
  valueElementIds: [],
  ...(achievedAt ? { achievedAt } : {}),
});
const pulse = (touchpoint: Pulse["touchpoint"], score: number, at: string): Pulse => ({
  id: `${touchpoint}-${score}-${at}`,
  accountId: "acme",
  roleId: "sdr",
  userId: "u",
  touchpoint,
  score,
  at,
});

const input: KpiInput = {
  from: "2026-02-01T00:00:00Z",
  to: "2026-03-01T00:00:00Z",
  roles: [role("sdr"), role("marketer")],
  metrics: [metric("meetings", "sdr", "increase"), metric("hours", "marketer", "decrease")],
  accountIds: ["acme", "globex", "initech", "umbrella"],
  roleInstances: [
    { accountId: "acme", roleId: "sdr" },
    { accountId: "globex", roleId: "sdr" },
    { accountId: "initech", roleId: "sdr" },
    { accountId: "acme", roleId: "marketer" },
  ],
  agreements: [
    agreement("a1", "acme", "sdr", "meetings", 4),
    agreement("a2", "globex", "sdr", "meetings", 10),
    agreement("a3", "initech", "sdr", "meetings", 0, { baseline: undefined } as never),
    agreement("a4", "acme", "marketer", "hours", 8),
    agreement("a5", "umbrella", "marketer", "hours", 5, {
      status: "retired",
      retiredAt: "2026-01-15T00:00:00Z",
    }),
  ],
  measurements: [
    measure("a1", 5, "2026-01-20T00:00:00Z"),
    measure("a1", 6, "2026-02-10T00:00:00Z"), // acme sdr: +2 (+50 %)
    measure("a1", 99, "2026-03-05T00:00:00Z"), // after the period: ignored
    measure("a2", 8, "2026-02-12T00:00:00Z"), // globex sdr: regression -2 (-20 %)
    measure("a4", 6, "2026-02-20T00:00:00Z"), // acme marketer: 8 → 6 hours, +2 (+25 %)
  ],
  goals: [
    goal("g1", "a1", "achieved", "2026-02-28T00:00:00Z", "2026-02-10T00:00:00Z"),
    goal("g2", "a2", "active", "2026-02-20T00:00:00Z"), // past due by `to`: missed
    goal("g3", "a4", "achieved", "2026-01-30T00:00:00Z", "2026-01-25T00:00:00Z"), // before the period
    goal("g4", "a4", "active", "2026-03-20T00:00:00Z"), // still running
    goal("g5", "a2", "achieved", "2026-02-10T00:00:00Z", "2026-02-05T00:00:00Z"),
  ],
  pulses: [
    pulse("overall", 4, "2026-02-02T00:00:00Z"),
    pulse("overall", 5, "2026-02-03T00:00:00Z"),
    pulse("support", 2, "2026-02-04T00:00:00Z"),
    pulse("support", 1, "2025-12-01T00:00:00Z"), // before the period
  ],
};

describe("computeKpis", () => {
  const report = computeKpis(input);
  const sdr = report.roles.find((r) => r.roleId === "sdr");
  const marketer = report.roles.find((r) => r.roleId === "marketer");

  it("counts measures in place: agreed, with a baseline, not retired", () => {
    expect(sdr).toMatchObject({
      accounts: 4,
      accountsWithMeasures: 2,
      measuresRate: 0.5,
      roleInstances: 3,
    });
    expect(marketer).toMatchObject({
      accountsWithMeasures: 1,
      measuresRate: 0.25,
      roleInstances: 1,
    });
  });

  it("shares of role instances with a gain and achieving a goal", () => {
    expect(sdr?.gainRate).toBe(0.5); // acme gained, globex regressed
    // acme achieved its one goal (1); globex achieved one and missed one (0.5).
    expect(sdr?.goalRate).toBe(0.75);
    expect(marketer?.gainRate).toBe(1);
    expect(marketer?.goalRate).toBe(0); // nothing decided in the period
  });

  it("averages the gain per metric, regressions included", () => {
    expect(sdr?.metrics).toEqual([
      { metricId: "meetings", agreements: 2, avgGain: { absolute: 0, relative: 0.15 } },
    ]);
    expect(marketer?.metrics).toEqual([
      { metricId: "hours", agreements: 1, avgGain: { absolute: 2, relative: 0.25 } },
    ]);
  });

  it("averages perceived value by touchpoint within the period", () => {
    expect(report.perceivedValue).toEqual([
      { touchpoint: "overall", avgScore: 4.5, responses: 2 },
      { touchpoint: "support", avgScore: 2, responses: 1 },
    ]);
  });

  it("gives rates of 0, not NaN, when nothing is there", () => {
    const empty = computeKpis({
      ...input,
      accountIds: [],
      roleInstances: [],
      agreements: [],
      goals: [],
      measurements: [],
      pulses: [],
    });
    for (const r of empty.roles) {
      expect([r.measuresRate, r.gainRate, r.goalRate]).toEqual([0, 0, 0]);
      expect(r.metrics.every((m) => m.avgGain === null)).toBe(true);
    }
    expect(empty.perceivedValue).toEqual([]);
  });
});
