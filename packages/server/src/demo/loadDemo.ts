import {
  type DemoData,
  demoCatalog,
  seedDemoData,
  seededRequest,
  syntheticAccounts,
} from "@goalpost/demo-data";
import type { Database, Sql } from "../db/Database.ts";
import type { CatalogCache } from "../store/catalogCache.ts";

/** What {@link loadDemo} did. */
export type DemoLoad = "loaded" | "catalog present";

/**
 * Loads the demo catalog and, with `history`, the seeded accounts (acme, globex, initech) and
 * about six months of history relative to `now` — the same data as the mock backend's — in one
 * transaction. A database that already holds a catalog is left alone ("catalog present"), so
 * restarting `goalpost-server --demo` keeps what the demo recorded.
 */
export async function loadDemo(
  db: Database,
  catalog: CatalogCache,
  now: Date,
  history = true,
  /** Synthetic accounts to load besides the demo's, with history (`seed --accounts`). */
  synthetic = 0,
): Promise<DemoLoad> {
  return db.transaction(async (tx) => {
    // Serialise concurrent starts: the second waits, then finds the catalog present.
    await tx.query("LOCK TABLE catalog IN EXCLUSIVE MODE");
    if (await catalog.exists(tx)) return "catalog present";
    await catalog.replace(tx, demoCatalog, now);
    if (history) await insertDemoData(tx, seedDemoData(demoCatalog, now));
    if (history && synthetic > 0) {
      await insertDemoData(tx, syntheticAccounts(demoCatalog, now, synthetic));
    }
    return "loaded";
  });
}

async function insertDemoData(tx: Sql, data: DemoData): Promise<void> {
  const rows = (items: unknown[]) => [JSON.stringify(items)];
  await tx.query(
    `INSERT INTO accounts (id, created_at)
     SELECT id, "createdAt" FROM json_to_recordset($1::text::json) AS r(id text, "createdAt" timestamptz)`,
    rows(data.accounts),
  );
  await tx.query(
    `INSERT INTO users (account_id, id, role_id, name, created_at)
     SELECT "accountId", id, "roleId", name, "createdAt" FROM json_to_recordset($1::text::json)
       AS r(id text, "accountId" text, "roleId" text, name text, "createdAt" timestamptz)`,
    rows(data.users),
  );
  await tx.query(
    `INSERT INTO agreements (id, account_id, role_id, metric_id, status, proposed_by, agreed_at,
       retired_at, maturity_level, baseline_value, baseline_at, baseline_source)
     SELECT id, "accountId", "roleId", "metricId", status, "proposedBy", "agreedAt", "retiredAt",
       "maturityLevel", (baseline->>'value')::float8, (baseline->>'at')::timestamptz,
       baseline->>'source'
     FROM json_to_recordset($1::text::json) AS r(id text, "accountId" text, "roleId" text,
       "metricId" text, status text, "proposedBy" text, "agreedAt" timestamptz,
       "retiredAt" timestamptz, "maturityLevel" smallint, baseline json)`,
    rows(data.agreements),
  );
  // In the seed's order, so each goal's previous goal is stored before it.
  for (const goal of data.goals) {
    await tx.query(
      `INSERT INTO goals (id, agreement_id, start_value, target, start_at, due_at, status, changes,
         actions, value_element_ids, done_value_element_ids, previous_goal_id, achieved_at,
         closed_at)
       SELECT id, "agreementId", "startValue", target, "startAt", "dueAt", status, changes,
         actions, "valueElementIds", "doneValueElementIds", "previousGoalId", "achievedAt",
         "closedAt"
       FROM json_to_record($1::text::json) AS r(id text, "agreementId" text,
         "startValue" float8, target float8, "startAt" timestamptz, "dueAt" timestamptz,
         status text, changes text, actions jsonb, "valueElementIds" jsonb,
         "doneValueElementIds" jsonb, "previousGoalId" text, "achievedAt" timestamptz,
         "closedAt" timestamptz)`,
      [JSON.stringify(goal)],
    );
  }
  await tx.query(
    `INSERT INTO measurements (id, agreement_id, value, at, source, phase, note, user_id, request)
     SELECT id, "agreementId", value, at, source, phase, note, "userId", request
     FROM json_to_recordset($1::text::json) AS r(id text, "agreementId" text, value float8,
       at timestamptz, source text, phase text, note text, "userId" text, request text)`,
    rows(data.measurements.map((m) => ({ ...m, request: seededRequest(m.id) }))),
  );
  await tx.query(
    `INSERT INTO pulses (id, account_id, role_id, user_id, touchpoint, score, comment, at)
     SELECT id, "accountId", "roleId", "userId", touchpoint, score, comment, at
     FROM json_to_recordset($1::text::json) AS r(id text, "accountId" text, "roleId" text,
       "userId" text, touchpoint text, score smallint, comment text, at timestamptz)`,
    rows(data.pulses),
  );
}
