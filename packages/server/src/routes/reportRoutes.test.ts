import { AccountReport, computeAccountReport, computeKpis, KpiReport } from "@goalpost/core/admin";
import { demoCatalog, demoUsers } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEverything } from "../testing/loadEverything.ts";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

const day = 86_400_000;
const at = (days: number) => new Date(testNow.getTime() + days * day).toISOString();
const user = (accountId: string, roleId: string) => {
  const found = demoUsers.find((u) => u.accountId === accountId && u.roleId === roleId);
  if (!found) throw new Error(`no demo user ${accountId}/${roleId}`);
  return found;
};

describe.each(["pglite", "postgres"] as const)("reports on %s", (database) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ database });
    // Some history written through the API on top of the seed: a new account, a goal reached
    // by ingested data, a retired agreement, pulses.
    const newcomer = { id: "newcomer", accountId: "umbrella", roleId: "marketing-vp" };
    const agreed = await server.call("POST", "/v1/agreements", {
      as: newcomer,
      body: { metricId: "web-revenue", baseline: { value: 5000, at: at(-20) } },
    });
    expect(agreed.status).toBe(201);
    const goal = await server.call("POST", "/v1/goals", {
      as: newcomer,
      body: { agreementId: agreed.body.id, target: 5500, dueAt: at(30) },
    });
    expect(goal.status).toBe(201);
    const ingested = await server.call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: {
        measurements: [5200, 5600].map((value, i) => ({
          id: `umbrella-rev-${i}`,
          accountId: "umbrella",
          roleId: "marketing-vp",
          metricId: "web-revenue",
          value,
          at: testNow.toISOString(),
          source: "integration",
        })),
      },
    });
    expect(ingested.body.results.map((r: { status: string }) => r.status)).toEqual([
      "created",
      "created",
    ]);
    const sam = user("acme", "sdr");
    const session = await server.call("GET", "/v1/session", { as: sam });
    const retired = session.body.agreements.find(
      (a: { metricId: string }) => a.metricId === "meetings-booked",
    );
    expect(
      (
        await server.call("PATCH", `/v1/agreements/${retired.id}`, {
          as: sam,
          body: { status: "retired" },
        })
      ).status,
    ).toBe(200);
    await server.call("POST", "/v1/pulses", {
      as: newcomer,
      body: { touchpoint: "support", score: 2 },
    });
  }, 90_000);
  afterAll(() => server?.close());

  it.each([
    ["the default 90 days", {}],
    ["the last 30 days", { from: at(-30), to: at(0) }],
    ["a year", { from: at(-365), to: at(0) }],
    ["a period that ended two months ago", { from: at(-150), to: at(-60) }],
    ["a period with a future end", { from: at(-10), to: at(40) }],
  ])(
    "GET /v1/admin/kpis over %s equals the core's computeKpis over every row",
    async (_, query) => {
      const search = new URLSearchParams(query as Record<string, string>).toString();
      const reply = await server.call("GET", `/v1/admin/kpis${search ? `?${search}` : ""}`, {
        admin: true,
      });
      expect(reply.status).toBe(200);
      expect(KpiReport.safeParse(reply.body).success).toBe(true);
      const all = await loadEverything(server.db, testNow);
      const to = reply.body.to as string;
      const known = (item: { createdAt: string }) => Date.parse(item.createdAt) <= Date.parse(to);
      const expected = computeKpis({
        from: reply.body.from,
        to,
        roles: demoCatalog.roles,
        metrics: demoCatalog.metrics,
        accountIds: all.accounts.filter(known).map((a) => a.id),
        roleInstances: all.users
          .filter(known)
          .map((u) => ({ accountId: u.accountId, roleId: u.roleId })),
        agreements: all.agreements,
        goals: all.goals,
        measurements: all.measurements,
        pulses: all.pulses,
      });
      expect(reply.body).toEqual(expected);
      // The figures are not all zero: the comparison has something to compare.
      expect(expected.roles.some((r) => r.accountsWithMeasures > 0)).toBe(true);
    },
  );

  it.each(["acme", "globex", "initech", "umbrella"])(
    "GET /v1/admin/accounts/%s/report equals the core's computeAccountReport over every row",
    async (accountId) => {
      const reply = await server.call("GET", `/v1/admin/accounts/${accountId}/report`, {
        admin: true,
      });
      expect(reply.status).toBe(200);
      expect(AccountReport.safeParse(reply.body).success).toBe(true);
      const all = await loadEverything(server.db, testNow);
      const usersByRole: Record<string, number> = {};
      for (const u of all.users.filter((u) => u.accountId === accountId)) {
        usersByRole[u.roleId] = (usersByRole[u.roleId] ?? 0) + 1;
      }
      const expected = computeAccountReport({
        accountId,
        now: testNow.toISOString(),
        metrics: demoCatalog.metrics,
        usersByRole,
        agreements: all.agreements,
        goals: all.goals,
        measurements: all.measurements,
        pulses: all.pulses,
      });
      const byRole = (report: typeof expected) =>
        [...report.roles].sort((a, b) => (a.roleId < b.roleId ? -1 : 1));
      expect(byRole(reply.body)).toEqual(byRole(expected));
      expect(reply.body.generatedAt).toBe(expected.generatedAt);
    },
  );
});
