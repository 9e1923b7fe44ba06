import { renewalsIn, retentionResults } from "@goalpost/backend";
import { resultsStateAt, revenueRetention } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import { demoCatalog } from "./demoCatalog.ts";
import { seedDemoData } from "./seedDemoData.ts";

const now = new Date("2026-12-04T09:00:00.000Z");

describe("the seed's company data", () => {
  const data = seedDemoData(demoCatalog, now, { accounts: 120 });

  it("adds the synthetic accounts beside the demo's, with revenue and usage for all", () => {
    expect(data.accounts).toHaveLength(123);
    const withRevenue = new Set(data.revenue.map((e) => e.accountId));
    expect(withRevenue.size).toBe(123);
    expect(withRevenue.has("acme")).toBe(true);
    expect(new Set(data.usage.map((u) => u.accountId)).size).toBe(123);
    expect(data.revenue.every((e) => e.id.startsWith("demo-rev-"))).toBe(true);
    expect(data.accounts.at(-1)?.id).toBe("synthetic-0120");
    // Without the option, none of it: the demo's own data stays as it was.
    const plain = seedDemoData(demoCatalog, now);
    expect(plain.accounts.map((a) => a.id)).toEqual(["acme", "globex", "initech"]);
    expect([plain.revenue, plain.usage]).toEqual([[], []]);
  });

  it("is the same for the same now", () => {
    expect(seedDemoData(demoCatalog, now, { accounts: 120 })).toEqual(data);
  });

  it("tells its story: accounts with results renew more, and the smallest group is directional", () => {
    const accounts = new Map(
      data.accounts.map((a) => {
        const agreements = data.agreements.filter((x) => x.accountId === a.id);
        const ids = new Set(agreements.map((x) => x.id));
        return [
          a.id,
          {
            agreements,
            goals: data.goals.filter((g) => ids.has(g.agreementId)),
            measurements: data.measurements.filter((m) => ids.has(m.agreementId)),
            metrics: demoCatalog.metrics,
          },
        ];
      }),
    );
    const report = retentionResults({
      revenue: [...data.revenue].sort((a, b) => a.day.localeCompare(b.day)),
      accounts,
      usage: new Map(),
      usageMetrics: [],
      query: {},
      now,
    });
    const group = (state: string) => report.groups.find((g) => g.state === state);
    const rate = (state: string) => group(state)?.renewalRate?.estimate ?? 0;
    expect(rate("no-measures")).toBeLessThan(rate("gain"));
    expect(rate("measuring")).toBeLessThan(rate("goal-achieved"));
    expect(group("no-measures")?.renewals).toBeGreaterThanOrEqual(40);
    expect(group("goal-achieved")?.directional).toBe(true);
    expect(group("no-measures")?.directional).toBe(false);
    // The accounts' seeded histories put them in every state at their index dates.
    const renewals = renewalsIn(data.revenue, { from: "2025-01-01", to: "2026-12-31" });
    const states = new Set(
      renewals.map((r) => {
        const index = new Date(Date.parse(r.renewalAt) - 90 * 86_400_000).toISOString();
        const found = accounts.get(r.accountId);
        return found ? resultsStateAt(found, index) : "none";
      }),
    );
    expect(states).toEqual(new Set(["no-measures", "measuring", "gain", "goal-achieved"]));
  });

  it("keeps the revenue sane: every account a customer, churned ones at zero", () => {
    const byAccount = new Map<string, typeof data.revenue>();
    for (const e of data.revenue)
      byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
    for (const events of byAccount.values()) {
      expect(events[0]?.type).toBe("start");
      expect(events[0]?.arr).toBeGreaterThan(0);
    }
    const nrr = revenueRetention(
      [...byAccount].map(([accountId, events]) => ({
        accountId,
        startArr: events[0]?.arr ?? 0,
        endArr: events.at(-1)?.arr ?? 0,
      })),
    );
    expect(nrr.logoChurn.churned).toBeGreaterThan(0);
    expect(nrr.nrr).toBeGreaterThan(0.7);
  });
});
