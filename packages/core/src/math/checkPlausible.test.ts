import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlausible } from "./checkPlausible.ts";
import { testMetrics } from "./testMetrics.ts";

const { countUp, hoursDown, percentUp, revenueUp, scaleUp } = testMetrics;

describe("checkPlausible", () => {
  it("asks about 1,000 meetings against a baseline of 4, with the figures", () => {
    expect(
      checkPlausible(countUp, 1000, { baseline: 4, goal: { startValue: 4, target: 5 } }),
    ).toEqual({
      value: 1000,
      reason: "history",
      side: "above",
      limit: 50,
      previous: 4,
    });
  });

  it("counts ten times (an extra zero) as implausible, less than that as plausible", () => {
    expect(checkPlausible(hoursDown, 60, { baseline: 6 })?.side).toBe("above");
    expect(checkPlausible(hoursDown, 59, { baseline: 6 })).toBeUndefined();
    expect(checkPlausible(revenueUp, 482_500, { baseline: 48_250 })?.limit).toBe(482_500);
  });

  it("asks about a tenth or less of the lowest value seen (a dropped digit), never about 0", () => {
    expect(checkPlausible(hoursDown, 4, { baseline: 40, recent: [42] })).toMatchObject({
      side: "below",
      limit: 4,
      previous: 42,
    });
    expect(checkPlausible(hoursDown, 4.5, { baseline: 40 })).toBeUndefined();
    expect(checkPlausible(countUp, 0, { baseline: 4 })).toBeUndefined();
  });

  it("compares with the newest entries, the baseline and the goal: the latest is `previous`", () => {
    const history = { baseline: 4, recent: [30, 25, 20], goal: { startValue: 20, target: 35 } };
    expect(checkPlausible(countUp, 300, history)).toBeUndefined(); // under 35 × 10
    expect(checkPlausible(countUp, 350, history)).toMatchObject({ previous: 30, limit: 350 });
  });

  it("counts only the ten newest entries", () => {
    const recent = [...Array(10).fill(5), 1000];
    expect(checkPlausible(countUp, 900, { recent })?.limit).toBe(50);
  });

  it("takes no ratio beside a history of zeros, and passes everything without a history", () => {
    expect(checkPlausible(countUp, 1e9, { baseline: 0 })).toBeUndefined();
    expect(checkPlausible(countUp, 1e9, { baseline: 0, recent: [0, 0] })).toBeUndefined();
    expect(checkPlausible(countUp, 1e9)).toBeUndefined();
    // A zero among other values lowers nothing below it: only the upper test applies.
    expect(checkPlausible(countUp, 0.01, { baseline: 0, recent: [8] })).toBeUndefined();
    expect(checkPlausible(countUp, 80, { baseline: 0, recent: [8] })?.side).toBe("above");
  });

  it("asks about a value outside the catalog's range first, even without a history", () => {
    const hours = { ...hoursDown, plausible: { min: 0.5, max: 200 } };
    expect(checkPlausible(hours, 99_999_999_999)).toEqual({
      value: 99_999_999_999,
      reason: "range",
      side: "above",
      limit: 200,
    });
    expect(checkPlausible(hours, 0.25, { baseline: 6 })).toMatchObject({
      reason: "range",
      side: "below",
      limit: 0.5,
      previous: 6,
    });
    expect(checkPlausible(hours, 150, { baseline: 6 })).toMatchObject({ reason: "history" });
    expect(checkPlausible(hours, 200)).toBeUndefined();
  });

  it("works for percentages, in their own figures", () => {
    expect(checkPlausible(percentUp, 42, { baseline: 4 })?.limit).toBe(40);
    expect(checkPlausible(percentUp, 90, { baseline: 42 })).toBeUndefined();
    const narrow = { ...percentUp, plausible: { min: 1, max: 95 } };
    expect(checkPlausible(narrow, 99, { baseline: 42 })?.reason).toBe("range");
  });

  it("never asks about a point of a scale, nor about what the unit cannot take (refused)", () => {
    expect(checkPlausible(scaleUp, 5, { baseline: 1 })).toBeUndefined();
    expect(checkPlausible(countUp, Number.NaN, { baseline: 4 })).toBeUndefined();
    const hours = { ...hoursDown, plausible: { min: 0.5, max: 200 } };
    expect(checkPlausible(hours, -3, { baseline: 6 })).toBeUndefined();
    expect(checkPlausible(percentUp, 140, { baseline: 4 })).toBeUndefined();
  });

  it("never asks about a value within what was seen (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recent, at) => {
          const low = Math.min(...recent);
          const high = Math.max(...recent);
          const value = low + (high - low) * at;
          expect(checkPlausible(hoursDown, value, { recent })).toBeUndefined();
        },
      ),
    );
  });
});
