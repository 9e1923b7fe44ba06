import { describe, expect, it } from "vitest";
import type { Agreement } from "../contract/agreement.ts";
import type { Metric } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import { type AccountResultsData, averageGainAt, resultsStateAt } from "./resultsStateAt.ts";
import { gainDoseResponse, type RenewalOutcome, retentionByResults } from "./retentionByResults.ts";

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

describe("averageGainAt", () => {
  it("averages the direction-aware relative gains known at the date", () => {
    const second = {
      ...agreement,
      id: "agr_2",
      metricId: "calls",
      baseline: { value: 10, at: "2025-01-10T00:00:00.000Z", source: "self" as const },
    };
    const account = data({
      agreements: [agreement, second],
      metrics: [metric, { id: "calls", direction: "increase" } as Metric],
      measurements: [
        entry(4.5, "2025-03-01T00:00:00.000Z"), // 6 → 4.5 hours: +0.25
        { ...entry(15, "2025-03-05T00:00:00.000Z"), id: "c", agreementId: "agr_2" }, // 10 → 15: +0.5
      ],
    });
    expect(averageGainAt(account, "2025-03-02T00:00:00.000Z")).toBe(0.25);
    expect(averageGainAt(account, "2025-04-01T00:00:00.000Z")).toBe(0.375);
    expect(averageGainAt(account, "2025-02-01T00:00:00.000Z")).toBeUndefined(); // nothing yet
    const zero = data({
      agreements: [
        { ...agreement, baseline: { value: 0, at: "2025-01-10T00:00:00.000Z", source: "self" } },
      ],
      measurements: [entry(1, "2025-03-01T00:00:00.000Z")],
    });
    expect(averageGainAt(zero, "2025-04-01T00:00:00.000Z")).toBeUndefined();
  });
});

describe("gainDoseResponse", () => {
  const renewal = (i: number, renewed: boolean): RenewalOutcome => ({
    accountId: `a${i}`,
    renewalAt: "2025-06-01T00:00:00.000Z",
    renewed,
    arrBefore: 100,
    arrAfter: renewed ? 100 : 0,
  });

  it("splits the renewals with a gain into fifths by gain, the first fifths one larger", () => {
    // 12 accounts, gain i/10; the larger the gain, the likelier the renewal.
    const renewals = Array.from({ length: 12 }, (_, i) => renewal(i, i >= 4));
    const gainOf = (id: string) => Number(id.slice(1)) / 10;
    const { quintiles, withoutGain } = gainDoseResponse(
      [...renewals, renewal(99, true)],
      (id) => (id === "a99" ? undefined : gainOf(id)),
      90,
    );
    expect(withoutGain).toBe(1);
    expect(quintiles.map((q) => q.renewals)).toEqual([3, 3, 2, 2, 2]);
    expect(quintiles.map((q) => q.renewed)).toEqual([0, 2, 2, 2, 2]);
    expect(quintiles[0]?.gain).toEqual({ min: 0, max: 0.2 });
    expect(quintiles[4]?.gain).toEqual({ min: 1, max: 1.1 });
    expect(quintiles.every((q) => q.directional)).toBe(true);
    expect(quintiles[1]?.renewalRate.estimate).toBeCloseTo(2 / 3);
  });

  it("gives no fifths under 5 renewals with a gain", () => {
    const renewals = [1, 2, 3, 4].map((i) => renewal(i, true));
    expect(gainDoseResponse(renewals, () => 0.1, 90)).toEqual({ quintiles: [], withoutGain: 0 });
  });

  it("is part of the report, listed among its comparisons", () => {
    const report = retentionByResults({
      renewals: Array.from({ length: 6 }, (_, i) => renewal(i, true)),
      stateAt: () => "gain",
      gainAt: () => 0.2,
    });
    expect(report.doseResponse?.quintiles).toHaveLength(5);
    expect(report.comparisons.at(-1)).toMatch(/fifths of average gain/);
    expect(
      retentionByResults({ renewals: [], stateAt: () => "gain" }).doseResponse,
    ).toBeUndefined();
  });
});
