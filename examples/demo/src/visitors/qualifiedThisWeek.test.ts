import { describe, expect, it } from "vitest";
import { weekOf } from "./qualifiedThisWeek.ts";

describe("weekOf", () => {
  it("names a week by its Monday", () => {
    expect(weekOf(new Date(2026, 10, 23))).toBe("2026-11-23"); // a Monday
    expect(weekOf(new Date(2026, 10, 25, 18))).toBe("2026-11-23"); // Wednesday evening
    expect(weekOf(new Date(2026, 10, 29, 23, 59))).toBe("2026-11-23"); // Sunday night
  });

  it("crosses month and year ends", () => {
    expect(weekOf(new Date(2027, 0, 1))).toBe("2026-12-28");
  });
});
