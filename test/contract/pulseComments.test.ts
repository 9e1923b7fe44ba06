import { Pulse } from "@goalpost/core";
import { PulseCommentPage } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { request } from "./support/request.ts";

let sdr: TestUser;
let vp: TestUser;
const sent: Pulse[] = [];

async function comments(query: Record<string, string>): Promise<PulseCommentPage> {
  const reply = await admin("GET", "/v1/admin/pulses/comments", { query });
  return expectOk(reply, 200, PulseCommentPage);
}

beforeAll(async () => {
  sdr = newUser("sdr");
  vp = newUser("marketing-vp", { accountId: sdr.accountId });
  for (const [user, body] of [
    [sdr, { touchpoint: "pricing", score: 2, comment: "Too dear for what we use" }],
    [sdr, { touchpoint: "overall", score: 4 }],
    [vp, { touchpoint: "support", score: 5, comment: "Quick, kind answers" }],
    [vp, { touchpoint: "pricing", score: 3, comment: "Fair, 'tis said" }],
  ] as const) {
    const reply = await user.send("POST", "/v1/pulses", { json: body });
    sent.push(expectOk(reply, 201, Pulse));
  }
});

describe("GET /v1/admin/pulses/comments", () => {
  test("the pulses with a comment, newest first, with touchpoint, score, role and account", async () => {
    const page = await comments({ account: sdr.accountId });
    const withComment = sent.filter((p) => p.comment !== undefined);
    const newestFirst = [...withComment].sort(
      (a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : -1),
    );
    expect(page.items).toEqual(
      newestFirst.map(({ id, accountId, roleId, touchpoint, score, comment, at }) => ({
        id,
        accountId,
        roleId,
        touchpoint,
        score,
        comment,
        at,
      })),
    );
    expect(page.nextCursor).toBeNull();
  });

  test("filters by touchpoint and role; pages by cursor, each comment once", async () => {
    const pricing = await comments({ account: sdr.accountId, touchpoint: "pricing" });
    expect(pricing.items.map((c) => c.comment).sort()).toEqual([
      "Fair, 'tis said",
      "Too dear for what we use",
    ]);
    const vpOnly = await comments({ account: sdr.accountId, role: "marketing-vp" });
    expect(vpOnly.items.every((c) => c.roleId === "marketing-vp")).toBe(true);
    expect(vpOnly.items).toHaveLength(2);
    const all = await comments({ account: sdr.accountId });
    const first = await comments({ account: sdr.accountId, limit: "2" });
    expect(first.items).toEqual(all.items.slice(0, 2));
    const cursor = first.nextCursor ?? "";
    const second = await comments({ account: sdr.accountId, limit: "2", cursor });
    expect(second.items).toEqual(all.items.slice(2));
    expect(second.nextCursor).toBeNull();
    const other = await admin("GET", "/v1/admin/pulses/comments", {
      query: { account: sdr.accountId, touchpoint: "support", cursor },
    });
    expectIssueAt(expectError(other, 422), ["cursor"]);
  });

  test("a console token reads them; a bad touchpoint answers 422", async () => {
    const reply = await request("GET", "/v1/admin/pulses/comments", {
      authorization: `Bearer ${consoleToken()}`,
      query: { account: sdr.accountId },
    });
    expect(expectOk(reply, 200, PulseCommentPage).items).toHaveLength(3);
    const bad = await admin("GET", "/v1/admin/pulses/comments", { query: { touchpoint: "mood" } });
    expectIssueAt(expectError(bad, 422), ["touchpoint"]);
  });
});
