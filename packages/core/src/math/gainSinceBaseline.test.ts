import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gainSinceBaseline } from "./gainSinceBaseline.ts";

const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });

describe("gainSinceBaseline", () => {
  it("measures improvement in the metric's direction", () => {
    expect(gainSinceBaseline(40, 50, "increase")).toEqual({ absolute: 10, relative: 0.25 });
    expect(gainSinceBaseline(6, 4.5, "decrease")).toEqual({ absolute: 1.5, relative: 0.25 });
  });

  it("shows a regression as a negative gain", () => {
    expect(gainSinceBaseline(40, 30, "increase")).toEqual({ absolute: -10, relative: -0.25 });
    expect(gainSinceBaseline(6, 9, "decrease")).toEqual({ absolute: -3, relative: -0.5 });
  });

  it("gives no relative gain, and no NaN or Infinity, for a zero baseline", () => {
    expect(gainSinceBaseline(0, 5, "increase")).toEqual({ absolute: 5, relative: null });
    expect(gainSinceBaseline(0, 0, "decrease")).toEqual({ absolute: 0, relative: null });
  });

  it("agrees between an increase metric and its mirrored decrease metric", () => {
    fc.assert(
      fc.property(value, value, (baseline, current) => {
        expect(gainSinceBaseline(-baseline, -current, "decrease")).toEqual(
          gainSinceBaseline(baseline, current, "increase"),
        );
      }),
    );
  });

  it("is always finite, and zero exactly when nothing changed", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom("increase", "decrease"), (b, c, direction) => {
        const gain = gainSinceBaseline(b, c, direction);
        expect(Number.isFinite(gain.absolute)).toBe(true);
        if (gain.relative !== null) expect(Number.isFinite(gain.relative)).toBe(true);
        expect(gain.absolute === 0).toBe(b === c);
      }),
    );
  });
});
