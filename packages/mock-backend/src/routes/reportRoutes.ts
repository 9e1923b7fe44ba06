import { ApiError, kpiPeriod, orThrow, settleGoals } from "@goalpost/backend";
import { type AccountReport, computeAccountReport, computeKpis } from "@goalpost/core/admin";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import type { MockDb } from "../store/MockDb.ts";
import { settledGoalsOf } from "./access.ts";

/** `GET /v1/admin/kpis?from&to`: the core's KPIs; the period defaults to the last 90 days. */
export function getKpis(context: AdminRoute<"getKpis">): Reply<"getKpis"> {
  const { db, now, query } = context;
  const { from, to } = orThrow(kpiPeriod(query, now));
  const end = Date.parse(to);
  const known = (item: { createdAt: string }) => Date.parse(item.createdAt) <= end;
  const roleInstances = db.users
    .filter(known)
    .map((u) => ({ accountId: u.accountId, roleId: u.roleId }));
  settleGoals(db.goals, now); // the KPIs read every goal
  const report = computeKpis({
    from,
    to,
    roles: db.catalog.roles,
    metrics: db.catalog.metrics,
    accountIds: db.accounts.filter(known).map((a) => a.id),
    roleInstances,
    agreements: db.agreements,
    goals: db.goals,
    measurements: db.measurements,
    pulses: db.pulses,
  });
  return { body: report };
}

/** `GET /v1/admin/accounts/:id/report`: one account's results (404 for an unknown account). */
export function getAccountReport(
  context: AdminRoute<"getAccountReport">,
): Reply<"getAccountReport"> {
  return { body: accountReportOf(context.db, context.params.id, context.now) };
}

/** One account's results from the database (404 for an unknown account). */
export function accountReportOf(db: MockDb, accountId: string, now: Date): AccountReport {
  if (!db.accounts.some((a) => a.id === accountId)) {
    throw new ApiError(404, `no account "${accountId}"`);
  }
  const usersByRole: Record<string, number> = Object.create(null);
  for (const user of db.users) {
    if (user.accountId === accountId)
      usersByRole[user.roleId] = (usersByRole[user.roleId] ?? 0) + 1;
  }
  const agreements = db.agreements.filter((a) => a.accountId === accountId);
  const ids = new Set(agreements.map((a) => a.id));
  return computeAccountReport({
    accountId,
    now: now.toISOString(),
    metrics: db.catalog.metrics,
    usersByRole,
    agreements,
    goals: settledGoalsOf(db, ids, now),
    measurements: db.measurements.filter((m) => ids.has(m.agreementId)),
    pulses: db.pulses.filter((p) => p.accountId === accountId),
  });
}
