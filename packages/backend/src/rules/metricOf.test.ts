import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { agreementOn, metrics } from "../testFixtures.ts";
import { metricOf } from "./metricOf.ts";

describe("metricOf", () => {
  it("finds the agreement's metric in the catalog", () => {
    expect(metricOf(metrics, agreementOn("confidence"))).toBe(metrics[1]);
  });

  it("is a conflict when the catalog no longer has it", () => {
    expect(metricOf(metrics, agreementOn("retired-metric"))).toEqual(
      Problem.conflict('the metric "retired-metric" is no longer in the catalog'),
    );
  });
});
