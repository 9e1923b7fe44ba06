import * as z from "zod/mini";
import { Id, IsoDateTime, Text } from "./primitives.ts";

/** What a value pulse asks about. */
export const Touchpoint = z.enum([
  "overall",
  "problem",
  "product",
  "training",
  "pricing",
  "support",
]);
export type Touchpoint = z.infer<typeof Touchpoint>;

const Score = z.int().check(z.gte(1), z.lte(5));

/** A customer's perception of value for one touchpoint, 1–5. */
export const Pulse = z.object({
  id: Id,
  accountId: Id,
  roleId: Id,
  userId: Id,
  touchpoint: Touchpoint,
  score: Score,
  comment: z.optional(z.string()),
  at: IsoDateTime,
});
export type Pulse = z.infer<typeof Pulse>;

/** `POST /v1/pulses` */
export const CreatePulseBody = z.strictObject({
  touchpoint: Touchpoint,
  score: Score,
  comment: z.optional(Text),
});
export type CreatePulseBody = z.infer<typeof CreatePulseBody>;
