import { demoCatalog, seedDemoData } from "@goalpost/demo-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { createCatalogCache } from "../store/catalogCache.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { loadDemo } from "./loadDemo.ts";

const now = new Date("2026-12-04T09:00:00.000Z");
let db: Database;
beforeAll(async () => {
  db = await openTestPglite("migrated");
});
afterAll(() => db?.close());

describe("loadDemo with synthetic accounts", () => {
  it("stores the seed's accounts, revenue in its order, and usage, as the mock holds them", async () => {
    expect(await loadDemo(db, createCatalogCache(), now, true, { accounts: 12 })).toBe("loaded");
    const seeded = seedDemoData(demoCatalog, now, { accounts: 12 });
    const [counts] = await db.query(
      `SELECT (SELECT count(*)::int FROM accounts) AS accounts,
         (SELECT count(*)::int FROM usage_days) AS usage,
         (SELECT sum(quantity)::float8 FROM usage_days) AS quantity`,
    );
    expect(counts).toEqual({
      accounts: 15,
      usage: seeded.usage.length,
      quantity: seeded.usage.reduce((sum, u) => sum + u.quantity, 0),
    });
    const revenue = await db.query<{ id: string }>("SELECT id FROM revenue_events ORDER BY seq");
    expect(revenue.map((r) => r.id)).toEqual(seeded.revenue.map((e) => e.id));
  });
});
