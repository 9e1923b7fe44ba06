import { afterEach, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../../../test/contract/support/createPostgresDatabase.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import type { Database } from "./Database.ts";
import { migrate } from "./migrate.ts";
import { migrations } from "./migrations.ts";
import { openPostgres } from "./openPostgres.ts";

const opened: { db: Database; drop?: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const { db, drop } of opened.splice(0)) {
    await db.close();
    await drop?.();
  }
});

async function open(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite") {
    const db = await openTestPglite("empty");
    opened.push({ db });
    return db;
  }
  const created = await createPostgresDatabase("goalpost_unit");
  const db = await openPostgres(created.url, { poolSize: 2 });
  opened.push({ db, drop: created.drop });
  return db;
}

describe.each(["pglite", "postgres"] as const)("migrate on %s", (kind) => {
  it("applies every migration once and records it", async () => {
    const db = await open(kind);
    expect(await migrate(db)).toEqual(migrations.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query("SELECT id, name FROM goalpost_migrations ORDER BY id");
    expect(rows).toEqual(migrations.map(({ id, name }) => ({ id, name })));
  });

  it("refuses a database migrated by a newer server, changing nothing", async () => {
    const db = await open(kind);
    await migrate(db);
    await db.query("INSERT INTO goalpost_migrations (id, name) VALUES (999, 'from the future')");
    await expect(migrate(db)).rejects.toThrow(/newer goalpost-server.*999|999.*newer/);
  });

  it("rolls a failing migration back whole", async () => {
    const db = await open(kind);
    const broken = [
      ...migrations,
      { id: 99, name: "broken", sql: "CREATE TABLE half (id int);\nSELECT no_such_function();" },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_function/);
    const tables = await db.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('half', 'goalpost_migrations')",
    );
    expect(tables).toEqual([{ n: 0 }]);
  });
});
