import { trendMonths } from "@goalpost/backend";
import { computeKpis } from "@goalpost/core/admin";
import type { Measurement } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  iso,
  pulseColumns,
  toAgreement,
  toGoal,
  toPulse,
} from "../store/rows.ts";

/**
 * `GET /v1/admin/kpis/trends`: the KPIs of each month by the core's `computeKpis`, over one read
 * for all months (not one `GET /v1/admin/kpis` per month): each agreement in place at some
 * month's end (or with a goal decided in the range), its latest value in each month (an index
 * probe per agreement and month, in one statement, narrow rows), the goals decided and
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
    const agreementRows = await tx.query(
      `SELECT ${agreementColumns} FROM agreements a
       WHERE (a.status <> 'proposed' AND a.baseline_value IS NOT NULL
              AND a.agreed_at <= $2::timestamptz
              AND (a.status = 'agreed' OR a.retired_at > $1::timestamptz))
          OR a.id IN (SELECT json_array_elements_text($3::text::json))`,
      [first, last, decided],
    );
    // Per agreement and month, its latest value up to the month's end when that falls in the
    // month: all computeKpis reads of measurements (a gain counts only when measured in the
    // period). Narrow rows: PGlite's cost is mostly the rows it hands over.
    const periods = JSON.stringify(months.map((m) => [m.from, m.to]));
    const latest = await tx.query<{
      agreement_id: string;
      month: number;
      value: number;
      at: unknown;
      source: string;
    }>(
      `WITH periods AS (
         SELECT ordinality::int - 1 AS month, (value->>0)::timestamptz AS since,
           (value->>1)::timestamptz AS until
         FROM json_array_elements($1::text::json) WITH ORDINALITY
       )
       SELECT a.id AS agreement_id, p.month, m.value, m.at, m.source
       FROM agreements a
       CROSS JOIN periods p
       CROSS JOIN LATERAL (
         SELECT m.value, m.at, m.source FROM measurements m
         WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
           AND m.at <= p.until AND m.at >= p.since
         ORDER BY m.at DESC, m.seq DESC LIMIT 1
       ) m
       WHERE a.id IN (SELECT json_array_elements_text($2::text::json))`,
      [periods, JSON.stringify(agreementRows.map((row) => row.id))],
    );
    const pulses = await tx.query(
      `SELECT ${pulseColumns} FROM pulses p WHERE p.at BETWEEN $1::timestamptz AND $2::timestamptz`,
      [first, last],
    );
    const agreements = agreementRows.map(toAgreement);
    const allGoals = goals.map((row) => toGoal(row, now));
    const allPulses = pulses.map(toPulse);
    return months.map((period, month) => {
      const end = Date.parse(period.to);
      const known = (at: unknown) => Date.parse(iso(at)) <= end;
      const measurements: Measurement[] = latest
        .filter((row) => row.month === month)
        .map((row) => ({
          // Only the agreement, time, value and source are read by computeKpis.
          id: `${row.agreement_id}.${month}`,
          agreementId: row.agreement_id,
          value: Number(row.value),
          at: iso(row.at),
          source: row.source as Measurement["source"],
          userId: "",
        }));
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
        measurements,
        pulses: allPulses,
      });
    });
  });
  return { body: { months: reports } };
}
