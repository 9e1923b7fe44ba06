import { describe, expect, it } from "vitest";
import { IsoDateTime, Name, Note, Text } from "./primitives.ts";

const accepts = (value: string) => IsoDateTime.safeParse(value).success;

describe("IsoDateTime", () => {
  it("accepts Z and offsets, with and without seconds and fractions", () => {
    for (const value of [
      "2026-03-01T09:30Z",
      "2026-03-01T09:30:00Z",
      "2026-03-01T09:30:00.123456789+02:00",
      "2026-12-31T23:59:59-11:30",
    ]) {
      expect(accepts(value), value).toBe(true);
    }
  });

  it("accepts a leap day only in a leap year", () => {
    expect(accepts("2024-02-29T00:00:00Z")).toBe(true);
    expect(accepts("2000-02-29T00:00:00Z")).toBe(true);
    expect(accepts("1900-02-29T00:00:00Z")).toBe(false);
    expect(accepts("2026-02-29T00:00:00Z")).toBe(false);
  });

  it("refuses days a month does not have", () => {
    for (const day of ["2026-02-30", "2026-04-31", "2026-06-31", "2026-09-31", "2026-11-31"]) {
      expect(accepts(`${day}T10:00:00Z`), day).toBe(false);
    }
    expect(accepts("2026-01-31T10:00:00Z")).toBe(true);
  });

  it("keeps to the years 1–9999 once in UTC, to the millisecond", () => {
    expect(accepts("0001-01-01T00:00:00Z")).toBe(true);
    expect(accepts("0001-01-01T00:00:00+00:01")).toBe(false);
    expect(accepts("0000-12-31T23:59:59Z")).toBe(false);
    expect(accepts("9999-12-31T23:59:59.999Z")).toBe(true);
    expect(accepts("9999-12-31T23:59:59-00:01")).toBe(false);
  });

  it("says which rule failed", () => {
    const [pattern] = IsoDateTime.safeParse("2026-03-01 09:30").error?.issues ?? [];
    expect(pattern?.message).toMatch(/ISO 8601/);
    const [day] = IsoDateTime.safeParse("2026-02-30T09:30:00Z").error?.issues ?? [];
    expect(day?.message).toBe("must be a real date and time between the years 1 and 9999");
  });
});

describe.each([
  ["Name", Name],
  ["Text", Text],
  ["Note", Note],
])("%s", (_name, schema) => {
  it("refuses NUL and unpaired surrogates, and keeps emoji and other scripts", () => {
    expect(schema.safeParse("a\u0000b").success).toBe(false);
    expect(schema.safeParse("lone \ud83d").success).toBe(false);
    expect(schema.safeParse("lone \udc00 low").success).toBe(false);
    expect(schema.safeParse("🎯 ok — على المسار").data).toBe("🎯 ok — على المسار");
  });
});
