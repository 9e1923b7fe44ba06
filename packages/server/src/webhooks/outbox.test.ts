import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer, testNow } from "../testing/startTestServer.ts";
import { writeEvents } from "./outbox.ts";

const inAMonth = new Date(testNow.getTime() + 30 * 86_400_000).toISOString();

/**
 * What each write leaves in the outbox: its events, in the transaction of the change, with one
 * delivery per enabled endpoint that wants each. The endpoints point at a port nothing listens
 * on: this file is about what is written, not what is delivered (worker.test.ts is).
 */
describe.each(["pglite", "postgres"] as const)("the webhook outbox on %s", (database) => {
  let server: TestServer;
  const user = { id: "outbox-user", accountId: `outbox-${database}`, roleId: "sdr" };
  const endpoints: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({
      database,
      env: { GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true", GOALPOST_WEBHOOK_POLL_MS: "600000" },
    });
    for (const [name, body] of Object.entries({
      all: { url: "http://127.0.0.1:9/all" },
      pulses: { url: "http://127.0.0.1:9/pulses", eventTypes: ["pulse.submitted"] },
      off: { url: "http://127.0.0.1:9/off", enabled: false },
    })) {
      const made = await server.call("POST", "/v1/admin/webhooks", { admin: true, body });
      expect(made.status).toBe(201);
      endpoints[name] = made.body.id;
    }
  }, 60_000);
  afterAll(() => server?.close());

  const events = async () =>
    (
      await server.db.query<{ type: string; body: string }>(
        "SELECT type, body FROM webhook_events WHERE account_id = $1::text ORDER BY seq",
        [user.accountId],
      )
    ).map((row) => ({ type: row.type, ...JSON.parse(row.body) }));
  const deliveredTo = async (name: string) =>
    (
      await server.db.query<{ type: string }>(
        `SELECT ev.type FROM webhook_deliveries d JOIN webhook_events ev ON ev.seq = d.event_seq
         WHERE d.endpoint_id = $1::text AND ev.account_id = $2::text ORDER BY ev.seq`,
        [endpoints[name] ?? "", user.accountId],
      )
    ).map((row) => row.type);

  it("writes each change's events once, and none for a write refused or replayed", async () => {
    const agreed = await server.call("POST", "/v1/agreements", {
      as: user,
      body: { metricId: "meetings-booked", baseline: { value: 4 } },
    });
    expect(agreed.status).toBe(201);
    const agreementId = agreed.body.id as string;
    const goal = await server.call("POST", "/v1/goals", {
      as: user,
      body: { agreementId, target: 6, dueAt: inAMonth },
    });
    expect(goal.status).toBe(201);
    const refused = await server.call("POST", "/v1/measurements", {
      as: user,
      body: { id: "outbox-m0", agreementId, value: "six", source: "self" },
    });
    expect(refused.status).toBe(422);
    const entry = { id: "outbox-m1", agreementId, value: 7, source: "self" };
    expect((await server.call("POST", "/v1/measurements", { as: user, body: entry })).status).toBe(
      201,
    );
    expect((await server.call("POST", "/v1/measurements", { as: user, body: entry })).status).toBe(
      200,
    );
    const corrected = await server.call("PATCH", "/v1/measurements/outbox-m1", {
      as: user,
      body: { value: 5 },
    });
    expect(corrected.status).toBe(200);
    const pulse = await server.call("POST", "/v1/pulses", {
      as: user,
      body: { touchpoint: "product", score: 2, comment: "slow" },
    });
    expect(pulse.status).toBe(201);
    const retired = await server.call("PATCH", `/v1/agreements/${agreementId}`, {
      as: user,
      body: { status: "retired" },
    });
    expect(retired.status).toBe(200);

    const written = await events();
    expect(written.map((e) => e.type)).toEqual([
      "metric.agreed",
      "goal.set",
      "measurement.logged",
      "goal.achieved",
      "measurement.corrected",
      "pulse.submitted",
      "metric.retired",
    ]);
    for (const event of written) {
      expect(event).toMatchObject({ accountId: user.accountId, roleId: "sdr", userId: user.id });
      expect(event.id).toMatch(/^evt_/);
    }
    expect(written[0].data).toEqual(agreed.body);
    expect(written[1].data).toEqual(goal.body);
    expect(written[3].data).toMatchObject({ id: goal.body.id, status: "achieved" });
    expect(written[4].data).toEqual(corrected.body);
    expect(written[5].data).toEqual(pulse.body);
    expect(written[6].data).toEqual(retired.body);

    expect(await deliveredTo("all")).toEqual(written.map((e) => e.type));
    expect(await deliveredTo("pulses")).toEqual(["pulse.submitted"]);
    expect(await deliveredTo("off")).toEqual([]);
  });

  it("writes an ingested point's event only when the point is stored", async () => {
    const agreed = await server.call("POST", "/v1/agreements", {
      as: { ...user, roleId: "sdr" },
      body: { metricId: "qualified-contacts", baseline: { value: 10 } },
    });
    expect(agreed.status).toBe(201);
    const point = (id: string, value: number) => ({
      id,
      accountId: user.accountId,
      roleId: "sdr",
      metricId: "qualified-contacts",
      value,
      at: testNow.toISOString(),
      source: "app",
    });
    const before = (await events()).length;
    const first = await server.call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: { measurements: [point("outbox-i1", 11), point("outbox-i2", 12)] },
    });
    expect(first.status).toBe(200);
    const again = await server.call("POST", "/v1/ingest/measurements", {
      admin: true,
      body: { measurements: [point("outbox-i2", 12), point("outbox-i3", 13)] },
    });
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual([
      "replayed",
      "created",
    ]);
    const logged = (await events()).slice(before);
    expect(logged.map((e) => [e.type, e.data.id, e.userId])).toEqual([
      ["measurement.logged", "outbox-i1", "ingest"],
      ["measurement.logged", "outbox-i2", "ingest"],
      ["measurement.logged", "outbox-i3", "ingest"],
    ]);
  });
});

describe("the outbox and an endpoint deleted meanwhile (PostgreSQL: two connections)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: "postgres",
      env: { GOALPOST_WEBHOOKS_ALLOW_PRIVATE: "true", GOALPOST_WEBHOOK_POLL_MS: "600000" },
    });
  }, 60_000);
  afterAll(() => server?.close());

  /** Deletes endpoint `id` in a transaction that commits once `write` waits on its lock. */
  async function deleteWhile<T>(id: string, write: () => Promise<T>): Promise<T> {
    let released!: () => void;
    const release = new Promise<void>((resolve) => {
      released = resolve;
    });
    let deleting!: () => void;
    const deleted = new Promise<void>((resolve) => {
      deleting = resolve;
    });
    const deletion = server.db.transaction(async (tx) => {
      await tx.query("DELETE FROM webhook_endpoints WHERE id = $1::text", [id]);
      deleting();
      await release;
    });
    await deleted;
    const written = write();
    await vi.waitFor(async () => {
      const [row] = await server.db.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      expect(row?.waiting).toBe(1);
    });
    released();
    await deletion;
    return written;
  }
  const newEndpoint = async (name: string) => {
    const made = await server.call("POST", "/v1/admin/webhooks", {
      admin: true,
      body: { url: `http://127.0.0.1:9/${name}` },
    });
    expect(made.status).toBe(201);
    return made.body.id as string;
  };
  const event = (id: string) => ({
    id,
    type: "pulse.submitted" as const,
    at: testNow.toISOString(),
    accountId: "deleted-meanwhile",
    roleId: "sdr",
    data: {},
  });
  const deliveriesOf = (id: string) =>
    server.db.query("SELECT 1 FROM webhook_deliveries WHERE endpoint_id = $1::text", [id]);

  it("writes the events without a delivery to it: the write stands, the delete too", async () => {
    const id = await newEndpoint("going");
    expect(await deleteWhile(id, () => writeEvents(server.db, [event("evt_during_delete")]))).toBe(
      1,
    );
    expect(await deliveriesOf(id)).toEqual([]);
  });

  it("answers a replay to it 404, not 500", async () => {
    const id = await newEndpoint("replayed");
    await writeEvents(server.db, [event("evt_to_replay")]);
    const replay = await deleteWhile(id, () =>
      server.call("POST", `/v1/admin/webhooks/${id}/replay`, {
        admin: true,
        body: { eventId: "evt_to_replay" },
      }),
    );
    expect(replay.status).toBe(404);
    expect(replay.body.error.message).toContain(id);
    expect(await deliveriesOf(id)).toEqual([]);
  });
});

describe("with webhooks off", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite", env: { GOALPOST_WEBHOOKS: "off" } });
  });
  afterAll(() => server?.close());

  it("writes no event, and endpoints can still be managed", async () => {
    const made = await server.call("POST", "/v1/admin/webhooks", {
      admin: true,
      body: { url: "https://receiver.example.com/hook" },
    });
    expect(made.status).toBe(201);
    const user = { id: "quiet-user", accountId: "quiet", roleId: "sdr" };
    const agreed = await server.call("POST", "/v1/agreements", {
      as: user,
      body: { metricId: "meetings-booked", baseline: { value: 4 } },
    });
    expect(agreed.status).toBe(201);
    const [row] = await server.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM webhook_events",
    );
    expect(row?.n).toBe(0);
  });
});
