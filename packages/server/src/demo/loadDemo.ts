import { companyRequest } from "@goalpost/backend";
import {
  type DemoData,
  demoCatalog,
  type SeedOptions,
  seedDemoData,
  seededRequest,
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
  options: SeedOptions = {},
): Promise<DemoLoad> {
  return db.transaction(async (tx) => {
    // Serialise concurrent starts: the second waits, then finds the catalog present.
    await tx.query("LOCK TABLE catalog IN EXCLUSIVE MODE");
    if (await catalog.exists(tx)) return "catalog present";
    await catalog.replace(tx, demoCatalog, now);
    if (history) await insertDemoData(tx, seedDemoData(demoCatalog, now, options));
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
  await tx.query(
    `INSERT INTO revenue_events
       (id, account_id, type, day, arr, currency, outcome, voluntary, request)
     SELECT e->>'id', e->>'accountId', e->>'type', (e->>'day')::date, (e->>'arr')::float8,
       e->>'currency', e->>'outcome', (e->>'voluntary')::boolean, e->>'request'
     FROM json_array_elements($1::text::json) WITH ORDINALITY AS r(e, ord)
     ORDER BY ord`,
    rows(data.revenue.map((e) => ({ ...e, request: companyRequest(e) }))),
  );
  await tx.query(
    `INSERT INTO usage_days (usage_metric_id, version, account_id, day, quantity)
     SELECT "usageMetricId", version, "accountId", day::date, quantity
     FROM json_to_recordset($1::text::json) AS r("usageMetricId" text, version int,
       "accountId" text, day text, quantity float8)`,
    rows(data.usage),
  );
}
