import { describe, expect, it } from "vitest";
import { checkMeasurement } from "./checkMeasurement.ts";
import { clockSkewMs } from "./checkNotFuture.ts";
import { Problem } from "./Problem.ts";
import { testMetrics } from "./testMetrics.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const count = { ...testMetrics.countUp, collection: "self" as const };
const scale = { ...testMetrics.scaleUp, collection: "scale" as const };

describe("checkMeasurement", () => {
  it("takes a data point that fits the metric", () => {
    expect(checkMeasurement(count, { source: "self", value: 7 }, now)).toBeUndefined();
    const at = now.toISOString();
    expect(checkMeasurement(scale, { source: "scale", value: 4, phase: "end", at }, now)).toBe(
      undefined,
    );
  });

  it("takes only the metric's own source", () => {
    expect(checkMeasurement(count, { source: "app", value: 7 }, now)).toEqual(
      Problem.invalid(["source"], 'must be "self" for this metric'),
    );
  });

  it("takes a phase for scale assessments only", () => {
    expect(checkMeasurement(count, { source: "self", value: 7, phase: "start" }, now)).toEqual(
      Problem.invalid(["phase"], "is only for scale assessments"),
    );
  });

  it("refuses a value the metric cannot take", () => {
    expect(checkMeasurement(scale, { source: "scale", value: 4.5 }, now)).toEqual(
      Problem.invalid(["value"], "must be a whole number from 1 to 5"),
    );
    expect(checkMeasurement(count, { source: "self", value: -1 }, now)).toEqual(
      Problem.invalid(["value"], "must be 0 or more"),
    );
  });

  it("refuses a time in the future", () => {
    const at = new Date(now.getTime() + clockSkewMs + 1).toISOString();
    expect(checkMeasurement(count, { source: "self", value: 7, at }, now)).toEqual(
      Problem.invalid(["at"], "must not be in the future"),
    );
  });
});
