import { signDemoToken } from "@goalpost/demo-data";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createMockBackend } from "./createMockBackend.ts";
import { createHarness, seededUser, testNow } from "./testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");
const pulse = { touchpoint: "overall", score: 5 };

describe("scenario", () => {
  it("adds latency to contract calls", async () => {
    const { call, backend } = createHarness();
    backend.setScenario({ latencyMs: 120 });
    const started = performance.now();
    expect((await call("GET", "/v1/session", { as: ana })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("fails requests at the failure rate with a 503 error body", async () => {
    const { call, backend } = createHarness();
    backend.setScenario({ failureRate: 1 });
    const { status, body } = await call("GET", "/v1/session", { as: ana });
    expect(status).toBe(503);
    expect(body.error).toMatchObject({ code: "unavailable" });
    backend.scenario.failureRate = 0;
    expect((await call("GET", "/v1/session", { as: ana })).status).toBe(200);
  });

  it("answers a network error when offline", async () => {
    const backend = createMockBackend({ now: () => testNow });
    backend.setScenario({ offline: true });
    const response = await getResponse(
      backend.handlers,
      new Request("http://mock.test/v1/session"),
    );
    expect(response?.type).toBe("error");
  });

  it("fixes the clock", async () => {
    const { call, backend } = createHarness();
    backend.setScenario({ fixedNow: "2026-03-05T12:00:00.000Z" });
    const { body } = await call("POST", "/v1/pulses", { as: ana, body: pulse });
    expect(body.at).toBe("2026-03-05T12:00:00.000Z");
    expect(() => backend.setScenario({ failureRate: 2 })).toThrow(TypeError);
  });

  it("can be read and changed over HTTP with the admin key, outside the scenario itself", async () => {
    const { call, backend } = createHarness();
    const changed = await call("POST", "/__mock/scenario", {
      admin: true,
      body: { offline: true, latencyMs: 5 },
    });
    expect(changed.body).toEqual({ latencyMs: 5, failureRate: 0, offline: true, fixedNow: null });
    expect((await call("GET", "/__mock/scenario", { admin: true })).body.offline).toBe(true);
    await call("POST", "/__mock/scenario", { admin: true, body: { offline: false } });
    expect(backend.scenario.offline).toBe(false);
    expect(
      (await call("POST", "/__mock/scenario", { admin: true, body: { speed: 1 } })).status,
    ).toBe(422);
    expect((await call("POST", "/__mock/scenario", { body: { offline: true } })).status).toBe(401);
  });
});

describe("reset and persistence", () => {
  it("resets to the seed, keeping the same state object", async () => {
    const { call, backend } = createHarness();
    const { state } = backend;
    const count = state.pulses.length;
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    expect(state.pulses.length).toBe(count + 1);
    expect((await call("POST", "/__mock/reset", { admin: true })).status).toBe(204);
    expect(backend.state).toBe(state);
    expect(state.pulses.length).toBe(count);
  });

  it("starts empty but for the catalog without the seed", async () => {
    const { call, backend } = createHarness({ seed: false });
    expect(backend.state.agreements).toEqual([]);
    expect(backend.state.catalog.roles.length).toBe(3);
    expect((await call("GET", "/v1/admin/kpis", { admin: true })).status).toBe(200);
  });

  it("saves after writes and loads the saved database on start", async () => {
    let saved: string | null = null;
    const persist = {
      load: () => saved,
      save: (json: string) => {
        saved = json;
      },
    };
    const first = createHarness({ persist });
    expect(saved).not.toBeNull();
    const { body } = await first.call("POST", "/v1/pulses", { as: ana, body: pulse });
    const second = createMockBackend({ now: () => testNow, persist });
    expect(second.state.pulses.some((p) => p.id === body.id)).toBe(true);
    expect(second.state.measurementRequests.size).toBe(
      first.backend.state.measurementRequests.size,
    );
  });

  it("ignores unreadable saved data and starts from the seed", () => {
    let saved: string | null = '{"version":0}';
    const backend = createMockBackend({
      now: () => testNow,
      persist: {
        load: () => saved,
        save: (json) => {
          saved = json;
        },
      },
    });
    expect(backend.state.agreements.length).toBeGreaterThan(0);
    expect(JSON.parse(saved ?? "{}").version).toBe(1);
  });
});

describe("routing", () => {
  it("answers unknown contract paths with a 404 error body", async () => {
    const { call } = createHarness();
    for (const [method, path] of [
      ["GET", "/v1/nothing"],
      ["DELETE", "/v1/agreements/agr_acme_icp-fit-rate"],
      ["GET", "/__mock/unknown"],
    ] as const) {
      const { status, body } = await call(method, path, { as: ana });
      expect(status, path).toBe(404);
      expect(body.error.code).toBe("not_found");
    }
  });

  it("can answer under a base URL only", async () => {
    const backend = createMockBackend({
      now: () => testNow,
      baseUrl: "https://api.example.com/goalpost/",
    });
    const inside = await getResponse(
      backend.handlers,
      new Request("https://api.example.com/goalpost/v1/session"),
    );
    expect(inside?.status).toBe(401);
    expect(
      await getResponse(backend.handlers, new Request("https://other.example.com/v1/session")),
    ).toBeUndefined();
  });
});

describe("tokenMaxLifetimeSeconds", () => {
  const inSeconds = (seconds: number) =>
    signDemoToken({
      sub: ana.id,
      acc: ana.accountId,
      role: ana.roleId,
      exp: Math.floor(testNow.getTime() / 1000) + seconds,
    });

  it("answers 401 to a token that lives longer than the maximum", async () => {
    const { call } = createHarness({ tokenMaxLifetimeSeconds: 600 });
    const long = await call("GET", "/v1/session", { as: await inSeconds(3600) });
    expect(long.status).toBe(401);
    expect(long.body.error.message).toMatch(/later than the 600 s/);
    expect((await call("GET", "/v1/session", { as: await inSeconds(600) })).status).toBe(200);
  });

  it("refuses a maximum that is not a positive number", () => {
    expect(() => createMockBackend({ tokenMaxLifetimeSeconds: 0 })).toThrow(TypeError);
    expect(() => createMockBackend({ tokenMaxLifetimeSeconds: Number.NaN })).toThrow(TypeError);
  });
});
