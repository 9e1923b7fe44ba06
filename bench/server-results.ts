/**
 * How the company-results reports scale (not a test: it prints figures). For each database it
 * fills a fresh store with `--accounts` synthetic accounts — an SDR each with two agreed metrics
 * and a measurement a week for 180 days, a goal decided in the last 90 days (bench/
 * syntheticHistory.ts, as for the KPI bench) — plus revenue (a start 400 days ago, a renewal in
 * the last 300 days: renewed, downgraded or churned) and a year of daily usage per account, then
 * starts the built `goalpost-server --demo` on it and times `GET /v1/admin/results/company` and
 * `GET /v1/admin/results/retention` from this process over 127.0.0.1 (7 rounds after a warm-up).
 *
 *   pnpm build && npx tsx bench/server-results.ts [--accounts 10000] [--database pglite|postgres|both]
 */
import { parseArgs } from "node:util";
import { databaseKinds } from "../test/contract/support/startGoalpostServer.ts";
import { timedGets, withFilledServer } from "./support/filledServer.ts";
import { syntheticHistory } from "./syntheticHistory.ts";

const { values: args } = parseArgs({
  options: {
    accounts: { type: "string", default: "10000" },
    database: { type: "string", default: "both" },
  },
});
const accounts = Number(args.accounts);
if (!Number.isInteger(accounts) || accounts < 1) throw new Error("--accounts must be ≥ 1");
const kinds = databaseKinds(args.database);

/** Revenue and a year of daily usage for the synthetic accounts, relative to now(). */
const companyData = [
  `INSERT INTO revenue_events (id, account_id, type, day, arr, currency, request)
   SELECT 'start-' || i, 'bench-' || i, 'start', (now() - interval '400 days')::date,
     1000 + (i % 20) * 500, 'USD', 'bench'
   FROM generate_series(1, $1::int) i`,
  `INSERT INTO revenue_events (id, account_id, type, day, arr, currency, outcome, request)
   SELECT 'renewal-' || i, 'bench-' || i, 'renewal',
     (now() - (30 + i % 270) * interval '1 day')::date,
     CASE i % 7 WHEN 0 THEN 0 WHEN 1 THEN (1000 + (i % 20) * 500) * 0.8
       ELSE (1000 + (i % 20) * 500) * 1.1 END,
     'USD', CASE i % 7 WHEN 0 THEN 'churned' WHEN 1 THEN 'downgraded' ELSE 'renewed' END, 'bench'
   FROM generate_series(1, $1::int) i`,
  `INSERT INTO usage_days (usage_metric_id, version, account_id, day, quantity)
   SELECT 'identified-visitors', 1, 'bench-' || i, (now() - d * interval '1 day')::date,
     50 + (i * 7 + d) % 40
   FROM generate_series(1, $1::int) i, generate_series(1, 365) d`,
];

console.log(`goalpost-server company results with ${accounts} accounts\n`);
console.log(
  "| database | usage days | measurements | company p50 ms | company max ms | retention p50 ms | retention max ms |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const kind of kinds) {
  await withFilledServer(
    kind,
    accounts,
    [...syntheticHistory, ...companyData],
    "SELECT (SELECT count(*)::int FROM usage_days) AS usage, (SELECT count(*)::int FROM measurements) AS measurements",
    async (url, counts) => {
      const company = "/v1/admin/results/company";
      const retention = "/v1/admin/results/retention";
      await timedGets(url, company, 1); // warm-up
      await timedGets(url, retention, 1);
      const c = await timedGets(url, company, 7);
      const r = await timedGets(url, retention, 7);
      const f = (n: number | undefined) => (n ?? Number.NaN).toFixed(0);
      console.log(
        `| ${kind} | ${counts.usage} | ${counts.measurements} | ${f(c[3])} | ${f(c[6])} | ${f(r[3])} | ${f(r[6])} |`,
      );
    },
  );
}
