import {
  accountListOptions,
  decodeAccountCursor,
  encodeAccountCursor,
  orThrow,
  riskWindowDays,
} from "@goalpost/backend";
import { achievedWindowDays } from "@goalpost/core/admin";
import type { AccountRoleRow, RiskFlag } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { accountRowsSql } from "./accountRowsSql.ts";

type Row = {
  account_id: string;
  role_id: string;
  users: number;
  measures: number;
  gains: number;
  regressions: number;
  last_entry_at: Date | string | null;
  goals_active: number;
  goals_achieved: number;
  goals_missed: number;
  avg_score: number | null;
  responses: number | null;
  state: AccountRoleRow["state"];
  regression: boolean;
  missed_goal: boolean;
  low_value: boolean;
  no_recent_entry: boolean;
  risk: number;
  sort_key: number;
  total: number;
};

const day = 86_400_000;

/** `GET /v1/admin/accounts`: one page of the accounts list, computed in SQL (accountRowsSql). */
export async function listAccounts(
  context: AdminRoute<"listAccounts">,
): Promise<Reply<"listAccounts">> {
  const { server, now, query } = context;
  const options = accountListOptions(query);
  const after =
    query.cursor === undefined ? undefined : orThrow(decodeAccountCursor(query.cursor, options));
  const catalog = await server.catalog.current(server.db);
  const directions = Object.fromEntries(
    catalog.metrics.map((m) => [m.id, m.direction === "increase" ? 1 : -1]),
  );
  const at = now.getTime();
  const time = (ms: number) => new Date(ms).toISOString();
  const rows = await server.db.query<Row>(accountRowsSql, [
    time(at),
    JSON.stringify(directions),
    time(at - achievedWindowDays * day),
    time(at - riskWindowDays * day),
    time(at - options.inactiveDays * day),
    options.role ?? null,
    options.state ?? null,
    options.q ?? null,
    options.sort,
    after?.key ?? null,
    after?.accountId ?? null,
    after?.roleId ?? null,
    options.limit + 1,
  ]);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    body: {
      items: page.map(toRow),
      total: rows[0]?.total ?? (after ? await countMatching(context) : 0),
      nextCursor:
        rows.length > options.limit && last
          ? encodeAccountCursor(
              { key: last.sort_key, accountId: last.account_id, roleId: last.role_id },
              options,
            )
          : null,
    },
  };
}

/** The total of a page past the last row: the same list from its start, one row long. */
async function countMatching(context: AdminRoute<"listAccounts">): Promise<number> {
  const { cursor: _cursor, ...query } = context.query;
  const first = await listAccounts({ ...context, query: { ...query, limit: 1 } });
  return first.body.total;
}

function toRow(row: Row): AccountRoleRow {
  const raised: Record<RiskFlag, boolean> = {
    regression: row.regression,
    "missed-goal": row.missed_goal,
    "low-value": row.low_value,
    "no-recent-entry": row.no_recent_entry,
  };
  return {
    accountId: row.account_id,
    roleId: row.role_id,
    state: row.state,
    flags: (Object.keys(raised) as RiskFlag[]).filter((flag) => raised[flag]),
    risk: row.risk,
    users: row.users,
    measures: row.measures,
    gains: row.gains,
    regressions: row.regressions,
    goals: { active: row.goals_active, achieved: row.goals_achieved, missed: row.goals_missed },
    perceivedValue:
      row.avg_score === null ? null : { avgScore: row.avg_score, responses: row.responses ?? 0 },
    lastEntryAt: row.last_entry_at === null ? null : new Date(row.last_entry_at).toISOString(),
  };
}
