import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const nadia = seededUser("initech", "digital-marketer"); // first run: nothing agreed
const ana = seededUser("acme", "digital-marketer");

describe("POST /v1/agreements", () => {
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
});
