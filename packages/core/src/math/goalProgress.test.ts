import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalProgress } from "./goalProgress.ts";

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("goalProgress", () => {
  it("is 0 at the start, 1 at the target, and not clamped", () => {
    const goal = { startValue: 10, target: 20 };
    expect(goalProgress(goal, 10, "increase")).toBe(0);
    expect(goalProgress(goal, 15, "increase")).toBe(0.5);
    expect(goalProgress(goal, 20, "increase")).toBe(1);
    expect(goalProgress(goal, 25, "increase")).toBe(1.5);
    expect(goalProgress(goal, 5, "increase")).toBe(-0.5);
  });

  it("counts down for a decrease metric", () => {
    const goal = { startValue: 6, target: 4 };
    expect(goalProgress(goal, 5, "decrease")).toBe(0.5);
    expect(goalProgress(goal, 7, "decrease")).toBe(-0.5);
  });

  it("never divides by zero when the target equals the start", () => {
    expect(goalProgress({ startValue: 3, target: 3 }, 3, "increase")).toBe(1);
    expect(goalProgress({ startValue: 3, target: 3 }, 2, "increase")).toBe(0);
  });

  it("agrees between an increase metric and its mirror", () => {
    fc.assert(
      fc.property(value, value, value, (start, target, v) => {
        const mirrored = goalProgress({ startValue: -start, target: -target }, -v, "decrease");
        expect(mirrored).toBe(goalProgress({ startValue: start, target }, v, "increase"));
      }),
    );
  });

  it("is monotonic in the value: better values never show less progress", () => {
    fc.assert(
      fc.property(
        value,
        value,
        value,
        value,
        fc.constantFrom("increase", "decrease"),
        (start, target, a, b, direction) => {
          const [worse, better] =
            direction === "increase" ? [a, b].sort((x, y) => x - y) : [a, b].sort((x, y) => y - x);
          const goal = { startValue: start, target };
          expect(goalProgress(goal, better as number, direction)).toBeGreaterThanOrEqual(
            goalProgress(goal, worse as number, direction),
          );
        },
      ),
    );
  });

  it("is always a finite number", () => {
    fc.assert(
      fc.property(value, value, value, fc.constantFrom("increase", "decrease"), (s, t, v, d) => {
        expect(Number.isFinite(goalProgress({ startValue: s, target: t }, v, d))).toBe(true);
      }),
    );
  });
});
