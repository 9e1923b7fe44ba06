import { Problem } from "@goalpost/core";
import type { AccountRoleRow } from "@goalpost/core/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountListPage } from "./accountList.ts";

const row = (
  accountId: string,
  roleId: string,
  fields: Partial<AccountRoleRow> = {},
): AccountRoleRow => ({
  accountId,
  roleId,
  state: "measuring",
  flags: [],
  risk: 0,
  users: 1,
  measures: 1,
  gains: 0,
  regressions: 0,
  goals: { active: 0, achieved: 0, missed: 0 },
  perceivedValue: null,
  lastEntryAt: "2026-01-01T00:00:00.000Z",
  ...fields,
});

const rows = [
  row("acme", "sdr"),
  row("globex", "sdr", { flags: ["regression", "missed-goal"], risk: 2 }),
  row("acme", "marketing-vp", { flags: ["low-value"], risk: 1, state: "gain" }),
  row("initech", "sdr", { state: "no-measures", measures: 0, lastEntryAt: null }),
  row("Acme-Labs", "sdr", { lastEntryAt: "2026-02-01T00:00:00.000Z" }),
];
const ids = (list: readonly AccountRoleRow[]) => list.map((r) => `${r.accountId}/${r.roleId}`);
const page = (query: Parameters<typeof accountListPage>[1]) => {
  const result = accountListPage(rows, query);
  if (Problem.is(result)) throw new Error(result.message);
  return result;
};

describe("accountListPage", () => {
  it("lists at-risk rows first, most flags first, then by account and role", () => {
    expect(ids(page({}).items)).toEqual([
      "globex/sdr",
      "acme/marketing-vp",
      "Acme-Labs/sdr",
      "acme/sdr",
      "initech/sdr",
    ]);
  });

  it("filters by role, state, flag, at-risk and a case-insensitive search", () => {
    expect(ids(page({ role: "marketing-vp" }).items)).toEqual(["acme/marketing-vp"]);
    expect(ids(page({ state: "no-measures" }).items)).toEqual(["initech/sdr"]);
    expect(ids(page({ state: "regression" }).items)).toEqual(["globex/sdr"]);
    expect(page({ state: "at-risk" }).total).toBe(2);
    expect(ids(page({ q: "ACME", sort: "account" }).items)).toEqual([
      "Acme-Labs/sdr",
      "acme/marketing-vp",
      "acme/sdr",
    ]);
  });

  it("sorts by last entry, never entered first (stalest) or last (latest first)", () => {
    expect(ids(page({ sort: "last-entry" }).items)[0]).toBe("initech/sdr");
    expect(ids(page({ sort: "-last-entry" }).items)[0]).toBe("Acme-Labs/sdr");
    expect(ids(page({ sort: "-last-entry" }).items).at(-1)).toBe("initech/sdr");
  });

  it("pages through every row once, in order, whatever the page size and sort", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("risk", "account", "last-entry", "-last-entry" as const),
        (limit, sort) => {
          const seen: AccountRoleRow[] = [];
          let cursor: string | undefined;
          do {
            const next = page({ sort, limit, ...(cursor ? { cursor } : {}) });
            expect(next.total).toBe(rows.length);
            seen.push(...next.items);
            cursor = next.nextCursor ?? undefined;
          } while (cursor);
          expect(ids(seen)).toEqual(ids(page({ sort, limit: 200 }).items));
        },
      ),
    );
  });

  it("refuses a cursor of another list, or none at all", () => {
    const first = page({ limit: 1 });
    const cursor = first.nextCursor ?? "";
    expect(Problem.is(accountListPage(rows, { limit: 1, cursor, sort: "account" }))).toBe(true);
    expect(Problem.is(accountListPage(rows, { cursor: "not-a-cursor" }))).toBe(true);
    expect(Problem.is(accountListPage(rows, { limit: 1, cursor }))).toBe(false);
  });
});
