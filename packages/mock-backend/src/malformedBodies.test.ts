import { limits } from "@goalpost/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeDb } from "./store/serializeDb.ts";
import { type CallOptions, createHarness, seededUser } from "./testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");

/** Every write endpoint, with who may call it. */
const writes: [method: string, path: string, auth: CallOptions][] = [
  ["POST", "/v1/agreements", { as: ana }],
  ["PATCH", "/v1/agreements/agr_acme_icp-fit-rate", { as: ana }],
  ["POST", "/v1/goals", { as: ana }],
  ["PATCH", "/v1/goals/goal_acme_icp-fit-rate_6", { as: ana }],
  ["POST", "/v1/measurements", { as: ana }],
  ["POST", "/v1/pulses", { as: ana }],
  ["PUT", "/v1/admin/catalog", { admin: true }],
  ["POST", "/v1/ingest/measurements", { admin: true }],
  ["POST", "/__mock/scenario", { admin: true }],
];

const malformed: [label: string, body: string | Uint8Array<ArrayBuffer>, status: number][] = [
  ["empty", "", 400],
  ["truncated", '{"metricId":', 400],
  ["trailing comma", '{"a":1,}', 400],
  ["not UTF-8", new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400],
  ["null", "null", 422],
  ["array", "[1,2]", 422],
  ["string", '"hello"', 422],
  ["deeply nested", `${"[".repeat(20_000)}${"]".repeat(20_000)}`, 422],
  ["prototype key", '{"__proto__":{"admin":true}}', 422],
  ["huge number", '{"value":1e400}', 422],
];

/** A body just over the endpoint's limit: admin bodies may be larger (catalogs, ingest batches). */
const tooLarge = (path: string) => {
  const admin = path.startsWith("/v1/admin") || path.startsWith("/v1/ingest");
  const limit = admin ? limits.maxAdminBodyBytes : limits.maxBodyBytes;
  return JSON.stringify({ note: "x".repeat(limit + 100) });
};

describe.each(writes)("%s %s with a bad body", (method, path, auth) => {
  it("answers 4xx with an error body and changes nothing", async () => {
    const { call, backend } = createHarness();
    const before = serializeDb(backend.state);
    for (const [label, body, status] of [
      ...malformed,
      ["too large", tooLarge(path), 413] as const,
    ]) {
      const response = await call(method, path, { ...auth, body });
      expect(response.status, label).toBe(status);
      expect(response.body.error, label).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
    const wrongType = await call(method, path, {
      ...auth,
      body: "{}",
      headers: { "content-type": "text/plain" },
    });
    expect(wrongType.status).toBe(400);
    expect(serializeDb(backend.state)).toBe(before);
  });

  it("never answers 5xx to arbitrary JSON, and changes nothing when it refuses", async () => {
    const { call, backend } = createHarness();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
        async (body) => {
          const before = serializeDb(backend.state);
          const response = await call(method, path, { ...auth, body: JSON.stringify(body) });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.body.error.code).toEqual(expect.any(String));
            expect(serializeDb(backend.state)).toBe(before);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
