import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../../../test/contract/support/createPostgresDatabase.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import type { Database } from "./Database.ts";
import { openPostgres } from "./openPostgres.ts";
import { uniqueViolation } from "./uniqueViolation.ts";

/**
 * `Database.transaction` with statements issued together (written together on PostgreSQL, one
 * after another on PGlite) and `commitWith`: the same outcomes on both drivers.
 */
describe.each(["pglite", "postgres"] as const)("transactions on %s", (kind) => {
  let db: Database;
  let drop = async () => {};
  beforeAll(async () => {
    if (kind === "pglite") {
      db = await openTestPglite("empty");
    } else {
      const created = await createPostgresDatabase("goalpost_tx");
      drop = created.drop;
      db = await openPostgres(created.url, { poolSize: 2 });
    }
    await db.query("CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)");
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await drop();
  });
  const rows = () => db.query<{ id: number; v: string }>("SELECT id, v FROM t ORDER BY id");

  it("runs statements issued together in the order issued, and commits with the last one", async () => {
    const seen = await db.transaction(async (tx) => {
      const [first, second, read] = await Promise.all([
        tx.query("INSERT INTO t VALUES (1, 'a') RETURNING id"),
        tx.query("UPDATE t SET v = v || 'b' WHERE id = 1 RETURNING v"),
        tx.query<{ v: string }>("SELECT v FROM t WHERE id = 1"),
      ]);
      expect(first).toEqual([{ id: 1 }]);
      expect(second).toEqual([{ v: "ab" }]);
      return tx.commitWith<{ v: string }>(
        "UPDATE t SET v = v || $1::text WHERE id = 1 RETURNING v",
        [read[0]?.v],
      );
    });
    expect(seen).toEqual([{ v: "abab" }]);
    expect(await rows()).toEqual([{ id: 1, v: "abab" }]);
  });

  it("commits nothing when a statement sent with COMMIT fails, and says which", async () => {
    const failed = await db
      .transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (2, 'kept?')");
        return tx.commitWith("INSERT INTO t VALUES (1, 'duplicate')");
      })
      .catch((error: unknown) => error);
    expect(uniqueViolation(failed)).toBe("t_pkey");
    expect(await rows()).toEqual([{ id: 1, v: "abab" }]);
  });

  it("commits nothing when one of the statements issued together fails", async () => {
    const failed = await db
      .transaction(async (tx) => {
        await Promise.all([
          tx.query("INSERT INTO t VALUES (3, 'c')"),
          tx.query("INSERT INTO t VALUES (1, 'duplicate')"),
          tx.query("INSERT INTO t VALUES (4, 'd')"),
        ]);
      })
      .catch((error: unknown) => error);
    expect(uniqueViolation(failed)).toBe("t_pkey");
    expect(await rows()).toEqual([{ id: 1, v: "abab" }]);
  });

  it("rolls back when the work throws, and the connection serves the next transaction", async () => {
    const thrown = new Error("changed my mind");
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO t VALUES (5, 'e')");
        throw thrown;
      }),
    ).rejects.toBe(thrown);
    // As many transactions as the pool has connections, and more: none is left in a bad state.
    for (let i = 6; i < 10; i++) {
      await db.transaction((tx) => tx.commitWith("INSERT INTO t VALUES ($1::int, 'f')", [i]));
    }
    expect((await rows()).map((r) => r.id)).toEqual([1, 6, 7, 8, 9]);
  });

  it("commits the work's statements when it resolves without commitWith", async () => {
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (10, 'g')");
    });
    expect((await rows()).at(-1)).toEqual({ id: 10, v: "g" });
  });

  it("refuses a statement after commitWith", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.commitWith("INSERT INTO t VALUES (11, 'h')");
        await tx.commitWith("INSERT INTO t VALUES (12, 'i')");
      }),
    ).rejects.toThrow("the transaction has already committed");
    expect((await rows()).map((r) => r.id)).not.toContain(12);
  });
});
