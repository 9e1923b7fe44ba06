import type { AccountReport, Catalog } from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { agreementOn, metrics, now, role } from "../testFixtures.ts";
import { renderSharedReport, sharedPageHeaders, sharedReportCss } from "./renderSharedReport.ts";

const catalog = { roles: [role], metrics, valueElements: [] } as unknown as Catalog;
const report: AccountReport = {
  accountId: "acme<script>",
  generatedAt: now.toISOString(),
  roles: [
    {
      roleId: "sdr",
      users: 1,
      metrics: [
        {
          agreement: agreementOn(),
          baseline: { value: 4, at: now.toISOString(), source: "self" },
          current: { value: 6, at: now.toISOString(), source: "self" },
          gain: { absolute: 2, relative: 0.5 },
          goals: { achieved: 1, missed: 0, abandoned: 0, active: 0 },
        },
      ],
      perceivedValue: [{ touchpoint: "overall", avgScore: 4.5, responses: 2 }],
    },
  ],
};

describe("renderSharedReport", () => {
  it("renders the report as plain HTML, escaped, with no script", () => {
    const html = renderSharedReport({ report, catalog, expiresAt: "2026-03-16T09:00:00.000Z" });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Results of acme&lt;script&gt;");
    expect(html).toContain("works until Mar 16, 2026");
    expect(html).toMatch(
      /<th scope="row">meetings<\/th><td>4<\/td><td>6<\/td><td class="better">2 better<\/td>/,
    );
    expect(html).toContain("overall: 4.5 of 5 (2 responses)");
  });

  it("allows no script and only its own style", async () => {
    const headers = await sharedPageHeaders();
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(sharedReportCss));
    const hash = Buffer.from(digest).toString("base64");
    expect(headers["content-security-policy"]).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(headers["referrer-policy"]).toBe("no-referrer");
  });
});
