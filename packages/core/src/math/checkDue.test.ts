import { describe, expect, it } from "vitest";
import { checkDue } from "./checkDue.ts";

const now = new Date("2026-03-02T09:00:00.000Z");
const after = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe("checkDue", () => {
  it("takes a due date after now", () => {
    expect(checkDue(after(1), now)).toBeUndefined();
    expect(checkDue(after(30 * 86_400_000), now)).toBeUndefined();
  });

  it("refuses a due date now or before, and one that is not a date", () => {
    for (const dueAt of [after(0), after(-1), after(-86_400_000), "not a date"]) {
      expect(checkDue(dueAt, now), dueAt).toMatchObject({
        kind: "invalid",
        message: "dueAt must be in the future",
        issues: [{ path: ["dueAt"], message: "must be in the future" }],
      });
    }
  });
});
