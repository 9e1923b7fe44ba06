import { demoUsers } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/startTestServer.ts";

const ana = demoUsers[0] as (typeof demoUsers)[number];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    database: "pglite",
    env: { GOALPOST_CORS_ORIGINS: "http://localhost:5173", GOALPOST_RATE_LIMIT: "30" },
  });
});
afterAll(() => server.close());

describe("the HTTP app", () => {
  it("answers the health check with the database it uses", async () => {
    const health = await server.call("GET", "/health");
    expect(health).toMatchObject({ status: 200, body: { status: "ok", database: "pglite" } });
  });

  it("serves the console's page at /console/, with its CSP; /console redirects there", async () => {
    const page = await fetch(`${server.url}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toMatch(
      /^default-src 'none'; script-src 'self'/,
    );
    expect(await page.text()).toContain("<goalpost-console page");
    const bare = await fetch(`${server.url}/console`, { redirect: "manual" });
    expect(bare.status).toBe(308);
    expect(bare.headers.get("location")).toBe("/console/");
    const missing = await server.call("GET", "/console/assets/none.js");
    expect(missing.status).toBe(404);
  });

  it("allows the configured origin only, for bearer-token calls", async () => {
    const preflight = await fetch(`${server.url}/v1/session`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const allowed = await server.call("GET", "/v1/session", {
      as: ana,
      headers: { origin: "http://localhost:5173" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    const other = await server.call("GET", "/v1/session", {
      as: ana,
      headers: { origin: "https://evil.example" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers unknown routes and methods with a 404 error body", async () => {
    for (const [method, path] of [
      ["GET", "/v1/nowhere"],
      ["DELETE", "/v1/session"],
      ["GET", "/"],
    ] as const) {
      const reply = await server.call(method, path);
      expect(reply.status, `${method} ${path}`).toBe(404);
      expect(reply.body.error.code).toBe("not_found");
    }
  });

  it("limits each user's rate with 429, Retry-After and the error body", async () => {
    const user = { id: "rate.tester", accountId: "rate-account", roleId: "sdr" };
    const replies = [];
    for (let i = 0; i < 32; i++)
      replies.push(await server.call("GET", "/v1/session", { as: user }));
    expect(replies.slice(0, 30).every((r) => r.status === 200)).toBe(true);
    const limited = replies[31];
    expect(limited?.status).toBe(429);
    expect(limited?.body.error.code).toBe("rate_limited");
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Another user is not affected.
    expect((await server.call("GET", "/v1/session", { as: ana })).status).toBe(200);
  });

  it("refuses a body over the limit with 413 and closes the connection", async () => {
    const reply = await server.call("POST", "/v1/pulses", {
      as: ana,
      body: { touchpoint: "overall", score: 4, comment: "x".repeat(70_000) },
    });
    expect(reply.status).toBe(413);
    expect(reply.body.error.code).toBe("too_large");
    expect(reply.headers.get("connection")).toBe("close");
  });

  it("logs one JSON line per request, with the request id and never the token", async () => {
    const reply = await server.call("GET", "/v1/session", { as: ana });
    const id = reply.headers.get("x-request-id");
    const line = server.logs.find((entry) => entry.requestId === id);
    expect(line).toMatchObject({
      level: "info",
      msg: "request",
      method: "GET",
      path: "/v1/session",
      status: 200,
      accountId: "acme",
    });
    expect(typeof line?.ms).toBe("number");
    const everything = JSON.stringify(server.logs);
    expect(everything).not.toMatch(/eyJ/); // no JWT
    expect(everything).not.toContain(server.config.adminKey);
  });
});

describe("a refused token", () => {
  it("costs no database work: it answers 401 even with the catalog gone", async () => {
    const broken = await startTestServer({ database: "pglite" });
    try {
      await broken.db.query("DROP TABLE catalog");
      const refused = await broken.call("GET", "/v1/session", { as: "not-a-token" });
      expect(refused.status).toBe(401);
      expect((await broken.call("GET", "/v1/session", { as: ana })).status).toBe(500);
    } finally {
      await broken.close();
    }
  });
});

describe("an unexpected failure", () => {
  it("answers 500 with the request id, and keeps the SQL and the stack in the log", async () => {
    const broken = await startTestServer({ database: "pglite" });
    try {
      await broken.db.query("DROP TABLE pulses");
      const reply = await broken.call("POST", "/v1/pulses", {
        as: ana,
        body: { touchpoint: "overall", score: 4 },
      });
      expect(reply.status).toBe(500);
      expect(reply.body.error.code).toBe("internal");
      const id = reply.headers.get("x-request-id") ?? "";
      expect(reply.body.error.message).toContain(id);
      expect(JSON.stringify(reply.body)).not.toMatch(/pulses|INSERT|relation|at /i);
      const logged = broken.logs.find((l) => l.msg === "unexpected error");
      expect(logged).toMatchObject({ requestId: id });
      expect(String(logged?.error)).toMatch(/pulses/);
    } finally {
      await broken.close();
    }
  });
});
