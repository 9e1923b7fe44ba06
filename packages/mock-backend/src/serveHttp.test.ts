import { limits } from "@goalpost/core";
import { signDemoToken } from "@goalpost/demo-data";
import { afterEach, describe, expect, it } from "vitest";
import { createMockBackend } from "./createMockBackend.ts";
import { createMockServer, type HttpServerHandle, serveHttp } from "./node.ts";

let server: HttpServerHandle | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const token = () => signDemoToken({ sub: "sam.okafor", acc: "acme", role: "sdr" });

describe("serveHttp", () => {
  it("serves the handlers over real HTTP on 127.0.0.1 with CORS, then closes", async () => {
    server = await serveHttp(createMockBackend(), { port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/v1/session`, {
      headers: { authorization: `Bearer ${await token()}`, origin: "http://localhost:5173" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect((await response.json()).user.id).toBe("sam.okafor");

    const preflight = await fetch(`${server.url}/v1/goals/x`, {
      method: "OPTIONS",
      headers: { "access-control-request-method": "PATCH", origin: "http://localhost:5173" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/PATCH/);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/Authorization/);

    const { url } = server;
    await server.close();
    server = undefined;
    await expect(fetch(`${url}/v1/session`)).rejects.toThrow();
  });

  it("posts JSON bodies through and answers errors with the error body", async () => {
    server = await serveHttp(createMockBackend(), { port: 0 });
    const headers = {
      authorization: `Bearer ${await token()}`,
      "content-type": "application/json",
    };
    const created = await fetch(`${server.url}/v1/pulses`, {
      method: "POST",
      headers,
      body: JSON.stringify({ touchpoint: "support", score: 4 }),
    });
    expect(created.status).toBe(201);
    const tooLarge = await fetch(`${server.url}/v1/pulses`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        touchpoint: "support",
        score: 4,
        comment: "x".repeat(limits.maxBodyBytes),
      }),
    });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.code).toBe("too_large");
    const nowhere = await fetch(`${server.url}/elsewhere`);
    expect(nowhere.status).toBe(404);
    expect((await nowhere.json()).error.code).toBe("not_found");
  });

  it("answers HEAD like GET, without the body", async () => {
    server = await serveHttp(createMockBackend(), { port: 0 });
    const headers = { authorization: `Bearer ${await token()}` };
    const got = await fetch(`${server.url}/v1/session`, { headers });
    const head = await fetch(`${server.url}/v1/session`, { method: "HEAD", headers });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe(got.headers.get("content-type"));
    expect(await head.text()).toBe("");
    expect((await got.json()).user.id).toBe("sam.okafor");
  });

  it("refuses a body over the largest limit with 413, and closes the connection", async () => {
    server = await serveHttp(createMockBackend(), { port: 0 });
    const reply = await fetch(`${server.url}/v1/ingest/measurements`, {
      method: "POST",
      headers: { authorization: "Bearer demo-admin-key", "content-type": "application/json" },
      body: JSON.stringify({ measurements: [], note: "x".repeat(limits.maxAdminBodyBytes) }),
    });
    expect(reply.status).toBe(413);
    expect(reply.headers.get("connection")).toBe("close");
    expect((await reply.json()).error.message).toBe(
      `the body is larger than ${limits.maxAdminBodyBytes} bytes`,
    );
  });

  it("drops the connection when the scenario is offline", async () => {
    const backend = createMockBackend();
    server = await serveHttp(backend, { port: 0 });
    backend.setScenario({ offline: true });
    await expect(fetch(`${server.url}/v1/session`)).rejects.toThrow();
  });
});

describe("createMockServer", () => {
  it("intercepts fetch in Node with the same handlers", async () => {
    const mock = createMockServer(createMockBackend());
    mock.listen({ onUnhandledRequest: "error" });
    try {
      const response = await fetch("https://api.example.com/v1/session", {
        headers: { authorization: `Bearer ${await token()}` },
      });
      expect(response.status).toBe(200);
      expect((await response.json()).role.id).toBe("sdr");
    } finally {
      mock.close();
    }
  });
});
