import {
  type BatchItemResult,
  companyPeriods,
  companyRequest,
  companyResults,
  daysIn,
  retentionPeriod,
  retentionResults,
  revenueEvent,
  type UsageTotal,
  usageItem,
} from "@goalpost/backend";
import type {
  AccountResultsData,
  DayRange,
  RevenueEvent,
  UsageMetric,
  UsageSums,
} from "@goalpost/core/admin";
import type { Row, Sql } from "../db/Database.ts";
import { uniqueViolation } from "../db/uniqueViolation.ts";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  measurementColumns,
  toAgreement,
  toGoal,
  toMeasurement,
} from "../store/rows.ts";

/** Times a batch is tried in all when a concurrent batch stored one of its ids first. */
const attempts = 5;

/** Runs a batch's transaction, again when it lost a race for an id (the retry sees the winner). */
async function withRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (uniqueViolation(error) === undefined || attempt === attempts) throw error;
    }
  }
}

/** The stored request of each id of a batch that is stored already. */
async function storedRequests(tx: Sql, table: string, ids: readonly string[]) {
  const stored = new Map<string, string>();
  const rows = await tx.query<{ id: string; request: string }>(
    `SELECT id, request FROM ${table} WHERE id IN (SELECT json_array_elements_text($1::text::json))`,
    [JSON.stringify(ids)],
  );
  for (const row of rows) stored.set(row.id, row.request);
  return stored;
}

/**
 * `POST /v1/admin/usage`: in one transaction, the batch's stored ids are read at once, then each
 * new item's id is kept and its quantity added to its day's total (one upsert for the batch).
 */
export async function sendUsage(context: AdminRoute<"sendUsage">): Promise<Reply<"sendUsage">> {
  const { server, body } = context;
  const catalog = await server.catalog.current(server.db);
  const results = await withRetry(() =>
    server.db.transaction(async (tx) => {
      const stored = await storedRequests(
        tx,
        "usage_items",
        body.items.map((i) => i.id),
      );
      const added: (UsageTotal & { id: string; request: string })[] = [];
      const results = body.items.map((item): BatchItemResult => {
        const { result, add } = usageItem(item, stored.get(item.id), catalog.usageMetrics ?? []);
        if (add) {
          const request = companyRequest(item);
          stored.set(item.id, request); // the same id twice in one batch: the second is a replay
          added.push({ ...add, id: item.id, request });
        }
        return result;
      });
      if (added.length === 0) return results;
      // A concurrent batch that stored one of these ids first makes this insert fail: retried.
      await tx.query(
        `INSERT INTO usage_items (id, request)
         SELECT id, request FROM json_to_recordset($1::text::json) AS t(id text, request text)`,
        [JSON.stringify(added.map(({ id, request }) => ({ id, request })))],
      );
      await tx.query(
        `INSERT INTO usage_days (usage_metric_id, version, account_id, day, quantity)
         SELECT m, v, a, d::date, sum(q) FROM json_to_recordset($1::text::json)
           AS t(m text, v int, a text, d text, q double precision)
         GROUP BY m, v, a, d
         ON CONFLICT (usage_metric_id, version, day, account_id)
         DO UPDATE SET quantity = usage_days.quantity + excluded.quantity`,
        [
          JSON.stringify(
            added.map((u) => ({
              m: u.usageMetricId,
              v: u.version,
              a: u.accountId,
              d: u.day,
              q: u.quantity,
            })),
          ),
        ],
      );
      return results;
    }),
  );
  return { body: { results } };
}

/** `POST /v1/admin/revenue`: each event stored once, in the order received, or rejected. */
export async function sendRevenue(
  context: AdminRoute<"sendRevenue">,
): Promise<Reply<"sendRevenue">> {
  const { server, body } = context;
  const results = await server.db.transaction(async (tx) => {
    // One writer of revenue at a time: the order received and the one currency hold.
    await tx.query("LOCK TABLE revenue_events IN SHARE ROW EXCLUSIVE MODE");
    const stored = await storedRequests(
      tx,
      "revenue_events",
      body.events.map((e) => e.id),
    );
    const [first] = await tx.query<{ currency: string }>(
      "SELECT currency FROM revenue_events ORDER BY seq LIMIT 1",
    );
    let currency = first?.currency;
    const created: { event: RevenueEvent; request: string }[] = [];
    const results = body.events.map((event) => {
      const result = revenueEvent(event, stored.get(event.id), currency);
      if (result.status === "created") {
        const request = companyRequest(event);
        stored.set(event.id, request);
        currency ??= event.currency;
        created.push({ event, request });
      }
      return result;
    });
    if (created.length > 0) {
      await tx.query(
        `INSERT INTO revenue_events
           (id, account_id, type, day, arr, currency, outcome, voluntary, request)
         SELECT e->>'id', e->>'accountId', e->>'type', (e->>'day')::date,
           (e->>'arr')::double precision, e->>'currency', e->>'outcome',
           (e->>'voluntary')::boolean, r
         FROM json_array_elements($1::text::json) WITH ORDINALITY AS t(x, ord),
           LATERAL (SELECT x->'event' AS e, x->>'request' AS r) AS parts
         ORDER BY ord`,
        [JSON.stringify(created)],
      );
    }
    return results;
  });
  return { body: { results } };
}

/** The columns {@link toRevenueEvent} reads. */
const revenueColumns =
  "r.id, r.account_id, r.type, to_char(r.day, 'YYYY-MM-DD') AS day, r.arr, r.currency, " +
  "r.outcome, r.voluntary";

function toRevenueEvent(row: Row): RevenueEvent {
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    type: row.type as RevenueEvent["type"],
    day: row.day as string,
    arr: Number(row.arr),
    currency: row.currency as string,
    ...(row.outcome != null
      ? { outcome: row.outcome as NonNullable<RevenueEvent["outcome"]> }
      : {}),
    ...(row.voluntary != null ? { voluntary: row.voluntary as boolean } : {}),
  };
}

/** Every revenue event in the order they took effect: by day, then as received. */
const readRevenue = async (tx: Sql) =>
  (await tx.query(`SELECT ${revenueColumns} FROM revenue_events r ORDER BY r.day, r.seq`)).map(
    toRevenueEvent,
  );

/**
 * Each usage metric's sums over two periods, added up in SQL (one row per metric and account
 * with usage, not one per day): the same sums `usageSumsOf` makes in memory (the computation
 * keeps the customers' only); a day counts as arrived when some account's total for it is
 * stored. No join with the revenue: without statistics (PGlite) it was planned as a nested loop.
 */
async function readUsageSums(
  tx: Sql,
  usageMetrics: readonly UsageMetric[],
  periods: { base: DayRange; current: DayRange },
): Promise<Map<string, UsageSums>> {
  const params = [
    JSON.stringify(usageMetrics.map((m) => ({ m: m.id, v: m.version }))),
    periods.base.from,
    periods.base.to,
    periods.current.from,
    periods.current.to,
  ];
  const read = `FROM usage_days u
     JOIN json_to_recordset($1::text::json) AS k(m text, v int)
       ON u.usage_metric_id = k.m AND u.version = k.v
     WHERE (u.day BETWEEN $2::date AND $3::date OR u.day BETWEEN $4::date AND $5::date)`;
  const accounts = await tx.query(
    `SELECT u.usage_metric_id AS m, u.account_id AS a,
       sum(u.quantity) FILTER (WHERE u.day <= $3::date) AS base,
       sum(u.quantity) FILTER (WHERE u.day >= $4::date) AS current
     ${read} GROUP BY 1, 2`,
    params,
  );
  const days = await tx.query(
    `SELECT u.usage_metric_id AS m,
       count(DISTINCT u.day) FILTER (WHERE u.day <= $3::date)::int AS base,
       count(DISTINCT u.day) FILTER (WHERE u.day >= $4::date)::int AS current
     ${read} GROUP BY 1`,
    params,
  );
  const sums = new Map<string, UsageSums>();
  for (const metric of usageMetrics) {
    const base = new Map<string, number>();
    const current = new Map<string, number>();
    for (const row of accounts) {
      if (row.m !== metric.id) continue;
      if (row.base != null) base.set(row.a as string, Number(row.base));
      if (row.current != null) current.set(row.a as string, Number(row.current));
    }
    const seen = days.find((d) => d.m === metric.id);
    sums.set(metric.id, {
      base,
      current,
      missingDays: {
        base: daysIn(periods.base) - Number(seen?.base ?? 0),
        current: daysIn(periods.current) - Number(seen?.current ?? 0),
      },
    });
  }
  return sums;
}

/**
 * `GET /v1/admin/results/company?asOf&variant`: the revenue events and the daily usage totals
 * of both usage periods, read in one snapshot, through the same computation as the mock's.
 */
export async function getCompanyResults(
  context: AdminRoute<"getCompanyResults">,
): Promise<Reply<"getCompanyResults">> {
  const { server, now, query } = context;
  const catalog = await server.catalog.current(server.db);
  const periods = companyPeriods(query, now);
  const usageMetrics = catalog.usageMetrics ?? [];
  const body = await server.db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const revenue = await readRevenue(tx);
    const usage = await readUsageSums(tx, usageMetrics, periods.usage);
    return companyResults({
      revenue,
      usage,
      usageMetrics,
      query,
      now,
    });
  });
  return { body };
}

/**
 * `GET /v1/admin/results/retention?from&to&indexDays`: the revenue events, and the agreements,
 * goals and live measurements of the accounts with a renewal in the period, in one snapshot.
 */
export async function getRetentionResults(
  context: AdminRoute<"getRetentionResults">,
): Promise<Reply<"getRetentionResults">> {
  const { server, now, query } = context;
  const catalog = await server.catalog.current(server.db);
  const period = retentionPeriod(query, now);
  const body = await server.db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const revenue = await readRevenue(tx);
    const renewing = `SELECT DISTINCT account_id FROM revenue_events
       WHERE type = 'renewal' AND day BETWEEN $1::date AND $2::date`;
    const range = [period.from, period.to];
    const agreements = (
      await tx.query(
        `SELECT ${agreementColumns} FROM agreements a
         WHERE a.account_id IN (${renewing}) ORDER BY a.seq`,
        range,
      )
    ).map(toAgreement);
    // Only achieved goals make a state (an overdue one settles to missed, never to achieved).
    const goals = await tx.query(
      `SELECT ${goalColumns}, a.account_id AS g_account FROM goals g
       JOIN agreements a ON a.id = g.agreement_id
       WHERE a.account_id IN (${renewing}) AND g.status = 'achieved' ORDER BY g.seq`,
      range,
    );
    // Of each agreement, the latest live entry at each index date of its account's renewals:
    // all that the state and the gain read there (one index probe each, not every entry).
    const measurements = await tx.query(
      `SELECT DISTINCT ON (m.seq) ${measurementColumns}
       FROM revenue_events r
       JOIN agreements a ON a.account_id = r.account_id
       CROSS JOIN LATERAL (
         SELECT * FROM measurements m
         WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
           AND m.at <= ((r.day - $3::int)::timestamp AT TIME ZONE 'UTC')
         ORDER BY m.at DESC, m.seq DESC LIMIT 1
       ) m
       WHERE r.type = 'renewal' AND r.day BETWEEN $1::date AND $2::date
       ORDER BY m.seq`,
      [...range, period.indexDays],
    );
    const accounts = new Map<string, AccountResultsData>();
    const dataOf = (accountId: string) => {
      let data = accounts.get(accountId);
      if (!data) {
        data = { agreements: [], goals: [], measurements: [], metrics: catalog.metrics };
        accounts.set(accountId, data);
      }
      return data as { [K in keyof AccountResultsData]: AccountResultsData[K][number][] } & {
        metrics: AccountResultsData["metrics"];
      };
    };
    const accountOf = new Map(agreements.map((a) => [a.id, a.accountId]));
    for (const agreement of agreements) dataOf(agreement.accountId).agreements.push(agreement);
    for (const row of goals) dataOf(row.g_account as string).goals.push(toGoal(row, now));
    for (const row of measurements) {
      const measurement = toMeasurement(row);
      const accountId = accountOf.get(measurement.agreementId);
      if (accountId) dataOf(accountId).measurements.push(measurement);
    }
    const usageMetrics = catalog.usageMetrics ?? [];
    const usage = await readUsageSums(tx, usageMetrics, period.usage);
    return retentionResults({ revenue, accounts, usage, usageMetrics, query, now });
  });
  return { body };
}
