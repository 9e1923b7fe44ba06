import { describe, expect, it } from "vitest";
import { checkTarget } from "./checkTarget.ts";
import { testMetrics as m } from "./testMetrics.ts";
import { checkValue } from "./valueBounds.ts";

describe("checkValue", () => {
  it("accepts values the unit can take", () => {
    expect(checkValue(m.percentUp, 37.5)).toBeUndefined();
    expect(checkValue(m.scaleUp, 3)).toBeUndefined();
    expect(checkValue(m.revenueUp, 48_250.5)).toBeUndefined();
  });

  it("names the problem with values it cannot take", () => {
    expect(checkValue(m.percentUp, 101)).toBe("must be between 0 and 100");
    expect(checkValue(m.scaleUp, 2.5)).toBe("must be a whole number from 1 to 5");
    expect(checkValue(m.scaleUp, 6)).toBe("must be between 1 and 5");
    expect(checkValue(m.countUp, -1)).toBe("must be 0 or more");
    expect(checkValue(m.countUp, 2e12)).toBe("must be at most 1000000000000");
    expect(checkValue(m.countUp, Number.NaN)).toBe("must be a number");
  });
});

describe("checkTarget", () => {
  it("wants a target better than the start, in the metric's direction", () => {
    expect(checkTarget(m.countUp, 5, 6)).toBeUndefined();
    expect(checkTarget(m.countUp, 5, 5)).toMatch(/above the current value 5/);
    expect(checkTarget(m.hoursDown, 6, 5)).toBeUndefined();
    expect(checkTarget(m.hoursDown, 6, 7)).toMatch(/below the current value 6/);
    expect(checkTarget(m.scaleUp, 5, 6)).toBe("must be between 1 and 5");
  });
});
