import * as z from "zod/mini";
import { Id, IsoDateTime } from "./primitives.ts";
import { Touchpoint } from "./pulse.ts";

/** One pulse comment as the console lists it: what was said, of what, by which role where. */
export const PulseComment = z.object({
  id: Id,
  accountId: Id,
  roleId: Id,
  touchpoint: Touchpoint,
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.string(),
  at: IsoDateTime,
});
export type PulseComment = z.infer<typeof PulseComment>;

/** Query of `GET /v1/admin/pulses/comments`. */
export const PulseCommentQuery = z.strictObject({
  touchpoint: z.optional(Touchpoint),
  role: z.optional(Id),
  /** Only this account's comments. */
  account: z.optional(Id),
  /** @default 50 */
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  cursor: z.optional(z.string().check(z.maxLength(400))),
});
export type PulseCommentQuery = z.infer<typeof PulseCommentQuery>;

/** `GET /v1/admin/pulses/comments`: pulses with a comment, newest first. */
export const PulseCommentPage = z.object({
  items: z.array(PulseComment),
  nextCursor: z.nullable(z.string()),
});
export type PulseCommentPage = z.infer<typeof PulseCommentPage>;
