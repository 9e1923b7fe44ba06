import {
  type AgreementChange,
  AgreementState,
  type Direction,
  type Goal,
  type Measurement,
  type MeasurementCorrection,
  settleCorrection,
} from "@goalpost/core";
import type { Sql } from "../db/Database.ts";
import { goalsOf, settleOverdue, updateGoal } from "./goals.ts";
import { iso, toTimestamp } from "./rows.ts";

/** Stores a measurement's corrected value and note (or its deletion) with the correction's row. */
export async function storeCorrection(
  sql: Sql,
  measurement: Measurement,
  correction: MeasurementCorrection,
): Promise<void> {
  await sql.query(
    `UPDATE measurements SET value = $2::float8, note = $3::text, corrected_at = $4::timestamptz,
       deleted_at = $5::timestamptz
     WHERE id = $1::text`,
    [
      measurement.id,
      measurement.value,
      measurement.note ?? null,
      measurement.correctedAt === undefined ? null : toTimestamp(measurement.correctedAt),
      measurement.deletedAt === undefined ? null : toTimestamp(measurement.deletedAt),
    ],
  );
  await sql.query(
    `INSERT INTO measurement_corrections (measurement_id, at, user_id, action, before_value,
       before_note, after_value, after_note)
     VALUES ($1::text, $2::timestamptz, $3::text, $4::text, $5::float8, $6::text, $7::float8,
       $8::text)`,
    [
      measurement.id,
      toTimestamp(correction.at),
      correction.userId,
      correction.action,
      correction.before.value,
      correction.before.note ?? null,
      correction.after?.value ?? null,
      correction.after?.note ?? null,
    ],
  );
}

/** A measurement's corrections, oldest first. */
export async function correctionsOf(
  sql: Sql,
  measurementId: string,
): Promise<MeasurementCorrection[]> {
  const rows = await sql.query(
    `SELECT at, user_id, action, before_value, before_note, after_value, after_note
     FROM measurement_corrections WHERE measurement_id = $1::text ORDER BY seq`,
    [measurementId],
  );
  const state = (value: unknown, note: unknown) => ({
    value: Number(value),
    ...(note != null ? { note: note as string } : {}),
  });
  return rows.map((row) => ({
    at: iso(row.at),
    userId: row.user_id as string,
    action: row.action as MeasurementCorrection["action"],
    before: state(row.before_value, row.before_note),
    ...(row.after_value != null ? { after: state(row.after_value, row.after_note) } : {}),
  }));
}

/**
 * Settles the agreement's goals again after one of its measurements, taken at `at`, was corrected
 * or deleted, with the core's one rule (`settleCorrection`) over its live measurements in the
 * goals' periods, in the correction's transaction (which holds the agreement's lock).
 * @returns each goal that changed, as it was and as it is now
 */
export async function settleAfterCorrection(
  sql: Sql,
  agreementId: string,
  at: string,
  direction: Direction,
  now: Date,
): Promise<{ before: Goal; after: Goal }[]> {
  await settleOverdue(sql, agreementId, now);
  const goals = await goalsOf(sql, agreementId, now);
  if (goals.length === 0) return [];
  const from = Math.min(...goals.map((g) => Date.parse(g.startAt)));
  const to = Math.max(...goals.map((g) => Date.parse(g.dueAt)));
  const rows = await sql.query<{ value: number; at: unknown }>(
    `SELECT m.value, m.at FROM measurements m
     WHERE m.agreement_id = $1::text AND m.deleted_at IS NULL
       AND m.at BETWEEN $2::timestamptz AND $3::timestamptz`,
    [agreementId, new Date(from).toISOString(), new Date(to).toISOString()],
  );
  const live = rows.map((row) => ({ value: Number(row.value), at: iso(row.at) }));
  const settled = settleCorrection(goals, agreementId, at, live, direction, now);
  const changed: { before: Goal; after: Goal }[] = [];
  for (const [index, goal] of settled.entries()) {
    const before = goals[index];
    if (before && goal !== before) changed.push({ before, after: goal });
  }
  await Promise.all(changed.map(({ after }) => updateGoal(sql, after)));
  return changed;
}

/** Stores a change of an agreement's maturity level or baseline. */
export async function insertAgreementChange(
  sql: Sql,
  agreementId: string,
  change: AgreementChange,
): Promise<void> {
  await sql.query(
    `INSERT INTO agreement_changes (agreement_id, at, user_id, before, after)
     VALUES ($1::text, $2::timestamptz, $3::text, $4::text::jsonb, $5::text::jsonb)`,
    [
      agreementId,
      toTimestamp(change.at),
      change.userId,
      JSON.stringify(change.before),
      JSON.stringify(change.after),
    ],
  );
}

/** An agreement's changes, oldest first. */
export async function agreementChangesOf(
  sql: Sql,
  agreementId: string,
): Promise<AgreementChange[]> {
  const rows = await sql.query(
    `SELECT at, user_id, before, after FROM agreement_changes
     WHERE agreement_id = $1::text ORDER BY seq`,
    [agreementId],
  );
  const state = (value: unknown) =>
    AgreementState.parse(typeof value === "string" ? JSON.parse(value) : value);
  return rows.map((row) => ({
    at: iso(row.at),
    userId: row.user_id as string,
    before: state(row.before),
    after: state(row.after),
  }));
}
