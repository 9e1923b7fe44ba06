import { accountListOptions, accountListPage, accountRoleRows, orThrow } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";

/**
 * `GET /v1/admin/accounts`: every account's roles with their state and flags by the backend's
 * `accountRoleRows`, paged by `accountListPage`.
 */
export function listAccounts(context: AdminRoute<"listAccounts">): Reply<"listAccounts"> {
  const { db, now, query } = context;
  const { inactiveDays } = accountListOptions(query);
  const rows = accountRoleRows({ ...db, metrics: db.catalog.metrics }, now, inactiveDays);
  return { body: orThrow(accountListPage(rows, query)) };
}
