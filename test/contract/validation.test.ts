import { limits } from "@goalpost/core";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError, expectIssueAt } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { daysFromNow, randomId } from "./support/randomId.ts";
import type { Reply } from "./support/request.ts";

let user: TestUser;
let agreementId: string;
let goalId: string;

beforeAll(async () => {
  user = newUser("sdr");
  agreementId = (await user.agree("meetings-booked", 4)).id;
  goalId = (await user.setGoal(agreementId, 6)).id;
});

/** Every write endpoint, sending a raw body as the right caller. */
const writes: [string, (text: string) => Promise<Reply>][] = [
  ["POST /v1/agreements", (text) => user.send("POST", "/v1/agreements", { text })],
  [
    "PATCH /v1/agreements/:id",
    (text) => user.send("PATCH", `/v1/agreements/${agreementId}`, { text }),
  ],
  ["POST /v1/goals", (text) => user.send("POST", "/v1/goals", { text })],
  ["PATCH /v1/goals/:id", (text) => user.send("PATCH", `/v1/goals/${goalId}`, { text })],
  ["POST /v1/measurements", (text) => user.send("POST", "/v1/measurements", { text })],
  ["POST /v1/pulses", (text) => user.send("POST", "/v1/pulses", { text })],
  ["PUT /v1/admin/catalog", (text) => admin("PUT", "/v1/admin/catalog", { text })],
  ["POST /v1/ingest/measurements", (text) => admin("POST", "/v1/ingest/measurements", { text })],
];

describe.each(writes)("%s", (_name, send) => {
  test("malformed JSON answers 400", async () => {
    for (const text of ['{"metricId": ', "{'a': 1}", '{"a": 1,}', "", "NaN"]) {
      expectError(await send(text), 400);
    }
  });

  test("a body over the size limit answers 413", async () => {
    const admin = /admin|ingest/.test(_name);
    const limit = admin ? limits.maxAdminBodyBytes : limits.maxBodyBytes;
    const text = JSON.stringify({ note: "x".repeat(limit + 1024) });
    expectError(await send(text), 413);
  });

  test("a body several times the limit still gets its 413, not a reset connection", async () => {
    const admin = /admin|ingest/.test(_name);
    const limit = admin ? limits.maxAdminBodyBytes : limits.maxBodyBytes;
    // Answered before the client has sent it all: the server must let it finish to be heard.
    const text = JSON.stringify({ note: "\u0000".repeat(limit) });
    const replies = await Promise.all(Array.from({ length: 6 }, () => send(text)));
    for (const reply of replies) expectError(reply, 413);
  });

  test("an unknown top-level field answers 422 naming it", async () => {
    expectIssueAt(expectError(await send('{"surprise": true}'), 422), ["surprise"]);
  });
});

test("unknown nested fields are rejected with their path", async () => {
  const nested = await user.send("POST", "/v1/agreements", {
    json: { metricId: "qualified-contacts", baseline: { value: 1, bogus: true } },
  });
  expectIssueAt(expectError(nested, 422), ["baseline", "bogus"]);
  const inAction = await user.send("PATCH", `/v1/goals/${goalId}`, {
    json: { actions: [{ title: "Call", owner: "customer", priority: "high" }] },
  });
  expectIssueAt(expectError(inAction, 422), ["actions", 0, "priority"]);
});

test("missing fields are named by path", async () => {
  const dueAt = daysFromNow(30);
  const cases: [Promise<Reply>, (string | number)[]][] = [
    [user.send("POST", "/v1/goals", { json: { agreementId, dueAt } }), ["target"]],
    [user.send("POST", "/v1/agreements", { json: { maturityLevel: 2 } }), ["metricId"]],
    [
      user.send("POST", "/v1/measurements", { json: { id: randomId("m"), agreementId, value: 5 } }),
      ["source"],
    ],
    [user.send("POST", "/v1/pulses", { json: { score: 3 } }), ["touchpoint"]],
    [
      admin("POST", "/v1/ingest/measurements", {
        json: {
          measurements: [
            {
              id: randomId("i"),
              accountId: user.accountId,
              roleId: "sdr",
              value: 1,
              at: daysFromNow(0),
              source: "app",
            },
          ],
        },
      }),
      ["measurements", 0, "metricId"],
    ],
  ];
  for (const [reply, path] of cases) expectIssueAt(expectError(await reply, 422), path);
});

test("wrong types are named by path", async () => {
  const cases: [Promise<Reply>, (string | number)[]][] = [
    [user.send("POST", "/v1/agreements", { json: { metricId: 42 } }), ["metricId"]],
    [user.send("POST", "/v1/pulses", { json: { touchpoint: "overall", score: "5" } }), ["score"]],
    [
      user.send("PATCH", `/v1/agreements/${agreementId}`, { json: { baseline: { value: "4" } } }),
      ["baseline", "value"],
    ],
    [user.send("PATCH", `/v1/goals/${goalId}`, { json: { dueAt: "next friday" } }), ["dueAt"]],
    [user.send("PATCH", `/v1/goals/${goalId}`, { json: { status: "achieved" } }), ["status"]],
    [
      user.send("POST", "/v1/measurements", {
        json: { id: "has spaces", agreementId, value: 5, source: "self" },
      }),
      ["id"],
    ],
    [
      admin("PUT", "/v1/admin/catalog", { json: { roles: {}, metrics: [], valueElements: [] } }),
      ["roles"],
    ],
  ];
  for (const [reply, path] of cases) expectIssueAt(expectError(await reply, 422), path);
});

test("an empty PATCH changes nothing and answers 422", async () => {
  const before = await user.session();
  expectError(await user.send("PATCH", `/v1/agreements/${agreementId}`, { json: {} }), 422);
  expectError(await user.send("PATCH", `/v1/goals/${goalId}`, { json: {} }), 422);
  expect(await user.session()).toEqual(before);
});

test("refused writes leave the user's data as it was", async () => {
  const before = await user.session();
  await user.send("POST", "/v1/measurements", { text: '{"id": "x", ' });
  await user.send("PATCH", `/v1/goals/${goalId}`, { json: { target: 7, extra: 1 } });
  await user.send("PATCH", `/v1/agreements/${agreementId}`, { json: { maturityLevel: 11 } });
  expect(await user.session()).toEqual(before);
});
