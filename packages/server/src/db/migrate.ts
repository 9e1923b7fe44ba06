import type { Database } from "./Database.ts";
import { migrations as all, type Migration } from "./migrations.ts";

/** Arbitrary, fixed: the advisory lock that keeps two starting instances from migrating at once. */
const migrationLock = 4_711_001;

/**
 * Brings the schema up to date in one transaction: takes an advisory lock (instances starting
 * together wait for each other), records each applied migration, and refuses a database that is
 * newer than this server. Returns the ids it applied.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = all,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1::bigint)", [migrationLock]);
    await tx.query(`CREATE TABLE IF NOT EXISTS goalpost_migrations (
      id integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ id: number }>("SELECT id FROM goalpost_migrations ORDER BY id");
    const applied = new Set(rows.map((r) => r.id));
    const known = new Set(migrations.map((m) => m.id));
    const unknown = [...applied].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new Error(
        `the database has migrations this server does not know (${unknown.join(", ")}): it was ` +
          "migrated by a newer goalpost-server; run that version",
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await execScript(tx, migration.sql);
      await tx.query("INSERT INTO goalpost_migrations (id, name) VALUES ($1::int, $2::text)", [
        migration.id,
        migration.name,
      ]);
      done.push(migration.id);
    }
    return done;
  });
}

/** Runs a script of several statements one by one (prepared statements take one at a time). */
async function execScript(tx: { query(text: string): Promise<unknown> }, script: string) {
  const statements = script
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.length > 0);
  for (const statement of statements) await tx.query(statement);
}
