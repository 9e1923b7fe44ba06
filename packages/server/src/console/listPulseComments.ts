import {
  decodeCommentCursor,
  defaultCommentPageSize,
  encodeCommentCursor,
  orThrow,
} from "@goalpost/backend";
import type { PulseComment, Touchpoint } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { iso } from "../store/rows.ts";

/**
 * `GET /v1/admin/pulses/comments`: pulses with a comment, newest first (time, then id), after the
 * cursor's position; the partial index pulses_comments (migration 4) serves the order.
 */
export async function listPulseComments(
  context: AdminRoute<"listPulseComments">,
): Promise<Reply<"listPulseComments">> {
  const { server, query } = context;
  const after =
    query.cursor === undefined ? undefined : orThrow(decodeCommentCursor(query.cursor, query));
  const limit = query.limit ?? defaultCommentPageSize;
  const rows = await server.db.query(
    `SELECT p.id, p.account_id, p.role_id, p.touchpoint, p.score, p.comment, p.at
     FROM pulses p
     WHERE p.comment IS NOT NULL
       AND ($1::text IS NULL OR p.touchpoint = $1::text)
       AND ($2::text IS NULL OR p.role_id = $2::text)
       AND ($6::text IS NULL OR p.account_id = $6::text)
       AND ($3::timestamptz IS NULL OR (p.at, p.id) < ($3::timestamptz, $4::text COLLATE "C"))
     ORDER BY p.at DESC, p.id DESC
     LIMIT $5::int`,
    [
      query.touchpoint ?? null,
      query.role ?? null,
      after?.at ?? null,
      after?.id ?? null,
      limit + 1,
      query.account ?? null,
    ],
  );
  const items: PulseComment[] = rows.slice(0, limit).map((row) => ({
    id: row.id as string,
    accountId: row.account_id as string,
    roleId: row.role_id as string,
    touchpoint: row.touchpoint as Touchpoint,
    score: Number(row.score),
    comment: row.comment as string,
    at: iso(row.at),
  }));
  const last = items.at(-1);
  return {
    body: {
      items,
      nextCursor: rows.length > limit && last ? encodeCommentCursor(last, query) : null,
    },
  };
}
