import {
  goalEvents,
  type IngestItemResult,
  ingestItem,
  ingestRequest,
  measurementEvent,
  type StoredMeasurement,
  subjectOf,
} from "@goalpost/backend";
import type { Agreement, Goal, LatestValue, Measurement } from "@goalpost/core";
import { settleGoal } from "@goalpost/core";
import type { IngestBody, IngestResult, WebhookEvent } from "@goalpost/core/admin";
import type { Row, Sql, Transaction } from "../db/Database.ts";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import type { ServerContext } from "../http/ServerContext.ts";
import { updateGoalStatement } from "../store/goals.ts";
import {
  agreementColumns,
  goalColumns,
  goalParams,
  measurementColumns,
  toAgreement,
  toGoal,
  toMeasurement,
} from "../store/rows.ts";
import { storableTime } from "../store/storedTimes.ts";
import { outboxCtes, outboxParam } from "../webhooks/outbox.ts";

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
 * rejected with a reason, in the order sent; the whole batch is one transaction. A few
 * statements serve the whole batch, in three round trips: BEGIN, the catalog revision and the
 * agreements it names (locked to share), sent together; their active goals (locked); then one
 * multi-row insert and the latest values, sent with COMMIT. A batch that settles a goal inserts
 * first and settles once it knows every point went in (a fourth). The ids' primary key decides
 * replays: the stored measurements are read only for the ids found taken. Batches share their
 * agreements' locks (a retirement or a user's write waits for them) and take their active
 * goals' locks in one order, so concurrent batches run in parallel unless they settle the same
 * goal.
 */
export async function ingestMeasurements(
  context: AdminRoute<"ingestMeasurements">,
): Promise<Reply<"ingestMeasurements">> {
  const { server, now, body } = context;
  for (let attempt = 1; ; attempt++) {
    try {
      // After a lost race, the stored ids are read first, as the batch's own decisions need.
      const batch = await server.db.transaction((tx) =>
        ingestBatch(tx, server, body.measurements, now, attempt > 1),
      );
      if (batch.results.some((r) => r.status === "created")) server.webhooks.written();
      const results =
        batch.taken.size > 0
          ? await replayTaken(server.db, body.measurements, batch, now)
          : batch.results;
      const reply: IngestResult = { results };
      return { body: reply };
    } catch (error) {
      if (!worthRetrying(error) || attempt === attempts) throw error;
    }
  }
}

type Metrics = Parameters<typeof ingestItem>[0]["metrics"];

/** A batch as stored: each point's result, and the ids of "created" points found taken. */
interface StoredBatch {
  results: IngestItemResult[];
  /** Ids decided as new that another request had stored: committed without them. */
  taken: Set<string>;
  agreements: Map<string, Agreement>;
  metrics: Metrics;
}

const keyOf = (i: { accountId: string; roleId: string; metricId: string }) =>
  `${i.accountId}\u0000${i.roleId}\u0000${i.metricId}`;

async function ingestBatch(
  tx: Transaction,
  server: Pick<ServerContext, "catalog" | "webhooks">,
  items: IngestBody["measurements"],
  now: Date,
  readStored: boolean,
): Promise<StoredBatch> {
  const keys = JSON.stringify(
    items.map((i) => ({ acc: i.accountId, role: i.roleId, metric: i.metricId })),
  );
  // Sent together: the catalog revision, the agreements the batch names (locked to share) and,
  // after a lost race, the measurements stored under its ids.
  const [[catalogRow], agreementRows, stored] = await Promise.all([
    tx.query<{ revision: number }>("SELECT revision::int AS revision FROM catalog"),
    tx.query(
      `SELECT ${agreementColumns} FROM agreements a
       WHERE a.status = 'agreed' AND (a.account_id, a.role_id, a.metric_id) IN
         (SELECT acc, role, metric FROM json_to_recordset($1::text::json) AS k(acc text, role text, metric text))
       ORDER BY a.id FOR SHARE OF a`,
      [keys],
    ),
    readStored
      ? storedMeasurements(
          tx,
          items.map((i) => i.id),
        )
      : new Map<string, StoredMeasurement>(),
  ]);
  // Their active goals, locked once the agreements are (a statement sees what was committed
  // when it began, so this one sees what a write the lock waited for left).
  const goalRows =
    agreementRows.length === 0
      ? []
      : await tx.query(
          `SELECT ${goalColumns} FROM goals g
           WHERE g.status = 'active'
             AND g.agreement_id IN (SELECT json_array_elements_text($1::text::json))
           ORDER BY g.agreement_id FOR UPDATE OF g`,
          [JSON.stringify(agreementRows.map((row) => row.id))],
        );
  const { metrics } = await server.catalog.at(tx, catalogRow?.revision ?? null);
  const agreements = new Map<string, Agreement>();
  for (const row of agreementRows) {
    const a = toAgreement(row);
    agreements.set(keyOf(a), a);
  }
  const active = new Map<string, Goal>();
  const settled = new Set<string>();
  for (const row of goalRows) {
    const goal = toGoal(row, now);
    active.set(goal.agreementId, goal);
    // An overdue goal reads missed: stored as such with the batch.
    if (goal.status !== "active") settled.add(goal.agreementId);
  }

  const before = new Map(active);
  const created: { measurement: Measurement; request: string }[] = [];
  const kept = new Map<string, { accountId: string; roleId: string; value: LatestValue }>();
  const results = items.map((sent): IngestItemResult => {
    const agreement = agreements.get(keyOf(sent));
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
      const key = keyOf(sent);
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

  const events = server.webhooks.enabled
    ? batchEvents(created, agreements, before, active, settled, now)
    : [];
  const writes: { text: string; params: unknown[] }[] = [];
  if (kept.size > 0) writes.push(latestValuesStatement([...kept.values()]));
  for (const agreementId of settled) {
    const goal = active.get(agreementId);
    if (goal) writes.push({ text: updateGoalStatement, params: goalParams(goal) });
  }
  const taken = new Set<string>();
  if (created.length > 0) {
    const insert = insertStatement(created, events);
    if (settled.size > 0) {
      // The goals settle on every point being new: know that before writing them.
      const rows = await tx.query(insert.text, insert.params);
      if (rows.length !== created.length) throw new LostRace();
    } else {
      // Nothing depends on the points being new: a taken id is answered after COMMIT.
      writes.unshift(insert);
    }
  }
  const last = writes.pop();
  const sent = writes.map((w) => tx.query(w.text, w.params));
  const [answers, lastRows] = await Promise.all([
    Promise.all(sent),
    last ? tx.commitWith(last.text, last.params) : Promise.resolve([]),
  ]);
  if (created.length > 0 && settled.size === 0) {
    const rows = (answers[0] ?? lastRows) as Row[];
    const inserted = new Set(rows.map((row) => row.id as string));
    for (const { measurement } of created) {
      if (!inserted.has(measurement.id)) taken.add(measurement.id);
    }
  }
  return { results, taken, agreements, metrics };
}

/** The stored measurements under these ids, with the requests that created them. */
async function storedMeasurements(
  sql: Sql,
  ids: readonly string[],
): Promise<Map<string, StoredMeasurement>> {
  const rows = await sql.query(
    `SELECT ${measurementColumns}, m.request FROM measurements m
     WHERE m.id IN (SELECT json_array_elements_text($1::text::json))`,
    [JSON.stringify(ids)],
  );
  const stored = new Map<string, StoredMeasurement>();
  for (const row of rows) {
    stored.set(row.id as string, {
      measurement: toMeasurement(row),
      request: row.request as string,
    });
  }
  return stored;
}

/**
 * The results of a batch committed without some points whose ids were taken: those points are
 * decided again against what is stored under their ids (a replay or a conflict), as they would
 * have been had it been stored before the batch; the others keep their results.
 */
async function replayTaken(
  db: Sql,
  items: IngestBody["measurements"],
  batch: StoredBatch,
  now: Date,
): Promise<IngestItemResult[]> {
  const stored = await storedMeasurements(db, [...batch.taken]);
  return items.map((item, i) => {
    if (!batch.taken.has(item.id)) return batch.results[i] as IngestItemResult;
    const winner = stored.get(item.id);
    if (!winner) throw new Error(`measurement ${item.id} was taken but cannot be read`);
    return ingestItem({
      item,
      stored: winner,
      agreement: batch.agreements.get(keyOf(item)),
      metrics: batch.metrics,
      now,
    }).result;
  });
}

/**
 * The webhook events of a batch: `measurement.logged` for each new point (written only if the
 * insert stores it), and what each goal it settled tells (`goal.achieved`).
 */
function batchEvents(
  created: readonly { measurement: Measurement }[],
  agreements: ReadonlyMap<string, Agreement>,
  before: ReadonlyMap<string, Goal>,
  after: ReadonlyMap<string, Goal>,
  settled: ReadonlySet<string>,
  now: Date,
): WebhookEvent[] {
  const byId = new Map([...agreements.values()].map((a) => [a.id, a]));
  const events: WebhookEvent[] = [];
  for (const { measurement } of created) {
    const agreement = byId.get(measurement.agreementId);
    if (agreement) events.push(measurementEvent("measurement.logged", measurement, agreement, now));
  }
  for (const agreementId of settled) {
    const agreement = byId.get(agreementId);
    const goal = after.get(agreementId);
    if (agreement && goal) {
      events.push(...goalEvents(before.get(agreementId), goal, subjectOf(agreement), now));
    }
  }
  return events;
}

/**
 * The one multi-row insert of a batch's new points, with the batch's webhook events (a point's
 * `measurement.logged` only if it is stored); it returns the ids it stored.
 */
function insertStatement(
  created: { measurement: Measurement; request: string }[],
  events: readonly WebhookEvent[],
) {
  const logged = (event: WebhookEvent) =>
    event.type === "measurement.logged" ? (event.data.id as string) : undefined;
  return {
    text: `WITH inserted AS (
       INSERT INTO measurements (id, agreement_id, value, at, source, phase, note, user_id, request)
       SELECT id, agreement_id, value, at, source, NULL, note, user_id, request
       FROM json_to_recordset($1::text::json) AS r(id text, agreement_id text, value float8,
         at timestamptz, source text, note text, user_id text, request text)
       ON CONFLICT (id) DO NOTHING RETURNING id
     ), ${outboxCtes(2, "e.ref IS NULL OR e.ref IN (SELECT id FROM inserted)")}
     SELECT id FROM inserted`,
    params: [
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
      outboxParam(events, logged),
    ],
  };
}

/** The batch's newest values per account, role and metric with no agreement in place. */
function latestValuesStatement(kept: { accountId: string; roleId: string; value: LatestValue }[]) {
  return {
    text: `INSERT INTO latest_values (account_id, role_id, metric_id, value, at, source)
       SELECT account_id, role_id, metric_id, value, at, source
       FROM json_to_recordset($1::text::json) AS r(account_id text, role_id text, metric_id text,
         value float8, at timestamptz, source text)
       ORDER BY account_id, role_id, metric_id
       ON CONFLICT (account_id, role_id, metric_id) DO UPDATE
         SET value = excluded.value, at = excluded.at, source = excluded.source
         WHERE excluded.at >= latest_values.at`,
    params: [
      JSON.stringify(
        kept.map(({ accountId, roleId, value }) => ({
          account_id: accountId,
          role_id: roleId,
          metric_id: value.metricId,
          value: value.value,
          at: value.at,
          source: value.source,
        })),
      ),
    ],
  };
}
