import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { enterUser } from "./enterUser.ts";

let db: Database;
beforeAll(async () => {
  db = await openTestPglite("migrated");
});
afterAll(() => db.close());

const claims = { sub: "ana.torres", acc: "acme", role: "digital-marketer", exp: 0 };
const first = new Date("2026-03-01T00:00:00.000Z");
const later = new Date("2026-03-05T00:00:00.000Z");
const row = async () =>
  (
    await db.query(
      "SELECT u.role_id, u.name, u.created_at, a.created_at AS account_created_at, u.xmin::text AS version FROM users u JOIN accounts a ON a.id = u.account_id",
    )
  )[0];

describe("enterUser", () => {
  it("creates the account and the user on first sight", async () => {
    const user = await enterUser(db, { ...claims, name: "Ana Torres" }, first);
    expect(user).toEqual({
      id: "ana.torres",
      accountId: "acme",
      roleId: "digital-marketer",
      name: "Ana Torres",
    });
    expect(await row()).toMatchObject({
      role_id: "digital-marketer",
      name: "Ana Torres",
      created_at: first,
      account_created_at: first,
    });
  });

  it("writes nothing when the token says what is stored, and keeps the name a token omits", async () => {
    const before = await row();
    expect(await enterUser(db, { ...claims, name: "Ana Torres" }, later)).toMatchObject({
      name: "Ana Torres",
    });
    expect(await enterUser(db, claims, later)).toMatchObject({ name: "Ana Torres" });
    expect((await row())?.version).toBe(before?.version);
  });

  it("follows the token's role and name, never its creation time", async () => {
    const user = await enterUser(db, { ...claims, role: "sdr", name: "Ana T." }, later);
    expect(user).toMatchObject({ roleId: "sdr", name: "Ana T." });
    expect(await row()).toMatchObject({ role_id: "sdr", name: "Ana T.", created_at: first });
  });
});
