import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { agreementOn, inDays, measurement, metrics, now } from "../testFixtures.ts";
import { type CorrectMeasurementInput, correctMeasurement } from "./correctMeasurement.ts";

const input = (fields: Partial<CorrectMeasurementInput> = {}): CorrectMeasurementInput => ({
  measurement: measurement(5, { note: "first" }),
  agreement: agreementOn(),
  metrics,
  body: { value: 6 },
  userId: "sam",
  now,
  ...fields,
});
const at = now.toISOString();

describe("correctMeasurement", () => {
  it("corrects the user's own entry and keeps what it was", () => {
    expect(correctMeasurement(input())).toEqual({
      measurement: { ...measurement(5, { note: "first" }), value: 6, correctedAt: at },
      correction: {
        at,
        userId: "sam",
        action: "corrected",
        before: { value: 5, note: "first" },
        after: { value: 6, note: "first" },
      },
    });
  });

  it("answers the same, recording nothing, when the correction is already in place", () => {
    const corrected = measurement(6, { correctedAt: inDays(-1) });
    expect(correctMeasurement(input({ measurement: corrected }))).toEqual({
      measurement: corrected,
    });
  });

  it("deletes as a tombstone, and answers the tombstone to a repeated deletion", () => {
    const first = correctMeasurement(input({ body: undefined }));
    expect(first).toMatchObject({
      measurement: { deletedAt: at },
      correction: { action: "deleted" },
    });
    const tombstone = measurement(5, { deletedAt: inDays(-1) });
    expect(correctMeasurement(input({ measurement: tombstone, body: undefined }))).toEqual({
      measurement: tombstone,
    });
  });

  it("refuses to correct a deleted entry", () => {
    const tombstone = measurement(5, { deletedAt: inDays(-1) });
    expect(correctMeasurement(input({ measurement: tombstone }))).toMatchObject({
      kind: "conflict",
    });
  });

  it("forbids another user's entries and the product's data, deletion included", () => {
    for (const fields of [{ userId: "alex" }, { source: "app" as const }]) {
      for (const body of [{ value: 6 }, undefined]) {
        expect(
          correctMeasurement(input({ measurement: measurement(5, fields), body })),
        ).toMatchObject({ kind: "forbidden" });
      }
    }
  });

  it("checks the value as on creation, and needs an agreed agreement on a metric in the catalog", () => {
    expect(correctMeasurement(input({ body: { value: -1 } }))).toEqual(
      Problem.invalid(["value"], "must be 0 or more"),
    );
    const retired = agreementOn("meetings", { status: "retired", retiredAt: inDays(-1) });
    expect(correctMeasurement(input({ agreement: retired }))).toMatchObject({ kind: "conflict" });
    expect(correctMeasurement(input({ metrics: [] }))).toMatchObject({ kind: "conflict" });
  });
});
