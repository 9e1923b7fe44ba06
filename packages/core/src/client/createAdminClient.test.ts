import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Catalog } from "../contract/catalog.ts";
import { createAdminClient } from "./createAdminClient.ts";

const api = "https://api.test/goalpost";
const at = "2025-03-03T09:00:00.000Z";

const catalog: Catalog = {
  roles: [
    {
      id: "sdr",
      name: "SDR",
      maturity: [1, 2, 3].map((level) => ({
        level,
        name: `Level ${level}`,
        description: "Books meetings",
        expectedGain: 0.1,
      })),
    },
  ],
  metrics: [
    {
      id: "outreach-confidence",
      name: "Outreach confidence",
      description: "How confident the SDR is in outreach",
      kind: "value",
      roleIds: ["sdr"],
      unit: { type: "scale" },
      direction: "increase",
      collection: "scale",
      dataSource: "Self-assessment",
      periodDays: 30,
      scale: {
        points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Point ${value}` })),
      },
    },
  ],
  valueElements: [
    {
      id: "outreach-guide",
      type: "guide",
      title: "Outreach guide",
      metricIds: ["outreach-confidence"],
      roleIds: ["sdr"],
      href: "https://help.example.com/outreach",
    },
  ],
};
const ingestBody = {
  measurements: [
    {
      id: "i-1",
      accountId: "acme",
      roleId: "sdr",
      metricId: "qualified-contacts",
      value: 40,
      at,
      source: "app" as const,
    },
  ],
};
const ingestResult = { results: [{ id: "i-1", status: "created", measurementId: "i-1" }] };
const kpis = {
  from: "2025-01-01T00:00:00.000Z",
  to: "2025-03-31T00:00:00.000Z",
  roles: [
    {
      roleId: "sdr",
      accounts: 3,
      accountsWithMeasures: 2,
      measuresRate: 2 / 3,
      roleInstances: 3,
      gainRate: 0.5,
      goalRate: 0.5,
      metrics: [
        { metricId: "meetings-booked", agreements: 2, avgGain: { absolute: 1.5, relative: 0.3 } },
      ],
    },
  ],
  perceivedValue: [{ touchpoint: "overall", avgScore: 4.2, responses: 5 }],
};
const report = {
  accountId: "acme",
  generatedAt: at,
  roles: [{ roleId: "sdr", users: 2, metrics: [], perceivedValue: [] }],
};

const seen: { method: string; url: URL; authorization: string | null; body: unknown }[] = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

function serve(respond: (n: number) => Response) {
  server.use(
    http.all(`${api}/*`, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        url: new URL(request.url),
        authorization: request.headers.get("authorization"),
        body: text ? JSON.parse(text) : undefined,
      });
      return respond(seen.length);
    }),
  );
}
const admin = createAdminClient({ apiBase: api, adminKey: "demo-admin-key" });

describe("createAdminClient", () => {
  it("putCatalog sends the catalog with the admin key", async () => {
    serve(() => HttpResponse.json(catalog));
    await expect(admin.putCatalog(catalog)).resolves.toEqual(catalog);
    expect(seen).toMatchObject([
      { method: "PUT", body: catalog, authorization: "Bearer demo-admin-key" },
    ]);
    expect(seen[0]?.url.pathname).toBe("/goalpost/v1/admin/catalog");
  });

  it("ingestMeasurements sends the batch and answers each point's result", async () => {
    serve(() => HttpResponse.json(ingestResult));
    await expect(admin.ingestMeasurements(ingestBody)).resolves.toEqual(ingestResult);
    expect(seen).toMatchObject([{ method: "POST", body: ingestBody }]);
    expect(seen[0]?.url.pathname).toBe("/goalpost/v1/ingest/measurements");
  });

  it("getKpis passes the period as a query", async () => {
    serve(() => HttpResponse.json(kpis));
    await expect(admin.getKpis({ from: kpis.from })).resolves.toEqual(kpis);
    expect(seen[0]?.url.pathname).toBe("/goalpost/v1/admin/kpis");
    expect(seen[0]?.url.searchParams.get("from")).toBe(kpis.from);
    expect(seen[0]?.url.searchParams.has("to")).toBe(false);
  });

  it("getAccountReport asks for one account", async () => {
    serve(() => HttpResponse.json(report));
    await expect(admin.getAccountReport("acme")).resolves.toEqual(report);
    expect(seen[0]?.url.pathname).toBe("/goalpost/v1/admin/accounts/acme/report");
  });

  it("refuses an invalid catalog before sending it", async () => {
    serve(() => HttpResponse.json(catalog));
    const broken = { ...catalog, roles: [] };
    await expect(admin.putCatalog(broken)).rejects.toMatchObject({
      name: "ValidationError",
      where: "putCatalog request body",
      issues: [expect.objectContaining({ path: ["roles"], code: "too_small" })],
    });
    expect(seen).toHaveLength(0);
  });

  it("retries the idempotent catalog and ingest writes, honouring Retry-After", async () => {
    const busy = () => new HttpResponse(null, { status: 429, headers: { "Retry-After": "0" } });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      serve((n) => (n === 1 ? busy() : HttpResponse.json(catalog)));
      await expect(settledWithin(admin.putCatalog(catalog))).resolves.toEqual(catalog);
      serve((n) => (n === 3 ? failing503() : HttpResponse.json(ingestResult)));
      await expect(settledWithin(admin.ingestMeasurements(ingestBody))).resolves.toEqual(
        ingestResult,
      );
    } finally {
      vi.useRealTimers();
    }
    expect(seen.map((s) => s.method)).toEqual(["PUT", "PUT", "POST", "POST"]);
  });
});

/**
 * The value of `call` once 100 ms of fake time have passed: a retry that waited ky's own backoff
 * (300 ms) instead of `Retry-After: 0` would still be pending, and fails the test.
 */
async function settledWithin<T>(call: Promise<T>): Promise<T> {
  let settled = false;
  const result = call.finally(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(100);
  expect(settled, "the retry waited longer than Retry-After said").toBe(true);
  return result;
}

const failing503 = () => new HttpResponse(null, { status: 503, headers: { "Retry-After": "0" } });
