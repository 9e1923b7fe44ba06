import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Problem } from "../math/Problem.ts";
import { arrAt, revenueRetention } from "./revenueRetention.ts";
import { type UsageDay, usagePeriods, usageRetention } from "./usageRetention.ts";

describe("revenueRetention", () => {
  const accounts = [
    { accountId: "grew", startArr: 100, endArr: 150 },
    { accountId: "shrank", startArr: 200, endArr: 120 },
    { accountId: "churned", startArr: 100, endArr: 0 },
    { accountId: "flat", startArr: 100, endArr: 100 },
    { accountId: "new", startArr: 0, endArr: 80 },
  ];

  it("counts churned accounts at zero and keeps new ones apart", () => {
    expect(revenueRetention(accounts)).toEqual({
      cohort: 4,
      startArr: 500,
      endArr: 370,
      nrr: 370 / 500,
      grr: (100 + 120 + 0 + 100) / 500,
      logoChurn: { churned: 1, rate: 0.25 },
      newAccounts: { count: 1, endArr: 80 },
    });
  });

  it("has no ratio without a cohort, and refuses a negative ARR", () => {
    expect(revenueRetention([{ accountId: "new", startArr: 0, endArr: 5 }])).toMatchObject({
      nrr: undefined,
      grr: undefined,
      logoChurn: { churned: 0, rate: undefined },
    });
    expect(() => revenueRetention([{ accountId: "x", startArr: -1, endArr: 5 }])).toThrow(
      /account "x"/,
    );
  });

  it("never has GRR above NRR's kept part, nor above 1", () => {
    const account = fc.record({
      accountId: fc.string(),
      startArr: fc.integer({ min: 0, max: 1e6 }),
      endArr: fc.integer({ min: 0, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(account, { minLength: 1 }), (list) => {
        const { nrr, grr } = revenueRetention(list);
        if (grr === undefined || nrr === undefined) return;
        expect(grr).toBeLessThanOrEqual(1 + 1e-12);
        expect(grr).toBeLessThanOrEqual(nrr + 1e-12);
      }),
    );
  });

  it("reads an account's ARR on a day from its dated amounts, a churn being 0", () => {
    const history = [
      { at: "2025-01-01", amount: 100 },
      { at: "2025-07-01", amount: 140 },
      { at: "2026-01-01", amount: 0 },
    ];
    expect(arrAt(history, "2024-12-31")).toBe(0);
    expect(arrAt(history, "2025-03-01")).toBe(100);
    expect(arrAt(history, "2025-07-01")).toBe(140);
    expect(arrAt(history, "2026-02-01")).toBe(0);
  });
});

describe("usageRetention", () => {
  const base = { from: "2025-01-01", to: "2025-01-03" };
  const current = { from: "2026-01-01", to: "2026-01-03" };
  const days = (accountId: string, year: number, quantity: number): UsageDay[] =>
    [1, 2, 3].map((d) => ({ accountId, day: `${year}-01-0${d}`, quantity }));
  const customerSince = {
    steady: "2024-01-01",
    grower: "2024-01-01",
    quitter: "2024-01-01",
    sleeper: "2024-01-01",
    fresh: "2025-06-01",
  };
  const usage = [
    ...days("steady", 2025, 10),
    ...days("steady", 2026, 10),
    ...days("grower", 2025, 10),
    ...days("grower", 2026, 30),
    ...days("quitter", 2025, 20),
    ...days("quitter", 2026, 4),
    ...days("sleeper", 2026, 5),
    ...days("fresh", 2026, 50),
  ];

  it("is the cohort's usage now over its usage a year before, with what to trust it by", () => {
    const result = usageRetention({ usage, customerSince, base, current });
    expect(result).toEqual({
      cohort: 3,
      baseUsage: 120,
      currentUsage: 132,
      nur: 132 / 120,
      grossUsageRetention: (30 + 30 + 12) / 120,
      logoUsageRetention: 2 / 3, // the quitter kept 12 of 60
      medianRatio: 1,
      largest: { accountId: "quitter", shareOfBase: 0.5, nurWithout: 120 / 60 },
      newAccounts: { count: 1, usage: 150 },
      reactivated: { count: 1, usage: 15 },
      missingDays: { base: 0, current: 0 },
      incomplete: false,
    });
  });

  it("marks a period with a day on which nothing arrived as incomplete", () => {
    const gap = usage.filter((u) => u.day !== "2026-01-02");
    expect(usageRetention({ usage: gap, customerSince, base, current })).toMatchObject({
      missingDays: { base: 0, current: 1 },
      incomplete: true,
    });
  });

  it("refuses a negative daily total, naming it", () => {
    const bad = [...usage, { accountId: "steady", day: "2026-01-02", quantity: -3 }];
    const result = usageRetention({ usage: bad, customerSince, base, current });
    expect(Problem.is(result) && result.message).toBe(
      `usage.${usage.length}.quantity must be a total of 0 or more (steady on 2026-01-02: -3)`,
    );
  });

  it("does not change when a day's usage arrives split in two", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: usage.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (at, share) => {
          const item = usage[at] as UsageDay;
          const split = [
            ...usage.slice(0, at),
            { ...item, quantity: item.quantity * share },
            { ...item, quantity: item.quantity * (1 - share) },
            ...usage.slice(at + 1),
          ];
          const whole = usageRetention({ usage, customerSince, base, current });
          const parts = usageRetention({ usage: split, customerSince, base, current });
          if (Problem.is(whole) || Problem.is(parts)) throw new Error("refused");
          expect(parts.nur).toBeCloseTo(whole.nur ?? 0, 12);
          expect(parts.cohort).toBe(whole.cohort);
        },
      ),
    );
  });

  it("gives the same figures, to the last bit, whatever order a store added or listed in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 20, maxLength: 60 }),
        fc.integer(),
        (hundredths, seed) => {
          // The same items in decimals, in a shuffled order: sums that differ in their last bits.
          const items = hundredths.map((h, i) => ({
            accountId: ["a", "b", "c"][i % 3] as string,
            day: i % 2 ? "2025-03-10" : "2026-03-10",
            quantity: h / 100,
          }));
          const shuffled = [...items].sort(
            (x, y) => Math.sin(seed + x.quantity) - Math.sin(seed + y.quantity),
          );
          const since = { c: "2020-01-01", a: "2020-01-01", b: "2020-01-01" };
          const reordered = Object.fromEntries(Object.entries(since).reverse());
          const range = {
            base: { from: "2025-03-01", to: "2025-03-31" },
            current: { from: "2026-03-01", to: "2026-03-31" },
          };
          const one = usageRetention({ usage: items, customerSince: since, ...range });
          const other = usageRetention({ usage: shuffled, customerSince: reordered, ...range });
          expect(other).toStrictEqual(one);
        },
      ),
    );
  });
});

describe("usagePeriods", () => {
  it("compares the last three full months with the same months a year before", () => {
    expect(usagePeriods("2026-03-15")).toEqual({
      current: { from: "2025-12-01", to: "2026-02-28" },
      base: { from: "2024-12-01", to: "2025-02-28" },
      noisy: false,
    });
  });

  it("has a month-over-month variant, marked noisy", () => {
    expect(usagePeriods("2026-01-10", "mom")).toEqual({
      current: { from: "2025-12-01", to: "2025-12-31" },
      base: { from: "2025-11-01", to: "2025-11-30" },
      noisy: true,
    });
  });
});
