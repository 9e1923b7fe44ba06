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
import { Id, type ShareLink } from "@goalpost/core/contract";
import type { Sql } from "../db/Database.ts";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import type { ServerContext } from "../http/ServerContext.ts";
import { getAccountReport } from "../routes/reportRoutes.ts";
import { iso } from "../store/rows.ts";

const columns = "id, account_id, created_at, expires_at, revoked_at, created_by";

function toShareLink(row: Record<string, unknown>): ShareLink {
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    ...(row.revoked_at != null ? { revokedAt: iso(row.revoked_at) } : {}),
    createdBy: row.created_by as string,
  };
}

async function knownAccount(sql: Sql, accountId: string): Promise<void> {
  const found = Id.safeParse(accountId).success
    ? await sql.query("SELECT 1 FROM accounts WHERE id = $1::text", [accountId])
    : [];
  if (found.length === 0) throw new ApiError(404, `no account "${accountId}"`);
}

/** `POST /v1/admin/accounts/:id/share-links`: a link to the account's report; its token once. */
export async function createShareLink(
  context: AdminRoute<"createShareLink">,
): Promise<Reply<"createShareLink">> {
  const { server, now, params, body } = context;
  await knownAccount(server.db, params.id);
  const token = newShareToken();
  const [row] = await server.db.query(
    `INSERT INTO share_links (id, account_id, token_hash, created_at, expires_at, created_by)
     VALUES ($1::text, $2::text, $3::text, $4::timestamptz, $5::timestamptz, 'admin')
     RETURNING ${columns}`,
    [
      newId("share"),
      params.id,
      await shareTokenHash(token),
      now.toISOString(),
      shareLinkExpiry(body, now),
    ],
  );
  if (!row) throw new Error("the share link was not stored");
  return { body: { ...toShareLink(row), token, path: `/share/${token}` } };
}

/** `GET /v1/admin/accounts/:id/share-links`: the account's links, newest first. */
export async function listShareLinks(
  context: AdminRoute<"listShareLinks">,
): Promise<Reply<"listShareLinks">> {
  const { server, params } = context;
  await knownAccount(server.db, params.id);
  const rows = await server.db.query(
    `SELECT ${columns} FROM share_links WHERE account_id = $1::text ORDER BY seq DESC`,
    [params.id],
  );
  return { body: { items: rows.map(toShareLink) } };
}

/** `DELETE /v1/admin/share-links/:id`: revoked at once; revoking again answers the same link. */
export async function revokeShareLink(
  context: AdminRoute<"revokeShareLink">,
): Promise<Reply<"revokeShareLink">> {
  const { server, now, params } = context;
  const [row] = Id.safeParse(params.id).success
    ? await server.db.query(
        `UPDATE share_links SET revoked_at = coalesce(revoked_at, $2::timestamptz)
         WHERE id = $1::text RETURNING ${columns}`,
        [params.id, now.toISOString()],
      )
    : [];
  if (!row) throw new ApiError(404, `no share link "${params.id}"`);
  return { body: toShareLink(row) };
}

/**
 * `GET /share/:token`: the account's report as a page with no script while the link is open;
 * 410 once it expired or was revoked, 404 for a token no link has.
 */
export async function sharedReportPage(
  server: ServerContext,
  request: Request,
  token: string,
): Promise<Response> {
  const headers = await sharedPageHeaders();
  const now = server.clock();
  const [row] = await server.db.query(
    `SELECT ${columns} FROM share_links WHERE token_hash = $1::text`,
    [await shareTokenHash(token)],
  );
  if (!row) return new Response(renderClosedShareLink("unknown"), { status: 404, headers });
  const link = toShareLink(row);
  const state = shareLinkState(link, now);
  if (state !== "open") return new Response(renderClosedShareLink(state), { status: 410, headers });
  const report = await getAccountReport({
    request,
    url: new URL(request.url),
    now,
    server,
    params: { id: link.accountId },
    body: undefined,
    query: undefined,
  });
  const html = renderSharedReport({
    report: report.body,
    catalog: await server.catalog.current(server.db),
    expiresAt: link.expiresAt,
  });
  return new Response(html, { status: 200, headers });
}
