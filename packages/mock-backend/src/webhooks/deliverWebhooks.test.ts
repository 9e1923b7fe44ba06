import { verifyWebhook } from "@goalpost/backend";
import { WebhookDeliveryPage, WebhookEndpointWithSecret, WebhookEvent } from "@goalpost/core/admin";
import { setupServer } from "msw/node";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness, seededUser, testNow } from "../testing/harness.ts";
import { type Received, startReceiver } from "../testing/receiver.ts";
import { mockDeliveryAttempts } from "./deliverWebhooks.ts";

const ana = seededUser("acme", "digital-marketer");
const nadia = seededUser("initech", "digital-marketer"); // nothing agreed yet
const pulse = { touchpoint: "overall", score: 2, comment: "slow onboarding" };
const inDays = (days: number) => new Date(testNow.getTime() + days * 86_400_000).toISOString();

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(closing.splice(0).map((close) => close()));
});

/** A mock backend with one endpoint pointing at a receiver on 127.0.0.1. */
async function withReceiver(statuses?: number[], path = "/hooks") {
  const receiver = await startReceiver(statuses);
  closing.push(receiver.close);
  const harness = createHarness();
  const made = await harness.call("POST", "/v1/admin/webhooks", {
    admin: true,
    body: { url: `${receiver.url}${path}` },
  });
  const endpoint = WebhookEndpointWithSecret.parse(made.body);
  const log = async () =>
    WebhookDeliveryPage.parse(
      (await harness.call("GET", `/v1/admin/webhooks/${endpoint.id}/deliveries`, { admin: true }))
        .body,
    ).items;
  return { ...harness, receiver, endpoint, log };
}

/** The event a receiver got, after checking its signature as a receiver does. */
async function verified(request: Received, secrets: string[]): Promise<WebhookEvent> {
  const check = await verifyWebhook(
    request.headers["goalpost-signature"] as string,
    request.body,
    secrets,
    new Date(),
  );
  expect(check.ok).toBe(true);
  const event = WebhookEvent.parse(JSON.parse(request.body));
  expect(request.headers["goalpost-event-id"]).toBe(event.id);
  return event;
}

describe("the mock's webhook deliveries", () => {
  it("send each write's events once, signed, in the order they happened", async () => {
    const { call, receiver, endpoint, backend } = await withReceiver();
    const target = backend.state.goals.find((g) => g.id === "goal_acme_icp-fit-rate_6")?.target;
    const agreed = await call("POST", "/v1/agreements", {
      as: nadia,
      body: { metricId: "icp-fit-rate" },
    });
    const agreementId = agreed.body.id;
    await call("PATCH", `/v1/agreements/${agreementId}`, {
      as: nadia,
      body: { baseline: { value: 20 } },
    });
    const goal = await call("POST", "/v1/goals", {
      as: nadia,
      body: { agreementId, target: 30, dueAt: inDays(30) },
    });
    expect(goal.status).toBe(201);
    const measurement = {
      id: "m-reaches-target",
      agreementId: "agr_acme_icp-fit-rate",
      value: target,
      source: "app",
    };
    expect((await call("POST", "/v1/measurements", { as: ana, body: measurement })).status).toBe(
      201,
    );
    expect((await call("POST", "/v1/pulses", { as: ana, body: pulse })).status).toBe(201);

    await vi.waitFor(() => expect(receiver.received).toHaveLength(5));
    const events = await Promise.all(receiver.received.map((r) => verified(r, [endpoint.secret])));
    expect(events.map((e) => e.type)).toEqual([
      "metric.agreed",
      "goal.set",
      "measurement.logged",
      "goal.achieved",
      "pulse.submitted",
    ]);
    expect(events[0]).toMatchObject({
      accountId: "initech",
      userId: nadia.id,
      data: { id: agreementId },
    });
    expect(events[1]?.data).toMatchObject({ id: goal.body.id, status: "active" });
    expect(events[2]?.data).toMatchObject({ id: "m-reaches-target", value: target });
    expect(events[3]?.data).toMatchObject({ id: "goal_acme_icp-fit-rate_6", status: "achieved" });
    expect(events[4]?.data).toMatchObject({ score: 2, comment: "slow onboarding" });
    expect(receiver.received.every((r) => r.path === "/hooks")).toBe(true);
  });

  it("record each attempt, retry a refused delivery after the backoff, and mark it delivered", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { call, receiver, log } = await withReceiver([503, 200]);
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    await vi.waitFor(async () => expect((await log())[0]?.attempts).toBe(1));
    const [refused] = await log();
    expect(refused).toMatchObject({
      status: "pending",
      responseStatus: 503,
      responseExcerpt: "refused with 503",
      lastAttemptAt: testNow.toISOString(),
    });
    const wait = Date.parse(refused?.nextAttemptAt ?? "") - testNow.getTime();
    expect(wait).toBeGreaterThanOrEqual(15_000);
    expect(wait).toBeLessThanOrEqual(30_000);
    await vi.advanceTimersByTimeAsync(wait);
    await vi.waitFor(async () => expect((await log())[0]?.status).toBe("delivered"));
    expect((await log())[0]).toMatchObject({ attempts: 2, responseStatus: 200 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]?.body).toBe(receiver.received[0]?.body);
  });

  it("give up after a few attempts: the delivery is failed, the endpoint counts it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { call, receiver, endpoint, log } = await withReceiver([500]);
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    for (let attempt = 1; attempt < mockDeliveryAttempts; attempt++) {
      await vi.waitFor(async () => expect((await log())[0]?.attempts).toBe(attempt));
      await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    }
    await vi.waitFor(async () => expect((await log())[0]?.status).toBe("failed"));
    expect(receiver.received).toHaveLength(mockDeliveryAttempts);
    expect((await log())[0]).not.toHaveProperty("nextAttemptAt");
    const read = await call("GET", `/v1/admin/webhooks/${endpoint.id}`, { admin: true });
    expect(read.body.deliveries).toMatchObject({ pending: 0, failed: 1 });
  });

  it("keep an account's later event behind one that waits for its retry, not another's", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { call, receiver, log } = await withReceiver([503, 204]);
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    await call("POST", "/v1/pulses", { as: nadia, body: { ...pulse, score: 3 } });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2));
    await call("POST", "/v1/pulses", { as: ana, body: { ...pulse, score: 5 } });
    await vi.advanceTimersByTimeAsync(30_000);
    await vi.waitFor(async () =>
      expect((await log()).map((d) => d.status)).toEqual(["delivered", "delivered", "delivered"]),
    );
    const sent = receiver.received.map((r) => JSON.parse(r.body));
    expect(sent.map((e) => [e.accountId, e.data.score])).toEqual([
      ["acme", 2],
      ["initech", 3],
      ["acme", 2],
      ["acme", 5],
    ]);
  });

  it("say why a receiver could not be reached", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { call, receiver, log } = await withReceiver();
    await receiver.close();
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    await vi.waitFor(async () => expect((await log())[0]?.attempts).toBe(1));
    const [delivery] = await log();
    expect(delivery?.status).toBe("pending");
    expect(delivery?.error).toMatch(/ECONNREFUSED/);
    expect(delivery).not.toHaveProperty("responseStatus");
  });

  it("send a replayed event again with its id; a rotated secret's predecessor still verifies", async () => {
    const { call, receiver, endpoint, backend } = await withReceiver();
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    const rotated = await call("POST", `/v1/admin/webhooks/${endpoint.id}/rotate-secret`, {
      admin: true,
      body: {},
    });
    const eventId = backend.state.webhookEvents[0]?.id;
    await call("POST", `/v1/admin/webhooks/${endpoint.id}/replay`, {
      admin: true,
      body: { eventId },
    });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(2));
    const [first, again] = receiver.received as [Received, Received];
    expect((await verified(again, [endpoint.secret])).id).toBe(eventId);
    expect((await verified(again, [rotated.body.secret])).id).toBe(eventId);
    expect(again.body).toBe(first.body);
  });

  it("are not answered by the mock's own handlers while msw intercepts fetch", async () => {
    const { call, receiver, backend } = await withReceiver(undefined, "/v1/hooks");
    const server = setupServer(...backend.handlers);
    server.listen({ onUnhandledRequest: "error" });
    closing.push(async () => server.close());
    await call("POST", "/v1/pulses", { as: ana, body: pulse });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    expect(receiver.received[0]?.path).toBe("/v1/hooks");
  });
});
