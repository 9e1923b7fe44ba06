import { MeasurementPage } from "@goalpost/core";
import { expect, test } from "vitest";
import { expectError, expectOk } from "./support/expectReply.ts";
import { newUser } from "./support/newUser.ts";
import { daysFromNow } from "./support/randomId.ts";

test("an agreement's measurements come newest first, and pages visit each exactly once", async () => {
  const user = newUser("sdr");
  const agreement = await user.agree("meetings-booked", 2);
  // Logged out of order, at distinct times in the past.
  const days = [-9, -2, -7, -1, -5, -8, -3, -6, -4];
  const logged = [];
  for (const day of days) {
    logged.push(await user.measure(agreement.id, 10 + day, { at: daysFromNow(day) }));
  }
  const newestFirst = [...logged].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const path = `/v1/agreements/${agreement.id}/measurements`;

  const ids = newestFirst.map((m) => m.id);
  const all = expectOk(
    await user.send("GET", path, { query: { limit: "200" } }),
    200,
    MeasurementPage,
  );
  expect(all.items.map((m) => m.id)).toEqual(ids);
  expect(all.nextCursor).toBeUndefined();
  // Without a limit the server picks the page size; the page is still the newest ones.
  const firstPage = expectOk(await user.send("GET", path), 200, MeasurementPage);
  expect(firstPage.items.map((m) => m.id)).toEqual(ids.slice(0, firstPage.items.length));
  expect(firstPage.items.length === ids.length || firstPage.nextCursor !== undefined).toBe(true);
  // The session carries the recent ones (up to 20 per agreement), newest first too.
  expect((await user.session()).measurements.map((m) => m.id)).toEqual(ids);

  for (const limit of [1, 2, 4]) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query: Record<string, string> = { limit: String(limit) };
      if (cursor !== undefined) query.cursor = cursor;
      const page = expectOk(await user.send("GET", path, { query }), 200, MeasurementPage);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
      pages += 1;
      expect(pages, "pagination does not end").toBeLessThanOrEqual(days.length + 1);
    } while (cursor !== undefined);
    expect(seen, `limit ${limit}`).toEqual(ids);
  }
});

test("a bad page query answers 4xx with an error body", async () => {
  const user = newUser("sdr");
  const agreement = await user.agree("meetings-booked", 2);
  const path = `/v1/agreements/${agreement.id}/measurements`;
  for (const query of [{ limit: "0" }, { limit: "201" }, { limit: "ten" }, { limit: "2.5" }]) {
    expectError(await user.send("GET", path, { query }), 400, 422);
  }
  expectError(await user.send("GET", path, { query: { sort: "oldest" } }), 400, 422);
});
