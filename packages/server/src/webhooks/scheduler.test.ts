import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { createLogger } from "../ops/createLogger.ts";
import { openTestDatabase, type TestDatabase } from "../testing/openTestDatabase.ts";
import { scheduleLockKey, startWebhookScheduler, type WebhookScheduler } from "./scheduler.ts";

const day = 86_400_000;
const t0 = Date.parse("2026-03-02T09:00:00.000Z");
const at = (days: number) => new Date(t0 + days * day);
const config = { scheduleMs: 3_600_000, dueSoonDays: 3, checkInDays: 14 };

describe.each(["pglite", "postgres"] as const)("the webhook scheduler on %s", (kind) => {
  let testDb: TestDatabase;
  let db: Database;
  const logs: Record<string, unknown>[] = [];
  const log = createLogger("info", (line) => logs.push(JSON.parse(line)));
  const running: WebhookScheduler[] = [];
  /** A scheduler on `on` whose clock reads `now` (changed by assigning `clock.now`). */
  const start = async (now: Date, on = db) => {
    const clock = { now };
    const scheduler = await startWebhookScheduler(on, config, { log, clock: () => clock.now });
    running.push(scheduler);
    return { scheduler, clock };
  };

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    db = testDb.db;
    await db.query("INSERT INTO accounts (id, created_at) VALUES ('acme', now())");
    await db.query(
      `INSERT INTO webhook_endpoints (id, url, enabled, secret, created_at, updated_at)
       VALUES ('whep_s', 'http://127.0.0.1:9/', true, 'whsec_s', now(), now())`,
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
    await testDb?.close();
  });
  beforeEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.stop()));
    logs.length = 0;
    await db.query("DELETE FROM webhook_schedule");
    await db.query("DELETE FROM webhook_events");
    await db.query("DELETE FROM goals");
    await db.query("DELETE FROM measurements");
    await db.query("DELETE FROM agreements");
  });

  let n = 0;
  /** An agreement with one goal; `entryDays`: when its last entry came. */
  async function goal(
    dueDays: number,
    options: { status?: string; closedDays?: number; entryDays?: number; phase?: "end" } = {},
  ) {
    const id = `g${++n}`;
    const closed = options.closedDays === undefined ? null : at(options.closedDays).toISOString();
    await db.query(
      `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at)
       VALUES ($1::text, 'acme', 'sdr', $1::text, 'agreed', 'vendor', $2::timestamptz)`,
      [`agr_${id}`, at(-30).toISOString()],
    );
    await db.query(
      `INSERT INTO goals (id, agreement_id, start_value, target, start_at, due_at, status, actions,
         value_element_ids, achieved_at, closed_at)
       VALUES ($1::text, $2::text, 4, 6, $3::timestamptz, $4::timestamptz, $5::text, '[]', '[]',
         $6::timestamptz, $7::timestamptz)`,
      [
        id,
        `agr_${id}`,
        at(-20).toISOString(),
        at(dueDays).toISOString(),
        options.status ?? "active",
        options.status === "achieved" ? closed : null,
        closed,
      ],
    );
    if (options.entryDays !== undefined) {
      await db.query(
        `INSERT INTO measurements (id, agreement_id, value, at, source, phase, user_id, request)
         VALUES ($1::text, $2::text, 5, $3::timestamptz, 'self', $4::text, 'u1', '{}')`,
        [`m_${id}`, `agr_${id}`, at(options.entryDays).toISOString(), options.phase ?? null],
      );
    }
    return id;
  }
  const written = async () =>
    (await db.query<{ id: string }>("SELECT id FROM webhook_events ORDER BY seq")).map(
      (row) => row.id,
    );
  const mark = async () => {
    const [row] = await db.query<{ until_at: Date }>("SELECT until_at FROM webhook_schedule");
    return row && new Date(row.until_at).toISOString();
  };

  it("at its first round only sets its mark: nothing about the time before webhooks", async () => {
    await goal(-1); // overdue before the schedule began
    await start(at(0)); // its first round runs before it resolves
    expect(await written()).toEqual([]);
    expect(await mark()).toBe(at(0).toISOString());
  });

  it("catches up over a gap in one round, and sends nothing again after it", async () => {
    const { scheduler, clock } = await start(at(0));
    const late = await goal(1);
    const noticed = await goal(2, { status: "missed", closedDays: 2 }); // a write settled it
    const soon = await goal(6, { entryDays: -10 });
    await goal(4, { status: "achieved", closedDays: 1 });
    await goal(3, { status: "missed", closedDays: 1 }); // missed otherwise than by time
    clock.now = at(5); // down for five days
    expect(await scheduler.run()).toBe(4);
    expect(await written()).toEqual([
      `goal.missed:${late}`,
      `goal.missed:${noticed}`,
      `goal.due_soon:${soon}`,
      `checkin.overdue:${soon}:${at(4).toISOString()}`,
    ]);
    expect(await mark()).toBe(at(5).toISOString());
    // Each queued for the endpoint.
    const [{ queued } = { queued: 0 }] = await db.query<{ queued: number }>(
      "SELECT count(*)::int AS queued FROM webhook_deliveries",
    );
    expect(queued).toBe(4);
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: "webhook events scheduled",
        written: 4,
        types: { "goal.due_soon": 1, "goal.missed": 2, "checkin.overdue": 1 },
      }),
    );
    clock.now = at(5.5);
    expect(await scheduler.run()).toBe(0);
    // A round over the same time again (a mark set back) writes nothing twice.
    await db.query("UPDATE webhook_schedule SET until_at = $1::timestamptz", [at(0).toISOString()]);
    expect(await scheduler.run()).toBe(0);
    expect((await written()).length).toBe(4);
  });

  it("reminds of a scale metric's end-of-period assessment as its check-in window opens", async () => {
    const { scheduler, clock } = await start(at(0));
    // Two goals of scale metrics due in 10 days; only the second has its end assessment.
    const waiting = await goal(10, { entryDays: -1 });
    const assessed = await goal(10, { entryDays: -1, phase: "end" });
    const scale = [waiting, assessed].map((id) => ({ id: `agr_${id}`, collection: "scale" }));
    await db.query(
      `INSERT INTO catalog (revision, document, updated_at) VALUES (1, $1::text::json, now())
       ON CONFLICT (singleton) DO UPDATE SET document = excluded.document`,
      [JSON.stringify({ metrics: scale })],
    );
    clock.now = at(2.9);
    expect(await scheduler.run()).toBe(0);
    clock.now = at(3.1); // the last week of the period opens at day 3
    expect(await scheduler.run()).toBe(1);
    expect(await written()).toEqual([`checkin.overdue:${waiting}:end-assessment`]);
    await db.query("DELETE FROM catalog");
  });

  it("tells a goal due at the mark itself, missed a millisecond after it, in the next round", async () => {
    const { scheduler, clock } = await start(at(0));
    const edge = await goal(0, { status: "missed", closedDays: 0 }); // a write settled it first
    clock.now = at(0.5);
    expect(await scheduler.run()).toBe(1);
    expect(await written()).toEqual([`goal.missed:${edge}`]);
  });

  it("with two instances racing, writes each event once", async () => {
    const other = await testDb.connect();
    const first = await start(at(0));
    const second = await start(at(0), other);
    const ids = [await goal(1), await goal(2), await goal(3)];
    first.clock.now = at(4);
    second.clock.now = at(4);
    const rounds = await Promise.all(
      Array.from({ length: 3 }, () => [first.scheduler.run(), second.scheduler.run()]).flat(),
    );
    expect(rounds.reduce<number>((sum, r) => sum + (r ?? 0), 0)).toBe(3);
    expect(await written()).toEqual(ids.map((id) => `goal.missed:${id}`));
  });

  it("prunes the outbox of old events nothing waits for, as part of its round", async () => {
    const { scheduler, clock } = await start(at(0));
    await db.query(
      `INSERT INTO webhook_events (id, type, account_id, at, body) VALUES
         ('evt_old', 'pulse.submitted', 'acme', $1::timestamptz, '{}'),
         ('evt_new', 'pulse.submitted', 'acme', $2::timestamptz, '{}')`,
      [at(-40).toISOString(), at(-1).toISOString()],
    );
    clock.now = at(0.5);
    await scheduler.run();
    expect(await written()).toEqual(["evt_new"]);
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: "webhook events pruned", pruned: 1 }),
    );
  });

  it.runIf(kind === "postgres")(
    "skips a round while another instance holds the schedule's lock",
    async () => {
      const { scheduler, clock } = await start(at(0));
      await goal(1);
      const holder = await testDb.connect();
      await holder.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1::bigint)", [scheduleLockKey]);
        clock.now = at(2);
        expect(await scheduler.run()).toBeUndefined();
        expect(await written()).toEqual([]);
        expect(await mark()).toBe(at(0).toISOString());
      });
      expect(await scheduler.run()).toBe(1);
    },
  );
});
