import { describe, expect, it } from "vitest";
import { serializeDb } from "./store/serializeDb.ts";
import { createHarness, seededUser, testNow } from "./testing/harness.ts";

const lena = seededUser("globex", "digital-marketer");
const due = new Date(testNow.getTime() + 20 * 86_400_000).toISOString();

/** Every user call that names an agreement or a goal, aimed at the given ones. */
function attacks(agreementId: string, goalId: string) {
  return [
    ["PATCH", `/v1/agreements/${agreementId}`, { status: "retired" }],
    ["PATCH", `/v1/agreements/${agreementId}`, { maturityLevel: 1 }],
    ["GET", `/v1/agreements/${agreementId}/measurements`, undefined],
    ["POST", "/v1/goals", { agreementId, target: 1e9, dueAt: due }],
    ["PATCH", `/v1/goals/${goalId}`, { status: "abandoned" }],
    ["PATCH", `/v1/goals/${goalId}`, { changes: "hijacked" }],
    ["POST", "/v1/measurements", { id: "attack-1", agreementId, value: 1, source: "app" }],
    ["POST", "/v1/measurements", { id: "attack-2", agreementId, value: 1, source: "self" }],
  ] as const;
}

describe("isolation between accounts and roles", () => {
  it("answers 404 for another account's agreements and goals, and changes nothing", async () => {
    const { call, backend } = createHarness();
    const before = serializeDb(backend.state);
    const foreign = attacks("agr_acme_icp-fit-rate", "goal_acme_icp-fit-rate_6");
    const unknown = attacks("agr_nope", "goal_nope");
    for (const [i, [method, path, body]] of foreign.entries()) {
      const response = await call(method, path, { as: lena, body });
      expect(response.status, `${method} ${path}`).toBe(404);
      // Exactly what an id that never existed gets: nothing tells that it does.
      const [, otherPath, otherBody] = unknown[i] ?? [];
      const never = await call(method, otherPath ?? "", { as: lena, body: otherBody });
      const anonymise = (text: string) => text.replace(/(agr|goal)_[\w-]+/g, "ID");
      expect(anonymise(JSON.stringify(response.body))).toBe(anonymise(JSON.stringify(never.body)));
    }
    expect(serializeDb(backend.state)).toBe(before);
  });

  it("answers 403 for the same account's other roles, and changes nothing", async () => {
    const { call, backend } = createHarness();
    const before = serializeDb(backend.state);
    for (const [method, path, body] of attacks(
      "agr_globex_meetings-booked",
      "goal_globex_meetings-booked_3",
    )) {
      const response = await call(method, path, { as: lena, body });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error.code).toBe("forbidden");
    }
    expect(serializeDb(backend.state)).toBe(before);
  });

  it("does not hand out another account's measurement on a replayed id", async () => {
    const { call, backend } = createHarness();
    const stored = backend.state.measurements.find(
      (m) => m.agreementId === "agr_acme_icp-fit-rate",
    );
    if (!stored) throw new Error("seed has no measurement");
    const { id, agreementId, value, source } = stored;
    const replay = await call("POST", "/v1/measurements", {
      as: lena,
      body: { id, agreementId, value, source },
    });
    expect(replay.status).toBe(404);
    const own = { id, agreementId: "agr_globex_icp-fit-rate", value, source };
    const clash = await call("POST", "/v1/measurements", { as: lena, body: own });
    expect(clash.status).toBe(409);
    expect(Object.keys(clash.body)).toEqual(["error"]);
    expect(JSON.stringify(clash.body)).not.toMatch(/ana\.torres|agr_acme|"value"/);
  });

  it("shows a user only their account's data for their role", async () => {
    const { call } = createHarness();
    const { body } = await call("GET", "/v1/session", { as: lena });
    const text = JSON.stringify([body.agreements, body.goals, body.measurements]);
    expect(text).not.toMatch(/acme|initech|meetings-booked|web-revenue/);
    expect(body.agreements.length).toBeGreaterThan(0);
  });

  it("keeps user tokens away from the admin endpoints", async () => {
    const { call } = createHarness();
    const priya = seededUser("acme", "marketing-vp");
    for (const [method, path] of [
      ["GET", "/v1/admin/kpis"],
      ["GET", "/v1/admin/accounts/acme/report"],
      ["PUT", "/v1/admin/catalog"],
      ["POST", "/v1/ingest/measurements"],
      ["POST", "/__mock/reset"],
      ["POST", "/__mock/scenario"],
    ] as const) {
      const body = method === "GET" ? undefined : {};
      expect((await call(method, path, { as: priya, body })).status, path).toBe(401);
    }
  });
});
