import { KpiTrends } from "@goalpost/core/admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/startTestServer.ts";

describe.each(["pglite", "postgres"] as const)("the KPI trends on %s", (database) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database });
  }, 90_000);
  afterAll(() => server?.close());

  it("each month, read in one go, is what GET /v1/admin/kpis answers for its period", async () => {
    const reply = await server.call("GET", "/v1/admin/kpis/trends?months=7", { admin: true });
    expect(reply.status).toBe(200);
    const { months } = KpiTrends.parse(reply.body);
    expect(months).toHaveLength(7);
    for (const month of months) {
      const search = new URLSearchParams({ from: month.from, to: month.to });
      const kpis = await server.call("GET", `/v1/admin/kpis?${search}`, { admin: true });
      expect(month, month.from).toEqual(kpis.body);
    }
    // The seed's six months of history: the months are not all empty.
    const measured = months.filter((m) => m.roles.some((r) => r.metrics.some((x) => x.avgGain)));
    expect(measured.length).toBeGreaterThan(3);
  });
});
