import type { RevenueEvent, UsageItem } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import { companyRequest, revenueEvent, usageItem } from "./companyData.ts";

const visitors = {
  id: "identified-visitors",
  name: "Identified visitors",
  unit: "visitors",
  version: 3,
};
const item: UsageItem = {
  id: "u-1",
  accountId: "acme",
  usageMetricId: "identified-visitors",
  quantity: 40,
  day: "2026-03-01",
};
const event = (extra: Partial<RevenueEvent> = {}): RevenueEvent => ({
  id: "r-1",
  accountId: "acme",
  type: "renewal",
  day: "2026-03-01",
  arr: 1200,
  currency: "USD",
  outcome: "renewed",
  ...extra,
});

describe("usageItem", () => {
  it("adds a new item to its day's total under the metric's current version", () => {
    expect(usageItem(item, undefined, [visitors])).toEqual({
      result: { id: "u-1", status: "created" },
      add: {
        usageMetricId: "identified-visitors",
        version: 3,
        accountId: "acme",
        day: "2026-03-01",
        quantity: 40,
      },
    });
  });

  it("replays the same id with the same body and refuses it with another", () => {
    const stored = companyRequest(item);
    expect(usageItem({ ...item }, stored, [visitors])).toEqual({
      result: { id: "u-1", status: "replayed" },
    });
    const other = usageItem({ ...item, quantity: 41 }, stored, [visitors]);
    expect(other.add).toBeUndefined();
    expect(other.result).toMatchObject({ status: "rejected", error: { code: "conflict" } });
  });

  it("refuses a usage metric the catalog does not declare, naming those it does", () => {
    const { result, add } = usageItem({ ...item, usageMetricId: "seats" }, undefined, [visitors]);
    expect(add).toBeUndefined();
    expect(result.error).toEqual({
      code: "not_found",
      message: 'the catalog declares no usage metric "seats" (it declares "identified-visitors")',
    });
    expect(usageItem(item, undefined, []).result.error?.message).toMatch(/\(it declares none\)$/);
  });
});

describe("revenueEvent", () => {
  it("takes each kind of event in its shape", () => {
    for (const e of [
      event(),
      event({ outcome: "downgraded", arr: 900 }),
      event({ outcome: "churned", arr: 0 }),
      event({ outcome: "churned", arr: 0, voluntary: true }),
      event({ type: "churn", outcome: undefined, arr: 0, voluntary: false }),
      event({ type: "arr", outcome: undefined, arr: 0 }),
      event({ type: "start", outcome: undefined }),
      event({ type: "expansion", outcome: undefined }),
    ]) {
      expect(revenueEvent(e, undefined, "USD")).toEqual({ id: "r-1", status: "created" });
    }
  });

  it.each([
    [{ outcome: undefined }, "invalid", /^a renewal needs its outcome/],
    [{ type: "start" as const }, "invalid", /^outcome is said of a renewal only, not of "start"$/],
    [{ voluntary: true }, "invalid", /^voluntary is said of a churn only/],
    [{ outcome: "churned" as const }, "invalid", /^after a churn the ARR is 0/],
    [{ type: "churn" as const, outcome: undefined, arr: 10 }, "invalid", /^after a churn/],
    [{ arr: 0 }, "invalid", /^a renewal leaves some ARR/],
    [{ currency: "EUR" }, "conflict", /^every revenue event is in USD/],
  ])("refuses %o with a reason", (change, code, message) => {
    const result = revenueEvent(event(change), undefined, "USD");
    expect(result.status).toBe("rejected");
    expect(result.error?.code).toBe(code);
    expect(result.error?.message).toMatch(message);
  });

  it("replays the same id with the same body and refuses it with another", () => {
    const stored = companyRequest(event());
    expect(revenueEvent(event(), stored, "USD").status).toBe("replayed");
    expect(revenueEvent(event({ arr: 1300 }), stored, "USD").error?.code).toBe("conflict");
  });
});
