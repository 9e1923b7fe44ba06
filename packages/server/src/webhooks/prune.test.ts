import { webhookEvent } from "@goalpost/backend";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { writeEvents } from "./outbox.ts";
import { pruneEvents } from "./prune.ts";

const day = 86_400_000;
const now = new Date("2026-12-04T12:00:00.000Z");
const ago = (days: number) => new Date(now.getTime() - days * day);
const subject = { accountId: "prune", roleId: "sdr" };

let db: Database;
beforeAll(async () => {
  db = await openTestPglite("migrated");
  await db.query(
    `INSERT INTO webhook_endpoints (id, url, enabled, secret, created_at, updated_at)
     VALUES ('whep_prune', 'http://127.0.0.1:9/', true, 'whsec_test', now(), now())`,
  );
});
afterAll(() => db.close());

describe("pruneEvents", () => {
  it("deletes old events nothing waits for, with their log; keeps recent and pending ones", async () => {
    await writeEvents(db, [
      webhookEvent("pulse.submitted", subject, {}, ago(40), "evt_old_delivered"),
      webhookEvent("pulse.submitted", subject, {}, ago(40), "evt_old_pending"),
      webhookEvent("pulse.submitted", subject, {}, ago(29), "evt_recent"),
    ]);
    await db.query(
      `UPDATE webhook_deliveries d SET status = 'delivered' FROM webhook_events ev
       WHERE ev.seq = d.event_seq AND ev.id IN ('evt_old_delivered', 'evt_recent')`,
    );
    expect(await pruneEvents(db, now)).toBe(1);
    const left = await db.query<{ id: string }>("SELECT id FROM webhook_events ORDER BY seq");
    expect(left.map((row) => row.id)).toEqual(["evt_old_pending", "evt_recent"]);
    const log = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM webhook_deliveries");
    expect(log[0]?.n).toBe(2);
    expect(await pruneEvents(db, now)).toBe(0);
  });
});
