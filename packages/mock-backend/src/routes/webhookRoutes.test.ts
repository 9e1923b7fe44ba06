import {
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from "@goalpost/core/admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";

const ana = seededUser("acme", "digital-marketer");
const pulse = { touchpoint: "overall", score: 4 };

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A harness whose deliveries go nowhere: `fetch` answers 204 without a network. */
function quietHarness() {
  const fetch = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal("fetch", fetch);
  const harness = createHarness();
  const create = async (body: object = {}) => {
    const reply = await harness.call("POST", "/v1/admin/webhooks", {
      admin: true,
      body: { url: "http://localhost:4000/hooks", ...body },
    });
    expect(reply.status).toBe(201);
    return WebhookEndpointWithSecret.parse(reply.body);
  };
  return { ...harness, fetch, create };
}

describe("webhook endpoints", () => {
  it("are made with a secret shown once, then listed and read without it", async () => {
    const { call, create } = quietHarness();
    const made = await create({ description: "CRM", eventTypes: ["goal.achieved"] });
    expect(made).toMatchObject({
      url: "http://localhost:4000/hooks",
      description: "CRM",
      eventTypes: ["goal.achieved"],
      status: "enabled",
      createdAt: testNow.toISOString(),
      deliveries: { pending: 0, failed: 0 },
    });
    expect(made.secret).toMatch(/^whsec_/);
    const list = WebhookEndpointList.parse(
      (await call("GET", "/v1/admin/webhooks", { admin: true })).body,
    );
    const read = await call("GET", `/v1/admin/webhooks/${made.id}`, { admin: true });
    expect(list.items).toEqual([WebhookEndpoint.parse(read.body)]);
    expect(JSON.stringify([list, read.body])).not.toContain(made.secret);
  });

  it("take loopback and private URLs (receivers on the developer's machine), not plain http elsewhere", async () => {
    const { call, create } = quietHarness();
    await create({ url: "http://127.0.0.1:9000/x" });
    await create({ url: "https://10.0.0.5/x" });
    for (const url of ["http://example.com/x", "ftp://localhost/x", "https://u:p@example.com/x"]) {
      const reply = await call("POST", "/v1/admin/webhooks", { admin: true, body: { url } });
      expect(reply.status).toBe(422);
      expect(reply.body.error.issues[0].path).toEqual(["url"]);
    }
  });

  it("change their filter (null: every type), get disabled, rotate and get deleted", async () => {
    const { call, create } = quietHarness();
    const made = await create({ eventTypes: ["goal.set"] });
    const path = `/v1/admin/webhooks/${made.id}`;
    const cleared = await call("PATCH", path, {
      admin: true,
      body: { eventTypes: null, enabled: false },
    });
    expect(cleared.body).not.toHaveProperty("eventTypes");
    expect(cleared.body.status).toBe("disabled");
    const rotated = await call("POST", `${path}/rotate-secret`, {
      admin: true,
      body: { overlapSeconds: 60 },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(made.secret);
    expect(rotated.body.previousSecretExpiresAt).toBe(
      new Date(testNow.getTime() + 60_000).toISOString(),
    );
    const read = WebhookEndpoint.parse((await call("GET", path, { admin: true })).body);
    expect(read.previousSecretExpiresAt).toBe(rotated.body.previousSecretExpiresAt);
    expect((await call("DELETE", path, { admin: true })).status).toBe(200);
    expect((await call("GET", path, { admin: true })).status).toBe(404);
    expect((await call("GET", `${path}/deliveries`, { admin: true })).status).toBe(404);
  });
});

describe("the events of writes", () => {
  it("are not kept, nor sent, while there is no endpoint", async () => {
    const { call, backend, fetch } = quietHarness();
    expect((await call("POST", "/v1/pulses", { as: ana, body: pulse })).status).toBe(201);
    expect(backend.state.webhookEvents).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("are queued for the endpoints whose filter wants them, the log newest first", async () => {
    const { call, create } = quietHarness();
    const pulses = await create({ eventTypes: ["pulse.submitted"] });
    const goals = await create({ eventTypes: ["goal.set"] });
    for (let i = 0; i < 3; i++) await call("POST", "/v1/pulses", { as: ana, body: pulse });
    const log = (query = "") =>
      call("GET", `/v1/admin/webhooks/${pulses.id}/deliveries${query}`, { admin: true });
    const first = WebhookDeliveryPage.parse((await log("?limit=2")).body);
    expect(first.items.map((d) => d.eventType)).toEqual(["pulse.submitted", "pulse.submitted"]);
    expect(first.items[0]).toMatchObject({ accountId: "acme", eventAt: testNow.toISOString() });
    const rest = WebhookDeliveryPage.parse((await log(`?limit=2&cursor=${first.nextCursor}`)).body);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeUndefined();
    expect((await log("?status=failed")).body.items).toEqual([]);
    expect((await log("?cursor=nope")).status).toBe(422);
    const none = await call("GET", `/v1/admin/webhooks/${goals.id}/deliveries`, { admin: true });
    expect(none.body.items).toEqual([]);
  });
});

describe("replay", () => {
  it("queues one event again, or those of a range, and refuses what is neither", async () => {
    const { call, backend, create } = quietHarness();
    const made = await create();
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    const replay = (body: object) =>
      call("POST", `/v1/admin/webhooks/${made.id}/replay`, { admin: true, body });
    const [event] = backend.state.webhookEvents;
    expect((await replay({ eventId: event?.id })).body).toEqual({ replayed: 1 });
    const from = new Date(testNow.getTime() - 1000).toISOString();
    const to = new Date(testNow.getTime() + 1000).toISOString();
    expect((await replay({ from, to })).body).toEqual({ replayed: 1 });
    expect((await replay({ from: to, to })).status).toBe(422);
    expect((await replay({ eventId: event?.id, from, to })).status).toBe(422);
    expect((await replay({})).status).toBe(422);
    expect((await replay({ eventId: "evt_none" })).status).toBe(404);
    await call("PATCH", `/v1/admin/webhooks/${made.id}`, { admin: true, body: { enabled: false } });
    expect((await replay({ eventId: event?.id })).status).toBe(409);
  });
});
