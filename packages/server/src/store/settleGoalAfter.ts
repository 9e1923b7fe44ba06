import type { Measurement, Metric } from "@goalpost/core";
import { settleGoal } from "@goalpost/core";
import type { Sql } from "../db/Database.ts";
import { updateGoal } from "./goals.ts";
import { goalColumns, toGoal } from "./rows.ts";

/**
 * Settles the agreement's active goal after a new measurement with the core's goal math
 * (reaching the target achieves it; a measurement after the due date finds it missed), in the
 * measurement's transaction.
 */
export async function settleGoalAfter(
  sql: Sql,
  metric: Pick<Metric, "direction">,
  measurement: Measurement,
  now: Date,
): Promise<void> {
  const rows = await sql.query(
    `SELECT ${goalColumns} FROM goals g WHERE g.agreement_id = $1::text AND g.status = 'active'`,
    [measurement.agreementId],
  );
  if (!rows[0]) return;
  const goal = toGoal(rows[0], now);
  const settled = settleGoal(goal, measurement, metric.direction);
  if (settled !== goal) await updateGoal(sql, settled);
}
