import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signToken } from "@goalpost/backend";
import { demoUsers } from "@goalpost/demo-data";
import { describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config/loadConfig.ts";
import { startTestServer, testNow } from "../testing/startTestServer.ts";
import { createLogger } from "./createLogger.ts";
import { startServer } from "./startServer.ts";

const ana = demoUsers[0] as (typeof demoUsers)[number];

describe("startServer", () => {
  it("finishes a request in flight when it shuts down, then refuses new connections", async () => {
    const arrived = requestArrival();
    const server = await startTestServer({ database: "pglite", clock: arrived.clock });
    const token = await anaToken(server.config.signingSecret);
    arrived.arm();
    // Hold the embedded database, so the next request waits inside the server.
    let release = () => {};
    const holding = server.db.transaction(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const inFlight = server.call("POST", "/v1/pulses", {
      as: token,
      body: { touchpoint: "product", score: 5 },
    });
    await arrived.request;
    let closed = false;
    const closing = server.server.close().finally(() => {
      closed = true;
    });
    expect(server.logs.some((l) => l.msg === "stopping")).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    release();
    await holding;
    const reply = await inFlight;
    expect(reply.status).toBe(201);
    expect(await closing).toBe(true);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });

  it("cuts requests off after the shutdown timeout and says so", async () => {
    const arrived = requestArrival();
    const server = await startTestServer({
      database: "pglite",
      clock: arrived.clock,
      env: { GOALPOST_SHUTDOWN_TIMEOUT_MS: "300" },
    });
    const token = await anaToken(server.config.signingSecret);
    arrived.arm();
    let release = () => {};
    const holding = server.db.transaction(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const inFlight = server
      .call("GET", "/v1/session", { as: token })
      .catch((error: Error) => error);
    await arrived.request;
    const closing = server.server.close();
    const cutOff = "shutdown timed out; cutting off requests in flight";
    await vi.waitFor(() => expect(server.logs.some((l) => l.msg === cutOff)).toBe(true), {
      timeout: 10_000,
    });
    release();
    await holding.catch(() => undefined);
    expect(await closing).toBe(false);
    expect(await inFlight).toBeInstanceOf(Error);
  });

  it("keeps the data of a demo database across restarts instead of seeding it again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "goalpost-restart-"));
    const lines: string[] = [];
    const log = createLogger("info", (line) => {
      lines.push(line);
    });
    const config = loadConfig({ GOALPOST_DATA_DIR: join(dir, "data") }, { demo: true, port: 0 });
    try {
      const first = await startServer(config, { log, clock: () => testNow });
      await first.db.query("DELETE FROM pulses");
      await first.close();
      const second = await startServer(config, { log, clock: () => testNow });
      const pulses = await second.db.query("SELECT count(*)::int AS n FROM pulses");
      await second.close();
      expect(pulses).toEqual([{ n: 0 }]);
      const messages = lines.map((l) => JSON.parse(l).msg);
      expect(messages).toContain("demo data loaded");
      expect(messages).toContain("demo data kept (catalog present)");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("refuses user tokens that live longer than GOALPOST_TOKEN_MAX_LIFETIME_SECONDS", async () => {
    const server = await startTestServer({
      database: "pglite",
      env: { GOALPOST_TOKEN_MAX_LIFETIME_SECONDS: "600" },
    });
    try {
      const exp = (seconds: number) => Math.floor(testNow.getTime() / 1000) + seconds;
      const claims = { sub: ana.id, acc: ana.accountId, role: ana.roleId };
      const hour = await signToken({ ...claims, exp: exp(3600) }, server.config.signingSecret);
      const refused = await server.call("GET", "/v1/session", { as: hour });
      expect(refused.status).toBe(401);
      expect(refused.body.error.message).toMatch(/later than the 600 s this deployment accepts/);
      const minutes = await signToken({ ...claims, exp: exp(600) }, server.config.signingSecret);
      expect((await server.call("GET", "/v1/session", { as: minutes })).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("warns loudly when it runs on the public demo secrets", async () => {
    const server = await startTestServer({ database: "pglite" });
    await server.close();
    const warnings = server.logs.filter((l) => l.level === "warn").map((l) => l.secret);
    expect(warnings).toEqual(["signing secret", "admin key"]);
  });
});

/** A token for Ana, signed ahead (signing reads the test server's clock too). */
function anaToken(secret: string): Promise<string> {
  const exp = Math.floor(testNow.getTime() / 1000) + 3600;
  return signToken({ sub: ana.id, acc: ana.accountId, role: ana.roleId, exp }, secret);
}

/**
 * A clock that also tells when a request has reached the routes (each reads the time first),
 * so a test can act while it is in flight without guessing how long that takes.
 */
function requestArrival() {
  let arrive = () => {};
  const request = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let armed = false;
  return {
    request,
    /** From now on a reading of the clock is a request's (the server has started, tokens are signed). */
    arm: () => {
      armed = true;
    },
    clock: () => {
      if (armed) arrive();
      return testNow;
    },
  };
}
