import * as z from "zod/mini";
import { Id, IsoDateTime } from "./primitives.ts";

/**
 * A read-only link to one account's report, for the customer's champion to show their own
 * executive: `/share/<token>` opens a page the server renders, with no script, until it expires
 * or is revoked. The token is shown once, when the link is made: stores keep only its hash.
 */
export const ShareLink = z.object({
  id: Id,
  accountId: Id,
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  revokedAt: z.optional(IsoDateTime),
  /** Who made it: the admin key's holder (`admin`). */
  createdBy: z.string(),
});
export type ShareLink = z.infer<typeof ShareLink>;

/** `POST /v1/admin/accounts/:id/share-links` */
export const CreateShareLinkBody = z.strictObject({
  /** Days until it expires, 1–90. @default 14 */
  days: z.optional(z.int().check(z.gte(1), z.lte(90))),
});
export type CreateShareLinkBody = z.infer<typeof CreateShareLinkBody>;

/** The answer to creating a share link: the link, its token and its path, shown this once. */
export const CreatedShareLink = z.extend(ShareLink, {
  token: z.string(),
  /** `/share/<token>`, on the API's origin. */
  path: z.string(),
});
export type CreatedShareLink = z.infer<typeof CreatedShareLink>;

/** `GET /v1/admin/accounts/:id/share-links`: the account's links, newest first. */
export const ShareLinkList = z.object({ items: z.array(ShareLink) });
export type ShareLinkList = z.infer<typeof ShareLinkList>;
