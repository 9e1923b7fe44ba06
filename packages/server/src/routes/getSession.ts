import { buildSession, pulseIntervalMs, recentPerAgreement } from "@goalpost/backend";
import type { Row } from "../db/Database.ts";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  iso,
  measurementColumns,
  toAgreement,
  toGoal,
  toMeasurement,
} from "../store/rows.ts";

/**
 * `GET /v1/session`: the role's metrics and value elements, the account's agreements for the role
 * with their goals and recent measurements (an index range per agreement), and whether a value
 * pulse is due — in one statement, one round trip: each list aggregated to JSON, beside the
 * catalog revision (checked through `confirmCatalog`).
 */
export async function getSession(context: UserRoute<"getSession">): Promise<Reply<"getSession">> {
  const { server, user, now } = context;
  const { db } = server;
  const [row] = await db.query<{
    revision: number | null;
    agreements: Row[];
    goals: Row[];
    measurements: Row[];
    pulsed: boolean;
    latest: Row[];
  }>(
    `SELECT
       (SELECT revision::int FROM catalog) AS revision,
       (SELECT COALESCE(json_agg(x ORDER BY x.seq), '[]') FROM (
          SELECT a.seq, ${agreementColumns} FROM agreements a
          WHERE a.account_id = $1::text AND a.role_id = $2::text
        ) x) AS agreements,
       (SELECT COALESCE(json_agg(x ORDER BY x.seq), '[]') FROM (
          SELECT g.seq, ${goalColumns} FROM goals g JOIN agreements a ON a.id = g.agreement_id
          WHERE a.account_id = $1::text AND a.role_id = $2::text
        ) x) AS goals,
       (SELECT COALESCE(json_agg(x ORDER BY x.agreement_seq, x.at DESC, x.id DESC), '[]') FROM (
          SELECT a.seq AS agreement_seq, ${measurementColumns} FROM agreements a
          CROSS JOIN LATERAL (
            SELECT * FROM measurements m WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
            ORDER BY m.at DESC, m.id DESC LIMIT $3::int
          ) m
          WHERE a.account_id = $1::text AND a.role_id = $2::text
        ) x) AS measurements,
       EXISTS (
         SELECT 1 FROM pulses
         WHERE account_id = $1::text AND user_id = $4::text AND at > $5::timestamptz
       ) AS pulsed,
       -- Values to offer as baselines: kept from ingest, and the product's data of retired
       -- agreements.
       (SELECT COALESCE(json_agg(x), '[]') FROM (
          SELECT v.metric_id, v.value, v.at, v.source FROM latest_values v
          WHERE v.account_id = $1::text AND v.role_id = $2::text
          UNION ALL
          SELECT a.metric_id, m.value, m.at, m.source FROM agreements a
          CROSS JOIN LATERAL (
            SELECT * FROM measurements m
            WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
              AND m.source IN ('app', 'integration')
            ORDER BY m.at DESC, m.id DESC LIMIT 1
          ) m
          WHERE a.account_id = $1::text AND a.role_id = $2::text AND a.status = 'retired'
        ) x) AS latest`,
    [
      user.accountId,
      user.roleId,
      recentPerAgreement,
      user.id,
      new Date(now.getTime() - pulseIntervalMs).toISOString(),
    ],
  );
  if (!row) throw new Error("the session statement returned no row");
  const { catalog, role } = await context.confirmCatalog(db, row.revision);
  const session = buildSession({
    user,
    role,
    catalog,
    agreements: row.agreements.map(toAgreement),
    goals: row.goals.map((goal) => toGoal(goal, now)),
    measurements: row.measurements.map(toMeasurement),
    pulsedRecently: row.pulsed,
    latestValues: row.latest.map((value) => ({
      metricId: value.metric_id as string,
      value: Number(value.value),
      at: iso(value.at),
      source: value.source as "app" | "integration",
    })),
    now,
  });
  return { body: session };
}
