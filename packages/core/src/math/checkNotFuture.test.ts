import { describe, expect, it } from "vitest";
import { checkNotFuture, clockSkewMs, isFuture } from "./checkNotFuture.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe("checkNotFuture", () => {
  it("takes past times, now, and times within the clock skew", () => {
    for (const at of [after(-86_400_000), after(0), after(clockSkewMs)]) {
      expect(isFuture(at, now)).toBe(false);
      expect(checkNotFuture(["at"], at, now)).toBeUndefined();
    }
    expect(clockSkewMs).toBe(5 * 60_000);
  });

  it("refuses a time beyond the skew, at the path given", () => {
    const at = after(clockSkewMs + 1);
    expect(isFuture(at, now)).toBe(true);
    expect(checkNotFuture(["baseline", "at"], at, now)).toEqual({
      kind: "invalid",
      message: "baseline.at must not be in the future",
      issues: [{ path: ["baseline", "at"], message: "must not be in the future", code: "custom" }],
    });
  });
});
