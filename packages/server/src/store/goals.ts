import { type Goal, Id } from "@goalpost/core";
import type { Row, Sql } from "../db/Database.ts";
import { goalColumns, goalParams, toGoal } from "./rows.ts";

/**
 * Marks the agreement's overdue goal missed, closed at its due date: the storage's translation of
 * the core's one rule (`isOverdue`, `settleDue`), kept in SQL to settle in one statement
 * (settleOverdue.test.ts shows they agree at the due date). Reads already show such a goal as
 * missed (`toGoal`); a write settles it in the database before it decides anything, so the
 * one-active-goal index and the stored history agree with what was read.
 */
export async function settleOverdue(sql: Sql, agreementId: string, now: Date): Promise<void> {
  await sql.query(
    `UPDATE goals SET status = 'missed', closed_at = due_at
     WHERE agreement_id = $1::text AND status = 'active' AND due_at < $2::timestamptz`,
    [agreementId, now.toISOString()],
  );
}

/**
 * Settles the agreement's overdue goal as {@link settleOverdue} does and reads what is active
 * after it, in one statement, beside the catalog revision (for `confirmCatalog`). Run it after
 * the statement that locks the agreement (it may go out with it): a statement sees what was
 * committed before it began, so one that waited for the lock would read the goal as it was
 * before the write it waited for.
 */
export async function settleOverdueThenActive(
  sql: Sql,
  agreementId: string,
  now: Date,
): Promise<{ revision: number | null; active: Goal | undefined }> {
  const [row] = await sql.query<{ revision: number | null; goal: Row | null }>(
    `WITH settled AS (
       UPDATE goals SET status = 'missed', closed_at = due_at
       WHERE agreement_id = $1::text AND status = 'active' AND due_at < $2::timestamptz
     )
     SELECT (SELECT revision::int FROM catalog) AS revision,
       (SELECT row_to_json(g) FROM (
          SELECT ${goalColumns} FROM goals g
          -- What the UPDATE above leaves active (it is not seen by this statement's reads).
          WHERE g.agreement_id = $1::text AND g.status = 'active' AND g.due_at >= $2::timestamptz
        ) g) AS goal`,
    [agreementId, now.toISOString()],
  );
  return {
    revision: row?.revision ?? null,
    active: row?.goal ? toGoal(row.goal, now) : undefined,
  };
}

/** An agreement's goals in the order they were set, as they stand at `now`. */
export async function goalsOf(sql: Sql, agreementId: string, now: Date): Promise<Goal[]> {
  const rows = await sql.query(
    `SELECT ${goalColumns} FROM goals g WHERE g.agreement_id = $1::text ORDER BY g.seq`,
    [agreementId],
  );
  return rows.map((row) => toGoal(row, now));
}

/** The goal with this id and the id of its agreement, if any. */
export async function findGoal(sql: Sql, id: string, now: Date): Promise<Goal | undefined> {
  if (!Id.safeParse(id).success) return undefined; // see findAgreement
  const rows = await sql.query(`SELECT ${goalColumns} FROM goals g WHERE g.id = $1::text`, [id]);
  return rows[0] && toGoal(rows[0], now);
}

/** Stores a new goal. */
export async function insertGoal(sql: Sql, goal: Goal): Promise<void> {
  await sql.query(
    `INSERT INTO goals (id, agreement_id, start_value, target, start_at, due_at, status, changes,
       actions, value_element_ids, done_value_element_ids, previous_goal_id, achieved_at, closed_at)
     VALUES ($1::text, $2::text, $3::float8, $4::float8, $5::timestamptz, $6::timestamptz, $7::text,
       $8::text, $9::text::jsonb, $10::text::jsonb, $11::text::jsonb, $12::text, $13::timestamptz,
       $14::timestamptz)`,
    goalParams(goal),
  );
}

/** The statement of {@link updateGoal}, with {@link goalParams} as its parameters. */
export const updateGoalStatement = `UPDATE goals SET agreement_id = $2::text,
       start_value = $3::float8, target = $4::float8, start_at = $5::timestamptz,
       due_at = $6::timestamptz, status = $7::text, changes = $8::text,
       actions = $9::text::jsonb, value_element_ids = $10::text::jsonb,
       done_value_element_ids = $11::text::jsonb, previous_goal_id = $12::text,
       achieved_at = $13::timestamptz, closed_at = $14::timestamptz
     WHERE id = $1::text`;

/** Stores a goal's new state. */
export async function updateGoal(sql: Sql, goal: Goal): Promise<void> {
  await sql.query(updateGoalStatement, goalParams(goal));
}

/** Abandons the agreement's active goal, closing it at `at` (its agreement was retired). */
export async function abandonActiveGoal(sql: Sql, agreementId: string, at: string): Promise<void> {
  await sql.query(
    `UPDATE goals SET status = 'abandoned', closed_at = $2::timestamptz
     WHERE agreement_id = $1::text AND status = 'active'`,
    [agreementId, at],
  );
}
