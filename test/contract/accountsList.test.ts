import { AccountList, type AccountRoleRow } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { randomId } from "./support/randomId.ts";
import { request } from "./support/request.ts";

// Every account of this file has the tag in its id, so a search for it lists only them.
const tag = randomId("accts").replace(/-/g, "").slice(0, 20);
const account = (name: string) => `${tag}-${name}`;
const ids = (rows: readonly AccountRoleRow[]) => rows.map((r) => `${r.accountId}/${r.roleId}`);

async function list(query: Record<string, string> = {}): Promise<AccountList> {
  const reply = await admin("GET", "/v1/admin/accounts", { query: { q: tag, ...query } });
  return expectOk(reply, 200, AccountList);
}

beforeAll(async () => {
  // gaining: an SDR measure with a gain. falling: one below its baseline and a low pulse.
  // quiet: a digital marketer with no measures. vp: a measure in place without a new value.
  const gaining = newUser("sdr", { accountId: account("gaining") });
  const up = await gaining.agree("meetings-booked", 4);
  await gaining.measure(up.id, 6);
  const falling = newUser("sdr", { accountId: account("falling") });
  const down = await falling.agree("meetings-booked", 4);
  await falling.measure(down.id, 2);
  await falling.send("POST", "/v1/pulses", { json: { touchpoint: "overall", score: 1 } });
  await newUser("digital-marketer", { accountId: account("quiet") }).session();
  await newUser("marketing-vp", { accountId: account("vp") }).agree("web-revenue", 9_000);
  // A second SDR of the gaining account: two users, one row.
  await newUser("sdr", { accountId: account("gaining") }).session();
});

describe("GET /v1/admin/accounts", () => {
  test("every account's roles with their state and flags, at-risk first", async () => {
    const page = await list();
    expect(page.total).toBe(4);
    expect(ids(page.items)).toEqual([
      `${account("falling")}/sdr`,
      `${account("gaining")}/sdr`,
      `${account("quiet")}/digital-marketer`,
      `${account("vp")}/marketing-vp`,
    ]);
    const [falling, gaining, quiet, vp] = page.items;
    expect(falling).toMatchObject({
      state: "measuring",
      flags: ["regression", "low-value"],
      risk: 2,
      measures: 1,
      regressions: 1,
      perceivedValue: { avgScore: 1, responses: 1 },
    });
    expect(gaining).toMatchObject({ state: "gain", flags: [], users: 2, gains: 1 });
    expect(quiet).toMatchObject({ state: "no-measures", measures: 0, lastEntryAt: null });
    expect(vp).toMatchObject({ state: "measuring", measures: 1, gains: 0, regressions: 0 });
    expect(Date.parse(vp?.lastEntryAt ?? "")).toBeGreaterThan(Date.now() - 600_000);
    expect(page.nextCursor).toBeNull();
  });

  test("filters by role, state, risk flag and at-risk", async () => {
    expect(ids((await list({ role: "marketing-vp" })).items)).toEqual([
      `${account("vp")}/marketing-vp`,
    ]);
    expect(ids((await list({ state: "gain" })).items)).toEqual([`${account("gaining")}/sdr`]);
    expect(ids((await list({ state: "no-measures" })).items)).toEqual([
      `${account("quiet")}/digital-marketer`,
    ]);
    for (const state of ["regression", "low-value", "at-risk"]) {
      expect(ids((await list({ state })).items)).toEqual([`${account("falling")}/sdr`]);
    }
    expect((await list({ state: "missed-goal" })).total).toBe(0);
    expect((await list({ q: `${tag}-GAIN` })).total).toBe(1);
  });

  test("pages by cursor: each row once, in the order of the whole list", async () => {
    for (const sort of ["risk", "account", "last-entry", "-last-entry"]) {
      const whole = await list({ sort });
      const seen: AccountRoleRow[] = [];
      let cursor: string | null = null;
      do {
        const page: AccountList = await list({ sort, limit: "1", ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(4);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null && seen.length < 10);
      expect(ids(seen), sort).toEqual(ids(whole.items));
    }
    const lastEntry = await list({ sort: "last-entry" });
    expect(lastEntry.items[0]?.lastEntryAt).toBeNull();
  });

  test("a bad query answers 422 naming the parameter; a cursor of another list too", async () => {
    for (const [name, value] of [
      ["sort", "loudest"],
      ["state", "happy"],
      ["limit", "0"],
      ["inactiveDays", "400"],
      ["colour", "red"],
    ] as const) {
      const reply = await admin("GET", "/v1/admin/accounts", { query: { [name]: value } });
      expectIssueAt(expectError(reply, 422), [name]);
    }
    const first = await list({ limit: "1" });
    const cursor = first.nextCursor ?? "";
    const reply = await admin("GET", "/v1/admin/accounts", {
      query: { q: tag, limit: "1", sort: "account", cursor },
    });
    expectIssueAt(expectError(reply, 422), ["cursor"]);
  });

  test("a console token reads it; a user token does not", async () => {
    const reply = await request("GET", "/v1/admin/accounts", {
      authorization: `Bearer ${consoleToken()}`,
      query: { q: tag },
    });
    expect(expectOk(reply, 200, AccountList).total).toBe(4);
    const user = newUser("sdr");
    expectError(await user.send("GET", "/v1/admin/accounts"), 401);
  });
});
