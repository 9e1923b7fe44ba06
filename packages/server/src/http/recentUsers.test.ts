import { signToken } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

/**
 * A user seen a moment ago skips the upsert and, on the session and measurement routes, the
 * catalog check of its own (the revision comes back with the route's first statement): these
 * show that nothing the token or the catalog says is missed because of it.
 */
describe.each(["pglite", "postgres"] as const)("a user seen recently, on %s", (database) => {
  let server: TestServer;
  let n = 0;
  beforeAll(async () => {
    server = await startTestServer({ database });
  }, 60_000);
  afterAll(() => server?.close());

  const token = (claims: { sub: string; acc: string; role: string; name?: string }) =>
    signToken(
      { ...claims, exp: Math.floor(testNow.getTime() / 1000) + 3600 },
      server.config.signingSecret,
    );

  /** Replaces the catalog the way another server instance would: in the database only. */
  async function replaceElsewhere(change: (catalog: Catalog) => Catalog) {
    const [row] = await server.db.query<{ document: Catalog | string }>(
      "SELECT document FROM catalog",
    );
    const current = typeof row?.document === "string" ? JSON.parse(row.document) : row?.document;
    await server.db.query("UPDATE catalog SET revision = revision + 1, document = $1::text::json", [
      JSON.stringify(change(current as Catalog)),
    ]);
  }

  it("follows a new name or role in the token at once", async () => {
    const who = { sub: `named-${++n}`, acc: `recent-${database}-${n}`, role: "sdr" };
    const first = await server.call("GET", "/v1/session", {
      as: await token({ ...who, name: "Ada" }),
    });
    expect(first.status).toBe(200);
    expect(first.body.user.name).toBe("Ada");
    const renamed = await server.call("GET", "/v1/session", {
      as: await token({ ...who, name: "Ada L." }),
    });
    expect(renamed.body.user.name).toBe("Ada L.");
    // A token without a name keeps the stored one.
    const unnamed = await server.call("GET", "/v1/session", { as: await token(who) });
    expect(unnamed.body.user.name).toBe("Ada L.");
    const moved = await server.call("GET", "/v1/session", {
      as: await token({ ...who, role: "marketing-vp" }),
    });
    expect(moved.status).toBe(200);
    expect(moved.body.role.id).toBe("marketing-vp");
    const [row] = await server.db.query<{ role_id: string; name: string }>(
      "SELECT role_id, name FROM users WHERE account_id = $1::text AND id = $2::text",
      [who.acc, who.sub],
    );
    expect(row).toEqual({ role_id: "marketing-vp", name: "Ada L." });
  });

  it("answers 403 once another instance's catalog drops the role, storing nothing", async () => {
    const who = { sub: `dropped-${++n}`, acc: `recent-${database}-${n}`, role: "sdr" };
    const as = await token(who);
    const agreed = await server.call("POST", "/v1/agreements", {
      as,
      body: { metricId: "meetings-booked", baseline: { value: 4 } },
    });
    expect(agreed.status).toBe(201);
    expect((await server.call("GET", "/v1/session", { as })).status).toBe(200);
    const [before] = await server.db.query("SELECT document FROM catalog");
    try {
      await replaceElsewhere((catalog) => ({
        ...catalog,
        roles: catalog.roles.filter((r) => r.id !== "sdr"),
      }));
      const session = await server.call("GET", "/v1/session", { as });
      expect(session.status).toBe(403);
      expect(session.body.error.message).toContain('"sdr"');
      const body = { id: `after-drop-${n}`, agreementId: agreed.body.id, value: 5, source: "self" };
      const logged = await server.call("POST", "/v1/measurements", { as, body });
      expect(logged.status).toBe(403);
      const stored = await server.db.query("SELECT 1 FROM measurements WHERE id = $1::text", [
        body.id,
      ]);
      expect(stored).toEqual([]);
    } finally {
      await server.db.query(
        "UPDATE catalog SET revision = revision + 1, document = $1::text::json",
        [JSON.stringify(before?.document)],
      );
    }
    // The role back in the catalog: served again, with the catalog read anew.
    expect((await server.call("GET", "/v1/session", { as })).status).toBe(200);
  });

  it("serves a measurement with the metric as another instance's catalog now defines it", async () => {
    const who = { sub: `ranged-${++n}`, acc: `recent-${database}-${n}`, role: "sdr" };
    const as = await token(who);
    const agreed = await server.call("POST", "/v1/agreements", {
      as,
      body: { metricId: "meetings-booked", baseline: { value: 4 } },
    });
    expect((await server.call("GET", "/v1/session", { as })).status).toBe(200);
    const [before] = await server.db.query("SELECT document FROM catalog");
    try {
      await replaceElsewhere((catalog) => ({
        ...catalog,
        metrics: catalog.metrics.filter((m) => m.id !== "meetings-booked"),
      }));
      const body = { id: `unlisted-${n}`, agreementId: agreed.body.id, value: 5, source: "self" };
      const logged = await server.call("POST", "/v1/measurements", { as, body });
      // The metric is no longer in the catalog: a conflict, as newMeasurement decides.
      expect(logged.status).toBe(409);
      expect(logged.body.error.message).toContain("no longer in the catalog");
    } finally {
      await server.db.query(
        "UPDATE catalog SET revision = revision + 1, document = $1::text::json",
        [JSON.stringify(before?.document)],
      );
    }
  });
});
