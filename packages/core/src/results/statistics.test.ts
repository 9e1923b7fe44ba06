import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bootstrapRatio } from "./bootstrapRatio.ts";
import { fisherExact } from "./fisherExact.ts";
import { newcombeDifference } from "./newcombeDifference.ts";
import { seededRandom } from "./seededRandom.ts";
import { wilsonInterval } from "./wilsonInterval.ts";

const four = (x: number) => Math.round(x * 10_000) / 10_000;
const rounded = ({ low, high }: { low: number; high: number }) => [four(low), four(high)];

describe("wilsonInterval", () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Statistics in Medicine 17:857–872, Table II, method 3 (score, no correction).
  it.each([
    [81, 263, [0.2553, 0.3662]],
    [15, 148, [0.0624, 0.1605]],
    [0, 20, [0, 0.1611]],
    [1, 29, [0.0061, 0.1718]],
  ])("matches Newcombe's worked example %i/%i", (events, n, expected) => {
    expect(rounded(wilsonInterval(events, n))).toEqual(expected);
  });

  it("refuses counts that are not a proportion", () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(/n ≥ 1/);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
  });

  it("stays within 0–1 and holds its estimate, for any count", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([events, n]) => {
          const { estimate, low, high } = wilsonInterval(events, n);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(estimate);
          expect(high).toBeGreaterThanOrEqual(estimate);
        },
      ),
    );
  });
});

describe("newcombeDifference", () => {
  // Newcombe RG (1998), Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 17:873–890, Table II, method 10.
  it.each([
    [56, 70, 48, 80, [0.0524, 0.3339]],
    [9, 10, 3, 10, [0.1705, 0.809]],
    [5, 56, 0, 29, [-0.0381, 0.1926]],
    [0, 10, 0, 10, [-0.2775, 0.2775]],
  ])("matches Newcombe's worked example %i/%i − %i/%i", (e1, n1, e2, n2, expected) => {
    expect(rounded(newcombeDifference(e1, n1, e2, n2))).toEqual(expected);
  });

  it("stays within −1 to 1, holds its estimate, and mirrors when the groups swap", () => {
    const group = fc
      .integer({ min: 1, max: 2_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([e1, n1], [e2, n2]) => {
        const d = newcombeDifference(e1, n1, e2, n2);
        expect(d.low).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(d.high).toBeLessThanOrEqual(1 + 1e-12);
        expect(d.low).toBeLessThanOrEqual(d.estimate + 1e-12);
        expect(d.high).toBeGreaterThanOrEqual(d.estimate - 1e-12);
        const swapped = newcombeDifference(e2, n2, e1, n1);
        expect(swapped.estimate).toBeCloseTo(-d.estimate, 12);
        expect(swapped.low).toBeCloseTo(-d.high, 12);
        expect(swapped.high).toBeCloseTo(-d.low, 12);
      }),
    );
  });
});

describe("fisherExact", () => {
  it.each([
    // Fisher's tea-tasting table: two-sided p = 0.4857 (= 34/70).
    [3, 1, 1, 3, 0.4857],
    // The dieting example of the Wikipedia article on the test, two-sided p = 0.002759.
    [1, 9, 11, 3, 0.002759],
    // No evidence at all: identical groups.
    [5, 5, 5, 5, 1],
  ])("gives the tabulated two-sided p-value for %i %i / %i %i", (a, b, c, d, p) => {
    expect(fisherExact(a, b, c, d)).toBeCloseTo(p, 4);
  });

  it("is the same for the table's transpose and for swapped rows, and lies in 0–1", () => {
    const cell = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(cell, cell, cell, cell, (a, b, c, d) => {
        const p = fisherExact(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExact(c, d, a, b)).toBeCloseTo(p, 10);
        expect(fisherExact(a, c, b, d)).toBeCloseTo(p, 10);
      }),
    );
  });

  it("refuses what is not a count", () => {
    expect(() => fisherExact(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExact(1.5, 2, 3, 4)).toThrow(RangeError);
  });
});

describe("seededRandom and bootstrapRatio", () => {
  it("repeats itself for a seed, and differs between seeds", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });

  it("gives a reproducible interval around a ratio of sums", () => {
    const random = seededRandom(42);
    const accounts = Array.from({ length: 200 }, () => {
      const before = 1000 + random() * 9000;
      return { numerator: before * (0.8 + random() * 0.5), denominator: before };
    });
    const first = bootstrapRatio(accounts, { seed: 5 });
    expect(first).toEqual(bootstrapRatio(accounts, { seed: 5 }));
    const sum = (key: "numerator" | "denominator") => accounts.reduce((t, a) => t + a[key], 0);
    expect(first?.estimate).toBeCloseTo(sum("numerator") / sum("denominator"), 12);
    expect(first && first.low < first.estimate && first.estimate < first.high).toBe(true);
    // About ±0.02 for 200 accounts spread ±0.14 around 1.05: wide enough to be honest, not wild.
    expect((first?.high ?? 0) - (first?.low ?? 0)).toBeGreaterThan(0.01);
    expect((first?.high ?? 0) - (first?.low ?? 0)).toBeLessThan(0.08);
  });

  it("has no ratio without a denominator", () => {
    expect(bootstrapRatio([])).toBeUndefined();
    expect(bootstrapRatio([{ numerator: 3, denominator: 0 }])).toBeUndefined();
  });
});
