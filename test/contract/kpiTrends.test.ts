import { KpiReport, KpiTrends } from "@goalpost/core/admin";
import { describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { request } from "./support/request.ts";

async function trends(query: Record<string, string> = {}): Promise<KpiTrends> {
  return expectOk(await admin("GET", "/v1/admin/kpis/trends", { query }), 200, KpiTrends);
}

describe("GET /v1/admin/kpis/trends", () => {
  test("the last six calendar months by default, oldest first, back to back", async () => {
    const { months } = await trends();
    expect(months).toHaveLength(6);
    for (const [i, month] of months.entries()) {
      expect(new Date(month.from).getUTCDate()).toBe(1);
      expect(month.from.slice(11)).toBe("00:00:00.000Z");
      const next = months[i + 1];
      if (next) expect(Date.parse(next.from) - Date.parse(month.to)).toBe(1);
    }
    expect(Date.now() - Date.parse(months.at(-1)?.to ?? "")).toBeLessThan(60_000);
  });

  test("each past month is the KPIs of its period", async () => {
    const { months } = await trends({ months: "3" });
    expect(months).toHaveLength(3);
    // Accounts that files running beside this one create now count in every period (an account
    // with an agreement is known); what happened in a past month does not change.
    const settled = ({
      accounts,
      measuresRate,
      roleInstances,
      ...rest
    }: KpiReport["roles"][number]) => rest;
    for (const month of months.slice(0, -1)) {
      const reply = await admin("GET", "/v1/admin/kpis", {
        query: { from: month.from, to: month.to },
      });
      const kpis = expectOk(reply, 200, KpiReport);
      expect(month.roles.map(settled)).toEqual(kpis.roles.map(settled));
      expect(month.perceivedValue).toEqual(kpis.perceivedValue);
    }
  });

  test("months outside 1–24 answer 422; a console token reads it", async () => {
    for (const months of ["0", "25", "six"]) {
      const reply = await admin("GET", "/v1/admin/kpis/trends", { query: { months } });
      expectIssueAt(expectError(reply, 422), ["months"]);
    }
    const reply = await request("GET", "/v1/admin/kpis/trends", {
      authorization: `Bearer ${consoleToken()}`,
      query: { months: "1" },
    });
    expect(expectOk(reply, 200, KpiTrends).months).toHaveLength(1);
  });
});
