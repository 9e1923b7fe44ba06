import { describe, expect, it } from "vitest";
import { formatRate, formatRelative } from "./format.ts";

describe("scorecard formats", () => {
  it("writes rates and relative gains as percentages", () => {
    expect(formatRate(0.583)).toBe("58%");
    expect(formatRelative(0.125)).toBe("+12.5%");
    expect(formatRelative(-0.3)).toBe("-30%");
    expect(formatRelative(null)).toBe("–");
  });
});
