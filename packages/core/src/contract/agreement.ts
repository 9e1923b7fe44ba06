import * as z from "zod/mini";
import { CollectionMethod, Id, IsoDateTime, MetricValue } from "./primitives.ts";

/** Where an agreement stands: proposed → agreed → retired. */
export const AgreementStatus = z.enum(["proposed", "agreed", "retired"]);
export type AgreementStatus = z.infer<typeof AgreementStatus>;

/** The value a metric started from. */
export const Baseline = z.object({ value: MetricValue, at: IsoDateTime, source: CollectionMethod });
export type Baseline = z.infer<typeof Baseline>;

/** A measure in place: an account's role tracks one metric. */
export const Agreement = z.object({
  id: Id,
  accountId: Id,
  roleId: Id,
  metricId: Id,
  status: AgreementStatus,
  proposedBy: z.enum(["customer", "vendor"]),
  agreedAt: z.optional(IsoDateTime),
  retiredAt: z.optional(IsoDateTime),
  /** The role's assessed maturity level (1-based). */
  maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
  baseline: z.optional(Baseline),
});
export type Agreement = z.infer<typeof Agreement>;

/**
 * A baseline as sent by a client; `at` defaults to now. `source` defaults to who typed it: `self`,
 * or `scale` for a scale metric. Send the metric's own method (`app`, `integration`) only for a
 * value the product recorded or an integration sent (a session's `latestValues`).
 */
export const BaselineInput = z.strictObject({
  value: MetricValue,
  at: z.optional(IsoDateTime),
  source: z.optional(CollectionMethod),
});
export type BaselineInput = z.infer<typeof BaselineInput>;

/** `POST /v1/agreements` */
export const CreateAgreementBody = z.strictObject({
  metricId: Id,
  maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
  baseline: z.optional(BaselineInput),
});
export type CreateAgreementBody = z.infer<typeof CreateAgreementBody>;

/** `PATCH /v1/agreements/:id` — at least one field. */
export const UpdateAgreementBody = z
  .strictObject({
    status: z.optional(z.enum(["agreed", "retired"])),
    maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
    baseline: z.optional(BaselineInput),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, { message: "nothing to change" }));
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementBody>;

/** An agreement's maturity level and baseline at one moment of its history. */
export const AgreementState = z.object({
  maturityLevel: z.optional(z.int().check(z.gte(1), z.lte(10))),
  baseline: z.optional(Baseline),
});
export type AgreementState = z.infer<typeof AgreementState>;

/**
 * One change of an agreement's maturity level or baseline (`PATCH /v1/agreements/:id`): who made
 * it, when, and those fields before and after (only the ones that changed).
 */
export const AgreementChange = z.object({
  at: IsoDateTime,
  userId: Id,
  before: AgreementState,
  after: AgreementState,
});
export type AgreementChange = z.infer<typeof AgreementChange>;

/** `GET /v1/agreements/:id/history` — the agreement as it stands, and its changes, oldest first. */
export const AgreementHistory = z.object({
  agreement: Agreement,
  changes: z.array(AgreementChange),
});
export type AgreementHistory = z.infer<typeof AgreementHistory>;
