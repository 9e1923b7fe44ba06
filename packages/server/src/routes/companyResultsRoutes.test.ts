import {
  companyPeriods,
  companyResults,
  customersSince,
  retentionPeriod,
  retentionResults,
  type UsageTotal,
  usageSumsOf,
} from "@goalpost/backend";
import {
  CompanyResults,
  RetentionResults,
  type RevenueEvent,
  seededRandom,
  type UsageItem,
} from "@goalpost/core/admin";
import { demoCatalog } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEverything } from "../testing/loadEverything.ts";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

const dayMs = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const usageMetrics = demoCatalog.usageMetrics ?? [];

/**
 * A seeded book of business: 30 accounts that start over two years, renew each year (some up,
 * some down, some churned), expand and churn outside renewals; and daily usage over the usage
 * periods of the test's `asOf`, a day sometimes sent in two items and some days missing. The demo
 * accounts are among them, so retention reads their seeded customer results.
 */
function bookOfBusiness() {
  const random = seededRandom(7);
  const revenue: RevenueEvent[] = [];
  const usage: UsageItem[] = [];
  const accounts = [
    "acme",
    "globex",
    "initech",
    ...Array.from({ length: 27 }, (_, i) => `acct-${i}`),
  ];
  const end = testNow.getTime();
  let n = 0;
  for (const accountId of accounts) {
    const event = (type: RevenueEvent["type"], at: number, arr: number, extra = {}) =>
      revenue.push({
        id: `rev-${++n}`,
        accountId,
        type,
        day: dayOf(at),
        arr,
        currency: "USD",
        ...extra,
      });
    let arr = 1000 * (1 + Math.floor(random() * 20));
    let at = end - (200 + Math.floor(random() * 700)) * dayMs;
    event("start", at, arr);
    for (at += 365 * dayMs; at < end; at += 365 * dayMs) {
      const roll = random();
      if (roll < 0.15) {
        event("renewal", at, 0, { outcome: "churned" });
        break;
      }
      arr = Math.round(arr * (roll < 0.35 ? 0.8 : roll < 0.8 ? 1 : 1.3));
      event("renewal", at, arr, { outcome: roll < 0.35 ? "downgraded" : "renewed" });
      if (random() < 0.2) {
        arr += 500;
        event("expansion", at + 40 * dayMs, arr);
      }
    }
    // Usage on most days of the periods read (the last three months, the same a year before),
    // more for larger accounts.
    for (let t = end - 460 * dayMs; t < end; t += dayMs) {
      const read = t < end - 360 * dayMs || t >= end - 95 * dayMs;
      if (!read || random() < 0.1) continue;
      const quantity = Math.round((arr / 100) * (0.5 + random()));
      const parts = random() < 0.2 ? [quantity - 1, 1] : [quantity];
      for (const part of parts) {
        usage.push({
          id: `use-${++n}`,
          accountId,
          usageMetricId: "identified-visitors",
          quantity: part,
          day: dayOf(t),
        });
      }
    }
  }
  return { revenue, usage };
}

/** What the usage adds up to, per account and day, as the reference computation reads it. */
function totals(items: readonly UsageItem[]): UsageTotal[] {
  const byKey = new Map<string, UsageTotal>();
  for (const item of items) {
    const key = `${item.accountId} ${item.day}`;
    const total = byKey.get(key);
    if (total) total.quantity += item.quantity;
    else
      byKey.set(key, {
        usageMetricId: item.usageMetricId,
        version: 1,
        accountId: item.accountId,
        day: item.day,
        quantity: item.quantity,
      });
  }
  return [...byKey.values()];
}

describe.each(["pglite", "postgres"] as const)("company results on %s", (database) => {
  let server: TestServer;
  const book = bookOfBusiness();

  beforeAll(async () => {
    server = await startTestServer({ database });
    for (let i = 0; i < book.revenue.length; i += 500) {
      const reply = await server.call("POST", "/v1/admin/revenue", {
        admin: true,
        body: { events: book.revenue.slice(i, i + 500) },
      });
      expect(reply.body.results.every((r: { status: string }) => r.status === "created")).toBe(
        true,
      );
    }
    for (let i = 0; i < book.usage.length; i += 500) {
      const reply = await server.call("POST", "/v1/admin/usage", {
        admin: true,
        body: { items: book.usage.slice(i, i + 500) },
      });
      expect(reply.body.results.every((r: { status: string }) => r.status === "created")).toBe(
        true,
      );
    }
  }, 120_000);
  afterAll(() => server?.close());

  it.each([
    ["yoy", { asOf: dayOf(testNow.getTime()) }],
    ["mom", { asOf: dayOf(testNow.getTime()), variant: "mom" as const }],
  ])(
    "GET /v1/admin/results/company (%s) equals the computation over the data as sent",
    async (_, query) => {
      const reply = await server.call(
        "GET",
        `/v1/admin/results/company?${new URLSearchParams(query)}`,
        { admin: true },
      );
      expect(reply.status).toBe(200);
      expect(CompanyResults.safeParse(reply.body).success).toBe(true);
      const expected = companyResults({
        revenue: [...book.revenue].sort((a, b) => a.day.localeCompare(b.day)),
        usage: usageSumsOf(
          totals(book.usage),
          usageMetrics,
          book.revenue,
          companyPeriods(query, testNow).usage,
        ),
        usageMetrics,
        query,
        now: testNow,
      });
      expect(reply.body).toEqual(expected);
      // Something to compare: a cohort, churn, and usage from both periods.
      expect(expected.revenue.cohort).toBeGreaterThan(10);
      expect(expected.revenue.logoChurn.churned).toBeGreaterThan(0);
      expect(expected.usage[0]?.cohort).toBeGreaterThan(10);
      expect(Object.keys(customersSince(book.revenue))).toHaveLength(30);
    },
  );

  it("GET /v1/admin/results/retention equals the computation over every stored row", async () => {
    const query = { from: dayOf(testNow.getTime() - 730 * dayMs), to: dayOf(testNow.getTime()) };
    const reply = await server.call(
      "GET",
      `/v1/admin/results/retention?${new URLSearchParams(query)}`,
      { admin: true },
    );
    expect(reply.status).toBe(200);
    expect(RetentionResults.safeParse(reply.body).success).toBe(true);
    const all = await loadEverything(server.db, testNow);
    const accounts = new Map(
      [...new Set(book.revenue.map((e) => e.accountId))].map((accountId) => {
        const agreements = all.agreements.filter((a) => a.accountId === accountId);
        const ids = new Set(agreements.map((a) => a.id));
        return [
          accountId,
          {
            agreements,
            goals: all.goals.filter((g) => ids.has(g.agreementId)),
            measurements: all.measurements.filter((m) => ids.has(m.agreementId) && !m.deletedAt),
            metrics: demoCatalog.metrics,
          },
        ];
      }),
    );
    const expected = retentionResults({
      revenue: [...book.revenue].sort((a, b) => a.day.localeCompare(b.day)),
      accounts,
      usage: usageSumsOf(
        totals(book.usage),
        usageMetrics,
        book.revenue,
        retentionPeriod(query, testNow).usage,
      ),
      usageMetrics,
      query,
      now: testNow,
    });
    expect(reply.body).toEqual(expected);
    const renewals = expected.groups.reduce((sum, g) => sum + g.renewals, 0);
    expect(renewals).toBeGreaterThan(15);
    expect(expected.usageByGroup.some((g) => g.usage[0]?.nur !== undefined)).toBe(true);
    // The demo accounts measure: at least one renewal is read in a state other than no measures.
    expect(expected.groups.some((g) => g.state !== "no-measures" && g.renewals > 0)).toBe(true);
  });
});
