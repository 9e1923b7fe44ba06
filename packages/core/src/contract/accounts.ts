import * as z from "zod/mini";
import { Id, IsoDateTime } from "./primitives.ts";

/** Where an account's role stands with its customer results (as `resultsStateAt` says). */
export const AccountRoleState = z.enum(["no-measures", "measuring", "gain", "goal-achieved"]);
export type AccountRoleState = z.infer<typeof AccountRoleState>;

/**
 * What puts an account's role at risk:
 * - `regression`: a measure in place whose latest value is worse than its baseline;
 * - `missed-goal`: a goal that fell due unreached in the last 90 days;
 * - `low-value`: the role's pulses of the last 90 days average below 3 (of 1–5);
 * - `no-recent-entry`: measures in place, but no value entered for `inactiveDays` days.
 */
export const RiskFlag = z.enum(["regression", "missed-goal", "low-value", "no-recent-entry"]);
export type RiskFlag = z.infer<typeof RiskFlag>;

/** One role of one customer account, as the console's accounts table lists it. */
export const AccountRoleRow = z.object({
  accountId: Id,
  roleId: Id,
  state: AccountRoleState,
  /** The risk flags raised, in {@link RiskFlag}'s order; empty when the role is not at risk. */
  flags: z.array(RiskFlag),
  /** The number of flags: what `sort=risk` orders by, most first. */
  risk: z.int(),
  /** Users of the account in this role. */
  users: z.int(),
  /** Measures in place (agreed metrics with a baseline). */
  measures: z.int(),
  /** Of them, those whose latest value beats the baseline. */
  gains: z.int(),
  /** Of them, those whose latest value is worse than the baseline. */
  regressions: z.int(),
  /** Goals by where they stand now: active, achieved, missed (an overdue goal is missed). */
  goals: z.object({ active: z.int(), achieved: z.int(), missed: z.int() }),
  /** The average pulse score of the last 90 days (1–5) and its responses; null without any. */
  perceivedValue: z.nullable(z.object({ avgScore: z.number(), responses: z.int() })),
  /** The latest value entered for a measure in place (a measurement or a baseline); null if none. */
  lastEntryAt: z.nullable(IsoDateTime),
});
export type AccountRoleRow = z.infer<typeof AccountRoleRow>;

/** The orders of the accounts list; ties are broken by account id, then role id. */
export const AccountSort = z.enum(["risk", "account", "last-entry", "-last-entry"]);
export type AccountSort = z.infer<typeof AccountSort>;

/** What `state=` filters on: a state, a risk flag, or `at-risk` (any flag). */
export const AccountFilter = z.enum([...AccountRoleState.options, ...RiskFlag.options, "at-risk"]);
export type AccountFilter = z.infer<typeof AccountFilter>;

/** Query of `GET /v1/admin/accounts`. */
export const AccountListQuery = z.strictObject({
  /** Only this role's rows. */
  role: z.optional(Id),
  /** Only rows in this state, with this flag, or at risk. */
  state: z.optional(AccountFilter),
  /** Only accounts whose id contains this text (case-insensitive). */
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** @default "risk" (at-risk first: most flags, then account id) */
  sort: z.optional(AccountSort),
  /** Days without an entry that raise `no-recent-entry`. @default 30 */
  inactiveDays: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(365))),
  /** @default 50 */
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  /** The `nextCursor` of the previous page, with the same filters and sort. */
  cursor: z.optional(z.string().check(z.maxLength(400))),
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;

/** `GET /v1/admin/accounts`: one page of account × role rows. */
export const AccountList = z.object({
  items: z.array(AccountRoleRow),
  /** Rows matching the filters, on every page. */
  total: z.int(),
  /** The cursor of the next page; null on the last one. */
  nextCursor: z.nullable(z.string()),
});
export type AccountList = z.infer<typeof AccountList>;

/** Query of `GET /v1/admin/kpis/trends`. */
export const KpiTrendQuery = z.strictObject({
  /** Calendar months (UTC) to go back, the current one included. @default 6 */
  months: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(24))),
});
export type KpiTrendQuery = z.infer<typeof KpiTrendQuery>;
