import {
  type IngestItemResult,
  ingestItem,
  ingestRequest,
  type StoredMeasurement,
} from "@goalpost/backend";
import type { Agreement, Goal, LatestValue, Measurement } from "@goalpost/core";
import { settleGoal } from "@goalpost/core";
import type { IngestBody, IngestResult } from "@goalpost/core/admin";
import type { Sql } from "../db/Database.ts";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { updateGoal } from "../store/goals.ts";
import {
  agreementColumns,
  goalColumns,
  measurementColumns,
  toAgreement,
  toGoal,
  toMeasurement,
} from "../store/rows.ts";
import { storableTime } from "../store/storedTimes.ts";

/** Times a batch is tried in all when it loses a race to another request. */
const attempts = 5;

/** A batch lost a race for a measurement id; trying again sees the winner's row. */
class LostRace extends Error {}

/**
 * Whether trying the batch again can succeed: it lost a race for an id, or two batches reusing
 * the same ids in different orders deadlocked and PostgreSQL rolled this one back (40P01).
 */
function worthRetrying(error: unknown): boolean {
  return error instanceof LostRace || (error as { code?: unknown } | null)?.code === "40P01";
}

/**
 * `POST /v1/ingest/measurements`: each data point is created, replayed (same id, same body) or
 * rejected with a reason, in the order sent; the whole batch is one transaction. A few queries
 * serve the whole batch: the agreements it names, the ids it reuses, their active goals. Batches
 * share their agreements' locks (a retirement or a user's write waits for them) and take their
 * active goals' locks in one order, so concurrent batches run in parallel unless they settle the
 * same goal.
 */
export async function ingestMeasurements(
  context: AdminRoute<"ingestMeasurements">,
): Promise<Reply<"ingestMeasurements">> {
  const { server, now, body } = context;
  const catalog = await server.catalog.current(server.db);
  for (let attempt = 1; ; attempt++) {
    try {
      const results = await server.db.transaction((tx) =>
        ingestBatch(tx, body.measurements, catalog.metrics, now),
      );
      const reply: IngestResult = { results };
      return { body: reply };
    } catch (error) {
      if (!worthRetrying(error) || attempt === attempts) throw error;
    }
  }
}

async function ingestBatch(
  tx: Sql,
  items: IngestBody["measurements"],
  metrics: Parameters<typeof ingestItem>[0]["metrics"],
  now: Date,
): Promise<IngestItemResult[]> {
  const keys = JSON.stringify(
    items.map((i) => ({ acc: i.accountId, role: i.roleId, metric: i.metricId })),
  );
  const agreementRows = await tx.query(
    `SELECT ${agreementColumns} FROM agreements a
     WHERE a.status = 'agreed' AND (a.account_id, a.role_id, a.metric_id) IN
       (SELECT acc, role, metric FROM json_to_recordset($1::text::json) AS k(acc text, role text, metric text))
     ORDER BY a.id FOR SHARE OF a`,
    [keys],
  );
  const agreements = new Map<string, Agreement>();
  for (const row of agreementRows) {
    const a = toAgreement(row);
    agreements.set(`${a.accountId}\u0000${a.roleId}\u0000${a.metricId}`, a);
  }
  const agreementIds = JSON.stringify([...agreements.values()].map((a) => a.id));
  const active = new Map<string, Goal>();
  const settled = new Set<string>();
  const goalRows = await tx.query(
    `SELECT ${goalColumns} FROM goals g
     WHERE g.status = 'active' AND g.agreement_id IN (SELECT json_array_elements_text($1::text::json))
     ORDER BY g.agreement_id FOR UPDATE OF g`,
    [agreementIds],
  );
  for (const row of goalRows) {
    const goal = toGoal(row, now);
    active.set(goal.agreementId, goal);
    // An overdue goal reads missed: stored as such with the batch.
    if (goal.status !== "active") settled.add(goal.agreementId);
  }
  const stored = new Map<string, StoredMeasurement>();
  const storedRows = await tx.query(
    `SELECT ${measurementColumns}, m.request FROM measurements m
     WHERE m.id IN (SELECT json_array_elements_text($1::text::json))`,
    [JSON.stringify(items.map((i) => i.id))],
  );
  for (const row of storedRows) {
    stored.set(row.id as string, {
      measurement: toMeasurement(row),
      request: row.request as string,
    });
  }

  const created: { measurement: Measurement; request: string }[] = [];
  const kept = new Map<string, { accountId: string; roleId: string; value: LatestValue }>();
  const results = items.map((sent): IngestItemResult => {
    const agreement = agreements.get(`${sent.accountId}\u0000${sent.roleId}\u0000${sent.metricId}`);
    // Decided on the item as sent (a replay compares it as sent), stored at the server's precision.
    const decided = ingestItem({
      item: sent,
      stored: stored.get(sent.id),
      agreement,
      metrics,
      now,
    });
    const { result, keep } = decided;
    if (keep) {
      // The newest of the batch per account, role and metric; the store keeps the newest of all.
      const key = `${sent.accountId}\u0000${sent.roleId}\u0000${sent.metricId}`;
      const seen = kept.get(key);
      const value = { ...keep, at: storableTime(keep.at) };
      if (!seen || Date.parse(value.at) >= Date.parse(seen.value.at))
        kept.set(key, { accountId: sent.accountId, roleId: sent.roleId, value });
    }
    if (!decided.create || !agreement) return result;
    const create = { ...decided.create, at: storableTime(sent.at) };
    const request = ingestRequest(sent);
    stored.set(create.id, { measurement: create, request });
    created.push({ measurement: create, request });
    // As in the mock backend: each new data point, in order, may settle the active goal.
    const goal = active.get(agreement.id);
    const metric = metrics.find((m) => m.id === agreement.metricId);
    if (goal?.status === "active" && metric) {
      const next = settleGoal(goal, create, metric.direction);
      if (next !== goal) {
        active.set(agreement.id, next);
        settled.add(agreement.id);
      }
    }
    return result;
  });

  if (created.length > 0) {
    const rows = await tx.query(
      `INSERT INTO measurements (id, agreement_id, value, at, source, phase, note, user_id, request)
       SELECT id, agreement_id, value, at, source, NULL, note, user_id, request
       FROM json_to_recordset($1::text::json) AS r(id text, agreement_id text, value float8,
         at timestamptz, source text, note text, user_id text, request text)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        JSON.stringify(
          created.map(({ measurement: m, request }) => ({
            id: m.id,
            agreement_id: m.agreementId,
            value: m.value,
            at: m.at,
            source: m.source,
            note: m.note ?? null,
            user_id: m.userId,
            request,
          })),
        ),
      ],
    );
    if (rows.length !== created.length) throw new LostRace();
  }
  if (kept.size > 0) {
    await tx.query(
      `INSERT INTO latest_values (account_id, role_id, metric_id, value, at, source)
       SELECT account_id, role_id, metric_id, value, at, source
       FROM json_to_recordset($1::text::json) AS r(account_id text, role_id text, metric_id text,
         value float8, at timestamptz, source text)
       ORDER BY account_id, role_id, metric_id
       ON CONFLICT (account_id, role_id, metric_id) DO UPDATE
         SET value = excluded.value, at = excluded.at, source = excluded.source
         WHERE excluded.at >= latest_values.at`,
      [
        JSON.stringify(
          [...kept.values()].map(({ accountId, roleId, value }) => ({
            account_id: accountId,
            role_id: roleId,
            metric_id: value.metricId,
            value: value.value,
            at: value.at,
            source: value.source,
          })),
        ),
      ],
    );
  }
  for (const agreementId of settled) {
    const goal = active.get(agreementId);
    if (goal) await updateGoal(tx, goal);
  }
  return results;
}
