import type { MeasurementPosition, StoredMeasurement } from "@goalpost/backend";
import type { Goal, Measurement } from "@goalpost/core";
import type { WebhookEvent } from "@goalpost/core/contract";
import type { Sql } from "../db/Database.ts";
import { outboxCtes, outboxParam } from "../webhooks/outbox.ts";
import {
  goalParams,
  measurementColumns,
  measurementParams,
  toMeasurement,
  toTimestamp,
} from "./rows.ts";

/** The measurement stored under an id (a tombstone too), with the request that created it. */
export async function findStoredMeasurement(
  sql: Sql,
  id: string,
): Promise<StoredMeasurement | undefined> {
  const rows = await sql.query(
    `SELECT ${measurementColumns}, m.request FROM measurements m WHERE m.id = $1::text`,
    [id],
  );
  const row = rows[0];
  return row && { measurement: toMeasurement(row), request: row.request as string };
}

/**
 * Stores a measurement unless its id is taken. The primary key decides, not an earlier read:
 * of two writes racing with one id, exactly one inserts and the other learns it did not.
 * @returns whether this call stored it
 */
export async function insertMeasurement(
  sql: Sql,
  measurement: Measurement,
  request: string,
): Promise<boolean> {
  const rows = await sql.query(
    `INSERT INTO measurements (id, agreement_id, value, at, source, phase, note, user_id, request)
     VALUES ($1::text, $2::text, $3::float8, $4::timestamptz, $5::text, $6::text, $7::text,
       $8::text, $9::text)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    measurementParams(measurement, request),
  );
  return rows.length === 1;
}

/**
 * The statement that stores a measurement unless its id is taken (the primary key decides, as
 * in {@link insertMeasurement}) and, only when it stored it, the goal state it settles and the
 * webhook events it causes: one statement, so that it can go out with COMMIT. Its one row's
 * `stored` says whether it stored.
 */
export function storeMeasurementStatement(
  measurement: Measurement,
  request: string,
  settled: Goal | undefined,
  events: readonly WebhookEvent[] = [],
): { text: string; params: unknown[] } {
  const params: unknown[] = measurementParams(measurement, request);
  const ctes = [
    `inserted AS (
       INSERT INTO measurements (id, agreement_id, value, at, source, phase, note, user_id, request)
       VALUES ($1::text, $2::text, $3::float8, $4::timestamptz, $5::text, $6::text, $7::text,
         $8::text, $9::text)
       ON CONFLICT (id) DO NOTHING RETURNING id
     )`,
  ];
  if (settled) {
    ctes.push(`settled AS (
       UPDATE goals SET agreement_id = $11::text, start_value = $12::float8, target = $13::float8,
         start_at = $14::timestamptz, due_at = $15::timestamptz, status = $16::text,
         changes = $17::text, actions = $18::text::jsonb, value_element_ids = $19::text::jsonb,
         done_value_element_ids = $20::text::jsonb, previous_goal_id = $21::text,
         achieved_at = $22::timestamptz, closed_at = $23::timestamptz
       WHERE id = $10::text AND EXISTS (SELECT 1 FROM inserted)
     )`);
    params.push(...goalParams(settled));
  }
  if (events.length > 0) {
    params.push(outboxParam(events));
    ctes.push(outboxCtes(params.length, "EXISTS (SELECT 1 FROM inserted)"));
  }
  return {
    text: `WITH ${ctes.join(", ")} SELECT EXISTS (SELECT 1 FROM inserted) AS stored`,
    params,
  };
}

/**
 * The agreement's latest measurement taken by `until` (default: any time): the newest, and of
 * equal times the last stored — what the core's `currentValue` would pick from all of them.
 */
export async function latestMeasurement(
  sql: Sql,
  agreementId: string,
  until?: Date,
): Promise<Measurement | undefined> {
  const rows = await sql.query(
    `SELECT ${measurementColumns} FROM measurements m
     WHERE m.agreement_id = $1::text AND m.deleted_at IS NULL
       AND ($2::timestamptz IS NULL OR m.at <= $2::timestamptz)
     ORDER BY m.at DESC, m.seq DESC LIMIT 1`,
    [agreementId, until?.toISOString() ?? null],
  );
  return rows[0] && toMeasurement(rows[0]);
}

/**
 * Up to `limit` of the agreement's measurements, newest first (ties by id, descending), after
 * `position` when given; one more is read to tell whether another page follows.
 */
export async function measurementsAfter(
  sql: Sql,
  agreementId: string,
  limit: number,
  position: MeasurementPosition | undefined,
): Promise<{ items: Measurement[]; more: boolean }> {
  const rows = await sql.query(
    `SELECT ${measurementColumns} FROM measurements m
     WHERE m.agreement_id = $1::text AND m.deleted_at IS NULL
       AND ($2::timestamptz IS NULL OR m.at < $2::timestamptz
            OR (m.at = $2::timestamptz AND m.id < $3::text))
     ORDER BY m.at DESC, m.id DESC LIMIT $4::int`,
    [agreementId, position ? toTimestamp(position.at) : null, position?.id ?? "", limit + 1],
  );
  return { items: rows.slice(0, limit).map(toMeasurement), more: rows.length > limit };
}
