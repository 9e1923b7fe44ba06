/**
 * The console's lists at scale (not a test: it prints figures). For each database it fills a
 * fresh store with bench/syntheticHistory.ts (10,000 accounts by default: 20,000 agreements,
 * 520,000 measurements) plus a comment on every fourth pulse, starts the built
 * `goalpost-server --demo` on it and times, from this process over 127.0.0.1 with a console
 * token, each list the console reads: the accounts' first page, a filtered page, a search, the
 * KPI trends by month and the pulse comments. p50 and p99 of `--runs` requests each, after one
 * warm-up.
 *
 *   pnpm build && npx tsx bench/console-lists.ts [--accounts 10000] [--runs 25] [--database pglite|postgres|both]
 */
import { parseArgs } from "node:util";
import { signConsoleToken } from "../packages/backend/src/auth/consoleToken.ts";
import { databaseKinds } from "../test/contract/support/startGoalpostServer.ts";
import { timedGets, withFilledServer } from "./support/filledServer.ts";
import { syntheticHistory } from "./syntheticHistory.ts";

const { values: args } = parseArgs({
  options: {
    accounts: { type: "string", default: "10000" },
    runs: { type: "string", default: "25" },
    database: { type: "string", default: "both" },
  },
});
const accounts = Number(args.accounts);
const runs = Number(args.runs);
if (!Number.isInteger(accounts) || accounts < 1) throw new Error("--accounts must be ≥ 1");
if (!Number.isInteger(runs) || runs < 2) throw new Error("--runs must be ≥ 2");
const kinds = databaseKinds(args.database);
const token = await signConsoleToken({ sub: "bench", name: "Bench" }, "demo-admin-key");

const lists: [string, string][] = [
  ["accounts, first page (at-risk first, 50)", "/v1/admin/accounts"],
  ["accounts, filtered (SDR, at risk)", "/v1/admin/accounts?role=sdr&state=at-risk"],
  ["accounts, a search", "/v1/admin/accounts?q=bench-12&sort=account"],
  ["accounts, stalest entry first", "/v1/admin/accounts?sort=last-entry"],
  ["KPI trends, 6 months", "/v1/admin/kpis/trends"],
  ["pulse comments, first page", "/v1/admin/pulses/comments"],
];

/** `runs` timed GETs with the console token, after one for warm-up. */
const timed = async (url: string, path: string) => {
  await timedGets(url, path, 1, token);
  return timedGets(url, path, runs, token);
};

/** The nearest-rank percentile of sorted figures. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

console.log(`goalpost-server console lists with ${accounts} accounts, ${runs} requests each\n`);
console.log("| database | list | p50 ms | p99 ms |");
console.log("| --- | --- | --- | --- |");
for (const kind of kinds) {
  await withFilledServer(
    kind,
    accounts,
    [
      ...syntheticHistory,
      "UPDATE pulses SET comment = 'Bench comment ' || id WHERE id LIKE 'pulse-%' AND substr(id, 7)::int % 4 = 0 AND $1::int > 0",
    ],
    "SELECT (SELECT count(*)::int FROM agreements) AS agreements, (SELECT count(*)::int FROM measurements) AS measurements",
    async (url, counts) => {
      console.error(
        `${kind}: ${counts.agreements} agreements, ${counts.measurements} measurements`,
      );
      for (const [name, path] of lists) {
        const ms = await timed(url, path);
        console.log(
          `| ${kind} | ${name} | ${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} |`,
        );
      }
    },
  );
}
