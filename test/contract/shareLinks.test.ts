import { CreatedShareLink, ShareLink, ShareLinkList } from "@goalpost/core/admin";
import { beforeAll, describe, expect, test } from "vitest";
import { admin } from "./support/admin.ts";
import { consoleToken } from "./support/consoleToken.ts";
import { expectError, expectIssueAt, expectOk } from "./support/expectReply.ts";
import { newUser, type TestUser } from "./support/newUser.ts";
import { request } from "./support/request.ts";

let vp: TestUser;
const path = () => `/v1/admin/accounts/${vp.accountId}/share-links`;
const asConsole = { authorization: `Bearer ${consoleToken()}` };

beforeAll(async () => {
  vp = newUser("marketing-vp");
  const agreement = await vp.agree("web-revenue", 8_000);
  await vp.setGoal(agreement.id, 9_000);
});

describe("share links to an account's report", () => {
  test("made with the admin key: the token shown once, the page opens without one", async () => {
    const made = expectOk(
      await admin("POST", path(), { json: { days: 7 } }),
      201,
      CreatedShareLink,
    );
    expect(made.accountId).toBe(vp.accountId);
    expect(made.path).toBe(`/share/${made.token}`);
    expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(7 * 86_400_000);
    const page = await request("GET", made.path);
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.text).toContain(`Results of ${vp.accountId}`);
    expect(page.text).toContain("Web-attributed revenue");
    expect(page.text).not.toMatch(/<script/i);
    const listed = expectOk(await request("GET", path(), asConsole), 200, ShareLinkList);
    expect(listed.items[0]).toEqual(
      ShareLink.parse({ ...made, token: undefined, path: undefined }),
    );
    expect(JSON.stringify(listed)).not.toContain(made.token);
  });

  test("revoked, the page stops opening at once; revoking again answers the same", async () => {
    const made = expectOk(await admin("POST", path(), { json: {} }), 201, CreatedShareLink);
    expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(14 * 86_400_000);
    const revoked = expectOk(
      await admin("DELETE", `/v1/admin/share-links/${made.id}`),
      200,
      ShareLink,
    );
    expect(revoked.revokedAt).toBeDefined();
    const page = await request("GET", made.path);
    expect(page.status).toBe(410);
    expect(page.text).toContain("This link was revoked.");
    expect(page.text).not.toContain("Web-attributed revenue");
    const again = expectOk(
      await admin("DELETE", `/v1/admin/share-links/${made.id}`),
      200,
      ShareLink,
    );
    expect(again).toEqual(revoked);
  });

  test("a console token lists them but cannot make or revoke one", async () => {
    expectError(await request("POST", path(), { ...asConsole, json: {} }), 403);
    const made = expectOk(await admin("POST", path(), { json: {} }), 201, CreatedShareLink);
    expectError(await request("DELETE", `/v1/admin/share-links/${made.id}`, asConsole), 403);
    expect((await request("GET", made.path)).status).toBe(200);
  });

  test("no link at a token answers 404; bad days 422; unknown accounts and links 404", async () => {
    expect((await request("GET", "/share/not-a-token-anyone-has")).status).toBe(404);
    expectIssueAt(expectError(await admin("POST", path(), { json: { days: 0 } }), 422), ["days"]);
    expectIssueAt(expectError(await admin("POST", path(), { json: { days: 91 } }), 422), ["days"]);
    expectError(
      await admin("POST", "/v1/admin/accounts/nobody-here/share-links", { json: {} }),
      404,
    );
    expectError(await admin("DELETE", "/v1/admin/share-links/share_nothing"), 404);
  });
});
