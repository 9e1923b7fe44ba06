import { describe, expect, it } from "vitest";
import type { Agreement } from "../contract/agreement.ts";
import type { Metric } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import { type AccountResultsData, resultsStateAt } from "./resultsStateAt.ts";
import { type RenewalOutcome, retentionByResults } from "./retentionByResults.ts";

const metric = { id: "hours", direction: "decrease" } as Metric;
const agreement: Agreement = {
  id: "agr_1",
  accountId: "acme",
  roleId: "sdr",
  metricId: "hours",
  status: "agreed",
  proposedBy: "customer",
  agreedAt: "2025-01-10T00:00:00.000Z",
  baseline: { value: 6, at: "2025-01-10T00:00:00.000Z", source: "self" },
};
const entry = (value: number, at: string): Measurement =>
  ({ id: `m_${at}`, agreementId: "agr_1", value, at, source: "self" }) as Measurement;
const data = (over: Partial<AccountResultsData>): AccountResultsData => ({
  agreements: [agreement],
  goals: [],
  measurements: [],
  metrics: [metric],
  ...over,
});

describe("resultsStateAt", () => {
  it("reads only what was known at the date", () => {
    const account = data({ measurements: [entry(4.5, "2025-03-01T00:00:00.000Z")] });
    expect(resultsStateAt(account, "2025-01-01T00:00:00.000Z")).toBe("no-measures");
    expect(resultsStateAt(account, "2025-02-01T00:00:00.000Z")).toBe("measuring");
    expect(resultsStateAt(account, "2025-03-02T00:00:00.000Z")).toBe("gain"); // 6 → 4.5 hours
  });

  it("counts a regression as no gain, a deleted entry as never made", () => {
    const worse = data({ measurements: [entry(8, "2025-03-01T00:00:00.000Z")] });
    expect(resultsStateAt(worse, "2025-04-01T00:00:00.000Z")).toBe("measuring");
    const deleted = data({
      measurements: [
        { ...entry(4, "2025-03-01T00:00:00.000Z"), deletedAt: "2025-03-02T00:00:00.000Z" },
      ],
    });
    expect(resultsStateAt(deleted, "2025-04-01T00:00:00.000Z")).toBe("measuring");
  });

  it("is goal-achieved for a goal achieved in the 6 months before, not later nor longer ago", () => {
    const goal = {
      id: "g",
      agreementId: "agr_1",
      status: "achieved",
      achievedAt: "2025-05-01T00:00:00.000Z",
    } as Goal;
    const account = data({ goals: [goal] });
    expect(resultsStateAt(account, "2025-04-30T00:00:00.000Z")).toBe("measuring");
    expect(resultsStateAt(account, "2025-06-01T00:00:00.000Z")).toBe("goal-achieved");
    expect(resultsStateAt(account, "2026-01-01T00:00:00.000Z")).toBe("measuring");
  });
});

describe("retentionByResults", () => {
  /** `n` renewals of accounts in `state`, `renewed` of them renewed at the same ARR. */
  const renewals = (state: string, n: number, renewed: number): RenewalOutcome[] =>
    Array.from({ length: n }, (_, i) => ({
      accountId: `${state}-${i}`,
      renewalAt: "2026-06-01T00:00:00.000Z",
      renewed: i < renewed,
      arrBefore: 1000,
      arrAfter: i < renewed ? 1000 : 0,
    }));
  const stateOf = (accountId: string) => accountId.replace(/-\d+$/, "") as never;

  it("groups renewals by the state at the index date and compares each with no-measures", () => {
    const report = retentionByResults({
      renewals: [
        ...renewals("no-measures", 40, 28),
        ...renewals("goal-achieved", 30, 27),
        ...renewals("gain", 8, 7),
      ],
      stateAt: stateOf,
    });
    const achieved = report.groups.find((g) => g.state === "goal-achieved");
    expect(achieved).toMatchObject({ renewals: 30, renewed: 27, directional: true }); // 3 churned < 5
    expect(achieved?.renewalRate?.estimate).toBe(0.9);
    expect(achieved?.nrr?.estimate).toBeCloseTo(0.9, 12);
    expect(achieved?.versusNoMeasures?.difference.estimate).toBeCloseTo(0.9 - 0.7, 12);
    expect(achieved?.versusNoMeasures?.p).toBeGreaterThan(0);
    expect(report.groups.find((g) => g.state === "gain")?.directional).toBe(true); // 8 renewals
    expect(report.groups.find((g) => g.state === "no-measures")).toMatchObject({
      directional: false,
      versusNoMeasures: undefined,
    });
    expect(report.groups.find((g) => g.state === "measuring")).toMatchObject({
      renewals: 0,
      renewalRate: undefined,
      nrr: undefined,
    });
    expect(report.comparisons).toHaveLength(3);
    expect(report.caveat).toMatch(/association, not a cause/);
  });

  it("reads each account's state at the index date before its renewal", () => {
    const asked: string[] = [];
    retentionByResults({
      renewals: renewals("gain", 1, 1),
      stateAt: (_account, at) => {
        asked.push(at);
        return "gain";
      },
      indexDays: 30,
    });
    expect(asked).toEqual(["2026-05-02T00:00:00.000Z"]);
  });

  it("gives the same intervals on every run", () => {
    const input = { renewals: renewals("gain", 50, 40), stateAt: stateOf };
    expect(retentionByResults(input)).toEqual(retentionByResults(input));
  });
});
