/**
 * How the reference server's vendor reports scale with the number of accounts (not a test: it
 * prints figures). For each database it fills a fresh store with synthetic history — `--accounts`
 * accounts with an SDR each, two agreed metrics per SDR, a measurement a week for 180 days, a goal
 * decided in the last 90 days and a pulse per account — then starts the built
 * `goalpost-server --demo` on it and times `GET /v1/admin/kpis` (the last 90 days) and
 * `GET /v1/admin/accounts/:id/report` from this process over 127.0.0.1.
 *
 *   pnpm build && npx tsx bench/server-kpis.ts [--accounts 10000] [--database pglite|postgres|both]
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

console.log(`goalpost-server vendor reports with ${accounts} accounts\n`);
console.log(
  "| database | agreements | measurements | KPIs p50 ms | KPIs max ms | account report p50 ms |",
);
console.log("| --- | --- | --- | --- | --- | --- |");
for (const kind of kinds) {
  await withFilledServer(
    kind,
    accounts,
    syntheticHistory,
    "SELECT (SELECT count(*)::int FROM agreements) AS agreements, (SELECT count(*)::int FROM measurements) AS measurements",
    async (url, counts) => {
      await timedGets(url, "/v1/admin/kpis", 1); // warm-up
      const kpis = await timedGets(url, "/v1/admin/kpis", 7);
      const report = await timedGets(url, "/v1/admin/accounts/bench-1/report", 7);
      const f = (n: number | undefined) => (n ?? Number.NaN).toFixed(0);
      console.log(
        `| ${kind} | ${counts.agreements} | ${counts.measurements} | ${f(kpis[3])} | ${f(kpis[6])} | ${f(report[3])} |`,
      );
    },
  );
}
