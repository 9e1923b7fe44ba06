import { Problem } from "@goalpost/core";
import type {
  AccountFilter,
  AccountList,
  AccountListQuery,
  AccountRoleRow,
  AccountSort,
} from "@goalpost/core/contract";
import { Id } from "@goalpost/core/contract";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";
import { defaultInactiveDays } from "./accountRoleRow.ts";

/** The default page size of the accounts list. */
export const defaultAccountPageSize = 50;

/** The accounts list's query with its defaults filled in (the cursor aside). */
export interface AccountListOptions {
  role: string | undefined;
  state: AccountFilter | undefined;
  q: string | undefined;
  sort: AccountSort;
  inactiveDays: number;
  limit: number;
}

/** A position in the accounts list: the sort key of the last row a page returned. */
export interface AccountPosition {
  key: number;
  accountId: string;
  roleId: string;
}

/** The query's options with their defaults. */
export function accountListOptions(query: AccountListQuery): AccountListOptions {
  return {
    role: query.role,
    state: query.state,
    q: query.q,
    sort: query.sort ?? "risk",
    inactiveDays: query.inactiveDays ?? defaultInactiveDays,
    limit: query.limit ?? defaultAccountPageSize,
  };
}

/**
 * The number a row sorts by first (ascending; then account id, then role id, byte-wise):
 * `risk` most flags first, `account` none, `last-entry` never entered then stalest first,
 * `-last-entry` latest first and never entered last. The server's SQL computes the same.
 */
export function accountSortKey(
  row: Pick<AccountRoleRow, "risk" | "lastEntryAt">,
  sort: AccountSort,
): number {
  const entered = row.lastEntryAt === null ? null : Date.parse(row.lastEntryAt);
  switch (sort) {
    case "risk":
      return -row.risk;
    case "account":
      return 0;
    case "last-entry":
      return entered ?? -1;
    case "-last-entry":
      return entered === null ? 1 : -entered;
  }
}

/** Whether a row passes the filters (role, state, search). */
export function matchesAccountFilters(row: AccountRoleRow, options: AccountListOptions): boolean {
  if (options.role !== undefined && row.roleId !== options.role) return false;
  if (options.q !== undefined && !row.accountId.toLowerCase().includes(options.q.toLowerCase())) {
    return false;
  }
  const state = options.state;
  if (state === undefined) return true;
  if (state === "at-risk") return row.risk > 0;
  return row.state === state || (row.flags as string[]).includes(state);
}

/** What a cursor is bound to: the list's filters and sort, so a cursor of another list is refused. */
function listOf(options: AccountListOptions): string {
  const { role, state, q, sort, inactiveDays } = options;
  return JSON.stringify([role ?? null, state ?? null, q ?? null, sort, inactiveDays]);
}

/** The opaque cursor of a page that ended at `last`. */
export function encodeAccountCursor(last: AccountPosition, options: AccountListOptions): string {
  const text = JSON.stringify([last.key, last.accountId, last.roleId, listOf(options)]);
  return encodeBase64Url(new TextEncoder().encode(text));
}

/** The position a cursor encodes, or a problem when this list did not give it out. */
export function decodeAccountCursor(
  cursor: string,
  options: AccountListOptions,
): AccountPosition | Problem {
  try {
    const text = new TextDecoder().decode(decodeBase64Url(cursor) ?? new Uint8Array(0));
    const [key, accountId, roleId, list] = JSON.parse(text) as unknown[];
    if (
      typeof key === "number" &&
      Number.isFinite(key) &&
      Id.safeParse(accountId).success &&
      Id.safeParse(roleId).success &&
      list === listOf(options)
    ) {
      return { key, accountId: accountId as string, roleId: roleId as string };
    }
  } catch {
    // fall through to the problem
  }
  return Problem.invalid(["cursor"], "is not a cursor of this list (same filters and sort)");
}

/** Orders positions as the list does. */
export function compareAccountPositions(a: AccountPosition, b: AccountPosition): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.accountId !== b.accountId) return a.accountId < b.accountId ? -1 : 1;
  if (a.roleId !== b.roleId) return a.roleId < b.roleId ? -1 : 1;
  return 0;
}

/**
 * One page of the accounts list from every row: filtered, sorted, after the cursor's position,
 * `limit` long, with the total of matching rows and the next cursor. What the mock backend
 * answers; the server runs the same in SQL.
 */
export function accountListPage(
  rows: readonly AccountRoleRow[],
  query: AccountListQuery,
): AccountList | Problem {
  const options = accountListOptions(query);
  const after = query.cursor === undefined ? undefined : decodeAccountCursor(query.cursor, options);
  if (Problem.is(after)) return after;
  const position = (row: AccountRoleRow): AccountPosition => ({
    key: accountSortKey(row, options.sort),
    accountId: row.accountId,
    roleId: row.roleId,
  });
  const matching = rows
    .filter((row) => matchesAccountFilters(row, options))
    .map((row) => ({ row, at: position(row) }))
    .sort((a, b) => compareAccountPositions(a.at, b.at));
  const rest = after ? matching.filter((m) => compareAccountPositions(m.at, after) > 0) : matching;
  const page = rest.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((m) => m.row),
    total: matching.length,
    nextCursor: rest.length > options.limit && last ? encodeAccountCursor(last.at, options) : null,
  };
}
