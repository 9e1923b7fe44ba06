import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/Database.ts";
import { openTestPglite } from "../testing/openTestPglite.ts";
import { iso } from "./rows.ts";

describe("iso", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestPglite("empty");
  }, 60_000);
  afterAll(() => db?.close());

  const times = fc
    .date({
      min: new Date("0001-01-01T00:00:00.000Z"),
      max: new Date("9999-12-31T23:59:59.999Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());

  it("reads a time from a JSON aggregate as the contract writes it, whatever its fraction", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(times, { minLength: 1, maxLength: 20 }), async (sent) => {
        const [row] = await db.query<{ times: string[] }>(
          "SELECT json_agg(t::timestamptz ORDER BY n) AS times FROM unnest($1::text[]) WITH ORDINALITY AS u(t, n)",
          [`{${sent.join(",")}}`],
        );
        expect(row?.times.map(iso)).toEqual(sent);
      }),
      { numRuns: 30 },
    );
  });

  it("reads dates and other strings as Date does", () => {
    fc.assert(
      fc.property(times, (at) => {
        expect(iso(new Date(at))).toBe(at);
        expect(iso(at)).toBe(at);
        expect(iso(at.replace("Z", "+02:00"))).toBe(
          new Date(at.replace("Z", "+02:00")).toISOString(),
        );
      }),
    );
  });
});
