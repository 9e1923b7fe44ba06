import { Agreement } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const nadia = seededUser("initech", "digital-marketer"); // first run: nothing agreed
const ana = seededUser("acme", "digital-marketer");

describe("POST /v1/agreements", () => {
  it("agrees a metric now, proposed by the customer, with the baseline defaulted", async () => {
    const { call } = createHarness();
    const { status, body } = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate", maturityLevel: 2, baseline: { value: 28 } },
    });
    expect(status).toBe(201);
    expect(Agreement.parse(body)).toMatchObject({
      accountId: "initech",
      roleId: "digital-marketer",
      metricId: "icp-fit-rate",
      status: "agreed",
      proposedBy: "customer",
      agreedAt: testNow.toISOString(),
      maturityLevel: 2,
      baseline: { value: 28, at: testNow.toISOString(), source: "app" },
    });
  });

  it("answers 409 when the metric is already agreed", async () => {
    const { call } = createHarness();
    const first = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate" },
    });
    expect(first.status).toBe(201);
    const again = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate" },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
  });

  it("rejects a metric of another role, a maturity level the role lacks and a baseline out of bounds", async () => {
    const { call, backend } = createHarness();
    const before = backend.state.agreements.length;
    const cases = [
      [{ metricId: "meetings-booked" }, ["metricId"]],
      [{ metricId: "no-such-metric" }, ["metricId"]],
      [{ metricId: "icp-fit-rate", maturityLevel: 5 }, ["maturityLevel"]],
      [{ metricId: "icp-fit-rate", baseline: { value: 140 } }, ["baseline", "value"]],
      [
        { metricId: "icp-fit-rate", baseline: { value: 20, at: "2030-01-01T00:00:00Z" } },
        ["baseline", "at"],
      ],
    ] as const;
    for (const [body, path] of cases) {
      const response = await call("POST", "/v1/agreements", { as: nadia, body });
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.body.error.issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
    }
    const unknown = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate", color: "red" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0]).toMatchObject({ code: "unrecognized_keys" });
    expect(unknown.body.error.issues[0].message).toMatch(/color/);
    expect(backend.state.agreements.length).toBe(before);
  });
});

describe("PATCH /v1/agreements/:id", () => {
  it("retires an agreement and abandons its active goal", async () => {
    const { call, backend } = createHarness();
    const id = "agr_acme_icp-fit-rate";
    const active = backend.state.goals.find((g) => g.agreementId === id && g.status === "active");
    expect(active).toBeDefined();
    const { status, body } = await call("PATCH", `/v1/agreements/${id}`, {
      as: ana,
      body: { status: "retired" },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "retired", retiredAt: testNow.toISOString() });
    expect(backend.state.goals.find((g) => g.id === active?.id)).toMatchObject({
      status: "abandoned",
      closedAt: testNow.toISOString(),
    });
  });

  it("changes a retired agreement only by agreeing it again", async () => {
    const { call } = createHarness();
    const id = "agr_acme_icp-fit-rate";
    await call("PATCH", `/v1/agreements/${id}`, { as: ana, body: { status: "retired" } });
    const blocked = await call("PATCH", `/v1/agreements/${id}`, {
      as: ana,
      body: { maturityLevel: 3 },
    });
    expect(blocked.status).toBe(409);
    const again = await call("PATCH", `/v1/agreements/${id}`, {
      as: ana,
      body: { status: "agreed", maturityLevel: 3, baseline: { value: 61 } },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: "agreed",
      maturityLevel: 3,
      baseline: { value: 61 },
    });
    expect(again.body.retiredAt).toBeUndefined();
  });

  it("refuses to agree again while another agreement for the metric is in place", async () => {
    const { call } = createHarness();
    const id = "agr_acme_icp-fit-rate";
    await call("PATCH", `/v1/agreements/${id}`, { as: ana, body: { status: "retired" } });
    expect(
      (await call("POST", "/v1/agreements", { as: ana, body: { metricId: "icp-fit-rate" } }))
        .status,
    ).toBe(201);
    const again = await call("PATCH", `/v1/agreements/${id}`, {
      as: ana,
      body: { status: "agreed" },
    });
    expect(again.status).toBe(409);
  });

  it("rejects an empty change and an unknown agreement", async () => {
    const { call } = createHarness();
    expect(
      (await call("PATCH", "/v1/agreements/agr_acme_icp-fit-rate", { as: ana, body: {} })).status,
    ).toBe(422);
    const missing = await call("PATCH", "/v1/agreements/nope", {
      as: ana,
      body: { maturityLevel: 1 },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });
});
