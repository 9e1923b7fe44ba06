import { describe, expect, it } from "vitest";
import { formatChange, formatRate, formatRelative, formatValue } from "./format.ts";

const percent = { unit: { type: "percent" as const } };
const hours = { unit: { type: "duration" as const, of: "hours" as const } };
const usd = { unit: { type: "currency" as const, currency: "USD" } };
const contacts = { unit: { type: "number" as const, label: "contacts" } };
const scale = { unit: { type: "scale" as const } };

describe("scorecard formats", () => {
  it("writes values with their unit", () => {
    expect(formatValue(percent, 42)).toBe("42%");
    expect(formatValue(usd, 48250)).toBe("$48,250");
    expect(formatValue(hours, 5.5)).toBe("5.5 hours");
    expect(formatValue(contacts, 28)).toBe("28 contacts");
    expect(formatValue(scale, 3)).toBe("3 of 5");
  });

  it("signs changes, percent metrics in points", () => {
    expect(formatChange(percent, 6)).toBe("+6 pts");
    expect(formatChange(hours, -1.5)).toBe("−1.5 hours");
    expect(formatChange(usd, 12000)).toBe("+$12,000");
    expect(formatChange(scale, 0.8)).toBe("+0.8 points");
    expect(formatChange(contacts, 0)).toBe("0 contacts");
  });

  it("writes rates and relative gains as percentages", () => {
    expect(formatRate(0.583)).toBe("58%");
    expect(formatRelative(0.125)).toBe("+12.5%");
    expect(formatRelative(-0.3)).toBe("-30%");
    expect(formatRelative(null)).toBe("–");
  });
});
