import { BatchResult, CompanyResults, RetentionResults } from "@goalpost/core/admin";
import { describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectOk } from "./support/expectReply.ts";
import { randomId } from "./support/randomId.ts";

// Company results are the deployment's, over every account: this file works in a year of its
// own, far before the demo's history and other runs', and reads only that year.
const year = 1200 + Math.floor(Math.random() * 700);
const day = (offset: number, rest: string) => `${year + offset}-${rest}`;
const account = { a: randomId("acct-a"), b: randomId("acct-b"), c: randomId("acct-c") };

const event = (accountId: string, type: string, on: string, arr: number, extra = {}) => ({
  id: randomId("rev"),
  accountId,
  type,
  day: on,
  arr,
  currency: "USD",
  ...extra,
});
const usage = (accountId: string, on: string, quantity: number, extra = {}) => ({
  id: randomId("use"),
  accountId,
  usageMetricId: "identified-visitors",
  quantity,
  day: on,
  ...extra,
});

const send = async (path: string, json: object) =>
  expectOk(await admin("POST", path, { json }), 200, BatchResult).results.map((r) => r.status);

describe("company results: usage and revenue in, retention out", () => {
  test("stores each item once, adds a day's items up, and reports NRR, GRR, churn and NUR", async () => {
    const events = [
      event(account.a, "start", day(-1, "06-01"), 1000),
      event(account.b, "start", day(-1, "03-01"), 500),
      event(account.b, "churn", day(0, "05-10"), 0, { voluntary: true }),
      event(account.a, "renewal", day(0, "06-01"), 1200, { outcome: "renewed" }),
      event(account.c, "start", day(0, "03-01"), 800),
    ];
    expect(await send("/v1/admin/revenue", { events })).toEqual(Array(5).fill("created"));
    const again = [
      events[0],
      { ...events[1], arr: 501 },
      event(account.a, "renewal", day(0, "07-01"), 1),
    ];
    expect(await send("/v1/admin/revenue", { events: again })).toEqual([
      "replayed",
      "rejected",
      "rejected", // a renewal needs its outcome
    ]);

    const items = [
      usage(account.a, day(-1, "10-05"), 60),
      usage(account.a, day(-1, "10-05"), 40), // the same day: added up
      usage(account.b, day(-1, "11-01"), 50),
      usage(account.a, day(0, "10-05"), 150),
      usage(account.c, day(0, "11-01"), 30),
    ];
    expect(await send("/v1/admin/usage", { items })).toEqual(Array(5).fill("created"));
    const unknown = usage(account.a, day(0, "10-06"), 5, { usageMetricId: "seats" });
    expect(await send("/v1/admin/usage", { items: [items[0], unknown] })).toEqual([
      "replayed",
      "rejected",
    ]);

    const reply = await admin("GET", `/v1/admin/results/company?asOf=${day(1, "01-15")}`);
    const results = expectOk(reply, 200, CompanyResults);
    expect(results.revenue).toEqual({
      period: { from: day(0, "01-01"), to: day(0, "12-31") },
      currency: "USD",
      cohort: 2,
      startArr: 1500,
      endArr: 1200,
      nrr: 0.8,
      grr: 1000 / 1500,
      logoChurn: { churned: 1, rate: 0.5 },
      newAccounts: { count: 1, endArr: 800 },
    });
    const visitors = results.usage.find((u) => u.usageMetricId === "identified-visitors");
    expect(visitors).toMatchObject({
      cohort: 2,
      baseUsage: 150,
      currentUsage: 150,
      nur: 1,
      grossUsageRetention: 100 / 150,
      newAccounts: { count: 1, usage: 30 },
      incomplete: true,
      noisy: false,
    });

    const retention = expectOk(
      await admin(
        "GET",
        `/v1/admin/results/retention?from=${day(0, "01-01")}&to=${day(0, "12-31")}&indexDays=90`,
      ),
      200,
      RetentionResults,
    );
    // No measures were in place in that year: the one renewal is in the reference group.
    expect(retention.groups.find((g) => g.state === "no-measures")).toMatchObject({
      accounts: 1,
      renewals: 1,
      renewed: 1,
      directional: true,
    });
    expect(retention.caveat).toMatch(/association, not a cause/);
    expect(retention.comparisons).toHaveLength(4); // three groups against no measures, the fifths
    expect(retention.doseResponse).toEqual({ quintiles: [], withoutGain: 1 });
  });

  test("refuses a malformed batch whole, naming the field", async () => {
    const bad = await admin("POST", "/v1/admin/usage", {
      json: { items: [usage(account.a, day(0, "02-30"), 1)] },
    });
    expect(expectError(bad, 422).error.issues?.[0]?.path).toEqual(["items", 0, "day"]);
    const negative = await admin("POST", "/v1/admin/usage", {
      json: { items: [usage(account.a, day(0, "02-03"), -1)] },
    });
    expect(expectError(negative, 422).error.message).toMatch(/quantity must not be negative/);
    const query = await admin("GET", "/v1/admin/results/retention?indexDays=0");
    expectError(query, 422);
  });

  test("is for the admin key only", async () => {
    const reply = await admin("GET", "/v1/admin/results/company", {});
    expect(reply.status).toBe(200);
    const { request } = await import("./support/request.ts");
    const anonymous = await request("GET", "/v1/admin/results/company", {});
    expectError(anonymous, 401);
  });
});
