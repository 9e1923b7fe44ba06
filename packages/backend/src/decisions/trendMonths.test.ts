import { describe, expect, it } from "vitest";
import { trendMonths } from "./trendMonths.ts";

describe("trendMonths", () => {
  it("gives the last calendar months in UTC, oldest first, the current one up to now", () => {
    const now = new Date("2026-03-04T10:00:00.000Z");
    expect(trendMonths({ months: 3 }, now)).toEqual([
      { from: "2026-01-01T00:00:00.000Z", to: "2026-01-31T23:59:59.999Z" },
      { from: "2026-02-01T00:00:00.000Z", to: "2026-02-28T23:59:59.999Z" },
      { from: "2026-03-01T00:00:00.000Z", to: "2026-03-04T10:00:00.000Z" },
    ]);
  });

  it("crosses a year and defaults to six months", () => {
    const months = trendMonths({}, new Date("2026-02-10T00:00:00.000Z"));
    expect(months).toHaveLength(6);
    expect(months[0]?.from).toBe("2025-09-01T00:00:00.000Z");
  });
});
