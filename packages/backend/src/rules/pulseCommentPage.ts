import { Problem } from "@goalpost/core";
import type {
  Pulse,
  PulseComment,
  PulseCommentPage,
  PulseCommentQuery,
} from "@goalpost/core/contract";
import { Id, IsoDateTime } from "@goalpost/core/contract";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";

/** The default page size of the pulse comments. */
export const defaultCommentPageSize = 50;

/** A position in the comments: the time and id of the last one a page returned. */
export interface CommentPosition {
  at: string;
  id: string;
}

/** What a cursor is bound to: the list's filters. */
function listOf(query: PulseCommentQuery): string {
  return JSON.stringify([query.touchpoint ?? null, query.role ?? null, query.account ?? null]);
}

/** The opaque cursor of a page that ended at `last`. */
export function encodeCommentCursor(last: CommentPosition, query: PulseCommentQuery): string {
  return encodeBase64Url(
    new TextEncoder().encode(JSON.stringify([last.at, last.id, listOf(query)])),
  );
}

/** The position a cursor encodes, or a problem when this list did not give it out. */
export function decodeCommentCursor(
  cursor: string,
  query: PulseCommentQuery,
): CommentPosition | Problem {
  try {
    const text = new TextDecoder().decode(decodeBase64Url(cursor) ?? new Uint8Array(0));
    const [at, id, list] = JSON.parse(text) as unknown[];
    if (IsoDateTime.safeParse(at).success && Id.safeParse(id).success && list === listOf(query)) {
      return { at: at as string, id: id as string };
    }
  } catch {
    // fall through to the problem
  }
  return Problem.invalid(["cursor"], "is not a cursor of this list (same filters)");
}

/** Newest first; equal times by id, descending (byte-wise). */
export function newestCommentFirst(a: CommentPosition, b: CommentPosition): number {
  const time = Date.parse(b.at) - Date.parse(a.at);
  if (time !== 0) return time;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * One page of pulse comments from every pulse: those with a comment, filtered by touchpoint,
 * role and account, newest first, after the cursor's position. What the mock answers; the server's SQL
 * orders and pages the same way.
 */
export function pulseCommentPage(
  pulses: readonly Pulse[],
  query: PulseCommentQuery,
): PulseCommentPage | Problem {
  const after = query.cursor === undefined ? undefined : decodeCommentCursor(query.cursor, query);
  if (Problem.is(after)) return after;
  const limit = query.limit ?? defaultCommentPageSize;
  const comments: PulseComment[] = pulses
    .filter(
      (p) =>
        p.comment !== undefined &&
        (query.touchpoint === undefined || p.touchpoint === query.touchpoint) &&
        (query.role === undefined || p.roleId === query.role) &&
        (query.account === undefined || p.accountId === query.account),
    )
    .map(({ id, accountId, roleId, touchpoint, score, comment, at }) => ({
      id,
      accountId,
      roleId,
      touchpoint,
      score,
      comment: comment ?? "",
      at,
    }))
    .sort(newestCommentFirst);
  const rest = after ? comments.filter((c) => newestCommentFirst(after, c) < 0) : comments;
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rest.length > limit && last ? encodeCommentCursor(last, query) : null,
  };
}
