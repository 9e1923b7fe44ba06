import { limits, MeasurementPage } from "@goalpost/core";
import { IngestResult } from "@goalpost/core/admin";
import { describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

describe("POST /v1/ingest/measurements", () => {
  test("creates, replays and rejects per item; the user sees what was created", async () => {
    const user = newUser("sdr");
    const contacts = await user.agree("qualified-contacts", 50);
    const point = (id: string, value: number, day: number, extra: object = {}) => ({
      id,
      accountId: user.accountId,
      roleId: "sdr",
      metricId: "qualified-contacts",
      value,
      at: daysFromNow(day),
      source: "app",
      ...extra,
    });
    const a = randomId("ingest-a");
    const b = randomId("ingest-b");
    const c = randomId("ingest-c");
    const d = randomId("ingest-d");
    const e = randomId("ingest-e");
    const first = [
      point(a, 55, -3),
      point(b, 60, -2),
      point(c, 1, -1, { roleId: "marketing-vp", metricId: "web-revenue", source: "integration" }),
      point(d, 70, -1, { accountId: randomId("acct") }),
    ];
    const firstReply = await admin("POST", "/v1/ingest/measurements", {
      json: { measurements: first },
    });
    const firstResult = expectOk(firstReply, 200, IngestResult);
    expect(firstResult.results.map((r) => [r.id, r.status])).toEqual([
      [a, "created"],
      [b, "created"],
      [c, "rejected"],
      [d, "rejected"],
    ]);
    for (const rejected of firstResult.results.slice(2)) {
      expect(rejected.error?.message.length).toBeGreaterThan(0);
    }

    const second = [first[0], point(b, 61, -2), point(e, 65, -0.5)];
    const secondResult = expectOk(
      await admin("POST", "/v1/ingest/measurements", { json: { measurements: second } }),
      200,
      IngestResult,
    );
    expect(secondResult.results.map((r) => [r.id, r.status])).toEqual([
      [a, "replayed"],
      [b, "rejected"],
      [e, "created"],
    ]);

    const stored = (id: string) =>
      [...firstResult.results, ...secondResult.results].find(
        (r) => r.id === id && r.status === "created",
      )?.measurementId ?? id;
    const page = expectOk(
      await user.send("GET", `/v1/agreements/${contacts.id}/measurements`),
      200,
      MeasurementPage,
    );
    expect(page.items.map((m) => [m.id, m.value, m.source])).toEqual([
      [stored(e), 65, "app"],
      [stored(b), 60, "app"],
      [stored(a), 55, "app"],
    ]);
    const session = await user.session();
    expect(session.measurements.map((m) => m.id)).toEqual(
      expect.arrayContaining([stored(a), stored(b), stored(e)]),
    );
  });

  test("a batch that breaks the contract is refused whole", async () => {
    const user = newUser("sdr");
    const contacts = await user.agree("qualified-contacts", 50);
    const item = {
      accountId: user.accountId,
      roleId: "sdr",
      metricId: "qualified-contacts",
      value: 60,
      at: daysFromNow(-1),
      source: "app",
    };
    expectError(
      await admin("POST", "/v1/ingest/measurements", { json: { measurements: [] } }),
      422,
    );
    const mixed = [
      { ...item, id: randomId("ok") },
      { ...item, id: randomId("bad"), source: "self" },
    ];
    expectError(
      await admin("POST", "/v1/ingest/measurements", { json: { measurements: mixed } }),
      422,
    );
    const batch = randomId("n");
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...item, id: `${batch}-${i}` }));
    expectError(
      await admin("POST", "/v1/ingest/measurements", { json: { measurements: tooMany } }),
      422,
    );
    const page = expectOk(
      await user.send("GET", `/v1/agreements/${contacts.id}/measurements`),
      200,
      MeasurementPage,
    );
    expect(page.items).toEqual([]);
  });
});

test("a batch of the largest allowed size is taken whole", async () => {
  const user = newUser("sdr");
  await user.agree("qualified-contacts", 10);
  const batch = randomId("max");
  const measurements = Array.from({ length: limits.maxIngestBatch }, (_, i) => ({
    id: `${batch}-${i}`,
    accountId: user.accountId,
    roleId: "sdr",
    metricId: "qualified-contacts",
    value: 10 + (i % 7),
    at: new Date(Date.now() - (limits.maxIngestBatch - i) * 60_000).toISOString(),
    source: "app",
    note: "n".repeat(limits.noteLength),
  }));
  const result = expectOk(
    await admin("POST", "/v1/ingest/measurements", { json: { measurements } }),
    200,
    IngestResult,
  );
  expect(result.results.filter((r) => r.status === "created")).toHaveLength(limits.maxIngestBatch);
});
