import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { improvement } from "./improvement.ts";
import { suggestDueAt, suggestTarget } from "./suggestTarget.ts";
import { testMetrics as m } from "./testMetrics.ts";
import { valueBounds } from "./valueBounds.ts";

describe("suggestTarget", () => {
  it("improves the baseline by the expected gain, rounded for the unit", () => {
    expect(suggestTarget({ baseline: 40, expectedGain: 0.15, metric: m.percentUp })).toBe(46);
    expect(suggestTarget({ baseline: 6, expectedGain: 0.15, metric: m.countUp })).toBe(7);
    expect(suggestTarget({ baseline: 6, expectedGain: 0.15, metric: m.hoursDown })).toBe(5);
    expect(suggestTarget({ baseline: 48_250, expectedGain: 0.1, metric: m.revenueUp })).toBe(
      53_100,
    );
    expect(suggestTarget({ baseline: 2, expectedGain: 0.2, metric: m.scaleUp })).toBe(3);
  });

  it("still sets a reachable step from a zero or tiny baseline", () => {
    expect(suggestTarget({ baseline: 0, expectedGain: 0.1, metric: m.countUp })).toBe(1);
    expect(suggestTarget({ baseline: 0, expectedGain: 0.1, metric: m.percentUp })).toBe(1);
    expect(suggestTarget({ baseline: 1, expectedGain: 0.1, metric: m.hoursDown })).toBe(0.5);
  });

  it("keeps percentages within 0–100 and scales within their points", () => {
    expect(suggestTarget({ baseline: 95, expectedGain: 0.5, metric: m.percentUp })).toBe(100);
    expect(suggestTarget({ baseline: 4, expectedGain: 1, metric: m.scaleUp })).toBe(5);
  });

  it("returns the baseline when it is already the best possible value", () => {
    expect(suggestTarget({ baseline: 5, expectedGain: 0.2, metric: m.scaleUp })).toBe(5);
    expect(suggestTarget({ baseline: 0, expectedGain: 0.2, metric: m.hoursDown })).toBe(0);
  });

  it("is within bounds, whole where the unit is, and better than the baseline unless at the best", () => {
    const metric = fc.constantFrom(...Object.values(m));
    fc.assert(
      fc.property(
        metric,
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (metric, rawBaseline, expectedGain) => {
          const { min, max, integer } = valueBounds(metric);
          const baseline = Math.min(max, rawBaseline);
          const target = suggestTarget({ baseline, expectedGain, metric });
          expect(target).toBeGreaterThanOrEqual(min);
          expect(target).toBeLessThanOrEqual(max);
          if (integer) expect(Number.isInteger(target)).toBe(true);
          const best = metric.direction === "increase" ? max : min;
          if (baseline !== best)
            expect(improvement(baseline, target, metric.direction)).toBeGreaterThan(0);
          else expect(target).toBe(baseline);
        },
      ),
    );
  });

  it("counts are suggested whole", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (b, g) => {
          expect(
            Number.isInteger(suggestTarget({ baseline: b, expectedGain: g, metric: m.countUp })),
          ).toBe(true);
        },
      ),
    );
  });
});

describe("suggestDueAt", () => {
  it("adds the metric's period to the start", () => {
    expect(suggestDueAt("2026-03-01T09:00:00.000Z", 30)).toBe("2026-03-31T09:00:00.000Z");
  });
});
