import { signToken } from "@goalpost/backend";
import { Session } from "@goalpost/core";
import { signDemoToken } from "@goalpost/demo-data";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

describe("GET /v1/session", () => {
  it("gives the role's catalog, the account's agreements for the role, goals and recent data", async () => {
    const { call } = createHarness();
    const { status, body } = await call("GET", "/v1/session", { as: seededUser("acme", "sdr") });
    expect(status).toBe(200);
    const session = Session.parse(body);
    expect(session.user).toEqual({
      id: "sam.okafor",
      accountId: "acme",
      roleId: "sdr",
      name: "Sam Okafor",
    });
    expect(session.role.id).toBe("sdr");
    expect(session.catalog.metrics.map((m) => m.id).sort()).toEqual([
      "meetings-booked",
      "outreach-confidence",
      "qualified-contacts",
    ]);
    expect(session.catalog.valueElements.every((v) => v.roleIds.includes("sdr"))).toBe(true);
    expect(session.agreements.every((a) => a.accountId === "acme" && a.roleId === "sdr")).toBe(
      true,
    );
    const ids = new Set(session.agreements.map((a) => a.id));
    expect(session.goals.length).toBeGreaterThan(0);
    expect(session.goals.every((g) => ids.has(g.agreementId))).toBe(true);
    for (const id of ids) {
      const times = session.measurements
        .filter((m) => m.agreementId === id)
        .map((m) => Date.parse(m.at));
      expect(times.length).toBeLessThanOrEqual(20);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it("says a pulse is due when the user has logged progress on a measure in place and gave none in 30 days", async () => {
    const { call } = createHarness();
    const due = async (user: ReturnType<typeof seededUser>) =>
      (await call("GET", "/v1/session", { as: user })).body.pulseDue;
    expect(await due(seededUser("acme", "sdr"))).toBe(true);
    expect(await due(seededUser("acme", "digital-marketer"))).toBe(false);
    expect(await due(seededUser("initech", "sdr"))).toBe(false); // first run: nothing agreed yet
    const sam = seededUser("acme", "sdr");
    await call("POST", "/v1/pulses", { as: sam, body: { touchpoint: "overall", score: 4 } });
    expect(await due(sam)).toBe(false);
  });

  it("brings a new account and user into being from a valid token", async () => {
    const { call, backend } = createHarness();
    const newcomer = { id: "zoe", accountId: "umbrella", roleId: "sdr" };
    const { status, body } = await call("GET", "/v1/session", { as: newcomer });
    expect(status).toBe(200);
    expect(body.agreements).toEqual([]);
    expect(body.pulseDue).toBe(false);
    expect(backend.state.accounts.some((a) => a.id === "umbrella")).toBe(true);
    expect(backend.state.users.find((u) => u.id === "zoe")).toMatchObject({
      accountId: "umbrella",
    });
  });

  it("answers 401 for a missing, malformed, expired or wrongly signed token", async () => {
    const { call } = createHarness();
    const exp = Math.floor(testNow.getTime() / 1000) - 1;
    const claims = { sub: "sam.okafor", acc: "acme", role: "sdr" };
    const tokens = [
      await signDemoToken({ ...claims, exp }),
      await signToken(claims, "not-the-secret"),
      "not.a.jwt",
      "demo-admin-key",
    ];
    for (const token of tokens) {
      const { status, body } = await call("GET", "/v1/session", { as: token });
      expect(status).toBe(401);
      expect(body.error.code).toBe("unauthorized");
    }
    const missing = await call("GET", "/v1/session");
    expect(missing.status).toBe(401);
    const basic = await call("GET", "/v1/session", { headers: { authorization: "Basic abc" } });
    expect(basic.status).toBe(401);
  });

  it("answers 403 for a valid token naming a role the catalog does not have", async () => {
    const { call, backend } = createHarness();
    const { status, body } = await call("GET", "/v1/session", {
      as: { id: "x", accountId: "acme", roleId: "cfo" },
    });
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
    expect(backend.state.users.some((u) => u.id === "x")).toBe(false);
  });
});
