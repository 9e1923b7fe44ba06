import { endpoints } from "@goalpost/core/contract";
import { describe, expect, it } from "vitest";
import { ApiError } from "./ApiError.ts";
import { endpointRoutes } from "./endpointRoutes.ts";
import type { EndpointName, Handler, Handlers } from "./Handlers.ts";
import { readEndpointInput } from "./readEndpointInput.ts";
import { successStatus } from "./successStatus.ts";

interface UserContext {
  userId: string;
}
interface AdminContext {
  admin: true;
}

// A handler that fits every endpoint, for tests of registration rather than of answers.
const anyHandler = () => ({ body: undefined as never });
const complete = Object.fromEntries(
  Object.keys(endpoints).map((name) => [name, () => ({ body: name as never })]),
) as unknown as Handlers<UserContext, AdminContext>;

// What the compiler refuses, checked by `pnpm typecheck` (an unused @ts-expect-error fails it).
const { getSession: _left, ...withoutSession } = complete;
// @ts-expect-error every endpoint needs its handler
const missing: Handlers<UserContext, AdminContext> = withoutSession;
// @ts-expect-error a handler for an endpoint the contract does not have
const extra: Handlers<UserContext, AdminContext> = { ...complete, deleteEverything: anyHandler };
// @ts-expect-error a pulse's body has no metricId: each handler reads its own endpoint's body
const otherBody: Handler<"createPulse", UserContext> = ({ body }) => ({ body: body.metricId });
// @ts-expect-error the path of PATCH /v1/goals/:id names `id` only
const otherParam: Handler<"updateGoal", UserContext> = ({ params }) => ({ body: params.goalId });
// @ts-expect-error the reply's body is the endpoint's response
const otherReply: Handler<"createPulse", UserContext> = () => ({ body: { score: "high" } });
const fits: Handler<"listMeasurements", UserContext> = ({ params, query, userId }) => ({
  body: { items: [], nextCursor: `${params.id}:${query.cursor}:${userId}` },
});
void [missing, extra, otherBody, otherParam, otherReply, fits];

const request = (path: string, body?: string) =>
  new Request(`https://api.example.com${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body ?? null,
  });
const tiny = { maxBodyBytes: 40, maxAdminBodyBytes: 400 };

describe("endpointRoutes", () => {
  it("pairs every endpoint of the table, in its order, with its auth and its own handler", async () => {
    const routes = endpointRoutes(complete);
    expect(routes.map((r) => r.name)).toEqual(Object.keys(endpoints));
    for (const route of routes) {
      expect(route.endpoint).toBe(endpoints[route.name as EndpointName]);
      expect(route.auth).toBe(route.endpoint.auth);
      const input = { body: undefined, query: undefined, params: {} };
      const context = { userId: "u", admin: true as const, ...input };
      expect((await route.handler(context)).body).toBe(route.name);
    }
  });
});

describe("readEndpointInput", () => {
  it("reads a body with the endpoint's schema and the limit of its auth", async () => {
    const pulse = JSON.stringify({ touchpoint: "overall", score: 4, comment: "x".repeat(40) });
    await expect(
      readEndpointInput(endpoints.createPulse, request("/v1/pulses", pulse), {}, tiny),
    ).rejects.toMatchObject({ status: 413 });
    const ingest = JSON.stringify({ measurements: [], extra: "x".repeat(40) });
    const refused = readEndpointInput(
      endpoints.ingestMeasurements,
      request("/v1/ingest/measurements", ingest),
      {},
      tiny,
    );
    // Past the user limit, within the admin one: read, then refused by the schema.
    await expect(refused).rejects.toMatchObject({ status: 422 });
    const read = await readEndpointInput(
      endpoints.createPulse,
      request("/v1/pulses", '{"touchpoint":"overall","score":4}'),
      {},
      tiny,
    );
    expect(read).toEqual({
      body: { touchpoint: "overall", score: 4 },
      query: undefined,
      params: {},
    });
  });

  it("reads a query with the endpoint's schema, and passes the path's parameters", async () => {
    const read = await readEndpointInput(
      endpoints.listMeasurements,
      request("/v1/agreements/a1/measurements?limit=2"),
      { id: "a1" },
      tiny,
    );
    expect(read).toEqual({ body: undefined, query: { limit: 2 }, params: { id: "a1" } });
    const repeated = readEndpointInput(
      endpoints.getKpis,
      request("/v1/admin/kpis?from=2026-01-01T00:00:00Z&from=2026-02-01T00:00:00Z"),
      {},
      tiny,
    );
    await expect(repeated).rejects.toBeInstanceOf(ApiError);
    await expect(repeated).rejects.toMatchObject({ status: 422 });
  });

  it("leaves alone what the endpoint does not take", async () => {
    const read = await readEndpointInput(
      endpoints.getAccountReport,
      request("/v1/admin/accounts/acme/report?extra=1", "not even JSON"),
      { id: "acme" },
      tiny,
    );
    expect(read).toEqual({ body: undefined, query: undefined, params: { id: "acme" } });
  });
});

describe("successStatus", () => {
  it("is the table's status, and 200 for a replay", () => {
    expect(successStatus(endpoints.createMeasurement, {})).toBe(201);
    expect(successStatus(endpoints.createMeasurement, { replayed: true })).toBe(200);
    expect(successStatus(endpoints.getSession, {})).toBe(200);
  });
});
