import {
  ReplayWebhookResult,
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from "@goalpost/core/admin";
import { afterAll, describe, expect, test, vi } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { randomId } from "./support/randomId.ts";
import { request } from "./support/request.ts";

const base = "/v1/admin/webhooks";
const asConsole = { authorization: `Bearer ${consoleToken()}` };
const made: string[] = [];

/** What an endpoint is set to, without its delivery counts (other files' writes move them). */
const settings = ({ deliveries: _, ...rest }: WebhookEndpoint) => rest;
const shown = (endpoint: WebhookEndpointWithSecret) =>
  settings(WebhookEndpoint.parse({ ...endpoint, secret: undefined }));

/**
 * A new endpoint of this file. Its receiver is not reachable from the deployment (nothing is
 * asserted of a delivery's success), but its URL is one every deployment accepts.
 */
async function createEndpoint(body: object = {}) {
  const url = `https://receiver.example.com/goalpost/${randomId("hook")}`;
  const endpoint = expectOk(
    await admin("POST", base, { json: { url, ...body } }),
    201,
    WebhookEndpointWithSecret,
  );
  made.push(endpoint.id);
  return endpoint;
}

// Other files' writes are events too: this file's endpoints go when it is done.
afterAll(async () => {
  await Promise.all(made.map((id) => admin("DELETE", `${base}/${id}`)));
});

describe("webhook endpoints", () => {
  test("made with the admin key: 201 with the secret, shown once and never again", async () => {
    const endpoint = await createEndpoint({
      description: "CRM sync",
      eventTypes: ["goal.achieved", "goal.missed"],
    });
    expect(endpoint).toMatchObject({
      description: "CRM sync",
      eventTypes: ["goal.achieved", "goal.missed"],
      status: "enabled",
      deliveries: { pending: 0, failed: 0 },
    });
    expect(endpoint.url).toMatch(/^https:\/\/receiver\.example\.com\/goalpost\//);
    expect(endpoint.secret.length).toBeGreaterThanOrEqual(32);
    expect(endpoint.createdAt).toBe(endpoint.updatedAt);
    expect(endpoint).not.toHaveProperty("previousSecretExpiresAt");

    const read = expectOk(await admin("GET", `${base}/${endpoint.id}`), 200, WebhookEndpoint);
    expect(settings(read)).toEqual(shown(endpoint));
    const list = expectOk(await admin("GET", base), 200, WebhookEndpointList);
    const listed = list.items.find((e) => e.id === endpoint.id);
    expect(listed && settings(listed)).toEqual(settings(read));
    expect(JSON.stringify([read, list])).not.toContain(endpoint.secret);
  });

  test("made disabled when asked; listed oldest first", async () => {
    const first = await createEndpoint();
    const second = await createEndpoint({ enabled: false });
    expect(second.status).toBe("disabled");
    const ids = expectOk(await admin("GET", base), 200, WebhookEndpointList).items.map((e) => e.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
  });

  test("the event filter and description change; null clears them (every type)", async () => {
    const endpoint = await createEndpoint({ description: "old" });
    const path = `${base}/${endpoint.id}`;
    const filtered = expectOk(
      await admin("PATCH", path, { json: { eventTypes: ["goal.set", "metric.agreed"] } }),
      200,
      WebhookEndpoint,
    );
    expect(filtered.eventTypes).toEqual(["goal.set", "metric.agreed"]);
    expect(filtered.description).toBe("old");
    const cleared = expectOk(
      await admin("PATCH", path, { json: { eventTypes: null, description: null } }),
      200,
      WebhookEndpoint,
    );
    expect(cleared).not.toHaveProperty("eventTypes");
    expect(cleared).not.toHaveProperty("description");
    expect(settings(expectOk(await admin("GET", path), 200, WebhookEndpoint))).toEqual(
      settings(cleared),
    );
  });

  test("disabled, then enabled again", async () => {
    const endpoint = await createEndpoint();
    const path = `${base}/${endpoint.id}`;
    const off = expectOk(
      await admin("PATCH", path, { json: { enabled: false } }),
      200,
      WebhookEndpoint,
    );
    expect(off.status).toBe("disabled");
    const on = expectOk(
      await admin("PATCH", path, { json: { enabled: true } }),
      200,
      WebhookEndpoint,
    );
    expect(on.status).toBe("enabled");
  });

  test("the secret rotates: a new one, the previous signing on for the overlap (0: not at all)", async () => {
    const endpoint = await createEndpoint();
    const rotate = (json: object) =>
      admin("POST", `${base}/${endpoint.id}/rotate-secret`, { json });
    const byDefault = expectOk(await rotate({}), 200, WebhookEndpointWithSecret);
    expect(byDefault.secret).not.toBe(endpoint.secret);
    const overlap = (e: WebhookEndpoint) =>
      Date.parse(e.previousSecretExpiresAt ?? "") - Date.parse(e.updatedAt);
    expect(overlap(byDefault)).toBe(86_400_000);
    const hour = expectOk(await rotate({ overlapSeconds: 3600 }), 200, WebhookEndpointWithSecret);
    expect(overlap(hour)).toBe(3_600_000);
    const none = expectOk(await rotate({ overlapSeconds: 0 }), 200, WebhookEndpointWithSecret);
    expect(none).not.toHaveProperty("previousSecretExpiresAt");
    expect(new Set([endpoint.secret, byDefault.secret, hour.secret, none.secret]).size).toBe(4);
    const read = expectOk(await admin("GET", `${base}/${endpoint.id}`), 200, WebhookEndpoint);
    expect(read).not.toHaveProperty("previousSecretExpiresAt");
    expect(JSON.stringify(read)).not.toContain(none.secret);
  });

  test("deleted: answered as it was, then 404 everywhere", async () => {
    const endpoint = await createEndpoint();
    const path = `${base}/${endpoint.id}`;
    const deleted = expectOk(await admin("DELETE", path), 200, WebhookEndpoint);
    expect(deleted.id).toBe(endpoint.id);
    expectError(await admin("GET", path), 404);
    expectError(await admin("DELETE", path), 404);
    const ids = expectOk(await admin("GET", base), 200, WebhookEndpointList).items.map((e) => e.id);
    expect(ids).not.toContain(endpoint.id);
  });

  test("an unknown id answers 404 on every endpoint", async () => {
    const path = `${base}/whep_nothing-here`;
    expectError(await admin("GET", path), 404);
    expectError(await admin("PATCH", path, { json: { enabled: false } }), 404);
    expectError(await admin("POST", `${path}/rotate-secret`, { json: {} }), 404);
    expectError(await admin("DELETE", path), 404);
    expectError(await admin("GET", `${path}/deliveries`), 404);
    expectError(await admin("POST", `${path}/replay`, { json: { eventId: "evt_x" } }), 404);
  });
});

describe("refused", () => {
  test("URLs that are not https (http only to loopback) or that carry credentials: 422", async () => {
    const endpoint = await createEndpoint();
    for (const url of [
      "ftp://receiver.example.com/hooks",
      "http://example.com/hooks",
      "https://user:secret@receiver.example.com/hooks",
      "receiver.example.com/hooks",
    ]) {
      expectIssueAt(expectError(await admin("POST", base, { json: { url } }), 422), ["url"]);
      const patch = await admin("PATCH", `${base}/${endpoint.id}`, { json: { url } });
      expectIssueAt(expectError(patch, 422), ["url"]);
    }
  });

  test("bodies and queries outside the contract: 422 at the field", async () => {
    const url = "https://receiver.example.com/goalpost/refused";
    const create = (json: object) => admin("POST", base, { json });
    expectIssueAt(expectError(await create({}), 422), ["url"]);
    expectIssueAt(expectError(await create({ url, secret: "mine" }), 422), ["secret"]);
    expectIssueAt(expectError(await create({ url, eventTypes: [] }), 422), ["eventTypes"]);
    expectIssueAt(expectError(await create({ url, eventTypes: ["goal.nope"] }), 422), [
      "eventTypes",
      0,
    ]);
    expectIssueAt(expectError(await create({ url, enabled: "yes" }), 422), ["enabled"]);
    const endpoint = await createEndpoint();
    const path = `${base}/${endpoint.id}`;
    expectIssueAt(expectError(await admin("PATCH", path, { json: { status: "on" } }), 422), [
      "status",
    ]);
    for (const overlapSeconds of [-1, 7 * 86_400 + 1, 1.5]) {
      const rotated = await admin("POST", `${path}/rotate-secret`, { json: { overlapSeconds } });
      expectIssueAt(expectError(rotated, 422), ["overlapSeconds"]);
    }
    const log = (query: Record<string, string>) => admin("GET", `${path}/deliveries`, { query });
    expectIssueAt(expectError(await log({ status: "lost" }), 422), ["status"]);
    expectIssueAt(expectError(await log({ limit: "0" }), 422), ["limit"]);
    expectIssueAt(expectError(await log({ limit: "201" }), 422), ["limit"]);
    const untouched = expectOk(await admin("GET", path), 200, WebhookEndpoint);
    expect(settings(untouched)).toEqual(shown(endpoint));
  });

  test("a replay names one event or a range, not both, not neither, and to after from", async () => {
    const endpoint = await createEndpoint();
    const replay = (json: object) => admin("POST", `${base}/${endpoint.id}/replay`, { json });
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date().toISOString();
    expectError(await replay({ eventId: "evt_x", from, to }), 422);
    expectError(await replay({}), 422);
    expectError(await replay({ from }), 422);
    expectIssueAt(expectError(await replay({ from: to, to: from }), 422), ["to"]);
    expectIssueAt(expectError(await replay({ from: to, to }), 422), ["to"]);
    const longAgo = new Date(Date.now() - 40 * 86_400_000).toISOString();
    expectIssueAt(expectError(await replay({ from: longAgo, to }), 422), ["to"]);
    expectIssueAt(expectError(await replay({ from: "yesterday", to }), 422), ["from"]);
    const range = expectOk(await replay({ from, to }), 200, ReplayWebhookResult);
    expect(range.replayed).toBeGreaterThanOrEqual(0);
  });

  test("a console token reads endpoints and their deliveries but changes nothing: 403", async () => {
    const endpoint = await createEndpoint();
    const path = `${base}/${endpoint.id}`;
    const read = (p: string) => request("GET", p, asConsole);
    expectOk(await read(base), 200, WebhookEndpointList);
    expectOk(await read(path), 200, WebhookEndpoint);
    expectOk(await read(`${path}/deliveries`), 200, WebhookDeliveryPage);
    const write = (method: string, p: string, json?: object) =>
      request(method, p, { ...asConsole, ...(json ? { json } : {}) });
    expectError(await write("POST", base, { url: "https://receiver.example.com/x" }), 403);
    expectError(await write("PATCH", path, { enabled: false }), 403);
    expectError(await write("POST", `${path}/rotate-secret`, {}), 403);
    expectError(await write("POST", `${path}/replay`, { eventId: "evt_x" }), 403);
    expectError(await write("DELETE", path), 403);
    expect(expectOk(await admin("GET", path), 200, WebhookEndpoint).status).toBe("enabled");
  });
});

describe("the delivery log", () => {
  test("shows a user's write as an event for an endpoint that wants its type", async () => {
    const endpoint = await createEndpoint({ eventTypes: ["metric.agreed"] });
    const disabled = await createEndpoint({ eventTypes: ["metric.agreed"], enabled: false });
    const vp = newUser("marketing-vp");
    await vp.agree("web-revenue", 8_000);
    const log = (query: Record<string, string> = {}, id = endpoint.id) =>
      admin("GET", `${base}/${id}/deliveries`, { query: { limit: "200", ...query } });
    const ours = async (id = endpoint.id) =>
      expectOk(await log({}, id), 200, WebhookDeliveryPage).items.filter(
        (d) => d.accountId === vp.accountId,
      );
    await vi.waitFor(async () => expect(await ours()).toHaveLength(1), { timeout: 5_000 });
    const [delivery] = await ours();
    expect(delivery).toMatchObject({ eventType: "metric.agreed", accountId: vp.accountId });
    expect(["pending", "delivered", "failed"]).toContain(delivery?.status);
    expect(await ours(disabled.id)).toEqual([]);

    const status = delivery?.status ?? "pending";
    const same = expectOk(await log({ status }), 200, WebhookDeliveryPage).items;
    expect(same.every((d) => d.status === status)).toBe(true);
    const replayed = expectOk(
      await admin("POST", `${base}/${endpoint.id}/replay`, {
        json: { eventId: delivery?.eventId },
      }),
      200,
      ReplayWebhookResult,
    );
    expect(replayed.replayed).toBe(1);
    const toDisabled = await admin("POST", `${base}/${disabled.id}/replay`, {
      json: { eventId: delivery?.eventId },
    });
    expectError(toDisabled, 409);
  });

  test("is paged newest event first, each delivery once", async () => {
    const endpoint = await createEndpoint({ eventTypes: ["pulse.submitted"] });
    const user = newUser("sdr");
    for (const score of [1, 2, 3]) {
      const sent = await user.send("POST", "/v1/pulses", {
        json: { touchpoint: "overall", score },
      });
      expect(sent.status).toBe(201);
    }
    const page = async (cursor?: string) =>
      expectOk(
        await admin("GET", `${base}/${endpoint.id}/deliveries`, {
          query: { limit: "2", ...(cursor ? { cursor } : {}) },
        }),
        200,
        WebhookDeliveryPage,
      );
    await vi.waitFor(async () => expect((await page()).nextCursor).toBeDefined(), {
      timeout: 5_000,
    });
    const seen = [];
    let next: string | undefined;
    do {
      const current = await page(next);
      seen.push(...current.items);
      next = current.nextCursor;
    } while (next !== undefined && seen.length < 1_000);
    const ours = seen.filter((d) => d.accountId === user.accountId);
    expect(ours).toHaveLength(3);
    expect(new Set(seen.map((d) => d.eventId)).size).toBe(seen.length);
    const times = seen.map((d) => Date.parse(d.eventAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // A cursor reads on only the list that gave it out: the same endpoint and status.
    const cursor = (await page()).nextCursor ?? "";
    const other = await createEndpoint();
    for (const [id, query] of [
      [endpoint.id, { cursor: "nonsense" }],
      [endpoint.id, { cursor, status: "failed" }],
      [other.id, { cursor }],
    ] as const) {
      const reply = await admin("GET", `${base}/${id}/deliveries`, { query });
      expectIssueAt(expectError(reply, 422), ["cursor"]);
    }
  });
});
