import type { WebhookEvent, WebhookEventType } from "@goalpost/core/contract";
import { WebhookEventType as EventTypes } from "@goalpost/core/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasPython,
  nodeVerifier,
  pythonVerdicts,
} from "../../../../test/support/webhookDocSnippets.ts";
import { type Received, type Receiver, startReceiver } from "../testing/startReceiver.ts";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";

const day = 86_400_000;

/**
 * Every event type, caused through the API or by time passing on the server's clock, reaches a
 * receiver on 127.0.0.1 once, signed with the endpoint's secret, with the resource the API
 * answered.
 */
describe.each(["pglite", "postgres"] as const)("every webhook event on %s", (database) => {
  let now = testNow;
  let server: TestServer;
  let receiver: Receiver;
  let secret: string;
  const user = { id: "every-user", accountId: `every-${database}`, roleId: "sdr" };

  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startTestServer({
      database,
      clock: () => now,
      env: {
        GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true",
        GOALPOST_WEBHOOK_POLL_MS: "50",
        GOALPOST_WEBHOOK_SCHEDULE_MS: "100",
      },
    });
    const made = await server.call("POST", "/v1/admin/webhooks", {
      admin: true,
      body: { url: `${receiver.url}/events` },
    });
    expect(made.status).toBe(201);
    secret = made.body.secret;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  const mine = () => receiver.events().filter((e) => e.accountId === user.accountId);
  /** Waits until the receiver has an event of `type` for the user's account; returns it. */
  async function arrived(type: WebhookEventType): Promise<WebhookEvent> {
    for (let i = 0; i < 200; i++) {
      const found = mine().find((e) => e.type === type);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no ${type} within 5 s; got ${mine().map((e) => e.type)}`);
  }
  const send = async (method: string, path: string, body: unknown, status: number) => {
    const reply = await server.call(method, path, { as: user, body });
    expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBe(status);
    return reply.body;
  };

  it("arrives once each, signed, with the resource as the API returned it", async () => {
    const agreement = await send(
      "POST",
      "/v1/agreements",
      { metricId: "meetings-booked", baseline: { value: 4 } },
      201,
    );
    expect((await arrived("metric.agreed")).data).toEqual(agreement);
    const dueAt = new Date(now.getTime() + 20 * day).toISOString();
    const goal = await send(
      "POST",
      "/v1/goals",
      { agreementId: agreement.id, target: 8, dueAt },
      201,
    );
    expect((await arrived("goal.set")).data).toEqual(goal);
    const entry = await send(
      "POST",
      "/v1/measurements",
      { id: `every-m-${database}`, agreementId: agreement.id, value: 5, source: "self" },
      201,
    );
    expect((await arrived("measurement.logged")).data).toEqual(entry);
    const corrected = await send("PATCH", `/v1/measurements/${entry.id}`, { value: 6 }, 200);
    expect((await arrived("measurement.corrected")).data).toEqual(corrected);
    const pulse = await send("POST", "/v1/pulses", { touchpoint: "overall", score: 2 }, 201);
    expect((await arrived("pulse.submitted")).data).toMatchObject({ score: 2, id: pulse.id });

    // Another agreement whose goal an integration's data reaches.
    const app = await send(
      "POST",
      "/v1/agreements",
      { metricId: "qualified-contacts", baseline: { value: 10 } },
      201,
    );
    const reached = await send(
      "POST",
      "/v1/goals",
      { agreementId: app.id, target: 12, dueAt },
      201,
    );
    const ingested = await server.call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: {
        measurements: [
          {
            id: `every-i-${database}`,
            accountId: user.accountId,
            roleId: "sdr",
            metricId: "qualified-contacts",
            value: 13,
            at: now.toISOString(),
            source: "app",
          },
        ],
      },
    });
    expect(ingested.body.results[0].status).toBe("created");
    expect((await arrived("goal.achieved")).data).toMatchObject({
      id: reached.id,
      status: "achieved",
    });

    // Time passes on the server's clock: no entry for 14 days, 3 days to go, then overdue.
    now = new Date(testNow.getTime() + 14.5 * day);
    expect((await arrived("checkin.overdue")).data).toMatchObject({ id: goal.id });
    now = new Date(testNow.getTime() + 17.5 * day);
    expect((await arrived("goal.due_soon")).data).toMatchObject({ id: goal.id });
    now = new Date(testNow.getTime() + 20.5 * day);
    const missed = await arrived("goal.missed");
    expect(missed.data).toMatchObject({ id: goal.id, status: "missed" });
    expect(missed).not.toHaveProperty("userId");
    const retired = await send(
      "PATCH",
      `/v1/agreements/${agreement.id}`,
      { status: "retired" },
      200,
    );
    expect((await arrived("metric.retired")).data).toEqual(retired);

    // Every type, each event once (the second agreement added its own agreed, set and logged),
    // each genuine; nothing more comes after a few more rounds.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const events = mine();
    const second = ["metric.agreed", "goal.set", "measurement.logged"];
    expect(events.map((e) => e.type).sort()).toEqual([...EventTypes.options, ...second].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const requests = receiver.received.filter((r) => r.body.includes(user.accountId));
    for (const request of requests) {
      expect(await receiver.verify(request, secret)).toMatchObject({ ok: true });
      expect(request.headers["goalpost-event-id"]).toBe(JSON.parse(request.body).id);
    }

    // The receivers docs/webhooks.md shows take these very deliveries, and refuse them tampered
    // with or replayed late.
    const wall = Date.now();
    const verifyInNode = nodeVerifier();
    const header = (r: Received) => String(r.headers["goalpost-signature"]);
    for (const r of requests) expect(verifyInNode(header(r), r.body, secret, wall)).toBe(true);
    const [first] = requests;
    if (!first) throw new Error("no delivery to check");
    const tampered = first.body.replace(user.accountId, "someone-else");
    expect(verifyInNode(header(first), tampered, secret, wall)).toBe(false);
    expect(verifyInNode(header(first), first.body, secret, wall + 301_000)).toBe(false);
    if (hasPython) {
      const seconds = wall / 1000;
      const cases: [string, string, string, number][] = [
        ...requests.map((r): [string, string, string, number] => [
          header(r),
          r.body,
          secret,
          seconds,
        ]),
        [header(first), tampered, secret, seconds],
        [header(first), first.body, secret, seconds + 301],
      ];
      expect(pythonVerdicts(cases)).toEqual([...requests.map(() => true), false, false]);
    }
  });
});
