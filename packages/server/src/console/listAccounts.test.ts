import { accountListPage, accountRoleRows } from "@goalpost/backend";
import { Problem } from "@goalpost/core";
import { AccountList, type AccountListQuery } from "@goalpost/core/admin";
import { demoCatalog } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemo } from "../demo/loadDemo.ts";
import { createCatalogCache } from "../store/catalogCache.ts";
import { loadEverything } from "../testing/loadEverything.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

describe.each(["pglite", "postgres"] as const)("the accounts list on %s", (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database });
  }, 90_000);
  afterAll(() => server?.close());

  it.each<[string, AccountListQuery]>([
    ["at-risk first", {}],
    ["by account", { sort: "account" }],
    ["stalest first", { sort: "last-entry" }],
    ["latest first", { sort: "-last-entry" }],
    ["one role", { role: "sdr" }],
    ["at risk", { state: "at-risk" }],
    ["idle for a week", { state: "no-recent-entry", inactiveDays: 7 }],
    ["a search", { q: "GLO" }],
  ])("%s: the SQL answers what the backend's rule says over every row", async (_, query) => {
    const search = new URLSearchParams(
      Object.entries({ ...query, limit: 200 }).map(([k, v]): [string, string] => [k, String(v)]),
    );
    const reply = await server.call("GET", `/v1/admin/accounts?${search}`, { admin: true });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(AccountList.safeParse(reply.body).success).toBe(true);
    const all = await loadEverything(server.db, testNow);
    const rows = accountRoleRows(
      { ...all, metrics: demoCatalog.metrics },
      testNow,
      query.inactiveDays,
    );
    const expected = accountListPage(rows, { ...query, limit: 200 });
    if (Problem.is(expected)) throw new Error(expected.message);
    expect(reply.body.items).toEqual(
      expected.items.map((row) =>
        row.perceivedValue
          ? {
              ...row,
              perceivedValue: {
                ...row.perceivedValue,
                avgScore: expect.closeTo(row.perceivedValue.avgScore, 9),
              },
            }
          : row,
      ),
    );
    expect(reply.body.total).toBe(expected.total);
  });

  it("the seed has rows in several states, so the comparison compares something", async () => {
    const reply = await server.call("GET", "/v1/admin/accounts?limit=200", { admin: true });
    const states = new Set(reply.body.items.map((r: { state: string }) => r.state));
    expect(states.size).toBeGreaterThan(1);
  });
});

describe("seed --accounts: synthetic accounts beside the demo's", () => {
  it("loads them with history, and the list shows them in several states", async () => {
    const db = await openTestPglite("migrated");
    try {
      expect(await loadDemo(db, createCatalogCache(), testNow, true, { accounts: 40 })).toBe(
        "loaded",
      );
      const [counted] = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM accounts WHERE id LIKE 'synthetic-%'",
      );
      expect(counted?.n).toBe(40);
      const rows = accountRoleRows(
        { ...(await loadEverything(db, testNow)), metrics: demoCatalog.metrics },
        testNow,
      ).filter((r) => r.accountId.startsWith("synthetic-"));
      expect(new Set(rows.map((r) => r.state)).size).toBeGreaterThan(2);
      expect(rows.some((r) => r.risk > 0)).toBe(true);
    } finally {
      await db.close();
    }
  });
});
