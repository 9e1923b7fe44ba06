import type { IngestMeasurement } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import { agreementOn, inDays, measurement, metrics, now } from "../testFixtures.ts";
import { type IngestItemInput, ingestItem, ingestRequest, ingestUserId } from "./ingestItem.ts";

const item: IngestMeasurement = {
  id: "crm_1",
  accountId: "acme",
  roleId: "sdr",
  metricId: "revenue",
  value: 150_000,
  at: inDays(-1),
  source: "integration",
};
const input = (fields: Partial<IngestItemInput> = {}): IngestItemInput => ({
  item,
  stored: undefined,
  agreement: agreementOn("revenue"),
  metrics,
  now,
  ...fields,
});
const rejected = (code: string, message: string) => ({
  result: { id: "crm_1", status: "rejected", error: { code, message } },
});

describe("ingestItem", () => {
  it("creates a measurement of the agreement, by ingest", () => {
    expect(ingestItem(input())).toEqual({
      result: { id: "crm_1", status: "created", measurementId: "crm_1" },
      create: {
        id: "crm_1",
        agreementId: "agr_revenue",
        value: 150_000,
        at: inDays(-1),
        source: "integration",
        userId: ingestUserId,
      },
    });
  });

  it("replays the same body, and rejects the id with another body", () => {
    const stored = { measurement: measurement(1, { id: "m_1" }), request: ingestRequest(item) };
    expect(ingestItem(input({ stored }))).toEqual({
      result: { id: "crm_1", status: "replayed", measurementId: "m_1" },
    });
    expect(ingestItem(input({ stored, item: { ...item, value: 1 } }))).toEqual(
      rejected("conflict", "this id was already used with another body"),
    );
  });

  it("rejects a data point with no agreement in place, or no metric", () => {
    const none = rejected("not_found", "no agreement in place for this account, role and metric");
    expect(ingestItem(input({ item: { ...item, metricId: "gone" } }))).toEqual(none);
    // Not the metric's role, or not fitting the metric: nothing is kept either.
    const elsewhere = { ...item, roleId: "marketer" };
    expect(ingestItem(input({ agreement: undefined, item: elsewhere }))).toEqual(none);
    const unfit = { ...item, value: -5 };
    expect(ingestItem(input({ agreement: undefined, item: unfit }))).toEqual(none);
  });

  it("keeps a fitting data point with no agreement in place as the latest value to offer", () => {
    expect(ingestItem(input({ agreement: undefined }))).toEqual({
      ...rejected(
        "not_found",
        "no agreement in place for this account, role and metric; kept as the latest value, offered as the baseline when it is agreed",
      ),
      keep: { metricId: "revenue", value: 150_000, at: inDays(-1), source: "integration" },
    });
  });

  it("rejects a data point that does not fit the metric, saying why", () => {
    expect(ingestItem(input({ item: { ...item, source: "app" } }))).toEqual(
      rejected("invalid", 'source must be "integration" for this metric'),
    );
    expect(ingestItem(input({ item: { ...item, value: -5 } }))).toEqual(
      rejected("invalid", "value must be 0 or more"),
    );
    expect(ingestItem(input({ item: { ...item, at: inDays(1) } }))).toEqual(
      rejected("invalid", "at must not be in the future"),
    );
  });
});
