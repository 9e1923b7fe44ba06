import { trendMonths } from "@goalpost/backend";
import { computeKpis } from "@goalpost/core/admin";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  iso,
  pulseColumns,
  toAgreement,
  toGoal,
  toMeasurement,
  toPulse,
} from "../store/rows.ts";

/**
 * `GET /v1/admin/kpis/trends`: the KPIs of each month by the core's `computeKpis`, over one read
 * for all months (not one `GET /v1/admin/kpis` per month): each agreement in place at some
 * month's end (or with a goal decided in the range) with its latest measurement up to each
 * month's end (an index probe per agreement and month, in one statement), the goals decided and
 * the pulses of the whole range, and when each account and role instance came to be known.
 * `computeKpis` keeps, for each month, what belongs to it; the contract suite holds each past
 * month to `GET /v1/admin/kpis` of its period.
 */
export async function getKpiTrends(
  context: AdminRoute<"getKpiTrends">,
): Promise<Reply<"getKpiTrends">> {
  const { server, now, query } = context;
  const months = trendMonths(query, now);
  const first = months[0]?.from ?? now.toISOString();
  const last = months.at(-1)?.to ?? now.toISOString();
  const ends = JSON.stringify(months.map((m) => m.to));
  const catalog = await server.catalog.current(server.db);
  const reports = await server.db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const accounts = await tx.query<{ id: string; created_at: unknown; agreed: boolean }>(
      `SELECT a.id, a.created_at,
         EXISTS (SELECT 1 FROM agreements g WHERE g.account_id = a.id) AS agreed
       FROM accounts a`,
    );
    const users = await tx.query<{ account_id: string; role_id: string; created_at: unknown }>(
      "SELECT account_id, role_id, min(created_at) AS created_at FROM users GROUP BY account_id, role_id",
    );
    const goals = await tx.query(
      `SELECT ${goalColumns} FROM goals g
       WHERE (g.status = 'achieved' AND g.achieved_at BETWEEN $1::timestamptz AND $2::timestamptz)
          OR (g.due_at BETWEEN $1::timestamptz AND $2::timestamptz
              AND (g.status = 'missed' OR g.status = 'active'))`,
      [first, last],
    );
    const decided = JSON.stringify([...new Set(goals.map((g) => g.agreement_id))]);
    const rows = await tx.query(
      `WITH ends AS (
         SELECT ordinality::int - 1 AS month, value::timestamptz AS until
         FROM json_array_elements_text($1::text::json) WITH ORDINALITY
       )
       SELECT ${agreementColumns}, e.month, m.id AS m_id, m.value AS m_value, m.at AS m_at,
         m.source AS m_source, m.phase AS m_phase, m.note AS m_note, m.user_id AS m_user_id
       FROM agreements a
       CROSS JOIN ends e
       LEFT JOIN LATERAL (
         SELECT * FROM measurements m
         WHERE m.agreement_id = a.id AND m.deleted_at IS NULL AND m.at <= e.until
         ORDER BY m.at DESC, m.seq DESC LIMIT 1
       ) m ON true
       WHERE (a.status <> 'proposed' AND a.baseline_value IS NOT NULL
              AND a.agreed_at <= $3::timestamptz
              AND (a.status = 'agreed' OR a.retired_at > $2::timestamptz))
          OR a.id IN (SELECT json_array_elements_text($4::text::json))`,
      [ends, first, last, decided],
    );
    const pulses = await tx.query(
      `SELECT ${pulseColumns} FROM pulses p WHERE p.at BETWEEN $1::timestamptz AND $2::timestamptz`,
      [first, last],
    );
    const agreements = rows.filter((row) => row.month === 0).map(toAgreement);
    const allGoals = goals.map((row) => toGoal(row, now));
    const allPulses = pulses.map(toPulse);
    return months.map((period, month) => {
      const end = Date.parse(period.to);
      const known = (at: unknown) => Date.parse(iso(at)) <= end;
      const latest = rows.flatMap((row) =>
        row.month !== month || row.m_id == null
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
      return computeKpis({
        from: period.from,
        to: period.to,
        roles: catalog.roles,
        metrics: catalog.metrics,
        accountIds: accounts.filter((a) => a.agreed || known(a.created_at)).map((a) => a.id),
        roleInstances: users
          .filter((u) => known(u.created_at))
          .map((u) => ({ accountId: u.account_id, roleId: u.role_id })),
        agreements,
        goals: allGoals,
        measurements: latest,
        pulses: allPulses,
      });
    });
  });
  return { body: { months: reports } };
}
