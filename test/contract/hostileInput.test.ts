import { MeasurementPage } from "@goalpost/core";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";

// Input that a schema of plain strings and a date pattern lets through, but that no database
// stores as sent: both implementations must refuse it the same way, and store nothing.

let user: TestUser;
let agreementId: string;

beforeAll(async () => {
  user = newUser("sdr");
  agreementId = (await user.agree("meetings-booked", 4)).id;
});

describe.each([
  ["a NUL character", "before\u0000after"],
  ["an unpaired surrogate", "half an emoji \ud83d here"],
])("a text with %s", (_name, text) => {
  test("answers 422 at the field, in every place a text is stored, and stores nothing", async () => {
    const id = randomId("m");
    const note = await user.send("POST", "/v1/measurements", {
      json: { id, agreementId, value: 5, source: "self", note: text },
    });
    expectIssueAt(expectError(note, 422), ["note"]);
    const goal = await user.send("POST", "/v1/goals", {
      json: {
        agreementId,
        target: 6,
        dueAt: daysFromNow(30),
        changes: "fine",
        actions: [{ title: text, owner: "customer" }],
      },
    });
    expectIssueAt(expectError(goal, 422), ["actions", 0, "title"]);
    const changes = await user.send("POST", "/v1/goals", {
      json: { agreementId, target: 6, dueAt: daysFromNow(30), changes: text },
    });
    expectIssueAt(expectError(changes, 422), ["changes"]);
    const pulse = await user.send("POST", "/v1/pulses", {
      json: { touchpoint: "overall", score: 4, comment: text },
    });
    expectIssueAt(expectError(pulse, 422), ["comment"]);
    const ingest = await admin("POST", "/v1/ingest/measurements", {
      json: {
        measurements: [
          {
            id: randomId("i"),
            accountId: user.accountId,
            roleId: "sdr",
            metricId: "qualified-contacts",
            value: 3,
            at: daysFromNow(-1),
            source: "app",
            note: text,
          },
        ],
      },
    });
    expectIssueAt(expectError(ingest, 422), ["measurements", 0, "note"]);

    const session = await user.session();
    expect(session.measurements.map((m) => m.id)).not.toContain(id);
    expect(session.goals.filter((g) => g.agreementId === agreementId)).toEqual([]);
  });

  test("in the token's name claim is refused as a bad token (401)", async () => {
    const named = newUser("sdr", { name: `Ana ${text}` });
    expectError(await named.send("GET", "/v1/session"), 401);
  });
});

test("a field named like an Object.prototype member is unknown: 422 at its path", async () => {
  const own = newUser("sdr");
  const { id: agreementId } = await own.agree("meetings-booked", 4);
  for (const key of ["constructor", "__proto__", "toString"]) {
    // Sent as text: "__proto__" as a field of the body, not an object's prototype.
    const goal = `{"agreementId":"${agreementId}","target":6,"dueAt":"${daysFromNow(30)}","${key}":1}`;
    expectIssueAt(expectError(await own.send("POST", "/v1/goals", { text: goal }), 422), [key]);
    const action = JSON.stringify({
      agreementId,
      target: 6,
      dueAt: daysFromNow(30),
      actions: [{ title: "Call back", owner: "customer" }],
    }).replace('"owner"', `"${key}":1,"owner"`);
    expectIssueAt(expectError(await own.send("POST", "/v1/goals", { text: action }), 422), [
      "actions",
      0,
      key,
    ]);
  }
  const session = await own.session();
  expect(session.goals).toEqual([]);
});

test("well-formed emoji and other scripts are stored as sent", async () => {
  const note = "On track 🎯 — على المسار";
  const sent = await user.measure(agreementId, 5, { note });
  expect(sent.note).toBe(note);
  const page = expectOk(
    await user.send("GET", `/v1/agreements/${agreementId}/measurements`),
    200,
    MeasurementPage,
  );
  expect(page.items.find((m) => m.id === sent.id)?.note).toBe(note);
});

test("a day that does not exist, or a time outside the years 1–9999, answers 422", async () => {
  const at = (value: string) =>
    user.send("POST", "/v1/measurements", {
      json: { id: randomId("m"), agreementId, value: 5, source: "self", at: value },
    });
  for (const value of [
    "2026-02-30T10:00:00Z",
    "2026-04-31T23:59:00+05:00",
    "2025-02-29T00:00:00Z",
    "0000-06-01T00:00:00Z",
    "0001-01-01T00:00:00+01:00", // year 0 once in UTC
  ]) {
    expectIssueAt(expectError(await at(value), 422), ["at"]);
  }
  const dueAt = await user.send("POST", "/v1/goals", {
    json: { agreementId, target: 6, dueAt: "9999-12-31T23:59:59-01:00" },
  });
  expectIssueAt(expectError(dueAt, 422), ["dueAt"]);
  const kpis = await admin("GET", "/v1/admin/kpis", { query: { from: "2026-02-30T00:00:00Z" } });
  expectIssueAt(expectError(kpis, 422), ["from"]);

  // A leap day that exists is fine.
  const leap = await at("2024-02-29T12:00:00Z");
  expect(leap.status, leap.text).toBe(201);
});

test("a path segment that cannot be an id answers 404 with an error body", async () => {
  for (const [method, path] of [
    ["PATCH", "/v1/agreements/%00"],
    ["PATCH", "/v1/agreements/%ED%A0%80"],
    ["GET", "/v1/agreements/%00/measurements"],
    ["PATCH", "/v1/goals/%00"],
    ["PATCH", "/v1/goals/%F0%9F%8E%AF"],
  ] as const) {
    // A valid body, so that only the id is wrong.
    const json = path.startsWith("/v1/goals") ? { changes: "More calls" } : { maturityLevel: 2 };
    const options = method === "GET" ? {} : { json };
    expectError(await user.send(method, path, options), 404);
  }
  expectError(await admin("GET", "/v1/admin/accounts/%00/report"), 404);
});

test("a path with a trailing slash or an empty segment is not served", async () => {
  for (const path of ["/v1/session/", "/v1//session", `/v1/agreements/${agreementId}/`]) {
    expectError(await user.send("GET", path), 404);
  }
});

test("a cursor of another list, or made by hand, answers 422", async () => {
  const other = await user.agree("qualified-contacts", 10);
  for (const day of [-3, -2, -1]) {
    await user.measure(agreementId, 5, { at: daysFromNow(day) });
    await user.measure(other.id, 11, { at: daysFromNow(day), source: "app" });
  }
  const path = (id: string) => `/v1/agreements/${id}/measurements`;
  const page = expectOk(
    await user.send("GET", path(agreementId), { query: { limit: "1" } }),
    200,
    MeasurementPage,
  );
  const cursor = page.nextCursor ?? "";
  expect(cursor).not.toBe("");
  const onOther = await user.send("GET", path(other.id), { query: { cursor } });
  expectIssueAt(expectError(onOther, 422), ["cursor"]);

  const handMade = (position: unknown[]) =>
    Buffer.from(JSON.stringify(position)).toString("base64url");
  for (const position of [
    ["0000-01-01T00:00:00Z", "m1", agreementId],
    ["+275760-09-13T00:00:00Z", "m1", agreementId],
    ["March 7 2026", "m1", agreementId],
    ["2026-01-01T00:00:00Z", "m\u00001", agreementId],
    ["2026-01-01T00:00:00Z", "m1"],
  ]) {
    const reply = await user.send("GET", path(agreementId), {
      query: { cursor: handMade(position) },
    });
    expectIssueAt(expectError(reply, 422), ["cursor"]);
  }
});

test("a baseline's source must fit the metric: its own method, or self for automatic data", async () => {
  const fresh = newUser("sdr");
  const agree = (metricId: string, source: string) =>
    fresh.send("POST", "/v1/agreements", { json: { metricId, baseline: { value: 3, source } } });
  expectIssueAt(expectError(await agree("meetings-booked", "integration"), 422), [
    "baseline",
    "source",
  ]);
  expectIssueAt(expectError(await agree("outreach-confidence", "self"), 422), [
    "baseline",
    "source",
  ]);
  // An app metric's baseline may be the user's own figure, before the app's data arrives.
  const own = await agree("qualified-contacts", "self");
  expect(own.status, own.text).toBe(201);
});
