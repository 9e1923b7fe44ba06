import { afterEach, describe, expect, it } from "vitest";
import { findStoredMeasurement, latestMeasurement } from "../../store/measurements.ts";
import { openTestPglite } from "../../testing/openTestPglite.ts";
import type { Database } from "../Database.ts";
import { migrate } from "../migrate.ts";
import { migrations } from "../migrations.ts";

let db: Database | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe("migration 2 (corrections)", () => {
  it("keeps a database's measurements, live, and adds the history and latest-value tables", async () => {
    db = await openTestPglite("empty");
    // A database as the first server left it, with a measurement in it.
    await migrate(db, migrations.slice(0, 1));
    await db.query("INSERT INTO accounts (id, created_at) VALUES ('acme', now())");
    await db.query(
      `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at)
       VALUES ('agr_1', 'acme', 'sdr', 'meetings-booked', 'agreed', 'customer', now())`,
    );
    await db.query(
      `INSERT INTO measurements (id, agreement_id, value, at, source, user_id, request)
       VALUES ('m_1', 'agr_1', 5, '2026-03-01T09:00:00Z', 'self', 'sam', 'seed:m_1')`,
    );

    expect(await migrate(db, migrations.slice(0, 2))).toEqual([2]);

    const stored = await findStoredMeasurement(db, "m_1");
    expect(stored?.measurement).toEqual({
      id: "m_1",
      agreementId: "agr_1",
      value: 5,
      at: "2026-03-01T09:00:00.000Z",
      source: "self",
      userId: "sam",
    });
    expect((await latestMeasurement(db, "agr_1"))?.id).toBe("m_1");
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_name IN ('measurement_corrections', 'agreement_changes', 'latest_values')
       ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      "agreement_changes",
      "latest_values",
      "measurement_corrections",
    ]);
    // A tombstone is out of the reads that show live data.
    await db.query("UPDATE measurements SET deleted_at = now() WHERE id = 'm_1'");
    expect(await latestMeasurement(db, "agr_1")).toBeUndefined();
    expect((await findStoredMeasurement(db, "m_1"))?.measurement.deletedAt).toBeDefined();
  });
});
