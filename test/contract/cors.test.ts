import { adminEndpoints, userEndpoints } from "@goalpost/core/contract";
import { describe, expect, test } from "vitest";
import { randomId } from "./support/randomId.ts";
import { target } from "./support/target.ts";

// Browsers call the user endpoints (the widget, from the vendor's pages); the admin endpoints
// are called server-to-server and answer no CORS at all (docs/http-contract.md, "CORS").

const { corsOrigin: origin } = target;
const urlOf = (path: string) => `${target.baseUrl}${path.replace(/:\w+/g, () => randomId("x"))}`;
const preflight = (url: string, method: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "authorization,content-type",
    },
  });
const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe.each(Object.entries(userEndpoints))("user endpoint %s", (_name, endpoint) => {
  test("answers the preflight and lets the page read its answers", async () => {
    const url = urlOf(endpoint.path);
    const allowed = await preflight(url, endpoint.method);
    expect(allowed.status).toBeGreaterThanOrEqual(200);
    expect(allowed.status).toBeLessThan(300);
    expect([origin, "*"]).toContain(allowed.headers.get("access-control-allow-origin"));
    expect(allowed.headers.get("access-control-allow-methods")).toContain(endpoint.method);
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    expect(allowed.headers.get("access-control-allow-headers")).toMatch(/content-type/i);
    // A refusal too: the widget reads a 401 to ask for a new token.
    const refused = await fetch(url, { method: endpoint.method, headers: { origin } });
    expect(refused.status).toBe(401);
    expect([origin, "*"]).toContain(refused.headers.get("access-control-allow-origin"));
  });
});

describe.each(Object.entries(adminEndpoints))("admin endpoint %s", (_name, endpoint) => {
  test("answers no CORS, to the preflight or to a call", async () => {
    const url = urlOf(endpoint.path);
    expect(corsHeaders(await preflight(url, endpoint.method))).toEqual([]);
    const call = await fetch(url, {
      method: endpoint.method,
      headers: { origin, authorization: `Bearer ${target.adminKey}` },
    });
    expect(corsHeaders(call)).toEqual([]);
  });
});
