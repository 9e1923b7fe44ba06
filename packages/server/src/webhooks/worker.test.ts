import type { ServerResponse } from "node:http";
import type { WebhookEvent } from "@goalpost/core/contract";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/Database.ts";
import { createLogger } from "../ops/createLogger.ts";
import { openTestDatabase, type TestDatabase } from "../testing/openTestDatabase.ts";
import { type Receiver, startReceiver } from "../testing/startReceiver.ts";
import { writeEvents } from "./outbox.ts";
import { startWebhookWorker, type WebhookWorker } from "./worker.ts";

const config = {
  allowPrivate: true,
  pollMs: 20,
  retryBaseMs: 10,
  timeoutMs: 1000,
  concurrency: 4,
};
const secret = "whsec_worker_test";

let n = 0;
const event = (accountId: string): WebhookEvent => ({
  id: `evt_${++n}`,
  type: "measurement.logged",
  at: new Date(Date.UTC(2026, 2, 2, 9, 0, 0, n)).toISOString(),
  accountId,
  roleId: "sdr",
  data: { n },
});

/** The ids of the events each account got, in the order they came. */
const byAccount = (events: WebhookEvent[]) => {
  const lines: Record<string, string[]> = {};
  for (const e of events) lines[e.accountId] = [...(lines[e.accountId] ?? []), e.id];
  return lines;
};

describe.each(["pglite", "postgres"] as const)("the webhook worker on %s", (kind) => {
  let testDb: TestDatabase;
  let db: Database;
  let receiver: Receiver;
  const logs: Record<string, unknown>[] = [];
  const log = createLogger("info", (line) => logs.push(JSON.parse(line)));
  const workers: WebhookWorker[] = [];
  const start = (on = db, overrides: Partial<typeof config> = {}) => {
    const worker = startWebhookWorker(on, { ...config, ...overrides }, { log });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    db = testDb.db;
  }, 60_000);
  afterAll(() => testDb?.close());
  beforeEach(async () => {
    receiver = await startReceiver();
    logs.length = 0;
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await receiver.close();
    await db.query("DELETE FROM webhook_endpoints");
    await db.query("DELETE FROM webhook_events");
  });

  /** An endpoint stored as the admin API would; a previous secret overlaps for an hour. */
  async function endpoint(id: string, url = receiver.url, previousSecret: string | null = null) {
    await db.query(
      `INSERT INTO webhook_endpoints (id, url, enabled, secret, previous_secret,
         previous_secret_expires_at, created_at, updated_at)
       VALUES ($1::text, $2::text, true, $3::text, $4::text,
         CASE WHEN $4::text IS NULL THEN NULL ELSE now() + interval '1 hour' END, now(), now())`,
      [id, url, secret, previousSecret],
    );
  }
  const deliveries = (endpointId: string) =>
    db.query<{ id: string; status: string; attempts: number; error: string | null }>(
      `SELECT ev.id, d.status, d.attempts, d.error, d.response_status, d.response_excerpt
       FROM webhook_deliveries d JOIN webhook_events ev ON ev.seq = d.event_seq
       WHERE d.endpoint_id = $1::text ORDER BY d.event_seq`,
      [endpointId],
    );

  it("delivers each account's events in order, one at a time, accounts side by side", async () => {
    const perAccount: Record<string, number> = {};
    let most = 0;
    let together = 0;
    receiver.answerWith((res, request) => {
      const { accountId } = JSON.parse(request.body) as WebhookEvent;
      perAccount[accountId] = (perAccount[accountId] ?? 0) + 1;
      most = Math.max(most, perAccount[accountId] ?? 0);
      together = Math.max(
        together,
        Object.values(perAccount).reduce((a, b) => a + b, 0),
      );
      setTimeout(() => {
        perAccount[accountId] = (perAccount[accountId] ?? 0) - 1;
        res.writeHead(204).end();
      }, 5);
    });
    await endpoint("whep_a");
    const events = Array.from({ length: 12 }, (_, i) => event(i % 3 === 0 ? "globex" : "acme"));
    expect(await writeEvents(db, events)).toBe(12);
    start();
    await receiver.receivedCount(12);
    await vi.waitFor(async () =>
      expect((await deliveries("whep_a")).every((d) => d.status === "delivered")).toBe(true),
    );
    expect(byAccount(receiver.events())).toEqual(byAccount(events));
    expect(most).toBe(1); // never two of one account's events at once
    expect(together).toBe(2); // but the two accounts side by side
    for (const request of receiver.received) {
      expect(await receiver.verify(request, secret)).toMatchObject({ ok: true });
    }
    expect((await deliveries("whep_a")).map((d) => d.attempts)).toEqual(Array(12).fill(1));
  });

  it("signs with the previous secret too while a rotation overlaps", async () => {
    await endpoint("whep_r", receiver.url, "whsec_before");
    await writeEvents(db, [event("acme")]);
    start();
    await receiver.receivedCount(1);
    const [request] = receiver.received;
    if (!request) throw new Error("nothing received");
    expect(await receiver.verify(request, secret)).toMatchObject({ ok: true });
    expect(await receiver.verify(request, "whsec_before")).toMatchObject({ ok: true });
  });

  it("gets everything through, in order and with the same ids, to a receiver down for a while", async () => {
    const port = receiver.port;
    await receiver.close(); // down: nothing listens on its port
    await endpoint("whep_down", `http://127.0.0.1:${port}/hooks`);
    const events = [event("acme"), event("globex"), event("acme"), event("acme"), event("globex")];
    await writeEvents(db, events);
    start();
    await vi.waitFor(async () => {
      const heads = (await deliveries("whep_down")).filter((d) => d.attempts >= 2);
      expect(heads.map((d) => d.error)).toEqual(["connection refused", "connection refused"]);
    });
    // Up again, but failing at first: 503 to its first three requests.
    const statuses: number[] = [];
    receiver = await startReceiver((res: ServerResponse) => {
      const status = statuses.length < 3 ? 503 : 200;
      statuses.push(status);
      res.writeHead(status).end(status === 503 ? "starting up" : "ok");
    }, port);
    await vi.waitFor(() => expect(statuses.filter((s) => s === 200).length).toBe(5), 10_000);
    const got = receiver.events();
    const accepted = got.filter((_, i) => statuses[i] === 200);
    expect(byAccount(accepted)).toEqual(byAccount(events));
    const refused = got.filter((_, i) => statuses[i] === 503).map((e) => e.id);
    expect(refused.length).toBe(3);
    for (const id of refused) expect(accepted.map((e) => e.id)).toContain(id); // retried, same id
    const bodies = new Map(receiver.received.map((r) => [JSON.parse(r.body).id, r.body]));
    for (const e of events) expect(JSON.parse(bodies.get(e.id) ?? "")).toEqual(e);
    await vi.waitFor(async () =>
      expect((await deliveries("whep_down")).map((d) => d.status)).toEqual(
        Array(5).fill("delivered"),
      ),
    );
  });

  it("fails a delivery once its retries would fall past the window, and moves the line on", async () => {
    const first = event("acme");
    const second = event("acme");
    receiver.answerWith((res, request) =>
      JSON.parse(request.body).id === first.id
        ? res.writeHead(302, { location: "/elsewhere" }).end()
        : res.writeHead(200).end("ok"),
    );
    await endpoint("whep_late");
    await writeEvents(db, [first, second]);
    // Queued a day ago: the next retry would fall outside the day of retries.
    await db.query(
      "UPDATE webhook_deliveries SET created_at = now() - interval '24 hours' WHERE event_seq = (SELECT seq FROM webhook_events WHERE id = $1::text)",
      [first.id],
    );
    start();
    await receiver.receivedCount(2);
    await vi.waitFor(async () =>
      expect(await deliveries("whep_late")).toMatchObject([
        {
          id: first.id,
          status: "failed",
          attempts: 1,
          response_status: 302,
          error: "redirect to /elsewhere not followed",
        },
        { id: second.id, status: "delivered", attempts: 1, response_excerpt: "ok" },
      ]),
    );
    expect(receiver.events().map((e) => e.id)).toEqual([first.id, second.id]);
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: "webhook delivery failed for good", eventId: first.id }),
    );
  });

  it("sends nothing more to an endpoint disabled or deleted after its events were queued", async () => {
    const off = await startReceiver();
    const gone = await startReceiver();
    try {
      await endpoint("whep_on");
      await endpoint("whep_off", off.url);
      await endpoint("whep_gone", gone.url);
      const events = [event("acme"), event("acme"), event("globex")];
      await writeEvents(db, events);
      await db.query("UPDATE webhook_endpoints SET enabled = false WHERE id = 'whep_off'");
      await db.query("DELETE FROM webhook_endpoints WHERE id = 'whep_gone'");
      start();
      await receiver.receivedCount(3);
      await vi.waitFor(async () =>
        expect((await deliveries("whep_on")).every((d) => d.status === "delivered")).toBe(true),
      );
      // Its heads would have gone out beside whep_on's first ones.
      expect(off.received).toEqual([]);
      expect(gone.received).toEqual([]);
      expect((await deliveries("whep_off")).map((d) => [d.status, d.attempts])).toEqual(
        Array(3).fill(["pending", 0]),
      );
    } finally {
      await off.close();
      await gone.close();
    }
  });

  it("leaves a delivery leased by another worker alone until its lease runs out", async () => {
    await endpoint("whep_lease");
    const leased = event("acme");
    await writeEvents(db, [leased]);
    // A worker that claimed it and died: its lease has a moment to run.
    const [lease] = await db.query<{ until: Date }>(
      `UPDATE webhook_deliveries SET leased_until = now() + interval '300 milliseconds'
       RETURNING leased_until AS until`,
    );
    const arrived: number[] = [];
    receiver.answerWith((res) => {
      arrived.push(Date.now());
      res.writeHead(200).end();
    });
    start();
    await receiver.receivedCount(1);
    expect(arrived[0]).toBeGreaterThanOrEqual(new Date(lease?.until ?? 0).getTime());
    expect(receiver.events().map((e) => e.id)).toEqual([leased.id]);
  });

  it("with two workers on one database, delivers each event once and each account in order", async () => {
    await endpoint("whep_two");
    const accounts = ["a1", "a2", "a3", "a4", "a5"];
    const events = Array.from({ length: 30 }, (_, i) => event(accounts[i % 5] ?? "a1"));
    await writeEvents(db, events);
    const other = await testDb.connect();
    start(db, { concurrency: 3 });
    start(other, { concurrency: 3 });
    await receiver.receivedCount(30);
    await vi.waitFor(async () =>
      expect((await deliveries("whep_two")).every((d) => d.status === "delivered")).toBe(true),
    );
    const ids = receiver.events().map((e) => e.id);
    expect(ids.length).toBe(30);
    expect(new Set(ids).size).toBe(30);
    expect(byAccount(receiver.events())).toEqual(byAccount(events));
  });

  it("sends a delivery replayed while in flight again, and records the attempt that holds the lease", async () => {
    await endpoint("whep_replay");
    const replayed = event("acme");
    await writeEvents(db, [replayed]);
    let answer: (() => void) | undefined;
    receiver.answerWith((res) => {
      answer = () => res.writeHead(200).end("first");
      receiver.answerWith((again) => again.writeHead(200).end("second"));
    });
    start();
    await receiver.receivedCount(1);
    // Replayed (as the admin API does) while the first attempt waits for its answer.
    await db.query(
      `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, created_at = now(),
         next_attempt_at = now(), leased_until = NULL, delivered_at = NULL, error = NULL`,
    );
    await receiver.receivedCount(2);
    answer?.();
    await vi.waitFor(async () =>
      expect(await deliveries("whep_replay")).toMatchObject([
        { id: replayed.id, status: "delivered", attempts: 1, response_excerpt: "second" },
      ]),
    );
    // The first attempt's answer came last, and was not recorded over the second's.
    await workers.splice(0)[0]?.stop();
    expect(await deliveries("whep_replay")).toMatchObject([{ response_excerpt: "second" }]);
    expect(receiver.events().map((e) => e.id)).toEqual([replayed.id, replayed.id]);
  });

  it("while no endpoint is enabled, drops nudges: a write costs no claim; told of one, it delivers at once", async () => {
    const statements: string[] = [];
    const counted: Database = Object.assign(Object.create(db) as Database, {
      // Counted once answered: the first tick's read is then over, and heard nobody.
      query: ((text: string, params?: readonly unknown[]) =>
        db.query(text, params).then((rows) => {
          statements.push(text);
          return rows;
        })) as Database["query"],
    });
    const worker = start(counted, { pollMs: 600_000 });
    await vi.waitFor(() => expect(statements.length).toBe(1)); // the first tick: anyone listening?
    for (let i = 0; i < 5; i++) worker.nudge();
    await endpoint("whep_told"); // as the admin API on this instance stores it
    const told = event("acme");
    await writeEvents(db, [told]);
    expect(statements.length).toBe(1);
    worker.endpointsChanged();
    await receiver.receivedCount(1);
    expect(receiver.events().map((e) => e.id)).toEqual([told.id]);
    expect(statements.some((text) => text.includes("UPDATE webhook_deliveries"))).toBe(true);
  });

  it("reads each poll whether an endpoint is enabled: one another instance stored is heard within a poll", async () => {
    const worker = start(db, { pollMs: 30 });
    worker.nudge();
    await endpoint("whep_elsewhere");
    const elsewhere = event("acme");
    await writeEvents(db, [elsewhere]);
    await receiver.receivedCount(1);
    expect(receiver.events().map((e) => e.id)).toEqual([elsewhere.id]);
  });

  it("once stopped, claims nothing more but records the delivery it had in flight", async () => {
    await endpoint("whep_stop");
    const held = event("acme");
    const next = event("globex");
    await writeEvents(db, [held]);
    let answer: (() => void) | undefined;
    receiver.answerWith((res) => {
      answer = () => res.writeHead(200).end("late");
    });
    const worker = start();
    await receiver.receivedCount(1);
    const stopped = worker.stop();
    await writeEvents(db, [next]);
    worker.nudge();
    answer?.();
    await stopped;
    expect(await deliveries("whep_stop")).toMatchObject([
      { id: held.id, status: "delivered", response_excerpt: "late" },
      { id: next.id, status: "pending", attempts: 0 },
    ]);
    expect(receiver.received.length).toBe(1);
  });
});
