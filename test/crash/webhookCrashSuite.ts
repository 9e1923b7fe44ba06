import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { WebhookDeliveryPage, WebhookEvent } from "@goalpost/core/contract";
import { signToken } from "@goalpost/mock-backend";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Receiver, startReceiver } from "../../packages/server/src/testing/startReceiver.ts";
import {
  freshDatabase,
  type GoalpostServer,
  type ServerDatabase,
  startGoalpostServer,
} from "../contract/support/startGoalpostServer.ts";
import { sendJson as send } from "./sendJson.ts";

/** A delivery waits this long for an answer; its lease runs 5 s longer (the worker's margin). */
const timeoutMs = 3000;
const env = {
  GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true",
  GOALPOST_WEBHOOK_POLL_MS: "50",
  GOALPOST_WEBHOOK_TIMEOUT_MS: String(timeoutMs),
  GOALPOST_WEBHOOK_RETRY_BASE_MS: "10",
};

/**
 * The webhook crash suite for one database (webhooks.pglite.test.ts, webhooks.postgres.test.ts):
 * the server is killed while its receiver holds deliveries open.
 */
export function describeWebhookCrash(kind: ServerDatabase["kind"]): void {
  describe(`goalpost-server's webhooks on ${kind}`, () => {
    let database: ServerDatabase;
    let drop: () => Promise<void>;
    let server: GoalpostServer | undefined;
    let receiver: Receiver;
    const held: ServerResponse[] = [];

    beforeAll(async () => {
      ({ database, drop } = await freshDatabase(kind));
      // At first the receiver takes each request and never answers it.
      receiver = await startReceiver((res) => held.push(res));
    }, 30_000);
    afterAll(async () => {
      await server?.stop();
      await receiver?.close();
      await drop?.();
    });

    it("killed mid-delivery (SIGKILL) loses no event, and the retries carry the same ids", async () => {
      server = await startGoalpostServer(database, { env });
      const admin = "demo-admin-key";
      const made = await send(server.url, admin, "POST", "/v1/admin/webhooks", {
        url: `${receiver.url}/events`,
      });
      expect(made.status).toBe(201);
      const endpointId = made.body.id as string;
      const secret = made.body.secret as string;

      // Three accounts, five events each: metric.agreed, goal.set, three measurement.logged.
      const accounts = [1, 2, 3].map(() => `crash-${randomUUID()}`);
      for (const acc of accounts) {
        const token = await signToken({ sub: "u1", acc, role: "sdr" }, "demo-signing-secret");
        const agreed = await send(server.url, token, "POST", "/v1/agreements", {
          metricId: "meetings-booked",
          baseline: { value: 1 },
        });
        expect(agreed.status).toBe(201);
        const agreementId = agreed.body.id as string;
        const dueAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
        const goal = await send(server.url, token, "POST", "/v1/goals", {
          agreementId,
          target: 20,
          dueAt,
        });
        expect(goal.status).toBe(201);
        for (const value of [2, 3, 4]) {
          const entry = { id: `m-${randomUUID()}`, agreementId, value, source: "self" };
          expect((await send(server.url, token, "POST", "/v1/measurements", entry)).status).toBe(
            201,
          );
        }
      }
      // The head of each account's line is out, held by the receiver: kill the server now.
      await receiver.receivedCount(3);
      const inFlight = receiver.events().map((e) => e.id);
      const victim = server.process;
      const killed = new Promise((resolve) => victim.once("exit", resolve));
      victim.kill("SIGKILL");
      await killed;
      server = undefined;
      for (const res of held) res.destroy();

      receiver.answerWith((res) => res.writeHead(204).end());
      const before = receiver.received.length;
      server = await startGoalpostServer(database, { env });
      const url = server.url;
      const log = async () =>
        (await send(url, admin, "GET", `/v1/admin/webhooks/${endpointId}/deliveries?limit=200`))
          .body as unknown as WebhookDeliveryPage;
      await vi.waitFor(
        async () => {
          const { items } = await log();
          expect(items.length).toBe(15);
          expect(items.every((d) => d.status === "delivered")).toBe(true);
        },
        { timeout: 60_000, interval: 200 },
      );

      const { items } = await log();
      const after = receiver.received.slice(before);
      const accepted = after.map((r) => JSON.parse(r.body) as WebhookEvent);
      // Every event stored was delivered, once after the restart, each account's in order.
      const stored = [...items].reverse(); // the log is newest first
      expect(accepted.map((e) => e.id).sort()).toEqual(stored.map((d) => d.eventId).sort());
      for (const acc of accounts) {
        expect(accepted.filter((e) => e.accountId === acc).map((e) => e.id)).toEqual(
          stored.filter((d) => d.accountId === acc).map((d) => d.eventId),
        );
      }
      // What was in flight when the server died was sent again with the same ids and bodies.
      for (const id of inFlight) expect(accepted.map((e) => e.id)).toContain(id);
      const first = new Map(
        receiver.received.slice(0, 3).map((r) => [r.headers["goalpost-event-id"], r.body]),
      );
      for (const request of after) {
        const id = request.headers["goalpost-event-id"];
        if (first.has(id)) expect(request.body).toBe(first.get(id));
        expect(await receiver.verify(request, secret)).toMatchObject({ ok: true });
      }
      for (const id of inFlight) {
        expect(items.find((d) => d.eventId === id)?.attempts).toBe(1); // the killed one left no record
      }
    }, 180_000);

    it("stopped mid-delivery (SIGTERM) records the delivery it had in flight, and sends it no more", async () => {
      held.length = 0;
      receiver.answerWith((res) => held.push(res));
      server ??= await startGoalpostServer(database, { env });
      const admin = "demo-admin-key";
      const made = await send(server.url, admin, "POST", "/v1/admin/webhooks", {
        url: `${receiver.url}/stopping`,
        eventTypes: ["metric.agreed"],
      });
      expect(made.status).toBe(201);
      const endpointId = made.body.id as string;
      const acc = `stop-${randomUUID()}`;
      const token = await signToken({ sub: "u1", acc, role: "sdr" }, "demo-signing-secret");
      const at = (path: string) => receiver.received.filter((r) => r.path === path);
      const agreed = await send(server.url, token, "POST", "/v1/agreements", {
        metricId: "meetings-booked",
      });
      expect(agreed.status).toBe(201);
      await vi.waitFor(() => expect(at("/stopping").length).toBe(1), { timeout: 10_000 });
      // Stopping: it waits for the answer the receiver still holds, then records it and exits.
      const running = server;
      const exited = running.stop();
      await vi.waitFor(() => expect(running.output()).toContain('"msg":"stopping"'), {
        timeout: 10_000,
      });
      for (const res of held) res.writeHead(204).end();
      expect(await exited).toBe(0);
      server = undefined;

      receiver.answerWith((res) => res.writeHead(204).end());
      server = await startGoalpostServer(database, { env });
      // A later event of another account: once it is in, a pending earlier one would be too.
      const other = await signToken(
        { sub: "u1", acc: `${acc}-later`, role: "sdr" },
        "demo-signing-secret",
      );
      expect(
        (await send(server.url, other, "POST", "/v1/agreements", { metricId: "meetings-booked" }))
          .status,
      ).toBe(201);
      await vi.waitFor(() => expect(at("/stopping").length).toBe(2), { timeout: 10_000 });
      expect(at("/stopping").map((r) => JSON.parse(r.body).accountId)).toEqual([
        acc,
        `${acc}-later`,
      ]);
      const log = await send(
        server.url,
        admin,
        "GET",
        `/v1/admin/webhooks/${endpointId}/deliveries?limit=10`,
      );
      const first = (log.body as unknown as WebhookDeliveryPage).items.find(
        (d) => d.accountId === acc,
      );
      expect(first).toMatchObject({ status: "delivered", attempts: 1 });
    }, 180_000);
  });
}
