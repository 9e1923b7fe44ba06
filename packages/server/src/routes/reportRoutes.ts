import { ApiError, kpiPeriod, orThrow } from "@goalpost/backend";
import { Id } from "@goalpost/core";
import { computeAccountReport, computeKpis } from "@goalpost/core/admin";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  measurementColumns,
  pulseColumns,
  toAgreement,
  toGoal,
  toMeasurement,
  toPulse,
} from "../store/rows.ts";
import { storableTime } from "../store/storedTimes.ts";

/**
 * `GET /v1/admin/kpis?from&to`: the core's KPIs over what SQL narrows down, so the work follows
 * the agreements in place rather than all history: per agreement in place at `to`, only its latest
 * measurement up to `to` (one index probe; it is in the period exactly when the agreement had one
 * there), the goals decided in the period, the pulses of the period, and the account and role
 * instance lists. The period defaults to the last 90 days.
 */
export async function getKpis(context: AdminRoute<"getKpis">): Promise<Reply<"getKpis">> {
  const { server, now, query } = context;
  const { from, to } = orThrow(kpiPeriod(query, now));
  const period = [storableTime(from), storableTime(to)];
  const { db } = server;
  const catalog = await server.catalog.current(db);
  const report = await db.transaction(async (tx) => {
    // One snapshot for every list below, so the figures agree with each other.
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const accounts = await tx.query<{ id: string }>(
      `SELECT a.id FROM accounts a
       WHERE a.created_at <= $1::timestamptz
          OR EXISTS (SELECT 1 FROM agreements g WHERE g.account_id = a.id)`,
      [period[1]],
    );
    const instances = await tx.query<{ account_id: string; role_id: string }>(
      "SELECT DISTINCT account_id, role_id FROM users WHERE created_at <= $1::timestamptz",
      [period[1]],
    );
    const goals = await tx.query(
      `SELECT ${goalColumns} FROM goals g
       WHERE (g.status = 'achieved' AND g.achieved_at BETWEEN $1::timestamptz AND $2::timestamptz)
          OR (g.due_at BETWEEN $1::timestamptz AND $2::timestamptz
              AND (g.status = 'missed'
                   OR (g.status = 'active'
                       AND (g.due_at < $2::timestamptz OR g.due_at < $3::timestamptz))))`,
      [...period, now.toISOString()],
    );
    // Agreements in place at `to` (and those with a goal decided in the period), each with its
    // latest measurement up to `to`: one index probe per agreement, in the same query.
    const decidedIn = JSON.stringify([...new Set(goals.map((g) => g.agreement_id))]);
    const rows = await tx.query(
      `SELECT ${agreementColumns}, m.id AS m_id, m.value AS m_value, m.at AS m_at,
         m.source AS m_source, m.phase AS m_phase, m.note AS m_note, m.user_id AS m_user_id
       FROM agreements a
       LEFT JOIN LATERAL (
         SELECT * FROM measurements m
         WHERE m.agreement_id = a.id AND m.deleted_at IS NULL AND m.at <= $1::timestamptz
         ORDER BY m.at DESC, m.seq DESC LIMIT 1
       ) m ON true
       WHERE (a.status <> 'proposed' AND a.baseline_value IS NOT NULL
              AND a.agreed_at <= $1::timestamptz
              AND (a.status = 'agreed' OR a.retired_at > $1::timestamptz))
          OR a.id IN (SELECT json_array_elements_text($2::text::json))`,
      [period[1], decidedIn],
    );
    const latest = rows.flatMap((row) =>
      row.m_id == null
        ? []
        : [
            toMeasurement({
              id: row.m_id,
              agreement_id: row.id,
              value: row.m_value,
              at: row.m_at,
              source: row.m_source,
              phase: row.m_phase,
              note: row.m_note,
              user_id: row.m_user_id,
            }),
          ],
    );
    const pulses = await tx.query(
      `SELECT ${pulseColumns} FROM pulses p WHERE p.at BETWEEN $1::timestamptz AND $2::timestamptz`,
      period,
    );
    return computeKpis({
      from,
      to,
      roles: catalog.roles,
      metrics: catalog.metrics,
      accountIds: accounts.map((a) => a.id),
      roleInstances: instances.map((i) => ({ accountId: i.account_id, roleId: i.role_id })),
      agreements: rows.map(toAgreement),
      goals: goals.map((row) => toGoal(row, now)),
      measurements: latest,
      pulses: pulses.map(toPulse),
    });
  });
  return { body: report };
}

/**
 * `GET /v1/admin/accounts/:id/report`: one account's results (404 for an unknown account), from
 * its agreements, goals and pulses and each agreement's latest measurement up to now.
 */
export async function getAccountReport(
  context: AdminRoute<"getAccountReport">,
): Promise<Reply<"getAccountReport">> {
  const { server, now, params } = context;
  const accountId = params.id;
  if (!Id.safeParse(accountId).success) throw new ApiError(404, `no account "${accountId}"`);
  const catalog = await server.catalog.current(server.db);
  const report = await server.db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const known = await tx.query("SELECT 1 FROM accounts WHERE id = $1::text", [accountId]);
    if (known.length === 0) throw new ApiError(404, `no account "${accountId}"`);
    const users = await tx.query<{ role_id: string; users: number }>(
      `SELECT role_id, count(*)::int AS users FROM users WHERE account_id = $1::text
       GROUP BY role_id ORDER BY min(created_at), role_id`,
      [accountId],
    );
    const agreements = await tx.query(
      `SELECT ${agreementColumns} FROM agreements a WHERE a.account_id = $1::text ORDER BY a.seq`,
      [accountId],
    );
    const goals = await tx.query(
      `SELECT ${goalColumns} FROM goals g JOIN agreements a ON a.id = g.agreement_id
       WHERE a.account_id = $1::text ORDER BY g.seq`,
      [accountId],
    );
    const latest = await tx.query(
      `SELECT ${measurementColumns} FROM agreements a
       CROSS JOIN LATERAL (
         SELECT * FROM measurements m
         WHERE m.agreement_id = a.id AND m.deleted_at IS NULL AND m.at <= $2::timestamptz
         ORDER BY m.at DESC, m.seq DESC LIMIT 1
       ) m
       WHERE a.account_id = $1::text`,
      [accountId, now.toISOString()],
    );
    const pulses = await tx.query(
      `SELECT ${pulseColumns} FROM pulses p WHERE p.account_id = $1::text ORDER BY p.seq`,
      [accountId],
    );
    return computeAccountReport({
      accountId,
      now: now.toISOString(),
      metrics: catalog.metrics,
      usersByRole: Object.fromEntries(users.map((u) => [u.role_id, u.users])),
      agreements: agreements.map(toAgreement),
      goals: goals.map((row) => toGoal(row, now)),
      measurements: latest.map(toMeasurement),
      pulses: pulses.map(toPulse),
    });
  });
  return { body: report };
}
