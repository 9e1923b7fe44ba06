import { describe, expect, it } from "vitest";
import { checkCorrection } from "./checkCorrection.ts";
import { Problem } from "./Problem.ts";
import { testMetrics } from "./testMetrics.ts";

const entry = { id: "m1", source: "self" as const, userId: "u1" };

describe("checkCorrection", () => {
  it("lets a user correct or delete their own self and scale entries", () => {
    expect(checkCorrection(testMetrics.countUp, entry, "u1", 5)).toBeUndefined();
    expect(checkCorrection(testMetrics.countUp, entry, "u1")).toBeUndefined();
    expect(
      checkCorrection(testMetrics.scaleUp, { ...entry, source: "scale" }, "u1", 4),
    ).toBeUndefined();
  });

  it("forbids the product's data and another user's entries", () => {
    for (const source of ["app", "integration"] as const) {
      expect(checkCorrection(testMetrics.countUp, { ...entry, source }, "u1", 5)).toMatchObject({
        kind: "forbidden",
        message: expect.stringContaining(`${source} data`),
      });
    }
    expect(checkCorrection(testMetrics.countUp, entry, "u2")).toMatchObject({
      kind: "forbidden",
      message: expect.stringContaining("another user"),
    });
  });

  it("refuses a deleted entry and a value that does not fit the metric", () => {
    const deleted = { ...entry, deletedAt: "2026-01-01T00:00:00.000Z" };
    expect(checkCorrection(testMetrics.countUp, deleted, "u1", 5)?.kind).toBe("conflict");
    expect(checkCorrection(testMetrics.percentUp, entry, "u1", 140)).toEqual(
      Problem.invalid(["value"], "must be between 0 and 100"),
    );
    expect(
      checkCorrection(testMetrics.scaleUp, { ...entry, source: "scale" }, "u1", 2.5)?.kind,
    ).toBe("invalid");
  });
});
