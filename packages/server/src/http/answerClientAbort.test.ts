import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openConnection } from "../testing/openConnection.ts";
import { startTestServer, type TestServer } from "../testing/startTestServer.ts";

const ingest = "/v1/ingest/measurements";
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    database: "pglite",
    demo: false,
    env: { GOALPOST_SIGNING_SECRET: "s".repeat(32), GOALPOST_ADMIN_KEY: "k".repeat(32) },
  });
});
afterAll(() => server.close());

describe("a client that abandons its upload", () => {
  it("is logged as the client's abort, without a stack, and not as a 500", async () => {
    const connection = await openConnection(server.url);
    connection.write(
      `POST ${ingest} HTTP/1.1\r\nHost: goalpost.test\r\n` +
        `Authorization: Bearer ${server.config.adminKey}\r\n` +
        "Content-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n",
    );
    // "100 Continue": the server has taken the request in; the client sends a little, and leaves.
    await connection.received("HTTP/1.1 100 Continue\r\n");
    connection.write('{"measurements":[');
    connection.destroy();
    const line = await vi.waitFor(() => {
      const found = server.logs.find((l) => l.msg === "request" && l.path === ingest);
      if (!found) throw new Error("no request line yet");
      return found;
    }, waitLong);
    expect(line.status).toBe(499);
    const abort = server.logs.find((l) => l.msg === "client aborted the request");
    expect(abort).toEqual({
      time: expect.any(String),
      level: "info",
      msg: "client aborted the request",
      requestId: line.requestId,
      method: "POST",
      path: ingest,
    });
    expect(server.logs.filter((l) => l.level === "error")).toEqual([]);
  });
});

// The test's own timeout is the only bound on waiting for the server.
const waitLong = { timeout: 30_000, interval: 20 };
