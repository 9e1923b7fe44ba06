import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartScale } from "./chartScale.ts";

const counts = { min: 0, max: 1e12 };
const percent = { min: 0, max: 100 };

describe("chartScale", () => {
  it("spans the points, the baseline and the target, with round ticks", () => {
    const { low, high, ticks } = chartScale([4, 5, 5, 6, 6], [4, 7], counts);
    expect([low, high]).toEqual([4, 7]);
    expect(ticks).toEqual([4, 5, 6, 7]);
  });

  it("is not flattened by one outlier: 1,000 meetings against a bulk of 4 to 7", () => {
    const scale = chartScale([4, 5, 5, 6, 1000], [4, 7], counts);
    expect(scale.high).toBeLessThan(20);
    expect(scale.ticks.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps an implausible 99,999,999,999 hours off a scale of a few hours", () => {
    const scale = chartScale([6, 5.5, 99_999_999_999], [6, 5], counts);
    expect(scale.high).toBeLessThanOrEqual(10);
    expect(scale.low).toBeGreaterThanOrEqual(0);
  });

  it("keeps a real climb on the scale: 4 to 14 meetings is no outlier", () => {
    expect(chartScale([4, 5, 5, 14], [4, 5], counts).high).toBeGreaterThanOrEqual(14);
  });

  it("stays within the unit's bounds: a percentage axis ends at 100", () => {
    const scale = chartScale([92, 95, 97], [90, 99], percent);
    expect(scale.high).toBe(100);
    expect(scale.ticks.at(-1)).toBe(100);
  });

  it("gives one repeated value some room", () => {
    const scale = chartScale([5, 5], [5], counts);
    expect(scale.low).toBeLessThan(5);
    expect(scale.high).toBeGreaterThan(5);
  });

  it("uses a scale metric's points as its ticks", () => {
    expect(chartScale([2, 3], [2, 3], { min: 1, max: 5 }, [1, 2, 3, 4, 5])).toEqual({
      low: 1,
      high: 5,
      ticks: [1, 2, 3, 4, 5],
    });
  });

  it("ends on its outer ticks exactly, with no floating-point residue (found by the property below)", () => {
    const { low, high, ticks } = chartScale([0.13], [0.03, 0.03], counts);
    expect(ticks[0]).toBe(low);
    expect(ticks.at(-1)).toBe(high);
  });

  it("always holds the baseline and the target, with three to six round ticks inside", () => {
    const value = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 30 }),
        value,
        value,
        (values, b, t) => {
          const { low, high, ticks } = chartScale(values, [b, t], counts);
          expect(low).toBeLessThanOrEqual(Math.min(b, t));
          expect(high).toBeGreaterThanOrEqual(Math.max(b, t));
          expect(ticks.length).toBeGreaterThanOrEqual(3);
          expect(ticks.length).toBeLessThanOrEqual(6);
          for (const tick of ticks) {
            expect(tick).toBeGreaterThanOrEqual(low);
            expect(tick).toBeLessThanOrEqual(high);
          }
        },
      ),
    );
  });
});
