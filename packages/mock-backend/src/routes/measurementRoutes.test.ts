import { MeasurementPage } from "@goalpost/core";
import { describe, expect, it } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");
const agreementId = "agr_acme_icp-fit-rate";
const goalId = "goal_acme_icp-fit-rate_6";
const hoursAgo = (hours: number) => new Date(testNow.getTime() - hours * 3_600_000).toISOString();

describe("POST /v1/measurements", () => {
  it("creates once, replays the same body with 200, and refuses the id with another body", async () => {
    const { call, backend } = createHarness();
    const body = { id: "m-1", agreementId, value: 66, source: "app", note: "weekly export" };
    const created = await call("POST", "/v1/measurements", { as: ana, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...body,
      at: testNow.toISOString(),
      userId: "ana.torres",
    });

    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await call("POST", "/v1/measurements", { as: ana, body: reordered });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(created.body);

    const conflict = await call("POST", "/v1/measurements", {
      as: ana,
      body: { ...body, value: 67 },
    });
    expect(conflict.status).toBe(409);
    expect(backend.state.measurements.filter((m) => m.id === "m-1")).toHaveLength(1);
  });

  it("creates a measurement once when the same write arrives twice at the same time", async () => {
    const { call, backend } = createHarness();
    const body = { id: "m-twice", agreementId, value: 64, source: "app" };
    const answers = await Promise.all([
      call("POST", "/v1/measurements", { as: ana, body }),
      call("POST", "/v1/measurements", { as: ana, body }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(backend.state.measurements.filter((m) => m.id === "m-twice")).toHaveLength(1);
  });

  it("marks the active goal achieved when a measurement reaches the target", async () => {
    const { call, backend } = createHarness();
    const goal = backend.state.goals.find((g) => g.id === goalId);
    if (!goal) throw new Error("seeded goal missing");
    expect(goal.status).toBe("active");
    const short = { id: "m-short", agreementId, value: goal.target - 1, source: "app" };
    await call("POST", "/v1/measurements", { as: ana, body: short });
    expect(backend.state.goals.find((g) => g.id === goalId)?.status).toBe("active");

    const at = hoursAgo(1);
    const reach = { id: "m-reach", agreementId, value: goal.target, source: "app", at };
    expect((await call("POST", "/v1/measurements", { as: ana, body: reach })).status).toBe(201);
    const session = await call("GET", "/v1/session", { as: ana });
    const achieved = session.body.goals.find((g: { id: string }) => g.id === goalId);
    expect(achieved).toMatchObject({ status: "achieved", achievedAt: at, closedAt: at });
  });
});

describe("GET /v1/agreements/:id/measurements", () => {
  it("pages through all measurements, newest first, with an opaque cursor", async () => {
    const { call, backend } = createHarness();
    const all = backend.state.measurements.filter((m) => m.agreementId === agreementId);
    expect(all.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `?limit=4${cursor ? `&cursor=${cursor}` : ""}`;
      const { status, body } = await call(
        "GET",
        `/v1/agreements/${agreementId}/measurements${query}`,
        { as: ana },
      );
      expect(status).toBe(200);
      const page = MeasurementPage.parse(body);
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((m) => m.at));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(all.length);
    expect(seen).toEqual([...seen].sort((a, b) => Date.parse(b) - Date.parse(a)));
  });

  it("defaults to 50 and rejects a bad limit, a forged cursor and unknown parameters", async () => {
    const { call } = createHarness();
    const path = `/v1/agreements/${agreementId}/measurements`;
    const first = await call("GET", path, { as: ana });
    expect(first.body.items.length).toBeLessThanOrEqual(50);
    for (const query of [
      "?limit=0",
      "?limit=201",
      "?limit=abc",
      "?cursor=bogus",
      "?sort=asc",
      "?limit=2&limit=3",
    ]) {
      const response = await call("GET", `${path}${query}`, { as: ana });
      expect(response.status, query).toBe(422);
      expect(response.body.error.code).toBe("invalid");
    }
  });
});
