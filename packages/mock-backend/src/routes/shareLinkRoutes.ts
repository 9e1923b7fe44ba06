import {
  ApiError,
  newId,
  newShareToken,
  renderClosedShareLink,
  renderSharedReport,
  sharedPageHeaders,
  shareLinkExpiry,
  shareLinkState,
  shareTokenHash,
} from "@goalpost/backend";
import type { ShareLink } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import type { MockDb } from "../store/MockDb.ts";
import { accountReportOf } from "./reportRoutes.ts";

function knownAccount(db: MockDb, accountId: string): void {
  if (!db.accounts.some((a) => a.id === accountId))
    throw new ApiError(404, `no account "${accountId}"`);
}

/** `POST /v1/admin/accounts/:id/share-links`: a link to the account's report; its token once. */
export async function createShareLink(
  context: AdminRoute<"createShareLink">,
): Promise<Reply<"createShareLink">> {
  const { db, now, params, body } = context;
  knownAccount(db, params.id);
  const token = newShareToken();
  const link: ShareLink = {
    id: newId("share"),
    accountId: params.id,
    createdAt: now.toISOString(),
    expiresAt: shareLinkExpiry(body, now),
    createdBy: "admin",
  };
  db.shareLinks.push({ link, tokenHash: await shareTokenHash(token) });
  return { body: { ...link, token, path: `/share/${token}` } };
}

/** `GET /v1/admin/accounts/:id/share-links`: the account's links, newest first. */
export function listShareLinks(context: AdminRoute<"listShareLinks">): Reply<"listShareLinks"> {
  const { db, params } = context;
  knownAccount(db, params.id);
  const items = db.shareLinks
    .filter((s) => s.link.accountId === params.id)
    .map((s) => s.link)
    .reverse();
  return { body: { items } };
}

/** `DELETE /v1/admin/share-links/:id`: revoked at once; revoking again answers the same link. */
export function revokeShareLink(context: AdminRoute<"revokeShareLink">): Reply<"revokeShareLink"> {
  const { db, now, params } = context;
  const stored = db.shareLinks.find((s) => s.link.id === params.id);
  if (!stored) throw new ApiError(404, `no share link "${params.id}"`);
  stored.link = { ...stored.link, revokedAt: stored.link.revokedAt ?? now.toISOString() };
  return { body: stored.link };
}

/**
 * `GET /share/:token`: the account's report as a page with no script while the link is open;
 * 410 once it expired or was revoked, 404 for a token no link has.
 */
export async function sharedReportPage(db: MockDb, token: string, now: Date): Promise<Response> {
  const headers = await sharedPageHeaders();
  const hash = await shareTokenHash(token);
  const stored = db.shareLinks.find((s) => s.tokenHash === hash);
  if (!stored) return new Response(renderClosedShareLink("unknown"), { status: 404, headers });
  const state = shareLinkState(stored.link, now);
  if (state !== "open") return new Response(renderClosedShareLink(state), { status: 410, headers });
  const html = renderSharedReport({
    report: accountReportOf(db, stored.link.accountId, now),
    catalog: db.catalog,
    expiresAt: stored.link.expiresAt,
  });
  return new Response(html, { status: 200, headers });
}
