import { describe, expect, it } from "vitest";
import type { Measurement } from "../contract/measurement.ts";
import { applyCorrection } from "./applyCorrection.ts";

const m: Measurement = {
  id: "m1",
  agreementId: "a1",
  value: 5,
  at: "2026-01-10T00:00:00.000Z",
  source: "self",
  note: "good week",
  userId: "u1",
};
const at = "2026-01-11T00:00:00.000Z";

describe("applyCorrection", () => {
  it("corrects the value and keeps what it was", () => {
    expect(applyCorrection(m, { value: 6 }, at, "u1")).toEqual({
      measurement: { ...m, value: 6, correctedAt: at },
      correction: {
        at,
        userId: "u1",
        action: "corrected",
        before: { value: 5, note: "good week" },
        after: { value: 6, note: "good week" },
      },
    });
  });

  it("clears the note with null and changes it with a string", () => {
    const cleared = applyCorrection(m, { note: null }, at, "u1");
    expect(cleared?.measurement).not.toHaveProperty("note");
    expect(cleared?.correction.after).toEqual({ value: 5 });
    expect(applyCorrection(m, { note: "better" }, at, "u1")?.measurement.note).toBe("better");
  });

  it("records nothing when nothing changes: a retried correction answers the same", () => {
    expect(applyCorrection(m, { value: 5, note: "good week" }, at, "u1")).toBeUndefined();
    const once = applyCorrection(m, { value: 7 }, at, "u1");
    expect(once && applyCorrection(once.measurement, { value: 7 }, at, "u1")).toBeUndefined();
  });

  it("deletes as a tombstone once", () => {
    const deleted = applyCorrection(m, undefined, at, "u1");
    expect(deleted).toEqual({
      measurement: { ...m, deletedAt: at },
      correction: { at, userId: "u1", action: "deleted", before: { value: 5, note: "good week" } },
    });
    expect(deleted && applyCorrection(deleted.measurement, undefined, at, "u1")).toBeUndefined();
  });
});
