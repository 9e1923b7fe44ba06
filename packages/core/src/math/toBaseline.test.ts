import { describe, expect, it } from "vitest";
import type { CollectionMethod } from "../contract/primitives.ts";
import { clockSkewMs } from "./checkNotFuture.ts";
import { Problem } from "./Problem.ts";
import { testMetrics } from "./testMetrics.ts";
import { toBaseline } from "./toBaseline.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const percent = (collection: CollectionMethod) => ({ ...testMetrics.percentUp, collection });

describe("toBaseline", () => {
  it("is taken now, labelled by who typed it unless a source is given", () => {
    // A typed value is the user's, never the product's: self even for app and integration metrics.
    for (const collection of ["app", "integration", "self"] as const) {
      expect(toBaseline(percent(collection), { value: 28 }, now)).toEqual({
        value: 28,
        at: now.toISOString(),
        source: "self",
      });
    }
    expect(toBaseline({ ...testMetrics.scaleUp, collection: "scale" }, { value: 3 }, now)).toEqual({
      value: 3,
      at: now.toISOString(),
      source: "scale",
    });
    // The product's own value, offered from a session's latestValues, keeps its source.
    expect(toBaseline(percent("app"), { value: 42, source: "app" }, now)).toMatchObject({
      source: "app",
    });
    const at = "2026-02-01T00:00:00.000Z";
    expect(toBaseline(percent("self"), { value: 28, at, source: "self" }, now)).toEqual({
      value: 28,
      at,
      source: "self",
    });
  });

  it("refuses a value outside the metric's bounds", () => {
    expect(toBaseline(percent("self"), { value: 140 }, now)).toEqual(
      Problem.invalid(["baseline", "value"], "must be between 0 and 100"),
    );
  });

  it("takes the user's own figure for app and integration metrics only", () => {
    for (const collection of ["app", "integration"] as const) {
      expect(toBaseline(percent(collection), { value: 5, source: "self" }, now)).toMatchObject({
        source: "self",
      });
      expect(toBaseline(percent(collection), { value: 5, source: "scale" }, now)).toEqual(
        Problem.invalid(
          ["baseline", "source"],
          `must be "${collection}" or "self" for this metric`,
        ),
      );
    }
    expect(toBaseline(percent("self"), { value: 5, source: "app" }, now)).toEqual(
      Problem.invalid(["baseline", "source"], 'must be "self" for this metric'),
    );
  });

  it("refuses a time in the future", () => {
    const at = new Date(now.getTime() + clockSkewMs + 1).toISOString();
    expect(toBaseline(percent("self"), { value: 5, at }, now)).toEqual(
      Problem.invalid(["baseline", "at"], "must not be in the future"),
    );
  });
});
