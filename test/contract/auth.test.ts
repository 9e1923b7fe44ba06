import { expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { expectError } from "./support/expectReply.ts";
import { forgedTokens } from "./support/forgedTokens.ts";
import { newUser } from "./support/newUser.ts";
import { randomId } from "./support/randomId.ts";
import { request } from "./support/request.ts";
import { signToken } from "./support/signToken.ts";
import { target } from "./support/target.ts";

const some = randomId("x");
const userEndpoints: [string, string, unknown?][] = [
  ["GET", "/v1/session"],
  ["POST", "/v1/agreements", { metricId: "meetings-booked" }],
  ["PATCH", `/v1/agreements/${some}`, { maturityLevel: 1 }],
  ["POST", "/v1/goals", { agreementId: some, target: 5, dueAt: new Date().toISOString() }],
  ["PATCH", `/v1/goals/${some}`, { status: "abandoned" }],
  ["POST", "/v1/measurements", { id: some, agreementId: some, value: 1, source: "self" }],
  ["GET", `/v1/agreements/${some}/measurements`],
  ["POST", "/v1/pulses", { touchpoint: "overall", score: 3 }],
];
const adminEndpoints: [string, string, unknown?][] = [
  ["PUT", "/v1/admin/catalog", { roles: [], metrics: [], valueElements: [] }],
  ["POST", "/v1/ingest/measurements", { measurements: [] }],
  ["GET", "/v1/admin/kpis"],
  ["GET", "/v1/admin/accounts/acme/report"],
];

test("every user endpoint answers 401 without a token", async () => {
  for (const [method, path, json] of userEndpoints) {
    expectError(await request(method, path, { json }), 401);
    expectError(await request(method, path, { json, authorization: "Basic dXNlcjpwYXNz" }), 401);
    expectError(await request(method, path, { json, authorization: "Bearer" }), 401);
  }
});

test("bad tokens answer 401 and create nothing", async () => {
  const user = newUser("sdr");
  const claims = { sub: user.userId, acc: user.accountId, role: user.roleId };
  for (const [defect, token] of Object.entries(forgedTokens(claims, target.signingSecret))) {
    const session = await request("GET", "/v1/session", { authorization: `Bearer ${token}` });
    expect(session.status, `${defect}: ${session.text}`).toBe(401);
    expectError(session, 401);
    const agree = await request("POST", "/v1/agreements", {
      authorization: `Bearer ${token}`,
      json: { metricId: "meetings-booked" },
    });
    expect(agree.status, `${defect}: ${agree.text}`).toBe(401);
  }
  // None of those requests brought the account into being or agreed anything.
  expectError(await admin("GET", `/v1/admin/accounts/${user.accountId}/report`), 404);
  expect((await user.session()).agreements).toEqual([]);
});

test("a token that lives far too long answers 401 and creates nothing", async () => {
  const user = newUser("sdr");
  const claims = { sub: user.userId, acc: user.accountId, role: user.roleId };
  const now = Date.now();
  const tokens = {
    // The probe's token: exp in milliseconds, about the year 58,000.
    "exp in milliseconds": signToken({ ...claims, exp: now + 3_600_000 }, target.signingSecret),
    // Past any maximum lifetime a deployment may configure (a year at most).
    "exp in 400 days": signToken(
      { ...claims, exp: Math.floor(now / 1000) + 400 * 86_400 },
      target.signingSecret,
    ),
  };
  for (const [defect, token] of Object.entries(tokens)) {
    const session = await request("GET", "/v1/session", { authorization: `Bearer ${token}` });
    expect(session.status, `${defect}: ${session.text}`).toBe(401);
    expectError(session, 401);
  }
  expectError(await admin("GET", `/v1/admin/accounts/${user.accountId}/report`), 404);
});

test("the admin key is not a user token", async () => {
  for (const [method, path, json] of userEndpoints) {
    const reply = await request(method, path, { json, authorization: `Bearer ${target.adminKey}` });
    expectError(reply, 401);
  }
});

test("admin and ingest endpoints refuse user tokens, the signing secret and no key", async () => {
  const user = newUser("marketing-vp");
  for (const [method, path, json] of adminEndpoints) {
    expectError(await request(method, path, { json }), 401);
    expectError(await user.send(method, path, { json }), 401, 403);
    const secret = `Bearer ${target.signingSecret}`;
    expectError(await request(method, path, { json, authorization: secret }), 401, 403);
    expectError(
      await request(method, path, { json, authorization: `Bearer ${target.adminKey}x` }),
      401,
      403,
    );
  }
});
