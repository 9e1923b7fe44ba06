import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openConnection } from "../testing/openConnection.ts";
import { startTestServer, type TestServer } from "../testing/startTestServer.ts";
import { connectionTimeouts } from "./connectionTimeouts.ts";

// Timeouts of a few hundred milliseconds, so that the real server's own timers are waited for.
const env = {
  GOALPOST_SIGNING_SECRET: "s".repeat(32),
  GOALPOST_ADMIN_KEY: "k".repeat(32),
  GOALPOST_HEADERS_TIMEOUT_MS: "300",
  GOALPOST_REQUEST_TIMEOUT_MS: "600",
  GOALPOST_IDLE_TIMEOUT_MS: "1000",
};
const ingest = "/v1/ingest/measurements";
// The test's own timeout is the only bound on waiting for the log line.
const waitLong = { timeout: 30_000, interval: 20 };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ database: "pglite", demo: false, env });
});
afterAll(() => server.close());

describe("connection timeouts", () => {
  it("cuts off a body trickled in slower than the request timeout, with 408", async () => {
    const connection = await openConnection(server.url);
    connection.write(
      `POST ${ingest} HTTP/1.1\r\nHost: goalpost.test\r\n` +
        `Authorization: Bearer ${server.config.adminKey}\r\n` +
        "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
    );
    // The client sends a byte every 50 ms, as the probe's did at one a second.
    const trickle = setInterval(() => connection.write(" "), 50);
    const received = await connection.closed;
    clearInterval(trickle);
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    // The route that was reading the body saw it end early: the client's doing, not a failure.
    const line = await vi.waitFor(() => {
      const found = server.logs.find((l) => l.msg === "request" && l.path === ingest);
      if (!found) throw new Error("no request line yet");
      return found;
    }, waitLong);
    expect(line.status).toBe(499);
    expect(server.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("closes a connection that sends no request within the headers timeout", async () => {
    const connection = await openConnection(server.url);
    connection.write("GET /health HTTP/1.1\r\nHost: goal");
    expect(await connection.closed).toMatch(/^HTTP\/1\.1 408 /);
    const silent = await openConnection(server.url);
    expect(await silent.closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("closes a kept-alive connection once it has idled for the idle timeout", async () => {
    const connection = await openConnection(server.url);
    connection.write("GET /health HTTP/1.1\r\nHost: goalpost.test\r\n\r\n");
    const answer = await connection.received('"status":"ok"');
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    // What the server tells the client, and then does: 1000 ms is "timeout=1".
    expect(answer).toMatch(/\r\nKeep-Alive: timeout=1\r\n/i);
    expect(await connection.closed).toBe(answer);
  });

  it("has Node check the timeouts often enough to keep them: at most every second", () => {
    const defaults = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, idleTimeoutMs: 10_000 };
    expect(connectionTimeouts(defaults)).toEqual({
      headersTimeout: 10_000,
      requestTimeout: 30_000,
      keepAliveTimeout: 10_000,
      connectionsCheckingInterval: 1000,
    });
    const short = { headersTimeoutMs: 300, requestTimeoutMs: 600, idleTimeoutMs: 1000 };
    expect(connectionTimeouts(short).connectionsCheckingInterval).toBe(75);
  });
});
