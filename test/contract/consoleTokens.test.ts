import { AccountReport, Catalog, KpiReport } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { randomId } from "./support/randomId.ts";
import { request } from "./support/request.ts";
import { target } from "./support/target.ts";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;
let vp: TestUser;

beforeAll(async () => {
  vp = newUser("marketing-vp");
  await vp.agree("web-revenue", 8_000);
});

describe("console tokens read the console's endpoints", () => {
  test("the KPIs and an account report, as the admin key reads them", async () => {
    const token = consoleToken();
    const kpis = await request("GET", "/v1/admin/kpis", bearer(token));
    expect(expectOk(kpis, 200, KpiReport).roles.length).toBeGreaterThan(0);
    const path = `/v1/admin/accounts/${vp.accountId}/report`;
    const report = expectOk(await request("GET", path, bearer(token)), 200, AccountReport);
    const byAdmin = expectOk(await admin("GET", path), 200, AccountReport);
    expect({ ...report, generatedAt: "" }).toEqual({ ...byAdmin, generatedAt: "" });
  });

  test("the catalog as it stands", async () => {
    const reply = await request("GET", "/v1/admin/catalog", bearer(consoleToken()));
    const catalog = expectOk(reply, 200, Catalog);
    expect(catalog.roles.map((r) => r.id)).toContain("sdr");
    expect(catalog).toEqual(expectOk(await admin("GET", "/v1/admin/catalog"), 200, Catalog));
  });

  test("an expired, tampered or foreign token answers 401, and says how to get a new link", async () => {
    const [header, , signature] = consoleToken().split(".");
    const forged = Buffer.from(
      JSON.stringify({ sub: "mallory", name: "M", scope: "console", exp: inSeconds(600) }),
    ).toString("base64url");
    for (const token of [
      consoleToken({ exp: inSeconds(-60) }),
      `${header}.${forged}.${signature}`,
      consoleToken({}, target.signingSecret),
      consoleToken({ exp: inSeconds(13 * 3600) }),
      consoleToken({ sub: undefined }),
    ]) {
      const error = expectError(await request("GET", "/v1/admin/kpis", bearer(token)), 401);
      expect(error.error.message).toMatch(/new console link/);
    }
  });

  test("a genuine token of another scope answers 403", async () => {
    for (const scope of ["admin", undefined]) {
      const reply = await request("GET", "/v1/admin/kpis", bearer(consoleToken({ scope })));
      expect(expectError(reply, 403).error.message).toMatch(/scope/);
    }
  });

  test("a user token reads nothing of the console", async () => {
    expectError(await request("GET", "/v1/admin/kpis", bearer(vp.token)), 401);
  });
});

describe("a console token writes nothing", () => {
  test("replacing the catalog answers 403", async () => {
    const reply = await request("PUT", "/v1/admin/catalog", {
      ...bearer(consoleToken()),
      json: { roles: [], metrics: [], valueElements: [] } satisfies Catalog,
    });
    expect(expectError(reply, 403).error.message).toMatch(/only reads/);
    // The catalog is still whole: the vp's session still lists its metric.
    expect((await vp.session()).catalog.metrics.map((m) => m.id)).toContain("web-revenue");
  });

  test("ingesting answers 403 and records nothing", async () => {
    const point = {
      id: randomId("ingest"),
      accountId: vp.accountId,
      roleId: "marketing-vp",
      metricId: "web-revenue",
      value: 12_000,
      at: new Date().toISOString(),
      source: "integration",
    };
    const reply = await request("POST", "/v1/ingest/measurements", {
      ...bearer(consoleToken()),
      json: { measurements: [point] },
    });
    expectError(reply, 403);
    const report = expectOk(
      await admin("GET", `/v1/admin/accounts/${vp.accountId}/report`),
      200,
      AccountReport,
    );
    expect(report.roles[0]?.metrics[0]?.current?.value).toBe(8_000);
  });

  test("user endpoints answer 401: a console token is no user token", async () => {
    const token = consoleToken();
    expectError(await request("GET", "/v1/session", bearer(token)), 401);
    const reply = await request("POST", "/v1/pulses", {
      ...bearer(token),
      json: { touchpoint: "overall", score: 1 },
    });
    expectError(reply, 401);
  });
});
