import { Problem } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { agreementOn, inDays, measurement, metrics, now } from "../testFixtures.ts";
import {
  measurementRequest,
  type NewMeasurementInput,
  newMeasurement,
  replayMeasurement,
} from "./newMeasurement.ts";

const input = (fields: Partial<NewMeasurementInput> = {}): NewMeasurementInput => ({
  body: { id: "m_1", agreementId: "agr_meetings", value: 5, source: "self" },
  agreement: agreementOn(),
  metrics,
  userId: "sam",
  now,
  ...fields,
});
const body = (fields: object) => ({ ...input().body, ...fields });

describe("newMeasurement", () => {
  it("stores the data point now, by the user, with its note and phase", () => {
    expect(newMeasurement(input({ body: body({ note: "good week" }) }))).toEqual({
      id: "m_1",
      agreementId: "agr_meetings",
      value: 5,
      at: now.toISOString(),
      source: "self",
      note: "good week",
      userId: "sam",
    });
    const scale = { agreement: agreementOn("confidence") };
    const assessed = body({ source: "scale", value: 3, phase: "start", at: inDays(-1) });
    expect(newMeasurement(input({ ...scale, body: assessed }))).toMatchObject({
      phase: "start",
      at: inDays(-1),
    });
  });

  it("refuses a data point that does not fit the metric", () => {
    expect(newMeasurement(input({ body: body({ source: "app" }) }))).toEqual(
      Problem.invalid(["source"], 'must be "self" for this metric'),
    );
    expect(newMeasurement(input({ body: body({ at: inDays(1) }) }))).toEqual(
      Problem.invalid(["at"], "must not be in the future"),
    );
  });

  it("takes integration data only through ingest", () => {
    const revenue = { agreement: agreementOn("revenue"), body: body({ source: "integration" }) };
    expect(newMeasurement(input(revenue))).toEqual(
      Problem.invalid(["source"], "integration data arrives server-to-server through ingest"),
    );
  });

  it("is a conflict for an agreement not agreed, or a metric off the catalog", () => {
    const retired = agreementOn("meetings", { status: "retired", retiredAt: inDays(-1) });
    expect(newMeasurement(input({ agreement: retired }))).toEqual(
      Problem.conflict(
        "the agreement is retired; entries are logged and corrected on agreed metrics only",
      ),
    );
    expect(newMeasurement(input({ agreement: agreementOn("gone") }))).toEqual(
      Problem.conflict('the metric "gone" is no longer in the catalog'),
    );
  });
});

describe("replayMeasurement", () => {
  const sent = { id: "m_5", agreementId: "agr_meetings", value: 5, source: "self" as const };
  const stored = { measurement: measurement(5), request: measurementRequest(sent) };

  it("answers the stored measurement to the same body, in any key order", () => {
    const reordered = { source: "self" as const, value: 5, agreementId: "agr_meetings", id: "m_5" };
    expect(replayMeasurement(stored, reordered)).toBe(stored.measurement);
  });

  it("is a conflict when another body reuses the id", () => {
    expect(replayMeasurement(stored, { ...sent, value: 6 })).toEqual(
      Problem.conflict('the measurement id "m_5" was already used with another body'),
    );
  });
});
