import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { inDays, now } from "../testFixtures.ts";
import { kpiPeriod } from "./kpiPeriod.ts";

describe("kpiPeriod", () => {
  it("is the 90 days up to now, or up to `to`, unless given", () => {
    expect(kpiPeriod({}, now)).toEqual({ from: inDays(-90), to: now.toISOString() });
    expect(kpiPeriod({ to: inDays(-10) }, now)).toEqual({ from: inDays(-100), to: inDays(-10) });
    expect(kpiPeriod({ from: inDays(-5), to: inDays(-5) }, now)).toEqual({
      from: inDays(-5),
      to: inDays(-5),
    });
  });

  it("refuses `to` before `from`", () => {
    expect(kpiPeriod({ from: inDays(-5), to: inDays(-6) }, now)).toEqual(
      Problem.invalid(["to"], "must not be before from"),
    );
  });
});
